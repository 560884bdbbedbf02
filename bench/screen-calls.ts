import { contract, type CallName } from '../contract';

/**
 * What each screen asks for when it opens, and the raw SQL that answers the same question
 * (the anchor). The adapters below are the only places that know the list calls' shapes: the
 * lists are becoming paged (`offset`/`limit` in, `{ rows, total }` out) on other branches, so after
 * merging only PAGE and these functions may need adjusting.
 */

/** Rows in a paged table's first window (about two screens of rows at 1366×768). */
export const PAGE = 100;

/** The first window of a paged list call; where the contract has no `offset` yet, what today's screen asks for. */
export function firstWindow(name: CallName, input: Record<string, unknown>, todaysScreen: Record<string, unknown> = {}): Record<string, unknown> {
  const windowed = { ...input, offset: 0, limit: PAGE };
  return contract[name].input.safeParse(windowed).success ? windowed : { ...input, ...todaysScreen };
}

/** Rows in an answer, whether the call answers a plain array or `{ rows, total }`. */
export function rowsIn(data: unknown): number {
  if (Array.isArray(data)) return data.length;
  const rows = (data as { rows?: unknown[] } | null)?.rows;
  return Array.isArray(rows) ? rows.length : 1;
}

export interface ScreenCall {
  readonly screen: string;
  readonly name: CallName;
  readonly input: Record<string, unknown>;
  /** The raw query that gives the screen the same first rows, and its parameters. */
  readonly anchor: readonly [string, readonly unknown[]];
  /** The output has a fixed size whatever the data (first window, dashboard, search hits): it must not grow with it. */
  readonly fixedOutput: boolean;
}

export interface DistrictIds {
  readonly editionId: number;
  readonly newestMeetingId: number;
  readonly today: string;
}

const CONTACT_ROW = `SELECT c.id, c.first_name, c.last_name, c.function, c.emails, c.categories,
  (SELECT group_concat(o.name, char(31)) FROM contact_organization co JOIN organization o ON o.id = co.organization_id WHERE co.contact_id = c.id) AS orgs
  FROM contact c`;

/** Every screen's first calls (the app shell's, the start screen's, each list screen's). */
export function screenCalls({ editionId, newestMeetingId, today }: DistrictIds): ScreenCall[] {
  return [
    { screen: 'Rahmen', name: 'editions.list', input: {}, anchor: ['SELECT id, title, status FROM edition ORDER BY period_from DESC', []], fixedOutput: true },
    { screen: 'Start', name: 'dashboard.summary', input: { editionId }, anchor: ['SELECT field_of_action_id, status, count(*) FROM measure WHERE edition_id = ? GROUP BY 1, 2', [editionId]], fixedOutput: true },
    { screen: 'Maßnahmen', name: 'fieldsOfAction.list', input: { editionId }, anchor: ['SELECT * FROM field_of_action WHERE edition_id = ? ORDER BY position', [editionId]], fixedOutput: true },
    { screen: 'Maßnahmen', name: 'measures.facets', input: { editionId }, anchor: ['SELECT lead, count(*) FROM measure WHERE edition_id = ? GROUP BY lead', [editionId]], fixedOutput: true },
    {
      screen: 'Maßnahmen',
      name: 'measures.list',
      input: firstWindow('measures.list', { editionId }),
      anchor: [`SELECT m.*, (SELECT group_concat(tag) FROM measure_tag t WHERE t.measure_id = m.id) AS tags FROM measure m WHERE m.edition_id = ? ORDER BY m.code LIMIT ${PAGE}`, [editionId]],
      fixedOutput: true,
    },
    {
      screen: 'Maßnahmen, Filter Status + Sortierung Titel',
      name: 'measures.list',
      input: firstWindow('measures.list', { editionId, statuses: ['implementing'], sortKey: 'title' }),
      anchor: [`SELECT m.* FROM measure m WHERE m.edition_id = ? AND m.status = 'implementing' ORDER BY m.title LIMIT ${PAGE}`, [editionId]],
      fixedOutput: true,
    },
    { screen: 'Kontakte', name: 'contacts.categories', input: {}, anchor: ["SELECT DISTINCT j.value FROM contact c, json_each(c.categories) j WHERE c.erased_at IS NULL", []], fixedOutput: true },
    { screen: 'Kontakte', name: 'bodies.list', input: {}, anchor: ['SELECT * FROM body ORDER BY name', []], fixedOutput: true },
    { screen: 'Kontakte, Organisationen', name: 'organizations.list', input: firstWindow('organizations.list', {}), anchor: [`SELECT * FROM organization ORDER BY name LIMIT ${PAGE}`, []], fixedOutput: true },
    {
      screen: 'Kontakte',
      name: 'contacts.list',
      // Today's screen asks for up to 25,000 rows (CONTACT_LIST_LIMIT in ContactsScreen.tsx).
      input: firstWindow('contacts.list', {}, { limit: 25_000 }),
      anchor: [`${CONTACT_ROW} WHERE c.erased_at IS NULL ORDER BY c.sort_key, c.id LIMIT ${PAGE}`, []],
      fixedOutput: true,
    },
    { screen: 'Sitzungen', name: 'meetings.list', input: firstWindow('meetings.list', {}), anchor: [`SELECT * FROM meeting ORDER BY starts_at DESC LIMIT ${PAGE}`, []], fixedOutput: true },
    {
      screen: 'Aufgaben (offen)',
      name: 'actionItems.list',
      input: firstWindow('actionItems.list', { state: 'open', today }),
      anchor: [`SELECT a.*, m.starts_at FROM action_item a JOIN meeting m ON m.id = a.meeting_id WHERE a.done_on IS NULL ORDER BY a.due_on LIMIT ${PAGE}`, []],
      fixedOutput: true,
    },
    {
      screen: 'Aufgaben (alle)',
      name: 'actionItems.list',
      input: firstWindow('actionItems.list', { state: 'all', today }),
      anchor: [`SELECT a.*, m.starts_at FROM action_item a JOIN meeting m ON m.id = a.meeting_id ORDER BY a.due_on LIMIT ${PAGE}`, []],
      fixedOutput: true,
    },
    {
      screen: 'Sitzung öffnen',
      name: 'meetings.get',
      input: { id: newestMeetingId },
      anchor: ['SELECT * FROM agenda_item a LEFT JOIN decision d ON d.agenda_item_id = a.id WHERE a.meeting_id = ? ORDER BY a.position', [newestMeetingId]],
      fixedOutput: true,
    },
  ];
}

/** A word typed letter by letter: "S", "Sp", "Spr", … */
export const keystrokes = (word: string) => Array.from({ length: word.length }, (_, index) => word.slice(0, index + 1));

/** FTS5 prefix query of a typed text, as the app builds it (each word a prefix). */
export const prefixMatch = (text: string) =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${word.replace(/"/g, '""')}"*`)
    .join(' ');

/** Search per keystroke on the two screens that search as one types. */
export function keystrokeCalls(editionId: number): Array<{ screen: string; calls: Array<Omit<ScreenCall, 'screen'>> }> {
  return [
    {
      screen: 'Suche (Maßnahmen) je Tastendruck „Sprachkurse“',
      calls: keystrokes('Sprachkurse').map((text) => ({
        name: 'measures.search' as const,
        input: { text, editionId, limit: 50 },
        anchor: [`SELECT rowid, code, title FROM measure_search WHERE measure_search MATCH ? ORDER BY rank LIMIT 50`, [prefixMatch(text)]] as const,
        fixedOutput: true,
      })),
    },
    {
      screen: 'Kontakte: Suchfeld je Tastendruck „Özdemir“',
      calls: keystrokes('Özdemir').map((text) => ({
        name: 'contacts.list' as const,
        input: firstWindow('contacts.list', { text }, { limit: 25_000 }),
        anchor: [`${CONTACT_ROW} WHERE c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?) ORDER BY c.sort_key LIMIT ${PAGE}`, [prefixMatch(text)]] as const,
        fixedOutput: true,
      })),
    },
  ];
}
