import { formatDateShort } from '../engine/german-dates';

/** A meeting in which the person appears: attendance as recorded ("erwartet", "anwesend", …), chair, minutes. */
export interface DisclosedMeeting {
  readonly date: string;
  readonly title: string;
  readonly roles: readonly string[];
  /** Set by the service: the meeting lies after the day of the Auskunft. Older files lack it; the date decides then. */
  readonly planned?: boolean;
}

const TYPED = ', Name als Text eingetragen';

// A meeting after the day of the Auskunft has not taken place: nobody attended it yet, whatever a row says.
const PLANNED: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Gast \(entschuldigt\)$/, 'als Gast angekündigt, vorab entschuldigt'],
  [/^Gast \(.*\)$/, 'als Gast angekündigt'],
  [/^entschuldigt$/, 'eingeladen, vorab entschuldigt'],
  [/^(erwartet|anwesend|unentschuldigt)$/, 'eingeladen'],
  [/^Vorsitz$/, 'Vorsitz vorgesehen'],
  [/^Protokoll$/, 'Protokollführung vorgesehen'],
];

// On or before the day: as recorded; an attendance never recorded is said to be so.
const HELD: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Gast \(erwartet\)$/, 'Gast (Anwesenheit nicht erfasst)'],
  [/^erwartet$/, 'eingeladen (Anwesenheit nicht erfasst)'],
  [/^Protokoll$/, 'Protokollführung'],
];

/** True when the meeting is after `issuedOn`, i.e. only planned on the day of the Auskunft. */
export const isPlanned = (meeting: DisclosedMeeting, issuedOn: string): boolean => meeting.planned ?? meeting.date > issuedOn;

/** The person's part in the meeting in words that are true on `issuedOn`. */
export function meetingRolesOn(meeting: DisclosedMeeting, issuedOn: string): string {
  const table = isPlanned(meeting, issuedOn) ? PLANNED : HELD;
  const words = meeting.roles.map((role) => {
    const typed = role.endsWith(TYPED);
    const bare = typed ? role.slice(0, -TYPED.length) : role;
    const match = table.find(([pattern]) => pattern.test(bare));
    return `${match ? match[1] : bare}${typed ? TYPED : ''}`;
  });
  return [...new Set(words)].join('; ');
}

/** A membership's time as of `issuedOn`: "seit …", "… bis … (beendet)", "ab … (vorgesehen)". */
export function membershipSpanOn(from: string | null, to: string | null, issuedOn: string): string {
  const short = formatDateShort;
  if (from && from > issuedOn) return `ab ${short(from)}${to ? ` bis ${short(to)}` : ''} (vorgesehen)`;
  if (to && to < issuedOn) return `${from ? `${short(from)} ` : ''}bis ${short(to)} (beendet)`;
  if (to) return `${from ? `seit ${short(from)}, ` : ''}bis ${short(to)}`;
  return from ? `seit ${short(from)}` : 'ohne Datum';
}
