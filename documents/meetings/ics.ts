import type { CalendarEntryDto, MeetingDto } from '../../contract/meetings';
import { fileSlug } from '../file-names';
import { agendaTitleText } from './agenda-blocks';
import { addMinutes, BERLIN_TIMEZONE, contentLine, escapeText, localStamp, utcStamp } from './ics-format';
import { meetingOccasion } from './meeting-names';

export interface MeetingIcsOptions {
  /** "Bezirksamt Harburg": names the UID's domain ("<uid>@harburg.leitbild-werkstatt"). */
  readonly districtName: string;
  /** The meeting's stored random UID and the SEQUENCE to write (`meetings.calendarEntry` raises it after a change). */
  readonly calendar: CalendarEntryDto;
  /** When the file is made (DTSTAMP); now by default. */
  readonly stampedAt?: Date;
  /** Length when the meeting has no end: two hours by default. */
  readonly defaultDurationMinutes?: number;
  /** Leave non-public agenda items out of the description (for a public calendar). */
  readonly publicOnly?: boolean;
}

type IcsMeeting = Pick<MeetingDto, 'id' | 'kind' | 'bodyName' | 'bodyGenitive' | 'number' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'onlineLink' | 'focusTopic' | 'agenda'>;

const PRODID = '-//Leitbild-Werkstatt//Sitzungen//DE';

/**
 * The meeting's random UID (stored with it, so a re-sent file updates the entry instead of adding
 * one, and a database made anew never reuses "meeting-1") at the district's name.
 */
export function meetingUid(uid: string, districtName: string): string {
  const slug = fileSlug(districtName.replace(/^\s*(Bezirksamt|Bezirksversammlung|Bezirk)\s+/i, ''), 60).toLowerCase() || 'bezirk';
  return `${uid}@${slug}.leitbild-werkstatt`;
}

/** Focus topic, then the agenda one item a line, then the online link. */
function description(meeting: IcsMeeting, publicOnly: boolean): string {
  const items = meeting.agenda.filter((item) => item.public || !publicOnly).map((item) => `TOP ${item.number}: ${agendaTitleText(item)}`);
  return [
    meeting.focusTopic.trim() ? `Schwerpunkt: ${meeting.focusTopic.trim()}` : '',
    items.length ? `Tagesordnung:\n${items.join('\n')}` : '',
    meeting.onlineLink ? `Online-Teilnahme: ${meeting.onlineLink}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The meeting as an iCalendar file (RFC 5545) for Outlook and other calendars: one VEVENT in
 * Berlin time with the zone's rules included, CRLF line ends, folded lines. Returns the text;
 * the caller saves it as UTF-8 ("….ics").
 */
export function meetingIcs(meeting: IcsMeeting, options: MeetingIcsOptions): string {
  const ends = meeting.endsAt ?? addMinutes(meeting.startsAt, options.defaultDurationMinutes ?? 120);
  const location = meeting.place.trim() || meeting.onlineLink;
  const text = description(meeting, options.publicOnly ?? false);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...BERLIN_TIMEZONE,
    'BEGIN:VEVENT',
    contentLine('UID', meetingUid(options.calendar.uid, options.districtName)),
    contentLine('DTSTAMP', utcStamp(options.stampedAt ?? new Date())),
    contentLine('DTSTART;TZID=Europe/Berlin', localStamp(meeting.startsAt)),
    contentLine('DTEND;TZID=Europe/Berlin', localStamp(ends)),
    `SEQUENCE:${options.calendar.sequence}`,
    contentLine('SUMMARY;LANGUAGE=de', escapeText(meetingOccasion(meeting))),
    ...(location ? [contentLine('LOCATION;LANGUAGE=de', escapeText(location))] : []),
    ...(text ? [contentLine('DESCRIPTION;LANGUAGE=de', escapeText(text))] : []),
    // URL is a URI value, not TEXT: no escaping; the contract allows only https links without spaces.
    ...(meeting.onlineLink ? [contentLine('URL', meeting.onlineLink)] : []),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
