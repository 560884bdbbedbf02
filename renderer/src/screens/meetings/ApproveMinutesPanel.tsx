import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto, MeetingRowDto, VoteDto } from '../../../../contract';
import { useCall } from '../../api/use-call';
import { Field } from '../../components/fields';
import { formatDateShort } from '../../i18n/format';
import { useMessage } from '../../i18n/messages';
import { buildVote, emptyVote, type VoteDraft } from './decision-logic';
import { datePart } from './meeting-format';
import type { MeetingRunner } from './use-meeting-call';

/** Einstimmig, ohne Abstimmung, or counted (Ja/Nein/Enthaltung, checked as the decision dialog checks them). */
export type ApprovalVote = Extract<VoteDto, { mode: 'unanimous' | 'none' | 'counts' }>;
type ApprovalMode = ApprovalVote['mode'];
const APPROVAL_COUNTS = ['yes', 'no', 'abstain'] as const;

export interface ApprovalCandidates {
  /** Earlier held meetings of the same body, latest first; null while loading or when there is no body. */
  readonly rows: readonly MeetingRowDto[] | null;
  /** `vote`: recorded as the decision of this meeting's item "Genehmigung des Protokolls", so the minutes print it. */
  approve(row: MeetingRowDto, vote: ApprovalVote): Promise<void>;
}

/**
 * The minutes this meeting can approve: the body's earlier held meetings (usually the last one,
 * under "Genehmigung des Protokolls"). Approval locks them.
 */
export function useApprovalCandidates(meeting: MeetingDto, run: MeetingRunner): ApprovalCandidates {
  const { t } = useTranslation();
  const earlier = useCall('meetings.list', { bodyId: meeting.bodyId ?? undefined, state: 'held' });
  const rows =
    meeting.bodyId === null || !earlier.data
      ? null
      : earlier.data.rows.filter((row) => row.id !== meeting.id && row.startsAt < meeting.startsAt).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return {
    rows,
    approve: async (row, vote) => {
      // approveMinutes answers with the approved (earlier) meeting; this page shows the current one.
      const input = { id: row.id, approvedInMeetingId: meeting.id, approvedOn: datePart(meeting.startsAt), vote };
      const done = await run.raw('meetings.approveMinutes', input, t('meetings.approve.approved', { title: row.title }));
      if (!done) return;
      earlier.reload();
      // The approval decision now stands under this meeting's item "Genehmigung des Protokolls".
      await run('meetings.get', { id: meeting.id }, { quiet: true });
    },
  };
}

/** "Protokoll von „3. Sitzung …“ vom 16.03.2022 genehmigen" with its button, per candidate. */
export function ApprovalList({ candidates, limit }: { candidates: ApprovalCandidates; limit?: number }) {
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
      {rows.slice(0, limit).map((row) => (
        <li key={row.id}>
          <span>{t('meetings.approve.text', { title: row.title, date: formatDateShort(datePart(row.startsAt)) })}</span>
          <button type="button" className="button button--secondary button--small" aria-label={t('meetings.approve.buttonLabel', { title: row.title })} onClick={() => approve(row)}>
            {t('meetings.approve.button')}
          </button>
        </li>
      ))}
    </ul>
    </>
  );
}

export function ApproveMinutesPanel({ meeting, candidates }: { meeting: MeetingDto; candidates: ApprovalCandidates }) {
  const { t } = useTranslation();
  const titleId = useId();
  if (meeting.bodyId === null || meeting.state === 'minutes_approved') return null;
  return (
    <section className="card meeting-section" aria-labelledby={titleId}>
      <h2 className="card__title" id={titleId}>
        {t('meetings.approve.title')}
      </h2>
      <ApprovalList candidates={candidates} />
    </section>
  );
}
