import type { MeetingDto } from '../../contract/meetings';
import { formatDateShort } from '../engine/german-dates';
import { invitationHeading, invitingSentence } from './meeting-names';
import { datePart, formatTimeSpan, weekdayOf } from './meeting-time';

export interface InvitationMailInput {
  readonly meeting: Pick<MeetingDto, 'kind' | 'bodyName' | 'bodyGenitive' | 'number' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'onlineLink'>;
  /** The sender's name and office for the signature ("Ihr Name" and the office in the settings). */
  readonly senderName: string;
  readonly officeName: string;
}

/**
 * The covering e-mail for an invitation, in German like the documents: subject and a short text
 * that names date, time and place; the Word invitation with the agenda goes as an attachment
 * (a mailto link cannot carry one).
 */
export function invitationMail({ meeting, senderName, officeName }: InvitationMailInput): { subject: string; body: string } {
  const day = datePart(meeting.startsAt);
  const when = `${weekdayOf(day)}, ${formatDateShort(day)}, ${formatTimeSpan(meeting.startsAt, meeting.endsAt)}`.replace(/\u00a0/g, ' ');
  const where = [
    ...(meeting.place ? [`Ort: ${meeting.place}`] : []),
    ...(meeting.onlineLink ? [`${meeting.place ? 'Online-Teilnahme' : 'Online'}: ${meeting.onlineLink}`] : []),
  ];
  const signature = [senderName, officeName].map((line) => line.trim()).filter(Boolean);
  const body = [
    'Sehr geehrte Damen und Herren,',
    '',
    invitingSentence(meeting),
    '',
    `Termin: ${when}`,
    ...where,
    '',
    'Die Einladung mit der Tagesordnung finden Sie im Anhang.',
    '',
    'Mit freundlichen Grüßen',
    ...signature,
  ].join('\r\n');
  return { subject: `${invitationHeading(meeting)} am ${formatDateShort(day)}`, body };
}
