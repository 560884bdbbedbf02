import type { MeetingDto } from '../../contract/meetings';
import { fileSlug } from '../file-names';
import { datePart } from './meeting-time';

type NamedMeeting = Pick<MeetingDto, 'startsAt' | 'bodyName' | 'number' | 'title'>;

/** Long body names shortened as offices write them in file names. */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bArbeitsgruppe\b/g, 'AG'],
  [/\bBezirksversammlung\b/g, 'BV'],
  [/\bIntegrationsrat\b/g, 'IR'],
];

function bodySlug(meeting: NamedMeeting): string {
  const name = meeting.bodyName.trim() || meeting.title.trim();
  return fileSlug(ABBREVIATIONS.reduce((text, [pattern, short]) => text.replace(pattern, short), name), 40);
}

/** "2026-11-26_Protokoll_AG-Integrationskonzept_4-Sitzung" (without extension). */
function meetingFileStem(meeting: NamedMeeting, kind: string): string {
  const parts = [datePart(meeting.startsAt), kind, bodySlug(meeting), meeting.number !== null ? `${meeting.number}-Sitzung` : ''];
  return parts.filter(Boolean).join('_');
}

/** The public version says so in its name, so it is not mixed up with the full minutes. */
export const minutesFileName = (meeting: NamedMeeting, options: { publicVersion?: boolean } = {}): string =>
  `${meetingFileStem(meeting, 'Protokoll')}${options.publicVersion ? '_oeffentlich' : ''}.docx`;

export const invitationFileName = (meeting: NamedMeeting): string => `${meetingFileStem(meeting, 'Einladung')}.docx`;

export const meetingIcsFileName = (meeting: NamedMeeting): string => `${meetingFileStem(meeting, 'Sitzung')}.ics`;

export const attendanceSheetFileName = (meeting: NamedMeeting): string => `${meetingFileStem(meeting, 'Anwesenheitsliste')}.docx`;
