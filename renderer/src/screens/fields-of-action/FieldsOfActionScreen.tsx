import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldOfActionDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { LeitbildPage } from '../../leitbild/LeitbildPage';
import { Dialog } from '../../components/Dialog';
import { ArrowDownIcon, ArrowUpIcon, PencilIcon, TrashIcon } from '../../components/icons';
import { useToasts } from '../../components/toasts';
import { formatNumber } from '../../i18n/format';
import { errorText, useMessage } from '../../i18n/messages';
import { CreateFieldOfActionForm, EditFieldOfActionDialog } from './FieldOfActionForms';
import { EmptyValue } from '../../components/EmptyValue';
import { CallLoadState } from '../../components/LoadState';

type Direction = 'up' | 'down';


interface RowActions {
  edit(field: FieldOfActionDto): void;
  move(index: number, direction: Direction): void;
  remove(field: FieldOfActionDto): void;
  moveButtonRef(id: number, direction: Direction): (element: HTMLButtonElement | null) => void;
}

function FieldsTable({ fields, actions }: { fields: readonly FieldOfActionDto[]; actions: RowActions }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('fieldsOfAction.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="table__num">
              {t('fieldsOfAction.columns.position')}
            </th>
            <th scope="col">{t('fieldsOfAction.columns.name')}</th>
            <th scope="col">{t('fieldsOfAction.columns.shortCode')}</th>
            <th scope="col">{t('fieldsOfAction.columns.description')}</th>
            <th scope="col" className="table__actions">
              <span className="visually-hidden">{t('fieldsOfAction.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field, index) => {
            const first = index === 0;
            const last = index === fields.length - 1;
            return (
              <tr key={field.id}>
                <td className="table__num">{formatNumber(index + 1)}</td>
                <th scope="row" className="table__name">
                  {field.name}
                </th>
                <td>{field.shortCode ? <span className="code-tag">{field.shortCode}</span> : <EmptyValue />}</td>
                <td className="table__description">{field.description ? <span className="clamp">{field.description}</span> : <EmptyValue />}</td>
                <td className="table__actions">
                  <div className="row-actions">
                    <button
                      type="button"
                      className="icon-button"
                      ref={actions.moveButtonRef(field.id, 'up')}
                      disabled={first}
                      aria-label={t('fieldsOfAction.actions.moveUpLabel', { name: field.name })}
                      title={t('fieldsOfAction.actions.moveUp')}
                      onClick={() => actions.move(index, 'up')}
                    >
                      <ArrowUpIcon size={18} />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      ref={actions.moveButtonRef(field.id, 'down')}
                      disabled={last}
                      aria-label={t('fieldsOfAction.actions.moveDownLabel', { name: field.name })}
                      title={t('fieldsOfAction.actions.moveDown')}
                      onClick={() => actions.move(index, 'down')}
                    >
                      <ArrowDownIcon size={18} />
                    </button>
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      aria-label={t('fieldsOfAction.actions.editLabel', { name: field.name })}
                      onClick={() => actions.edit(field)}
                    >
                      <PencilIcon size={16} />
                      {t('fieldsOfAction.actions.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger-quiet"
                      aria-label={t('fieldsOfAction.actions.deleteLabel', { name: field.name })}
                      onClick={() => actions.remove(field)}
                    >
                      <TrashIcon size={16} />
                      {t('fieldsOfAction.actions.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function DeleteFieldOfActionDialog({
  field,
  onClose,
  onDeleted,
  onRefused,
  fallbackFocus,
}: {
  field: FieldOfActionDto;
  onClose: () => void;
  onDeleted: (id: number) => void;
  onRefused: () => void;
  fallbackFocus: () => HTMLElement | null;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  const [busy, setBusy] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    const result = await api.call('fieldsOfAction.delete', { id: field.id });
    setBusy(false);
    onClose();
    if (result.ok) {
      onDeleted(field.id);
      toasts.success(t('fieldsOfAction.toasts.deleted', { name: field.name }));
    } else {
      toasts.error(errorText(message, result.error, { name: field.name }));
      onRefused();
    }
  };

  return (
    <Dialog
      title={t('fieldsOfAction.delete.title')}
      description={<p>{t('fieldsOfAction.delete.text', { name: field.name })}</p>}
      onClose={onClose}
      initialFocus={cancel}
      fallbackFocus={fallbackFocus}
      size="small"
    >
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" ref={cancel} onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" aria-disabled={busy || undefined} onClick={() => void confirm()}>
          {t('fieldsOfAction.delete.confirm')}
        </button>
      </div>
    </Dialog>
  );
}

/** Handlungsfelder of the chosen edition: the ordered list, moving, editing, deleting, and a create form. */
export function FieldsOfActionScreen() {
  const { t } = useTranslation();
  return (
    <LeitbildPage title={t('fieldsOfAction.title')} intro={<p>{t('fieldsOfAction.intro')}</p>} needsEdition>
      {(edition) => <FieldsOfActionContent key={edition.id} editionId={edition.id} />}
    </LeitbildPage>
  );
}

function FieldsOfActionContent({ editionId }: { editionId: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  const list = useCall('fieldsOfAction.list', { editionId });
  const fields = list.data;

  const [editing, setEditing] = useState<FieldOfActionDto | null>(null);
  const [deleting, setDeleting] = useState<FieldOfActionDto | null>(null);
  // Moves are sent one after another (each with the whole order), so a quick second click is
  // never lost and an earlier answer never undoes a later move on screen.
  const reorders = useRef({ tail: Promise.resolve(), latest: 0 });
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: number; direction: Direction } | null>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const listHeading = useRef<HTMLHeadingElement>(null);

  // A moved row is re-inserted in the DOM, which drops the focus: put it back on the same
  // button, or on the other one when the row reached the end of the list.
  useEffect(() => {
    if (!focusAfterMove) return;
    const { id, direction } = focusAfterMove;
    const same = moveButtons.current.get(`${id}-${direction}`);
    const other = moveButtons.current.get(`${id}-${direction === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  }, [focusAfterMove]);

  const actions: RowActions = {
    edit: setEditing,
    remove: setDeleting,
    moveButtonRef: (id, direction) => (element) => {
      if (element) moveButtons.current.set(`${id}-${direction}`, element);
      else moveButtons.current.delete(`${id}-${direction}`);
    },
    move: (index, direction) => {
      if (!fields) return;
      const target = direction === 'up' ? index - 1 : index + 1;
      const moved = fields[index];
      const other = fields[target];
      if (!moved || !other) return;
      const reordered = [...fields];
      reordered[index] = other;
      reordered[target] = moved;
      list.setData(reordered);
      setFocusAfterMove({ id: moved.id, direction });
      const ticket = ++reorders.current.latest;
      const orderedIds = reordered.map((field) => field.id);
      reorders.current.tail = reorders.current.tail.then(async () => {
        const result = await api.call('fieldsOfAction.reorder', { editionId, orderedIds });
        const last = ticket === reorders.current.latest;
        if (result.ok) {
          if (last) list.setData(result.data);
          const position = result.data.findIndex((field) => field.id === moved.id) + 1;
          toasts.success(t('fieldsOfAction.toasts.moved', { name: moved.name, position: formatNumber(position) }));
        } else {
          toasts.error(errorText(message, result.error, { name: moved.name }));
          list.reload();
        }
        if (last) setFocusAfterMove({ id: moved.id, direction });
      });
    },
  };

  const count = fields?.length ?? 0;
  return (
    <>
      <section className="card card--flush">
        <div className="card__header">
          <h2 className="card__title" id="fields-list-title" ref={listHeading} tabIndex={-1}>
            {fields ? t('fieldsOfAction.count', { count }) : t('fieldsOfAction.title')}
          </h2>
        </div>
        {!fields ? (
          <CallLoadState call={list} className="card__body" />
        ) : fields.length === 0 ? (
          <div className="card__body empty-state">
            <p className="empty-state__title">{t('fieldsOfAction.empty.title')}</p>
            <p>{t('fieldsOfAction.empty.text')}</p>
          </div>
        ) : (
          <FieldsTable fields={fields} actions={actions} />
        )}
      </section>

      <section className="card">
        <h2 className="card__title" id="fields-create-title">
          {t('fieldsOfAction.form.createTitle')}
        </h2>
        <CreateFieldOfActionForm editionId={editionId} onCreated={(field) => list.setData((current) => [...(current ?? []), field])} />
      </section>

      {editing ? (
        <EditFieldOfActionDialog
          field={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => list.setData((current) => (current ?? []).map((field) => (field.id === saved.id ? saved : field)))}
          onStale={list.reload}
        />
      ) : null}
      {deleting ? (
        <DeleteFieldOfActionDialog
          field={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={(id) => list.setData((current) => (current ?? []).filter((field) => field.id !== id))}
          onRefused={list.reload}
          fallbackFocus={() => listHeading.current}
        />
      ) : null}
    </>
  );
}
