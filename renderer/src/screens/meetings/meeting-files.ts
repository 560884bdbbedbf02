import type { Document } from 'docx';
import type { DocumentOfficeDto, MeetingDto } from '../../../../contract';
import { documentFileName, fileSlug } from '../../../../documents/file-names';
import { offerBlob } from '../../files/file-transfer';
import { datePart } from './meeting-format';

/**
 * The meeting's files (Protokoll, Einladung, Kalendereintrag), built in the renderer by the pure
 * builders of `documents/meetings` (the documents engineer's branch). This adapter is the one
 * place that knows their signatures; the screen only asks for a file.
 */

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ICS_TYPE = 'text/calendar;charset=utf-8';

export interface MeetingDocumentInput {
  readonly meeting: MeetingDto;
  readonly office: DocumentOfficeDto;
  /** The date printed on the document (YYYY-MM-DD). */
  readonly issuedOn: string;
}

/** What this adapter expects of `documents/meetings` (checked against their branch before merge). */
export interface MeetingBuilders {
  buildMinutes(input: MeetingDocumentInput): Document;
  buildInvitation(input: MeetingDocumentInput): Document;
  meetingIcs(meeting: MeetingDto): string;
  pack(document: Document): Promise<Blob>;
}

/**
 * Loads the builders with the Word engine only when a file is asked for. Returns null while
 * `documents/meetings` is not part of this build (the buttons then say so).
 */
async function loadBuilders(): Promise<MeetingBuilders | null> {
  return null;
}

export type MeetingFileKind = 'minutes' | 'invitation' | 'ics';

export interface BuiltMeetingFile {
  readonly fileName: string;
  readonly blob: Blob;
}

/** "2026-11-26_Protokoll_4-Sitzung-der-Arbeitsgruppe.docx", "…_Einladung_….docx", "2026-11-26_4-Sitzung-der-Arbeitsgruppe.ics" */
export function meetingFileName(kind: MeetingFileKind, meeting: Pick<MeetingDto, 'startsAt' | 'title'>): string {
  const date = datePart(meeting.startsAt);
  if (kind === 'ics') return `${date}_${fileSlug(meeting.title) || 'Sitzung'}.ics`;
  return documentFileName(date, kind === 'minutes' ? 'Protokoll' : 'Einladung', meeting.title);
}

async function withWordType(blob: Blob): Promise<Blob> {
  return blob.type === DOCX_TYPE ? blob : new Blob([blob], { type: DOCX_TYPE });
}

/** The file, or null when the builders are not available in this build. */
export async function buildMeetingFile(kind: MeetingFileKind, input: MeetingDocumentInput): Promise<BuiltMeetingFile | null> {
  const builders = await loadBuilders();
  if (!builders) return null;
  const fileName = meetingFileName(kind, input.meeting);
  if (kind === 'ics') return { fileName, blob: new Blob([builders.meetingIcs(input.meeting)], { type: ICS_TYPE }) };
  const document = kind === 'minutes' ? builders.buildMinutes(input) : builders.buildInvitation(input);
  return { fileName, blob: await withWordType(await builders.pack(document)) };
}

export const offerMeetingFile = ({ fileName, blob }: BuiltMeetingFile): void => offerBlob(fileName, blob);
