import type { Document } from 'docx';
import type { DocumentOfficeDto } from '../../contract/documents';
import type { AttendanceDto, MeetingDto } from '../../contract/meetings';
import { createDocument, facts, formatDateShort, heading, paragraph, subtitle, table, title, type Block, type TableColumn } from '../engine';
import { meetingOccasion } from './meeting-names';
import { datePart, formatDateWithWeekday, formatTimeSpan } from './meeting-time';

export interface AttendanceSheetInput {
  readonly office: Pick<DocumentOfficeDto, 'districtName'>;
  readonly meeting: Pick<MeetingDto, 'kind' | 'bodyName' | 'bodyGenitive' | 'number' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'attendance'>;
  /** Empty lines for guests who come unannounced. */
  readonly blankGuestRows?: number;
}

/** Room to sign by hand: Word keeps each row at least this high. */
const SIGNING_ROW_MM = 11;
const DEFAULT_BLANK_GUEST_ROWS = 6;

const COLUMNS: readonly TableColumn[] = [
  { header: 'Name', share: 0.36 },
  { header: 'Funktion / Fraktion', share: 0.28 },
  { header: 'Unterschrift', share: 0.36 },
];

/** Someone excused beforehand is marked where the signature would go, so nobody waits for it. */
const row = (person: AttendanceDto): string[] => [person.name, person.role, person.status === 'excused' ? 'entschuldigt' : ''];

/**
 * The list passed round for signatures (Anwesenheitsliste): members and deputies from the
 * attendance list, then the guests announced and blank lines for more. Erased persons are
 * left out; there is no one to sign.
 */
export function attendanceSheetBlocks(input: AttendanceSheetInput): Block[] {
  const { meeting } = input;
  const people = meeting.attendance.filter((person) => !person.erased);
  const members = people.filter((person) => !person.guest);
  const guests = people.filter((person) => person.guest);
  const blank = Array.from({ length: input.blankGuestRows ?? DEFAULT_BLANK_GUEST_ROWS }, () => ['', '', '']);
  return [
    title('Anwesenheitsliste'),
    subtitle(meetingOccasion(meeting)),
    facts([
      { label: 'Datum', value: formatDateWithWeekday(datePart(meeting.startsAt)) },
      { label: 'Uhrzeit', value: formatTimeSpan(meeting.startsAt, meeting.endsAt) },
      { label: 'Ort', value: meeting.place },
    ]),
    heading(2, 'Mitglieder und Stellvertretungen'),
    members.length ? table(COLUMNS, members.map(row), { minRowHeightMm: SIGNING_ROW_MM }) : paragraph('Noch keine Mitglieder auf der Anwesenheitsliste.'),
    heading(2, 'Gäste'),
    table(COLUMNS, [...guests.map(row), ...blank], { minRowHeightMm: SIGNING_ROW_MM }),
  ];
}

export function buildAttendanceSheet(input: AttendanceSheetInput): Document {
  const occasion = meetingOccasion(input.meeting);
  return createDocument({
    kind: 'Anwesenheitsliste',
    district: input.office.districtName,
    title: `Anwesenheitsliste – ${occasion}`,
    subject: 'Anwesenheitsliste',
    footerNote: `${occasion}, ${formatDateShort(datePart(input.meeting.startsAt))}`,
    body: attendanceSheetBlocks(input),
  });
}
