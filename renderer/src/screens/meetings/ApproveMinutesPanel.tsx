import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApprovedMinutesDto, MeetingDto, MeetingRowDto, VoteDto } from '../../../../contract';
import { useCall } from '../../api/use-call';
import { Dialog, DialogActions } from '../../components/Dialog';
import { Field } from '../../components/fields';
import { formatDateLong, formatDateShort } from '../../i18n/format';
import { useMessage } from '../../i18n/messages';
import { buildVote, emptyVote, type VoteDraft } from './decision-logic';
import { datePart, todayLocal } from './meeting-format';
import type { MeetingRunner } from './use-meeting-call';
import { meetingName } from './meeting-names';

/** Einstimmig, ohne Abstimmung, or counted (Ja/Nein/Enthaltung, checked as the decision dialog checks them). */
export type ApprovalVote = Extract<VoteDto, { mode: 'unanimous' | 'none' | 'counts' }>;
type ApprovalMode = ApprovalVote['mode'];
const APPROVAL_COUNTS = ['yes', 'no', 'abstain'] as const;

export interface ApprovalCandidates {
  /** Earlier held meetings of the same body, latest first; null while loading or when there is no body. */
  readonly rows: readonly MeetingRowDto[] | null;
  /** Held, or its day has come (live mode): a meeting still to come approves nothing. */
  readonly canApprove: boolean;
  /** The approval asked for, waiting for "Genehmigen" in the confirmation dialog. */
  readonly pending: PendingApproval | null;
  /** Asks first: `vote` is recorded as the decision of this meeting's item "Genehmigung des Protokolls", so the minutes print it. */
  approve(row: MeetingRowDto, vote: ApprovalVote): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
  /** Takes back an approval made in this meeting by mistake; true when done. */
  withdraw(approved: ApprovedMinutesDto, reason: string): Promise<boolean>;
}

export interface PendingApproval {
  readonly row: MeetingRowDto;
  readonly vote: ApprovalVote;
}

/** Minutes are approved at the next meeting or soon after: more unapproved ones than this are not offered at once. */
const APPROVAL_CANDIDATES = 20;

/** "12. Sitzung" ("meeting no. 12") – or the title of a meeting without a number. */
const sessionName = (t: TFunction, meeting: { number: number | null; title?: string }, fallback: string): string =>
  meeting.number === null ? (meeting.title ?? fallback) : t('meetings.approve.sessionNumber', { number: meeting.number });

/**
 * The minutes this meeting can approve: the body's earlier held meetings (usually the last one,
 * under "Genehmigung des Protokolls"). Approval locks them.
 */
export function useApprovalCandidates(meeting: MeetingDto, run: MeetingRunner): ApprovalCandidates {
  const { t } = useTranslation();
  // The body's held meetings that were over when this one began, latest first; the newest few are the ones to approve.
  const earlier = useCall('meetings.list', { bodyId: meeting.bodyId ?? undefined, state: 'held', when: 'past', now: meeting.startsAt, limit: APPROVAL_CANDIDATES });
  const rows = meeting.bodyId === null || !earlier.data ? null : earlier.data.rows.filter((row) => row.id !== meeting.id);
  const [pending, setPending] = useState<PendingApproval | null>(null);
  return {
    rows,
    canApprove: meeting.state === 'held' || datePart(meeting.startsAt) === todayLocal(),
    pending,
    approve: (row, vote) => {
      setPending({ row, vote });
      return Promise.resolve();
    },
    cancel: () => setPending(null),
    confirm: async () => {
      if (!pending) return;
      const { row, vote } = pending;
      // Dated with this meeting's day (the main side refuses any other); approveMinutes answers with the approved (earlier) meeting.
      const input = { id: row.id, approvedInMeetingId: meeting.id, approvedOn: datePart(meeting.startsAt), vote };
      const done = await run.raw('meetings.approveMinutes', input, t('meetings.approve.approved', { title: meetingName(t, row) }));
      setPending(null);
      if (!done) return;
      earlier.reload();
      // The approval decision now stands under this meeting's item "Genehmigung des Protokolls".
      await run('meetings.get', { id: meeting.id }, { quiet: true });
    },
    withdraw: async (approved, reason) => {
      const name = sessionName(t, approved, meeting.title);
      const done = await run.raw('meetings.withdrawApproval', { id: approved.meetingId, reason }, t('meetings.approve.withdrawn', { session: name }));
      if (!done) return false;
      earlier.reload();
      await run('meetings.get', { id: meeting.id }, { quiet: true });
      return true;
    },
  };
}

/** "Protokoll von „3. Sitzung …“ vom 16.03.2022 genehmigen" with its button, per candidate. */
function ApprovalList({ candidates }: { candidates: ApprovalCandidates }) {
  const { t } = useTranslation();
  const message = useMessage();
  const voteId = useId();
  const [draft, setDraft] = useState<VoteDraft>(emptyVote('unanimous'));
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const rows = candidates.rows;
  // The counts are checked here as in the decision dialog; the main side checks them again.
  const approve = (row: MeetingRowDto) => {
    const built = buildVote(draft);
    if ('errors' in built) {
      setErrors(Object.fromEntries(built.errors.map((error) => [error.field, message(error.messageKey)])));
      return;
    }
    const vote = built.vote as ApprovalVote;
    if (vote.mode === 'counts' && vote.yes <= vote.no) {
      setErrors({ yes: message('meetingErrors.approvalWithoutMajority') });
      return;
    }
    setErrors({});
    void candidates.approve(row, vote);
  };
  if (rows === null) return <p className="muted">{t('common.loading')}</p>;
  if (rows.length === 0) return <p className="muted">{t('meetings.approve.none')}</p>;
  if (!candidates.canApprove) return <p className="muted">{t('meetings.approve.notYet')}</p>;
  return (
    <>
    <div className="field">
      <label className="field__label" htmlFor={voteId}>
        {t('meetings.approve.vote')}
      </label>
      <select id={voteId} className="field__control" value={draft.mode} onChange={(event) => setDraft({ ...draft, mode: event.target.value as ApprovalMode })}>
        <option value="unanimous">{t('meetings.approve.voteUnanimous')}</option>
        <option value="none">{t('meetings.approve.voteNone')}</option>
        <option value="counts">{t('meetings.approve.voteCounts')}</option>
      </select>
    </div>
    {draft.mode === 'counts' ? (
      <div className="vote-fields__counts">
        {APPROVAL_COUNTS.map((count) => (
          <Field key={count} label={t(`meetings.decision.${count}`)} error={errors[count]} className="vote-fields__count">
            {(control) => (
              <input
                {...control}
                className="field__control vote-fields__number"
                inputMode="numeric"
                autoComplete="off"
                value={draft[count]}
                onChange={(event) => setDraft({ ...draft, [count]: event.target.value })}
              />
            )}
          </Field>
        ))}
      </div>
    ) : null}
    <ul className="approve-list">
      {rows.map((row) => (
        <li key={row.id}>
          <span>{t('meetings.approve.text', { title: meetingName(t, row), date: formatDateShort(datePart(row.startsAt)) })}</span>
          <button type="button" className="button button--secondary button--small" aria-label={t('meetings.approve.buttonLabel', { title: meetingName(t, row) })} onClick={() => approve(row)}>
            {t('meetings.approve.button')}
          </button>
        </li>
      ))}
    </ul>
    </>
  );
}

/**
 * For a meeting without the item "Genehmigung des Protokolls": approval in a card of its own,
 * after the agenda. With the item, the agenda offers it there and this card is not shown.
 */
export function ApproveMinutesPanel({ meeting, candidates }: { meeting: MeetingDto; candidates: ApprovalCandidates }) {
  const { t } = useTranslation();
  const titleId = useId();
  if (meeting.bodyId === null || meeting.state === 'minutes_approved') return null;
  return (
    <section className="card meeting-section" aria-labelledby={titleId}>
      <h2 className="card__title" id={titleId}>
        {t('meetings.approve.title')}
      </h2>
      <ApprovalBlock meeting={meeting} candidates={candidates} />
    </section>
  );
}

/** The offer, the approvals made here (each can be taken back once) and their confirmation dialogs. */
export function ApprovalBlock({ meeting, candidates }: { meeting: MeetingDto; candidates: ApprovalCandidates }) {
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<ApprovedMinutesDto | null>(null);
  return (
    <>
      <ApprovalList candidates={candidates} />
      {meeting.approvedMinutes.length > 0 ? (
        <>
          <h3 className="approve-list__heading">{t('meetings.approve.approvedHere')}</h3>
          <ul className="approve-list">
            {meeting.approvedMinutes.map((approved) => {
              const session = sessionName(t, approved, meeting.title);
              return (
                <li key={approved.meetingId}>
                  <span>{t('meetings.approve.approvedEntry', { session, date: formatDateShort(datePart(approved.startsAt)) })}</span>
                  <button type="button" className="button button--secondary button--small" aria-label={t('meetings.approve.withdrawLabel', { session })} onClick={() => setWithdrawing(approved)}>
                    {t('meetings.approve.withdraw')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {candidates.pending ? <ConfirmApprovalDialog meeting={meeting} pending={candidates.pending} candidates={candidates} /> : null}
      {withdrawing ? <WithdrawApprovalDialog meeting={meeting} approved={withdrawing} candidates={candidates} onClose={() => setWithdrawing(null)} /> : null}
    </>
  );
}

function voteLabel(t: TFunction, vote: ApprovalVote): string {
  if (vote.mode === 'unanimous') return t('meetings.approve.voteUnanimous');
  if (vote.mode === 'none') return t('meetings.approve.voteNone');
  return t('meetings.approve.voteCounted', { yes: vote.yes, no: vote.no, abstain: vote.abstain });
}

/** "Protokoll der 12. Sitzung vom 1. November 2026 genehmigen?" – with the vote and the day it is dated. */
function ConfirmApprovalDialog({ meeting, pending, candidates }: { meeting: MeetingDto; pending: PendingApproval; candidates: ApprovalCandidates }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const item = meeting.agenda.find((each) => each.standard === 'approve_minutes');
  const question = t('meetings.approve.confirmQuestion', { session: sessionName(t, { number: pending.row.number }, meetingName(t, pending.row)), date: formatDateLong(datePart(pending.row.startsAt)) });
  return (
    <Dialog title={t('meetings.approve.confirmTitle')} onClose={candidates.cancel} size="small" description={question}>
      <dl className="approve-confirm">
        <dt>{t('meetings.approve.confirmVote')}</dt>
        <dd>{voteLabel(t, pending.vote)}</dd>
        <dt>{t('meetings.approve.confirmDate')}</dt>
        <dd>{t('meetings.approve.confirmDateValue', { date: formatDateLong(datePart(meeting.startsAt)) })}</dd>
        {item ? (
          <>
            <dt>{t('meetings.approve.confirmDecision')}</dt>
            <dd>{t('meetings.agenda.itemHeading', { number: item.number, title: item.title })}</dd>
          </>
        ) : null}
      </dl>
      <DialogActions
        onCancel={candidates.cancel}
        submitLabel={t('meetings.approve.confirm')}
        busy={busy}
        onConfirm={() => {
          if (busy) return;
          setBusy(true);
          void candidates.confirm();
        }}
      />
    </Dialog>
  );
}

/** Takes back a mistaken approval; the reason stays in the minutes' history. */
function WithdrawApprovalDialog({ meeting, approved, candidates, onClose }: { meeting: MeetingDto; approved: ApprovedMinutesDto; candidates: ApprovalCandidates; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [reason, setReason] = useState(() => t('meetings.approve.withdrawDefaultReason'));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const session = sessionName(t, approved, meeting.title);
  return (
    <Dialog
      title={t('meetings.approve.withdrawTitle', { session })}
      onClose={onClose}
      size="small"
      description={t('meetings.approve.withdrawDescription', { session, date: formatDateLong(datePart(approved.startsAt)) })}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (busy) return;
          if (!reason.trim()) {
            setError(message('validation.required'));
            return;
          }
          setBusy(true);
          void candidates.withdraw(approved, reason.trim()).then((done) => {
            setBusy(false);
            if (done) onClose();
          });
        }}
      >
        <Field label={t('meetings.corrections.reason')} error={error}>
          {(control) => <input {...control} className="field__control" value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        <DialogActions onCancel={onClose} submitLabel={t('meetings.approve.withdraw')} busy={busy} danger />
      </form>
    </Dialog>
  );
}

/** A meeting whose approval was taken back: the entries stay visible (corrections are only added to approved minutes). */
export function MinutesHistory({ meeting }: { meeting: MeetingDto }) {
  const { t } = useTranslation();
  const titleId = useId();
  if (meeting.corrections.length === 0) return null;
  return (
    <section className="card meeting-section" aria-labelledby={titleId}>
      <h2 className="card__title" id={titleId}>
        {t('meetings.approve.history')}
      </h2>
      <ul className="corrections-list">
        {meeting.corrections.map((entry) => (
          <li key={entry.id}>
            <p className="corrections-list__meta">{t('meetings.corrections.entry', { date: formatDateShort(entry.createdAt.slice(0, 10)), by: entry.enteredBy || t('common.emptyValue') })}</p>
            <p>{entry.text}</p>
            <p className="muted">{t('meetings.corrections.reasonLabel', { reason: entry.reason })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
