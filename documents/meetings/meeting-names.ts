import type { MeetingDto } from '../../contract/meetings';
import { MEETING_KIND_LABELS } from './labels';

type NamedMeeting = Pick<MeetingDto, 'kind' | 'bodyName' | 'number' | 'title'>;

/**
 * A body's name in the genitive with its article: "der Arbeitsgruppe Integrationskonzept",
 * "des Harburger Integrationsrats", "des Sozialausschusses". Most bodies are feminine
 * (Arbeitsgruppe, Bezirksversammlung, Fraktion, Konferenz); councils and committees are not.
 */
export function bodyGenitive(bodyName: string): string {
  const words = bodyName.trim().split(/\s+/);
  const index = words.findIndex((word) => /(rat|ausschuss|beirat|kreis|tisch)$/i.test(word));
  if (index < 0) return `der ${bodyName.trim()}`;
  const noun = words[index]!;
  words[index] = /ausschuss$/i.test(noun) ? `${noun}es` : `${noun}s`;
  // "Runder Tisch" → "Runden Tisches": the adjective before it takes -en.
  if (/tisch$/i.test(noun)) {
    words[index] = `${noun}es`;
    if (index > 0) words[index - 1] = words[index - 1]!.replace(/er$/, 'en');
  }
  return `des ${words.join(' ')}`;
}

/**
 * What the meeting was, for headings and subjects: "4. Sitzung der Arbeitsgruppe
 * Integrationskonzept". A title that already names the body, or that is not the default
 * "n. Sitzung …", is the user's choice and stays as it is.
 */
export function meetingOccasion(meeting: NamedMeeting): string {
  const title = meeting.title.trim();
  const body = meeting.bodyName.trim();
  const isDefaultTitle = title === '' || /^\d+\.\s*Sitzung\b/.test(title);
  if (body && title.includes(body)) return title;
  if (isDefaultTitle && body) return meeting.number !== null ? `${meeting.number}. Sitzung ${bodyGenitive(body)}` : `Sitzung ${bodyGenitive(body)}`;
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
