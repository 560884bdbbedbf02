import type { EntityManager } from 'typeorm';
import type { MeetingKind } from '../../../contract/meetings';
import type { DisclosedActionItem, DisclosedMeeting } from '../../../documents/disclosure/disclosure-builder';
import { meetingTitle } from '../meetings/meeting-text';

const ATTENDANCE_TEXT = { present: 'anwesend', excused: 'entschuldigt', absent: 'unentschuldigt' } as const;

interface MeetingRow {
  readonly id: number;
  readonly kind: MeetingKind;
  readonly title: string;
  readonly number: number | null;
  readonly bodyName: string | null;
  readonly startsAt: string;
  readonly attendance: keyof typeof ATTENDANCE_TEXT | null;
  readonly guest: number | null;
  readonly chair: number;
  readonly minuteTaker: number;
}

/** For the Auskunft (DSGVO Art. 15): where the person is named in meetings and which tasks they were given. */
export async function loadMeetingRecords(manager: EntityManager, contactId: number): Promise<{ meetings: DisclosedMeeting[]; actionItems: DisclosedActionItem[] }> {
  const meetings = (await manager.query(
    `SELECT m.id, m.kind, m.title, m.number, b.name AS bodyName, m.starts_at AS startsAt,
            a.status AS attendance, a.guest AS guest,
            (m.chair_contact_id = ?1) AS chair, (m.minute_taker_contact_id = ?1) AS minuteTaker
     FROM meeting m
     LEFT JOIN body b ON b.id = m.body_id
     LEFT JOIN attendance a ON a.meeting_id = m.id AND a.contact_id = ?1
     WHERE a.id IS NOT NULL OR m.chair_contact_id = ?1 OR m.minute_taker_contact_id = ?1
     ORDER BY m.starts_at, m.id`,
    [contactId],
  )) as MeetingRow[];
  const items = (await manager.query(
    `SELECT t.title, t.due_on AS dueOn, t.done_on AS doneOn, m.starts_at AS startsAt, m.kind, m.title AS meetingTitle, m.number, b.name AS bodyName
     FROM action_item t JOIN meeting m ON m.id = t.meeting_id LEFT JOIN body b ON b.id = m.body_id
     WHERE t.assignee_contact_id = ? ORDER BY m.starts_at, t.id`,
    [contactId],
  )) as Array<{ title: string; dueOn: string | null; doneOn: string | null; startsAt: string; kind: MeetingKind; meetingTitle: string; number: number | null; bodyName: string | null }>;
  return {
    meetings: meetings.map((row) => ({
      date: row.startsAt.slice(0, 10),
      title: meetingTitle({ kind: row.kind, title: row.title, number: row.number, bodyName: row.bodyName ?? '' }),
      roles: [
        ...(row.attendance ? [row.guest ? `Gast (${ATTENDANCE_TEXT[row.attendance]})` : ATTENDANCE_TEXT[row.attendance]] : []),
        ...(row.chair ? ['Vorsitz'] : []),
        ...(row.minuteTaker ? ['Protokoll'] : []),
      ],
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
