import type { EntityManager } from 'typeorm';
import type { MembershipRole, ParsedInput } from '../../../contract';
import type { AttendanceStatus, MeetingDto } from '../../../contract/meetings';
import type { AppDatabase } from '../../../database/app-database';
import { AttendanceEntity, type Attendance } from '../../../database/entities';
import { DomainError, notFound } from '../domain-error';
import { nowIso, todayIso } from '../text-compare';
import { assertContactExists, editableMeeting } from './meeting-guard';
import { loadMeeting } from './meeting-read';
import { attendanceRole, dayOf, GUEST_ROLE, isVotingRole } from './meeting-text';

/** The meeting's day is after today: nothing about it can have happened yet. */
export const inFuture = (startsAt: string, today = todayIso()): boolean => dayOf(startsAt) > today;

/**
 * Presence is recorded, not assumed: "anwesend" or "unentschuldigt" only from the meeting's
 * day on (a DSGVO Auskunft must not list a future meeting as attended).
 */
function assertRecordable(startsAt: string, status: AttendanceStatus): void {
  if ((status === 'present' || status === 'absent') && inFuture(startsAt)) {
    throw new DomainError('meetingErrors.attendanceInFuture', { field: 'status', params: { date: dayOf(startsAt) } });
  }
}

/**
 * Adds the body's members on the meeting's day who are not on the list yet, as expected
 * (erwartet): the minute-taker marks who came. Erased persons are left out.
 */
export async function preloadMembers(manager: EntityManager, meetingId: number, bodyId: number | null, startsAt: string): Promise<void> {
  if (bodyId === null) return;
  const day = dayOf(startsAt);
  const members: Array<{ contactId: number; role: MembershipRole; fraktion: string }> = await manager.query(
    `SELECT m.contact_id AS "contactId", m.role, c.fraktion
     FROM membership m JOIN contact c ON c.id = m.contact_id
     WHERE m.body_id = ? AND c.erased_at IS NULL AND (m.date_from IS NULL OR m.date_from <= ?) AND (m.date_to IS NULL OR m.date_to >= ?)
       AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = ? AND a.contact_id = m.contact_id)
     ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 ELSE 2 END, c.sort_key, m.id`,
    [bodyId, day, day, meetingId],
  );
  let position = await lastPosition(manager, meetingId);
  const seen = new Set<number>();
  const now = nowIso();
  const rows: Array<Omit<Attendance, 'id'>> = [];
  for (const member of members) {
    if (seen.has(member.contactId)) continue; // two memberships of one person on the same day: the first (highest role) wins
    seen.add(member.contactId);
    rows.push({
      meetingId,
      contactId: member.contactId,
      guestName: '',
      role: attendanceRole(member.role, member.fraktion),
      fraktion: member.role === 'guest' ? '' : member.fraktion,
      guest: member.role === 'guest',
      voting: isVotingRole(member.role),
      status: 'expected',
      position: ++position,
      createdAt: now,
    });
  }
  if (rows.length) await manager.getRepository(AttendanceEntity).insert(rows);
}

async function lastPosition(manager: EntityManager, meetingId: number): Promise<number> {
  const [{ last }] = (await manager.query('SELECT coalesce(max(position), 0) AS last FROM attendance WHERE meeting_id = ?', [meetingId])) as [{ last: number }];
  return last;
}

/** Who attended: members preloaded from the body, guests added by name or as contacts. */
export class AttendanceService {
  constructor(private readonly db: AppDatabase) {}

  setStatus(input: ParsedInput<'attendance.setStatus'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const row = await this.row(manager, input.id);
      const meeting = await editableMeeting(manager, row.meetingId);
      assertRecordable(meeting.startsAt, input.status);
      await manager.getRepository(AttendanceEntity).update({ id: row.id }, { status: input.status });
      return loadMeeting(manager, row.meetingId);
    });
  }

  addGuest(input: ParsedInput<'attendance.addGuest'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const meeting = await editableMeeting(manager, input.meetingId);
      if (input.contactId === null && input.name === '') throw new DomainError('meetingErrors.guestNameRequired', { field: 'name' });
      await assertContactExists(manager, input.contactId, 'contactId');
      if (input.contactId !== null) {
        const [listed] = (await manager.query('SELECT 1 FROM attendance WHERE meeting_id = ? AND contact_id = ?', [input.meetingId, input.contactId])) as unknown[];
        if (listed) throw new DomainError('meetingErrors.alreadyListed', { field: 'contactId' });
      }
      await manager.getRepository(AttendanceEntity).insert({
        meetingId: input.meetingId,
        contactId: input.contactId,
        guestName: input.contactId === null ? input.name : '',
        role: input.role || GUEST_ROLE,
        fraktion: '',
        guest: true,
        voting: false,
        // A guest added on the day is there; one announced for a later meeting is expected.
        status: inFuture(meeting.startsAt) ? 'expected' : 'present',
        position: (await lastPosition(manager, input.meetingId)) + 1,
        createdAt: nowIso(),
      });
      return loadMeeting(manager, input.meetingId);
    });
  }

  remove(input: ParsedInput<'attendance.remove'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const row = await this.row(manager, input.id);
      await editableMeeting(manager, row.meetingId);
      await manager.getRepository(AttendanceEntity).delete({ id: row.id });
      return loadMeeting(manager, row.meetingId);
    });
  }

  preload(input: ParsedInput<'attendance.preload'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const meeting = await editableMeeting(manager, input.meetingId);
      if (meeting.bodyId === null) throw new DomainError('meetingErrors.noBody', { field: 'bodyId' });
      await preloadMembers(manager, meeting.id, meeting.bodyId, meeting.startsAt);
      return loadMeeting(manager, meeting.id);
    });
  }

  markExpectedPresent(input: ParsedInput<'attendance.markExpectedPresent'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const meeting = await editableMeeting(manager, input.meetingId);
      assertRecordable(meeting.startsAt, 'present');
      await manager.query(`UPDATE attendance SET status = 'present' WHERE meeting_id = ? AND status = 'expected'`, [meeting.id]);
      return loadMeeting(manager, meeting.id);
    });
  }

  private async row(manager: EntityManager, id: number): Promise<Attendance> {
    const row = await manager.getRepository(AttendanceEntity).findOneBy({ id });
    if (!row) throw notFound('meetingErrors.attendanceNotFound');
    return row;
  }
}
