/** Meeting documents: minutes, invitation, calendar file; pure like the rest of `documents/`. */
export { buildInvitation, invitationBlocks, type InvitationInput } from './invitation-builder';
export { buildMinutes, defaultDistribution, minutesBlocks, type MinutesInput } from './minutes-builder';
export { meetingIcs, meetingUid, type MeetingIcsOptions } from './ics';
export { attendanceSheetFileName, invitationFileName, meetingIcsFileName, minutesFileName } from './file-names';
export { attendanceSheetBlocks, buildAttendanceSheet, type AttendanceSheetInput } from './attendance-sheet';
export { ATTENDANCE_LABELS, DECISION_RESULT_LABELS, MEETING_KIND_LABELS } from './labels';
export { bodyGenitive, invitationHeading, meetingOccasion, minutesHeading } from './meeting-names';
export { invitationMail, type InvitationMailInput } from './invitation-mail';
export { formatDateWithWeekday, formatTime, formatTimeSpan, weekdayOf } from './meeting-time';
export { voteTextOf } from './vote-text';
