import type { EntityManager } from 'typeorm';
import { phrasesOf } from '../../../database/sql-dialect';
import type { AttendanceStatus, MeetingKind } from '../../../contract/meetings';
import type { DisclosedActionItem, DisclosedMeeting } from '../../../documents/disclosure/disclosure-builder';
import { meetingTitle } from '../meetings/meeting-text';
import type { NameMentions } from './contact-name-mentions';

// "erwartet": on the list of a meeting whose attendance is not recorded yet (e.g. a future one).
const ATTENDANCE_TEXT: Readonly<Record<AttendanceStatus, string>> = { expected: 'erwartet', present: 'anwesend', excused: 'entschuldigt', absent: 'unentschuldigt' };

interface MeetingRow {
  readonly id: number;
  readonly kind: MeetingKind;
  readonly title: string;
  readonly number: number | null;
  readonly bodyName: string | null;
  readonly startsAt: string;
  readonly attendance: AttendanceStatus | null;
  readonly guest: number | null;
  /** A comparison in SQL: 0/1 on SQLite, a boolean on PostgreSQL (null without a linked chair); read as truth. */
  readonly chair: number | boolean | null;
  readonly minuteTaker: number | boolean | null;
}

const TYPED = 'Name als Text eingetragen';

/** For the Auskunft (DSGVO Art. 15): where the person is named in meetings and which tasks they were given. */
export async function loadMeetingRecords(
  manager: EntityManager,
  contactId: number,
  mentions: NameMentions,
): Promise<{ meetings: DisclosedMeeting[]; actionItems: DisclosedActionItem[] }> {
  const linked = (await manager.query(
    `SELECT m.id, m.kind, m.title, m.number, b.name AS "bodyName", m.starts_at AS "startsAt",
            a.status AS attendance, a.guest AS guest,
            (m.chair_contact_id = ?1) AS chair, (m.minute_taker_contact_id = ?1) AS "minuteTaker"
     FROM meeting m
     LEFT JOIN body b ON b.id = m.body_id
     LEFT JOIN attendance a ON a.meeting_id = m.id AND a.contact_id = ?1
     WHERE a.id IS NOT NULL OR m.chair_contact_id = ?1 OR m.minute_taker_contact_id = ?1
     ORDER BY m.starts_at, m.id`,
    [contactId],
  )) as MeetingRow[];
  const typed = await typedMentionRows(manager, mentions);
  const meetings: Array<MeetingRow & { typed?: true }> = [...linked, ...typed].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id);
  const items = (await manager.query(
    `SELECT t.title, t.due_on AS "dueOn", t.done_on AS "doneOn", m.starts_at AS "startsAt", m.kind, m.title AS "meetingTitle", m.number, b.name AS "bodyName"
     FROM action_item t JOIN meeting m ON m.id = t.meeting_id LEFT JOIN body b ON b.id = m.body_id
     WHERE t.assignee_contact_id = ? OR t.id IN (${phrasesOf(manager).idsFromJson}) ORDER BY m.starts_at, t.id`,
    [contactId, JSON.stringify(mentions.actionItemIds)],
  )) as Array<{ title: string; dueOn: string | null; doneOn: string | null; startsAt: string; kind: MeetingKind; meetingTitle: string; number: number | null; bodyName: string | null }>;
  return {
    meetings: oneEntryPerMeeting(meetings).map(({ row, roles }) => ({
      date: row.startsAt.slice(0, 10),
      title: meetingTitle({ kind: row.kind, title: row.title, number: row.number, bodyName: row.bodyName ?? '' }),
      roles,
    })),
    actionItems: items.map((row) => ({
      title: row.title,
      meetingDate: row.startsAt.slice(0, 10),
      meetingTitle: meetingTitle({ kind: row.kind, title: row.meetingTitle, number: row.number, bodyName: row.bodyName ?? '' }),
      dueOn: row.dueOn,
      doneOn: row.doneOn,
    })),
  };
}

function rolesOf(row: MeetingRow & { typed?: true }): string[] {
  return [
    ...(row.attendance ? [row.guest ? `Gast (${ATTENDANCE_TEXT[row.attendance]})` : ATTENDANCE_TEXT[row.attendance]] : []),
    ...(row.chair ? ['Vorsitz'] : []),
    ...(row.minuteTaker ? ['Protokoll'] : []),
  ].map((role) => (row.typed ? `${role}, ${TYPED}` : role));
}

/** A meeting that names the person both linked and as text (or twice as text) is listed once. */
function oneEntryPerMeeting(rows: ReadonlyArray<MeetingRow & { typed?: true }>): Array<{ row: MeetingRow; roles: string[] }> {
  const byMeeting = new Map<number, { row: MeetingRow; roles: string[] }>();
  for (const row of rows) {
    const entry = byMeeting.get(row.id);
    if (entry) entry.roles.push(...rolesOf(row));
    else byMeeting.set(row.id, { row, roles: rolesOf(row) });
  }
  return [...byMeeting.values()];
}

/** Meetings that name the person only as typed text, one row per role found there. */
async function typedMentionRows(manager: EntityManager, mentions: NameMentions): Promise<Array<MeetingRow & { typed: true }>> {
  const roles = [
    ...mentions.guestRows.map((row) => ({ meetingId: row.meetingId, guestRowId: row.id, chair: 0, minuteTaker: 0 })),
    ...mentions.chairMeetingIds.map((meetingId) => ({ meetingId, guestRowId: null, chair: 1, minuteTaker: 0 })),
    ...mentions.minuteTakerMeetingIds.map((meetingId) => ({ meetingId, guestRowId: null, chair: 0, minuteTaker: 1 })),
  ];
  const rows: Array<MeetingRow & { typed: true }> = [];
  for (const role of roles) {
    const [meeting] = (await manager.query(
      `SELECT m.id, m.kind, m.title, m.number, b.name AS "bodyName", m.starts_at AS "startsAt", a.status AS attendance, a.guest AS guest
       FROM meeting m LEFT JOIN body b ON b.id = m.body_id LEFT JOIN attendance a ON a.id = ?
       WHERE m.id = ?`,
      [role.guestRowId, role.meetingId],
    )) as Array<Omit<MeetingRow, 'chair' | 'minuteTaker'>>;
    if (meeting) rows.push({ ...meeting, chair: role.chair, minuteTaker: role.minuteTaker, typed: true });
  }
  return rows;
}
