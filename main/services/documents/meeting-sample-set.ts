import type { Document } from 'docx';
import type { CallInput, CallName, CallOutput, CallResult, MeetingDto } from '../../../contract';
import { buildInvitation, buildMinutes, invitationFileName, logoFromDto, meetingIcs, meetingIcsFileName, minutesFileName } from '../../../documents';
import type { Dispatch } from '../../core/dispatch';

export interface MeetingSampleFiles {
  readonly documents: ReadonlyArray<{ readonly fileName: string; readonly document: Document }>;
  readonly calendar: { readonly fileName: string; readonly text: string };
}

async function call<N extends CallName>(dispatch: Dispatch, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = (await dispatch(name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) throw new Error(`${name} refused: ${result.error.messageKey}`);
  return result.data;
}

/** The approving meeting's title for the note under approved minutes ("genehmigt in der …"). */
async function approvingTitle(dispatch: Dispatch, meeting: MeetingDto): Promise<string | undefined> {
  if (meeting.approvedInMeetingId === null) return undefined;
  return (await call(dispatch, 'meetings.get', { id: meeting.approvedInMeetingId })).title;
}

/**
 * The meeting files as the app builds them, from the demo's records: the minutes (full and
 * public) of the latest working-group session whose minutes were approved, and the invitation
 * and calendar entry of the next planned meeting.
 */
export async function meetingSampleFiles(dispatch: Dispatch, editionId: number, today: string): Promise<MeetingSampleFiles> {
  const { office, logo } = await call(dispatch, 'documents.antragDraft', { editionId });
  const approved = (await call(dispatch, 'meetings.list', { kind: 'ag_session', state: 'minutes_approved' })).rows;
  const planned = (await call(dispatch, 'meetings.list', { state: 'planned' })).rows;
  const minutesRow = [...approved].sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];
  const nextRow = [...planned].sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  if (!minutesRow || !nextRow) throw new Error('Die Demo enthält keine genehmigte AG-Sitzung oder keine geplante Sitzung.');
  const minutes = await call(dispatch, 'meetings.get', { id: minutesRow.id });
  const next = await call(dispatch, 'meetings.get', { id: nextRow.id });
  const image = logoFromDto(logo);
  const approvedInMeetingTitle = await approvingTitle(dispatch, minutes);
  return {
    documents: [
      { fileName: minutesFileName(minutes), document: buildMinutes({ office, logo: image, meeting: minutes, approvedInMeetingTitle }) },
      { fileName: minutesFileName(minutes, { publicVersion: true }), document: buildMinutes({ office, logo: image, meeting: minutes, approvedInMeetingTitle, publicVersion: true }) },
      { fileName: invitationFileName(next), document: buildInvitation({ office, logo: image, meeting: next, date: today }) },
    ],
    calendar: { fileName: meetingIcsFileName(next), text: meetingIcs(next, { districtName: office.districtName }) },
  };
}
