import type { Document } from 'docx';
import type { DocumentOfficeDto } from '../../contract/documents';
import type { LogoImage } from '../engine';
import { invitationFileName, meetingIcsFileName, minutesFileName } from './file-names';
import { fixtureMeeting } from './fixtures';
import { meetingIcs } from './ics';
import { buildInvitation } from './invitation-builder';
import { buildMinutes } from './minutes-builder';

export interface MeetingSampleDocument {
  readonly kind: 'minutes' | 'minutes-public' | 'invitation';
  readonly fileName: string;
  readonly document: Document;
}

/**
 * The meeting documents of the fixture meeting, for `npm run docs:sample`: the demo has no
 * meetings in its database yet, so these are built from the fixture with the district's office
 * and logo.
 */
export function meetingSampleDocuments(office: DocumentOfficeDto, logo: LogoImage | null, today: string): MeetingSampleDocument[] {
  const meeting = fixtureMeeting;
  return [
    { kind: 'minutes', fileName: minutesFileName(meeting), document: buildMinutes({ office, logo, meeting }) },
    { kind: 'minutes-public', fileName: minutesFileName(meeting, { publicVersion: true }), document: buildMinutes({ office, logo, meeting, publicVersion: true }) },
    { kind: 'invitation', fileName: invitationFileName(meeting), document: buildInvitation({ office, logo, meeting, date: today }) },
  ];
}

/** The fixture meeting's calendar file: name and text. */
export function meetingSampleIcs(office: DocumentOfficeDto): { readonly fileName: string; readonly text: string } {
  return { fileName: meetingIcsFileName(fixtureMeeting), text: meetingIcs(fixtureMeeting, { districtName: office.districtName }) };
}
