import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto, MeetingRowDto } from '../../../../contract';
import { useCall } from '../../api/use-call';
import { formatDateShort } from '../../i18n/format';
import { datePart } from './meeting-format';
import type { MeetingRunner } from './use-meeting-call';

export type ApprovalVote = 'unanimous' | 'none';

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
      const input = { id: row.id, approvedInMeetingId: meeting.id, approvedOn: datePart(meeting.startsAt), vote: { mode: vote } };
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
  const voteId = useId();
  const [vote, setVote] = useState<ApprovalVote>('unanimous');
  const rows = candidates.rows;
  if (rows === null) return <p className="muted">{t('common.loading')}</p>;
  if (rows.length === 0) return <p className="muted">{t('meetings.approve.none')}</p>;
  return (
    <>
    <div className="field">
      <label className="field__label" htmlFor={voteId}>
        {t('meetings.approve.vote')}
      </label>
      <select id={voteId} className="field__control" value={vote} onChange={(event) => setVote(event.target.value as ApprovalVote)}>
        <option value="unanimous">{t('meetings.approve.voteUnanimous')}</option>
        <option value="none">{t('meetings.approve.voteNone')}</option>
      </select>
    </div>
    <ul className="approve-list">
      {rows.slice(0, limit).map((row) => (
        <li key={row.id}>
          <span>{t('meetings.approve.text', { title: row.title, date: formatDateShort(datePart(row.startsAt)) })}</span>
          <button type="button" className="button button--secondary button--small" aria-label={t('meetings.approve.buttonLabel', { title: row.title })} onClick={() => void candidates.approve(row, vote)}>
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
