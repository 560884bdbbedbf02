import type { EntityManager } from 'typeorm';
import type { ParsedInput } from '../../../contract';
import type { MeetingDto } from '../../../contract/meetings';
import type { AppDatabase } from '../../../database/app-database';
import { MeetingEntity, MinutesCorrectionEntity, type Meeting } from '../../../database/entities';
import { formatDateLong } from '../../../documents/engine/german-dates';
import { DomainError } from '../domain-error';
import type { CurrentUser } from '../measures/measure-history';
import { nowIso, todayIso } from '../text-compare';
import { loadMeeting, meetingRow } from './meeting-read';
import { approvalWording, recordApprovalDecision } from './meeting-record';
import { dayOf } from './meeting-text';

/** "12. Sitzung vom 1. November 2026" (or "Sitzung vom …" without a number), as the messages name minutes. */
const sessionOf = (meeting: Pick<Meeting, 'number' | 'startsAt'>): string =>
  `${meeting.number === null ? 'Sitzung' : `${meeting.number}. Sitzung`} vom ${formatDateLong(dayOf(meeting.startsAt))}`;

/**
 * A meeting can approve minutes while it takes place or after: held ("durchgeführt"), or on its
 * own day (the minute-taker in live mode before anyone set it to "durchgeführt"). Its own minutes
 * must still be open, since the approval becomes one of its decisions.
 */
async function assertCanApprove(manager: EntityManager, approving: Meeting): Promise<void> {
  const title = (await loadMeeting(manager, approving.id)).title;
  if (approving.state === 'minutes_approved') throw new DomainError('meetingErrors.approvingMinutesApproved', { field: 'approvedInMeetingId', params: { title } });
  const today = todayIso();
  if (approving.state !== 'held' && dayOf(approving.startsAt) !== today) {
    throw new DomainError('meetingErrors.approvingNotHeld', { field: 'approvedInMeetingId', params: { title, date: formatDateLong(dayOf(approving.startsAt)) } });
  }
}

/**
 * Approving minutes follows the calendar: only in a meeting that is taking place or took place,
 * dated with that meeting's day, recorded as its decision; and a mistaken approval can be taken
 * back (with a trace in the minutes' history) until the approving meeting's own minutes are approved.
 */
export class MinutesApprovalService {
  constructor(
    private readonly db: AppDatabase,
    private readonly currentUser: CurrentUser,
  ) {}

  approve(input: ParsedInput<'meetings.approveMinutes'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const meeting = await meetingRow(manager, input.id);
      if (meeting.state === 'minutes_approved') {
        const by = meeting.approvedInMeetingId === null ? null : await loadMeeting(manager, meeting.approvedInMeetingId);
        throw new DomainError('meetingErrors.alreadyApproved', {
          field: 'id',
          params: { session: sessionOf(meeting), date: meeting.approvedOn ? formatDateLong(meeting.approvedOn) : '', title: by?.title ?? '' },
        });
      }
      // Planned or invited: the meeting has not taken place, so there are no minutes to approve.
      if (meeting.state !== 'held') throw new DomainError('meetingErrors.notHeld', { field: 'id', params: { session: sessionOf(meeting) } });
      if (input.approvedInMeetingId === meeting.id) throw new DomainError('meetingErrors.approvalMeetingLater', { field: 'approvedInMeetingId' });
      const approving = await manager.getRepository(MeetingEntity).findOneBy({ id: input.approvedInMeetingId });
      if (!approving) throw new DomainError('meetingErrors.notFound', { field: 'approvedInMeetingId', code: 'not-found' });
      if (approving.startsAt <= meeting.startsAt) throw new DomainError('meetingErrors.approvalMeetingLater', { field: 'approvedInMeetingId' });
      await assertCanApprove(manager, approving);
      // Recorded as "angenommen": counts without more Ja than Nein would state an approval that did not happen.
      if (input.vote?.mode === 'counts' && input.vote.yes <= input.vote.no) {
        throw new DomainError('meetingErrors.approvalWithoutMajority', { field: 'yes' });
      }
      // Dated with the approving meeting's day, never with the day someone clicked.
      const approvedOn = dayOf(approving.startsAt);
      if (input.approvedOn !== undefined && input.approvedOn !== approvedOn) {
        throw new DomainError('meetingErrors.approvalOnMeetingDay', { field: 'approvedOn', params: { date: formatDateLong(approvedOn) } });
      }
      await manager.getRepository(MeetingEntity).update(
        { id: meeting.id },
        { state: 'minutes_approved', approvedOn, approvedInMeetingId: approving.id, currentAgendaItemId: null, liveAt: null, updatedAt: nowIso() },
      );
      if (input.vote) await recordApprovalDecision(manager, meeting, approving.id, input.vote);
      return loadMeeting(manager, meeting.id);
    });
  }

  /**
   * Takes back an approval made by mistake: the minutes are open again ("durchgeführt"), the
   * approval's decision leaves the approving meeting's minutes (the meeting did not decide it),
   * and an entry in the minutes' history says what was approved when, and why it was taken back.
   */
  withdraw(input: ParsedInput<'meetings.withdrawApproval'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const meeting = await meetingRow(manager, input.id);
      if (meeting.state !== 'minutes_approved') throw new DomainError('meetingErrors.notApproved', { field: 'id', params: { session: sessionOf(meeting) } });
      const approving = meeting.approvedInMeetingId === null ? null : await loadMeeting(manager, meeting.approvedInMeetingId);
      if (!approving || approving.state === 'minutes_approved') {
        throw new DomainError('meetingErrors.approvalFinal', { field: 'id', params: { title: approving?.title ?? '' } });
      }
      const prefix = approvalWording(approving, meeting, { mode: 'none' }).replace(/ zu\.$/, '');
      const [decision] = (await manager.query(
        `SELECT d.id, d.wording FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id
          WHERE i.meeting_id = ? AND i.standard = 'approve_minutes' AND substr(d.wording, 1, length(?)) = ? ORDER BY d.id LIMIT 1`,
        [approving.id, prefix, prefix],
      )) as Array<{ id: number; wording: string }>;
      if (decision) await manager.query('DELETE FROM decision WHERE id = ?', [decision.id]);
      const approvedOn = meeting.approvedOn ? formatDateLong(meeting.approvedOn) : '';
      const text =
        `Genehmigung zurückgenommen: Die Genehmigung vom ${approvedOn} in „${approving.title}“ gilt nicht; das Protokoll ist wieder offen.` +
        (decision ? ` Der Beschluss „${decision.wording}“ steht nicht mehr im Protokoll jener Sitzung.` : '');
      await manager.getRepository(MinutesCorrectionEntity).insert({
        meetingId: meeting.id,
        agendaItemId: null,
        text,
        reason: input.reason,
        enteredBy: await this.currentUser(manager),
        createdAt: nowIso(),
      });
      await manager.getRepository(MeetingEntity).update({ id: meeting.id }, { state: 'held', approvedOn: null, approvedInMeetingId: null, updatedAt: nowIso() });
      return loadMeeting(manager, meeting.id);
    });
  }
}
