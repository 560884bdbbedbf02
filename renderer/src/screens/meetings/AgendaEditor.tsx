import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaItemTitle } from './meeting-names';
import type { AgendaItemDto, MeetingDto } from '../../../../contract';
import { href, paths, toPath } from '../../app/paths';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field } from '../../components/fields';
import { ArrowDownIcon, ArrowUpIcon } from '../../components/icons';
import { useToasts } from '../../components/toasts';
import { agendaNodes } from './agenda-tree';
import { AgendaItemDialog } from './AgendaItemDialog';
import { ApprovalBlock, type ApprovalCandidates } from './ApproveMinutesPanel';
import { DecisionDialog } from './DecisionDialog';
import { DecisionSummary } from './DecisionSummary';
import type { MeetingRunner as Run } from './use-meeting-call';

type Open =
  | { readonly kind: 'edit'; readonly item: AgendaItemDto }
  | { readonly kind: 'sub'; readonly parent: AgendaItemDto }
  | { readonly kind: 'decision'; readonly item: AgendaItemDto }
  | { readonly kind: 'remove'; readonly item: AgendaItemDto };

interface AgendaEditorProps {
  readonly meeting: MeetingDto;
  readonly fraktionen: readonly string[];
  readonly run: Run;
  readonly readOnly: boolean;
  /** Offered right under "Genehmigung des Protokolls" (the only place on the page when the agenda has that item). */
  readonly approval?: ApprovalCandidates;
}

/** The heading's id: "Springen zu" (Alt+1) moves the focus here. */
export const AGENDA_HEADING_ID = 'meeting-agenda';

/** Tagesordnung: add items and sub-items, edit, move with buttons (the agenda renumbers), decide. */
export function AgendaEditor({ meeting, fraktionen, run, readOnly, approval }: AgendaEditorProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const titleId = AGENDA_HEADING_ID;
  const [open, setOpen] = useState<Open | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [newPublic, setNewPublic] = useState(true);
  const [newError, setNewError] = useState<string | undefined>();
  const nodes = agendaNodes(meeting.agenda);
  // The first "Genehmigung des Protokolls" offers the approval; the page shows it nowhere else.
  const approvalItemId = approval && !readOnly && meeting.bodyId !== null ? approvalItemOf(meeting)?.id : undefined;

  // Moves are sent one after another, each computed from the agenda the previous move answered
  // with: a quick second click is not computed from the row as last rendered (and lost).
  const moves = useRef({ tail: Promise.resolve(), agenda: meeting.agenda, pending: 0 });
  useEffect(() => {
    if (moves.current.pending === 0) moves.current.agenda = meeting.agenda;
  }, [meeting.agenda]);
  const move = (itemId: number, by: -1 | 1) => {
    moves.current.pending += 1;
    moves.current.tail = moves.current.tail.then(async () => {
      try {
        const node = agendaNodes(moves.current.agenda).find((each) => each.item.id === itemId);
        const toIndex = node ? node.indexAmongSiblings + by : -1;
        if (!node || toIndex < 0 || toIndex >= node.siblingCount) return;
        const result = await run('agenda.move', { id: itemId, toIndex });
        if (!result.ok) return;
        moves.current.agenda = result.data.agenda;
        const moved = result.data.agenda.find((each) => each.id === itemId);
        if (moved) toasts.info(t('meetings.agenda.moved', { title: moved.title, number: moved.number }));
        // The buttons move with the row; keep the focus on the same button of the moved item.
        window.requestAnimationFrame(() => document.getElementById(`agenda-${by < 0 ? 'up' : 'down'}-${itemId}`)?.focus());
      } finally {
        moves.current.pending -= 1;
      }
    });
  };

  const add = async () => {
    if (!newTitle.trim()) {
      setNewError(t('validation.required'));
      return;
    }
    const result = await run('agenda.add', { meetingId: meeting.id, title: newTitle, public: newPublic }, { quiet: true });
    if (!result.ok) {
      setNewError(result.error.fields[0] ? t(result.error.fields[0].messageKey) : t(result.error.messageKey));
      return;
    }
    const added = result.data.agenda.at(-1);
    if (added) toasts.success(t('meetings.agenda.added', { number: added.number, title: added.title }));
    setNewTitle('');
    setNewError(undefined);
  };

  return (
    <section className="card meeting-section" aria-labelledby={titleId}>
      <div className="meeting-section__head">
        <h2 className="card__title" id={titleId} tabIndex={-1}>
          {t('meetings.agenda.title')}
        </h2>
        {readOnly || nodes.length === 0 ? null : (
          <button type="button" className="button button--quiet button--small" onClick={() => void run('agenda.renumber', { meetingId: meeting.id }, { success: t('meetings.agenda.renumbered') })}>
            {t('meetings.agenda.renumber')}
          </button>
        )}
      </div>
      {nodes.length === 0 ? <p className="muted">{t('meetings.agenda.empty')}</p> : null}
      <ol className="agenda-list" aria-labelledby={titleId}>
        {nodes.map((node) => (
          <li key={node.item.id} className={`agenda-item agenda-item--level-${Math.min(node.level, 2)}`}>
            <div className="agenda-item__main">
              <span className="agenda-item__number" aria-hidden="true">
                {node.item.number}
              </span>
              <div className="agenda-item__text">
                <p className="agenda-item__title">
                  <span className="visually-hidden">{`${t('meetings.agenda.itemLabel', { number: node.item.number })}: `}</span>
                  {agendaItemTitle(t, node.item)}
                  {node.item.public ? null : <span className="meeting-tag">{t('meetings.agenda.notPublic')}</span>}
                </p>
                <AgendaItemFacts item={node.item} />
                {node.item.notes.trim() ? (
                  <p className="agenda-item__notes">
                    <span className="agenda-item__notes-label">{t('meetings.agenda.notes')}: </span>
                    {node.item.notes}
                  </p>
                ) : null}
                {node.item.decision ? <DecisionSummary decision={node.item.decision} /> : null}
                {approval && node.item.id === approvalItemId ? (
                  <div className="agenda-item__approval" role="group" aria-label={t('meetings.approve.title')}>
                    <ApprovalBlock meeting={meeting} candidates={approval} />
                  </div>
                ) : null}
              </div>
            </div>
            {readOnly ? null : (
              <div className="agenda-item__actions">
                <button type="button" className="button button--secondary button--small" aria-label={t('meetings.agenda.decisionLabel', { number: node.item.number })} onClick={() => setOpen({ kind: 'decision', item: node.item })}>
                  {t('meetings.agenda.decision')}
                </button>
                <button type="button" className="button button--quiet button--small" aria-label={t('meetings.agenda.editLabel', { number: node.item.number })} onClick={() => setOpen({ kind: 'edit', item: node.item })}>
                  {t('meetings.agenda.edit')}
                </button>
                {node.level < 2 ? (
                  <button type="button" className="button button--quiet button--small" aria-label={t('meetings.agenda.addSubLabel', { number: node.item.number })} onClick={() => setOpen({ kind: 'sub', parent: node.item })}>
                    {t('meetings.agenda.addSub')}
                  </button>
                ) : null}
                <button
                  type="button"
                  id={`agenda-up-${node.item.id}`}
                  className="icon-button"
                  aria-label={t('meetings.agenda.moveUpLabel', { number: node.item.number })}
                  title={t('meetings.agenda.moveUp')}
                  aria-disabled={node.indexAmongSiblings === 0 || undefined}
                  onClick={() => node.indexAmongSiblings > 0 && move(node.item.id, -1)}
                >
                  <ArrowUpIcon size={18} />
                </button>
                <button
                  type="button"
                  id={`agenda-down-${node.item.id}`}
                  className="icon-button"
                  aria-label={t('meetings.agenda.moveDownLabel', { number: node.item.number })}
                  title={t('meetings.agenda.moveDown')}
                  aria-disabled={node.indexAmongSiblings === node.siblingCount - 1 || undefined}
                  onClick={() => node.indexAmongSiblings < node.siblingCount - 1 && move(node.item.id, 1)}
                >
                  <ArrowDownIcon size={18} />
                </button>
                <button type="button" className="button button--danger-quiet button--small" aria-label={t('meetings.agenda.removeLabel', { number: node.item.number })} onClick={() => setOpen({ kind: 'remove', item: node.item })}>
                  {t('meetings.agenda.remove')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <form
          className="agenda-add"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <AddItemFields title={newTitle} onTitle={setNewTitle} isPublic={newPublic} onPublic={setNewPublic} error={newError} />
        </form>
      )}
      {open?.kind === 'edit' ? <AgendaItemDialog meetingId={meeting.id} item={open.item} run={run} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'sub' ? <AgendaItemDialog meetingId={meeting.id} parent={open.parent} run={run} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'decision' ? (
        <DecisionDialog meeting={meeting} item={open.item} fraktionen={fraktionen} onClose={() => setOpen(null)} onSaved={(next) => { run.apply(next); setOpen(null); }} />
      ) : null}
      {open?.kind === 'remove' ? <RemoveItemDialog item={open.item} run={run} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}

/** The agenda item under which minutes are approved, if the agenda has one. */
export const approvalItemOf = (meeting: MeetingDto): AgendaItemDto | undefined =>
  agendaNodes(meeting.agenda).find((node) => node.item.standard === 'approve_minutes')?.item;

function AddItemFields({ title, onTitle, isPublic, onPublic, error }: { title: string; onTitle: (value: string) => void; isPublic: boolean; onPublic: (value: boolean) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('meetings.agenda.addTitle')} error={error} className="agenda-add__title">
        {(control) => <input {...control} className="field__control field__control--full" autoComplete="off" value={title} onChange={(event) => onTitle(event.target.value)} />}
      </Field>
      <label className="checkbox-line agenda-add__public">
        <input type="checkbox" checked={isPublic} onChange={(event) => onPublic(event.target.checked)} />
        <span>{t('meetings.agenda.publicLabel')}</span>
      </label>
      <button type="submit" className="button button--secondary agenda-add__submit">
        {t('meetings.agenda.add')}
      </button>
    </>
  );
}

function AgendaItemFacts({ item }: { item: AgendaItemDto }) {
  const { t } = useTranslation();
  if (item.measures.length === 0 && item.papers.length === 0) return null;
  return (
    <p className="agenda-item__facts">
      {item.papers.length > 0 ? <span>{t('meetings.live.papers', { papers: item.papers.join(', ') })}</span> : null}
      {item.measures.map((measure) => (
        <span key={measure.id} className="agenda-item__measure">
          <span className="code-tag">{measure.code}</span> <a href={href(toPath(paths.measure, { id: measure.id }))}>{measure.title}</a> ({t(`status.measure.${measure.status}`)})
        </span>
      ))}
    </p>
  );
}

function RemoveItemDialog({ item, run, onClose }: { item: AgendaItemDto; run: Run; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('meetings.agenda.removeTitle', { number: item.number })} description={t('meetings.agenda.removeText', { title: item.title })} onClose={onClose} size="small">
      <DialogActions
        onCancel={onClose}
        submitLabel={t('meetings.agenda.remove')}
        danger
        onConfirm={() =>
          void run('agenda.remove', { id: item.id }, { success: t('meetings.agenda.removed') }).then((result) => {
            if (result.ok) onClose();
          })
        }
      />
    </Dialog>
  );
}
