import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallState } from '../../api/use-call';
import { CallLoadState } from '../../components/LoadState';
import { ContactsPage } from './ContactsPage';

export interface RegisterColumn {
  readonly label: string;
  /** Right-aligned figures. */
  readonly numeric?: boolean;
}

interface RegisterScreenProps<T extends { id: number; name: string }> {
  /** The screen's texts under `contacts.<section>.*`; also names the list's heading id. */
  readonly section: 'bodies' | 'organizations';
  readonly list: Pick<CallState<readonly T[]>, 'data' | 'status' | 'error' | 'reload'>;
  /** Every column but the last one, which holds the edit button. */
  readonly columns: readonly RegisterColumn[];
  /** The row's cells for `columns`: the name as the row header first. */
  readonly cells: (item: T) => ReactNode;
  /** The new (no item) or edit dialog; `onSaved` closes it and reloads the list. */
  readonly dialog: (item: T | undefined, onClose: () => void, onSaved: () => void) => ReactNode;
  /** The "Löschen" confirmation of one entry; `onRemoved` closes it and reloads the list. */
  readonly removeDialog: (item: T, onClose: () => void, onRemoved: () => void) => ReactNode;
  /** Under the table: how many of how many are shown, "Weitere anzeigen" (a paged list). */
  readonly footer?: ReactNode;
}

/** Gremien and Organisationen: a table of entries, "Neu" beside the heading and "Bearbeiten" / "Löschen" per row, each in a dialog. */
export function RegisterScreen<T extends { id: number; name: string }>({ section, list, columns, cells, dialog, removeDialog, footer }: RegisterScreenProps<T>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ item?: T } | null>(null);
  const [removing, setRemoving] = useState<T | null>(null);
  const closeAndReload = () => {
    setEditing(null);
    setRemoving(null);
    list.reload();
  };
  const titleId = `${section}-title`;
  return (
    <ContactsPage
      title={t(`contacts.${section}.title`)}
      intro={<p>{t(`contacts.${section}.intro`)}</p>}
      // "Neu" beside the heading, where "Neuer Kontakt" and "Neue Maßnahme" are.
      actions={
        <button type="button" className="button button--primary" onClick={() => setEditing({})}>
          {t(`contacts.${section}.create`)}
        </button>
      }
    >
      <section className="card card--flush" aria-labelledby={titleId}>
        <div className="card__header card__header--padded">
          <h2 className="card__title" id={titleId}>
            {t(`contacts.${section}.listTitle`)}
          </h2>
        </div>
        {!list.data ? (
          <CallLoadState call={list} className="card__body" />
        ) : list.data.length === 0 ? (
          <p className="card__body muted">{t(`contacts.${section}.empty`)}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t(`contacts.${section}.listTitle`)}</caption>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column.label} scope="col" className={column.numeric ? 'table__num' : undefined}>
                      {column.label}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">{t(`contacts.${section}.actions`)}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((item) => (
                  <tr key={item.id}>
                    {cells(item)}
                    <td className="table__actions">
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-label={t(`contacts.${section}.editLabel`, { name: item.name })}
                        onClick={() => setEditing({ item })}
                      >
                        {t(`contacts.${section}.edit`)}
                      </button>
                      <button
                        type="button"
                        className="button button--danger-quiet button--small"
                        aria-label={t(`contacts.${section}.removeLabel`, { name: item.name })}
                        onClick={() => setRemoving(item)}
                      >
                        {t('contacts.remove.open')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {footer}
          </div>
        )}
      </section>
      {editing ? dialog(editing.item, () => setEditing(null), closeAndReload) : null}
      {removing ? removeDialog(removing, () => setRemoving(null), closeAndReload) : null}
    </ContactsPage>
  );
}
