import type { MeetingDto } from '../../contract/meetings';
import { datedFileName } from '../file-names';
import { datePart } from './meeting-time';

type NamedMeeting = Pick<MeetingDto, 'startsAt' | 'bodyName' | 'number' | 'title'>;

/** Long body names shortened as offices write them in file names. */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bArbeitsgruppe\b/g, 'AG'],
  [/\bBezirksversammlung\b/g, 'BV'],
  [/\bIntegrationsrat\b/g, 'IR'],
];

function bodyName(meeting: NamedMeeting): string {
  const name = meeting.bodyName.trim() || meeting.title.trim();
  return ABBREVIATIONS.reduce((text, [pattern, short]) => text.replace(pattern, short), name);
}

/** "2026-11-26_Protokoll_AG-Integrationskonzept_4-Sitzung.docx": the meeting's day, the kind, the body, the number. */
function meetingFileName(meeting: NamedMeeting, kind: string, extension: string, extra = ''): string {
  const number = meeting.number !== null ? `${meeting.number}-Sitzung` : '';
  return datedFileName(datePart(meeting.startsAt), kind, [bodyName(meeting), number, extra], extension);
}

/** The public version says so in its name, so it is not mixed up with the full minutes. */
export const minutesFileName = (meeting: NamedMeeting, options: { publicVersion?: boolean } = {}): string =>
  meetingFileName(meeting, 'Protokoll', 'docx', options.publicVersion ? 'oeffentlich' : '');

export const invitationFileName = (meeting: NamedMeeting): string => meetingFileName(meeting, 'Einladung', 'docx');

export const meetingIcsFileName = (meeting: NamedMeeting): string => meetingFileName(meeting, 'Sitzung', 'ics');

export const attendanceSheetFileName = (meeting: NamedMeeting): string => meetingFileName(meeting, 'Anwesenheitsliste', 'docx');
