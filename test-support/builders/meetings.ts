import type { BodyDto, CallInput, ContactDto, MeetingDto, StandardItem } from '../../contract';
import type { RealApi } from '../real-api';
import { dayFromToday } from '../calendar';
import { seedLeitbild, type Leitbild } from './leitbild';

/**
 * Test builders for meetings: the people and bodies a meeting needs, and meetings with agenda,
 * attendance and state, all made through the contract calls the screens use. The calendar rules
 * are the real ones, so a meeting that is "held" or has people present lies today or earlier.
 */

export { dayFromToday };

/** "2026-12-06" as the German interface writes it: "06.12.2026". */
export const germanDate = (day: string): string => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/** The four AG members in the order the attendance lists them; each with a Fraktion and an address. */
export const AG_MEMBERS = [
  { firstName: 'Aylin', lastName: 'Demir', fraktion: 'SPD' },
  { firstName: 'Jan', lastName: 'Petersen', fraktion: 'GRÜNE' },
  { firstName: 'Maria', lastName: 'Kowalski', fraktion: 'CDU' },
  { firstName: 'Tobias', lastName: 'Brandt', fraktion: 'SPD' },
] as const;

export interface MeetingWorld extends Leitbild {
  /** „Arbeitsgruppe Integrationskonzept“ (AG) with the four members of AG_MEMBERS. */
  readonly ag: BodyDto;
  /** „Integrationsrat Harburg“ (HIR), no members. */
  readonly council: BodyDto;
  readonly members: readonly ContactDto[];
}

/**
 * An edition with ZL-01 „Sprachcafés in Stadtteilzentren“ and ZL-02 „Interkulturelles
 * Nachbarschaftsfest“ in Beratung and AB-01 „Ausbildungspaten“ submitted (all moved in 2021/22),
 * the AG with four members, the Integrationsrat, and the Fraktionen SPD, CDU and GRÜNE as bodies.
 */
export async function seedMeetingWorld(api: RealApi): Promise<MeetingWorld> {
  const leitbild = await seedLeitbild(api, {
    measures: [
      { code: 'ZL-01', title: 'Sprachcafés in Stadtteilzentren', status: 'in_review', proposedOn: '2021-09-25', changedOn: '2021-11-17' },
      { code: 'ZL-02', title: 'Interkulturelles Nachbarschaftsfest', status: 'in_review', proposedOn: '2021-09-25', changedOn: '2021-11-17' },
      { code: 'AB-01', title: 'Ausbildungspaten', field: 1, status: 'submitted', proposedOn: '2021-09-25', changedOn: '2022-03-01' },
    ],
  });
  const ag = await api.must('bodies.create', { name: 'Arbeitsgruppe Integrationskonzept', kind: 'arbeitsgruppe', shortName: 'AG', nameGenitive: 'der Arbeitsgruppe Integrationskonzept' });
  const council = await api.must('bodies.create', { name: 'Integrationsrat Harburg', kind: 'integrationsrat', shortName: 'HIR' });
  await api.must('bodies.create', { name: 'SPD-Fraktion', kind: 'fraktion', shortName: 'SPD' });
  await api.must('bodies.create', { name: 'CDU-Fraktion', kind: 'fraktion', shortName: 'CDU' });
  await api.must('bodies.create', { name: 'Fraktion GRÜNE', kind: 'fraktion', shortName: 'GRÜNE' });
  const members: ContactDto[] = [];
  for (const person of AG_MEMBERS) {
    const email = `${person.firstName[0]!.toLowerCase()}.${person.lastName.toLowerCase()}@example.org`;
    const contact = await api.must('contacts.create', { ...person, emails: [email] });
    await api.must('memberships.create', { contactId: contact.id, bodyId: ag.id, role: 'member', from: '2021-01-01' });
    members.push(contact);
  }
  return { ...leitbild, ag, council, members };
}

export interface AgendaSeed {
  readonly title: string;
  /** Index of the main item (among the items given before) this one is a sub-item of. */
  readonly parent?: number;
  readonly measureIds?: readonly number[];
  readonly notes?: string;
  readonly public?: boolean;
  readonly standard?: StandardItem;
}

export interface MeetingSeed extends Partial<Omit<CallInput<'meetings.create'>, 'startsAt' | 'endsAt' | 'standardItems'>> {
  /** The meeting's day, "YYYY-MM-DD". */
  readonly day: string;
  /** "18:00" unless given. */
  readonly from?: string;
  /** "20:00" unless given; `null` for no end. */
  readonly to?: string | null;
  readonly standardItems?: readonly StandardItem[];
  readonly items?: readonly AgendaSeed[];
  /** The members listed as "erwartet" are marked present (the meeting's day must have come). */
  readonly present?: boolean;
  /** Reached along planned → invited → held. */
  readonly state?: 'planned' | 'invited' | 'held';
}

/** A meeting through `meetings.create` (attendance preloaded from the body), its agenda, attendance and state. */
export async function addMeeting(api: RealApi, seed: MeetingSeed): Promise<MeetingDto> {
  const { day, from = '18:00', to = '20:00', items = [], present = false, state = 'planned', standardItems = [], ...fields } = seed;
  let meeting = await api.must('meetings.create', {
    kind: 'ag_session',
    place: 'Rathaus Harburg, Raum 101',
    // A held meeting names its chair and minute-taker (the service refuses "held" without); the seed's own win.
    ...(state === 'held' ? { chairName: 'Katrin Albrecht', minuteTakerName: 'Julia Brandes' } : {}),
    ...fields,
    startsAt: `${day}T${from}`,
    endsAt: to === null ? null : `${day}T${to}`,
    standardItems: [...standardItems],
  });
  const created: number[] = [];
  for (const item of items) {
    const parentItemId = item.parent === undefined ? undefined : created[item.parent];
    meeting = await api.must('agenda.add', {
      meetingId: meeting.id,
      title: item.title,
      public: item.public ?? true,
      measureIds: [...(item.measureIds ?? [])],
      ...(parentItemId === undefined ? {} : { parentItemId }),
      ...(item.standard ? { standard: item.standard } : {}),
    });
    const added = meeting.agenda.find((entry) => entry.title === item.title && !created.includes(entry.id))!;
    created.push(added.id);
    if (item.notes) await api.must('agenda.saveNotes', { id: added.id, notes: item.notes });
  }
  if (present && meeting.attendance.length) meeting = await api.must('attendance.markExpectedPresent', { meetingId: meeting.id });
  if (state !== 'planned') meeting = await api.must('meetings.setState', { id: meeting.id, state: 'invited' });
  // A seeded held meeting of today before its start time: as if the question had been confirmed.
  if (state === 'held') meeting = await api.must('meetings.setState', { id: meeting.id, state: 'held', confirmedEarly: true });
  return api.must('meetings.get', { id: meeting.id });
}
