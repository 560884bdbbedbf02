import { Packer } from 'docx';
import type { CallInput, CallName, CallOutput, CallResult, MeetingDto } from '../../contract';
import {
  attendanceSheetFileName,
  buildAttendanceSheet,
  buildInvitation,
  buildMinutes,
  invitationFileName,
  logoFromDto,
  meetingIcs,
  meetingIcsFileName,
  minutesFileName,
} from '../../documents';
import type { Dispatch } from '../core/dispatch';

export const MEETING_FILE_KINDS = ['minutes', 'minutes-public', 'invitation', 'attendance-sheet', 'ics'] as const;
export type MeetingFileKind = (typeof MEETING_FILE_KINDS)[number];

export interface MeetingFile {
  readonly fileName: string;
  readonly content: Buffer;
}

async function call<N extends CallName>(dispatch: Dispatch, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = (await dispatch(name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) throw new Error(`${name} refused: ${result.error.messageKey}`);
  return result.data;
}

/** Letterhead and logo as the documents carry them. */
async function letterhead(dispatch: Dispatch) {
  const settings = await call(dispatch, 'settings.get', {});
  const { logo } = await call(dispatch, 'documents.getLogo', {});
  const { districtName, officeName, officeAddress, officePhone, officeEmail } = settings;
  return { office: { districtName, officeName, officeAddress, officePhone, officeEmail }, logo: logoFromDto(logo) };
}

/**
 * One file of a meeting as the Sitzungen screen builds it (the same pure builders): the minutes,
 * their public version, the invitation dated `today`, the attendance sheet, or the calendar entry. For the CLI and
 * `npm run docs:sample`.
 */
export async function meetingFile(dispatch: Dispatch, kind: MeetingFileKind, meeting: MeetingDto, today: string): Promise<MeetingFile> {
  const { office, logo } = await letterhead(dispatch);
  if (kind === 'ics') {
    const calendar = await call(dispatch, 'meetings.calendarEntry', { id: meeting.id });
    return { fileName: meetingIcsFileName(meeting), content: Buffer.from(meetingIcs(meeting, { districtName: office.districtName, calendar }), 'utf8') };
  }
  if (kind === 'attendance-sheet') {
    return { fileName: attendanceSheetFileName(meeting), content: await Packer.toBuffer(buildAttendanceSheet({ office, meeting })) };
  }
  if (kind === 'invitation') {
    return { fileName: invitationFileName(meeting), content: await Packer.toBuffer(buildInvitation({ office, logo, meeting, date: today })) };
  }
  const publicVersion = kind === 'minutes-public';
  const approvedInMeetingTitle = meeting.approvedInMeetingId === null ? undefined : (await call(dispatch, 'meetings.get', { id: meeting.approvedInMeetingId })).title;
  const document = buildMinutes({ office, logo, meeting, approvedInMeetingTitle, publicVersion });
  return { fileName: minutesFileName(meeting, { publicVersion }), content: await Packer.toBuffer(document) };
}

/**
 * The meeting files of the demo: the minutes (full and public) of the latest working-group
 * session whose minutes were approved; the invitation, attendance sheet and calendar entry of the
 * next planned meeting.
 */
export async function meetingSampleFiles(dispatch: Dispatch, today: string): Promise<MeetingFile[]> {
  const approved = (await call(dispatch, 'meetings.list', { kind: 'ag_session', state: 'minutes_approved' })).rows;
  const planned = (await call(dispatch, 'meetings.list', { state: 'planned' })).rows;
  const minutesRow = [...approved].sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];
  const nextRow = [...planned].sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  if (!minutesRow || !nextRow) throw new Error('Die Demo enthält keine genehmigte AG-Sitzung oder keine geplante Sitzung.');
  const minutes = await call(dispatch, 'meetings.get', { id: minutesRow.id });
  const next = await call(dispatch, 'meetings.get', { id: nextRow.id });
  return [
    await meetingFile(dispatch, 'minutes', minutes, today),
    await meetingFile(dispatch, 'minutes-public', minutes, today),
    await meetingFile(dispatch, 'invitation', next, today),
    await meetingFile(dispatch, 'attendance-sheet', next, today),
    await meetingFile(dispatch, 'ics', next, today),
  ];
}
