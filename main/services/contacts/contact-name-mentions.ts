import type { EntityManager } from 'typeorm';
import { ERASED_PERSON } from '../meetings/meeting-text';
import { fold } from './contact-import';

/**
 * Places in meetings where a person is named only as typed text, not as a linked contact:
 * a guest entered by name, a task given by name, a chair or minute-taker typed in. DSGVO asks
 * that these go with the person too (Art. 17) and are listed in the Auskunft (Art. 15).
 */
export interface NameMentions {
  readonly guestRows: ReadonlyArray<{ readonly id: number; readonly meetingId: number }>;
  readonly actionItemIds: readonly number[];
  readonly chairMeetingIds: readonly number[];
  readonly minuteTakerMeetingIds: readonly number[];
}

export interface PersonName {
  readonly first_name: string;
  readonly last_name: string;
}

// Forms of address and academic titles a typed name may carry ("Frau Dr. Ayşe Özdemir").
const PREFIXES = new Set(['frau', 'fr', 'herr', 'hr', 'dr', 'prof', 'professor', 'professorin', 'dipl', 'ing', 'med', 'phil', 'rer', 'nat', 'mag', 'divers']);

/** Folded words of a name without its leading forms of address and titles. */
function nameWords(text: string): string[] {
  const words = fold(text)
    .split(/[\s.]+/)
    .filter(Boolean);
  while (words.length > 0 && PREFIXES.has(words[0]!)) words.shift();
  return words;
}

/** "Frau Dr. Ayşe Özdemir", "Frau Özdemir, Ayşe" → "ayse ozdemir"; the same person's name, folded. */
export function typedNameKey(text: string): string {
  const [before = '', after] = text.split(',', 2);
  const words = after === undefined ? nameWords(before) : [...nameWords(after), ...nameWords(before)];
  return words.join(' ');
}

/**
 * Only the full name counts (first and last, in either order): "Frau Özdemir" alone may be
 * another person, and erasing someone else's entry would falsify the minutes.
 */
export function namesThisPerson(person: PersonName): (text: string) => boolean {
  const first = typedNameKey(person.first_name);
  const last = typedNameKey(person.last_name);
  if (!first || !last) return () => false;
  const key = `${first} ${last}`;
  return (text) => text.trim() !== '' && typedNameKey(text) === key;
}

export async function findNameMentions(manager: EntityManager, person: PersonName): Promise<NameMentions> {
  const names = namesThisPerson(person);
  const pick = <T extends { name: string }>(rows: T[]) => rows.filter((row) => names(row.name));
  const guests: Array<{ id: number; meetingId: number; name: string }> = await manager.query(
    `SELECT id, meeting_id AS "meetingId", guest_name AS name FROM attendance WHERE contact_id IS NULL AND guest_name <> ''`,
  );
  const tasks: Array<{ id: number; name: string }> = await manager.query(
    `SELECT id, assignee_name AS name FROM action_item WHERE assignee_contact_id IS NULL AND assignee_name <> ''`,
  );
  const chairs: Array<{ id: number; name: string }> = await manager.query(
    `SELECT id, chair_name AS name FROM meeting WHERE chair_contact_id IS NULL AND chair_name <> ''`,
  );
  const minuteTakers: Array<{ id: number; name: string }> = await manager.query(
    `SELECT id, minute_taker_name AS name FROM meeting WHERE minute_taker_contact_id IS NULL AND minute_taker_name <> ''`,
  );
  return {
    guestRows: pick(guests).map(({ id, meetingId }) => ({ id, meetingId })),
    actionItemIds: pick(tasks).map((row) => row.id),
    chairMeetingIds: pick(chairs).map((row) => row.id),
    minuteTakerMeetingIds: pick(minuteTakers).map((row) => row.id),
  };
}

/** Replaces the typed name by "Person gelöscht" wherever it was found; the rows stay, so the counts do. */
export async function eraseNameMentions(manager: EntityManager, mentions: NameMentions): Promise<void> {
  const update = async (sql: string, ids: readonly number[]) => {
    for (const id of ids) await manager.query(sql, [ERASED_PERSON, id]);
  };
  await update('UPDATE attendance SET guest_name = ? WHERE id = ?', mentions.guestRows.map((row) => row.id));
  await update('UPDATE action_item SET assignee_name = ? WHERE id = ?', mentions.actionItemIds);
  await update('UPDATE meeting SET chair_name = ? WHERE id = ?', mentions.chairMeetingIds);
  await update('UPDATE meeting SET minute_taker_name = ? WHERE id = ?', mentions.minuteTakerMeetingIds);
}
