import type { CalendarEntryDto, DocumentLogoDto, DocumentOfficeDto, MeetingDto } from '../../../../contract';

/**
 * The meeting's files (Protokoll, Einladung, Anwesenheitsliste, Kalendereintrag), built in the renderer by the pure
 * builders of `documents/meetings` — the same the CLI and `docs:sample` use. They and the Word
 * engine load only when a file is asked for (a chunk of the app, script-src 'self').
 */

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ICS_TYPE = 'text/calendar;charset=utf-8';

/** `minutesPublic`: the minutes for publication, non-public items by number and title only. */
export type MeetingFileKind = 'minutes' | 'minutesPublic' | 'invitation' | 'attendanceSheet' | 'ics';

export interface MeetingFileInput {
  readonly meeting: MeetingDto;
  readonly office: DocumentOfficeDto;
  readonly logo: DocumentLogoDto | null;
  /** The date of the letter (YYYY-MM-DD). */
  readonly issuedOn: string;
  /** "5. Sitzung …" for the approval note of approved minutes. */
  readonly approvedInMeetingTitle?: string;
  /** UID and SEQUENCE for the calendar entry (from `meetings.calendarEntry`, asked only for it). */
  readonly calendar?: CalendarEntryDto;
}

export interface BuiltMeetingFile {
  readonly fileName: string;
  readonly blob: Blob;
}

export async function buildMeetingFile(kind: MeetingFileKind, input: MeetingFileInput): Promise<BuiltMeetingFile> {
  const documents = await import('../../../../documents');
  const { meeting, office } = input;
  if (kind === 'ics') {
    if (!input.calendar) throw new Error('The calendar entry needs the UID and SEQUENCE of meetings.calendarEntry');
    const text = documents.meetingIcs(meeting, { districtName: office.districtName, calendar: input.calendar });
    return { fileName: documents.meetingIcsFileName(meeting), blob: new Blob([text], { type: ICS_TYPE }) };
  }
  const logo = documents.logoFromDto(input.logo);
  const publicVersion = kind === 'minutesPublic';
  const { document, fileName } =
    kind === 'invitation'
      ? { document: documents.buildInvitation({ office, logo, meeting, date: input.issuedOn }), fileName: documents.invitationFileName(meeting) }
      : kind === 'attendanceSheet'
        ? { document: documents.buildAttendanceSheet({ office, meeting }), fileName: documents.attendanceSheetFileName(meeting) }
        : {
            document: documents.buildMinutes({ office, logo, meeting, approvedInMeetingTitle: input.approvedInMeetingTitle, publicVersion }),
            fileName: documents.minutesFileName(meeting, { publicVersion }),
          };
  const { Packer } = await import('docx');
  const packed = await Packer.toBlob(document);
  // Packer gives the blob no type everywhere; the download and the preview want the Word type.
  const blob = packed.type === DOCX_TYPE ? packed : new Blob([packed], { type: DOCX_TYPE });
  return { fileName, blob };
}
