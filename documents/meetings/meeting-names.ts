import type { MeetingDto } from '../../contract/meetings';
import { MEETING_KIND_LABELS } from './labels';

type NamedMeeting = Pick<MeetingDto, 'kind' | 'bodyName' | 'bodyGenitive' | 'number' | 'title'>;

/**
 * The body after "Sitzung": its stored genitive ("des Harburger Integrationsrats"); without one
 * a form that is right for any name ("des Gremiums „Harburger Integrationsrat“"), never a guess.
 */
export function bodyGenitive(meeting: Pick<MeetingDto, 'bodyName' | 'bodyGenitive'>): string {
  const stored = meeting.bodyGenitive.trim();
  return stored || `des Gremiums „${meeting.bodyName.trim()}“`;
}

/** The title the app gives a numbered session ("13. Sitzung – Harburger Integrationsrat"): not the user's wording. */
const isDefaultTitle = (meeting: NamedMeeting, title: string): boolean =>
  title === '' || (meeting.number !== null && title === `${meeting.number}. Sitzung – ${meeting.bodyName.trim()}`);

/**
 * What the meeting was, for headings and subjects: "4. Sitzung der Arbeitsgruppe
 * Integrationskonzept". A title that already names the body, or that is not the default
 * "n. Sitzung …", is the user's choice and stays as it is.
 */
export function meetingOccasion(meeting: NamedMeeting): string {
  const title = meeting.title.trim();
  const body = meeting.bodyName.trim();
  // "4. Sitzung der Arbeitsgruppe" (short, without the body's full name) is completed too.
  const defaultTitle = isDefaultTitle(meeting, title) || (/^\d+\.\s*Sitzung\b/.test(title) && !title.includes(body));
  if (body && defaultTitle) return meeting.number !== null ? `${meeting.number}. Sitzung ${bodyGenitive(meeting)}` : `Sitzung ${bodyGenitive(meeting)}`;
  if (body && title.includes(body)) return title;
  if (title) return title;
  return MEETING_KIND_LABELS[meeting.kind];
}

/** "Protokoll der 4. Sitzung der …"; other occasions ("Planungswerkstatt 2026") after a dash. */
export function minutesHeading(meeting: NamedMeeting): string {
  const occasion = meetingOccasion(meeting);
  return /^(\d+\.\s*)?Sitzung\b/.test(occasion) ? `Protokoll der ${occasion}` : `Protokoll – ${occasion}`;
}

/** "Einladung zur 4. Sitzung der …"; other occasions after a dash. */
export function invitationHeading(meeting: NamedMeeting): string {
  const occasion = meetingOccasion(meeting);
  return /^(\d+\.\s*)?Sitzung\b/.test(occasion) ? `Einladung zur ${occasion}` : `Einladung – ${occasion}`;
}

/**
 * The inviting sentence of the letter and the e-mail: "… zur 4. Sitzung der AG ein."; other
 * occasions, whose grammatical gender is unknown, "… zu folgender Veranstaltung ein: …".
 */
export function invitingSentence(meeting: NamedMeeting): string {
  const occasion = meetingOccasion(meeting);
  return /^(\d+\.\s*)?Sitzung\b/.test(occasion)
    ? `hiermit lade ich Sie herzlich zur ${occasion} ein.`
    : `hiermit lade ich Sie herzlich zu folgender Veranstaltung ein: ${occasion}.`;
}
