import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDto } from '../../../../contract';
import { useCall } from '../../api/use-call';
import { formatDateShort } from '../../i18n/format';
import { datePart } from './meeting-format';
import type { MeetingRunner } from './use-meeting-call';

/**
 * Protokoll genehmigen: in this meeting, the body approves the minutes of its earlier held
 * meetings (usually the last one, under "Genehmigung des Protokolls"). Approval locks them.
 */
export function ApproveMinutesPanel({ meeting, run }: { meeting: MeetingDto; run: MeetingRunner }) {
  const { t } = useTranslation();
  const titleId = useId();
  const earlier = useCall('meetings.list', { bodyId: meeting.bodyId ?? undefined, state: 'held' });
  if (meeting.bodyId === null || meeting.state === 'minutes_approved') return null;
  const candidates = (earlier.data?.rows ?? []).filter((row) => row.id !== meeting.id && row.startsAt < meeting.startsAt).sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  const approve = async (id: number, title: string) => {
    // approveMinutes answers with the approved (earlier) meeting; this page shows the current one.
    const result = await run.raw('meetings.approveMinutes', { id, approvedInMeetingId: meeting.id, approvedOn: datePart(meeting.startsAt) }, t('meetings.approve.approved', { title }));
    if (result) earlier.reload();
  };

  return (
    <section className="card meeting-section" aria-labelledby={titleId}>
      <h2 className="card__title" id={titleId}>
        {t('meetings.approve.title')}
      </h2>
      {candidates.length === 0 ? (
        <p className="muted">{earlier.data ? t('meetings.approve.none') : t('common.loading')}</p>
      ) : (
        <ul className="approve-list">
          {candidates.map((row) => (
            <li key={row.id}>
              <span>{t('meetings.approve.text', { title: row.title, date: formatDateShort(datePart(row.startsAt)) })}</span>
              <button type="button" className="button button--secondary button--small" aria-label={t('meetings.approve.buttonLabel', { title: row.title })} onClick={() => void approve(row.id, row.title)}>
                {t('meetings.approve.button')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
