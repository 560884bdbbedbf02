import type { EntityManager } from 'typeorm';
import { dialectOf, phrasesOf } from '../../../database/sql-dialect';
import { fold } from './contact-import';
import { contactIndexSql } from './contact-index-sql';

/** Where one plan gives way to the next; a test lowers them to reach every plan with a few hundred contacts. */
export interface SearchThresholds {
  /** At most this many matches are sorted directly: one row lookup each, well under a millisecond. */
  readonly fewMatches: number;
  /** At most this many matches outside the surname range are looked up one by one (about a millisecond at 200,000 contacts). */
  readonly fewOutliers: number;
  /** Ids read per side into the census (about 140 kB of text at most); more matches than this are "dense". */
  readonly listed: number;
}

export const SEARCH_THRESHOLDS: SearchThresholds = { fewMatches: 200, fewOutliers: 1000, listed: 20_000 };
/** Above every character a folded name can hold: the end of a prefix range on `sort_key`. */
const AFTER_PREFIX = '\u{10FFFF}';
/** An erased contact's sort key (see contact-queries.ts); erased contacts keep no searchable word. */
const ERASED_SORT_KEY = '\uffff';

/**
 * How the first page of a text search is found, chosen by where the matches lie in the alphabet:
 * - `few`: sort all matches (a handful of row lookups);
 * - `surname-range`: every match lies in the range of surnames that begin with the first word
 *   ("Özd" → all the Özdemirs): that range of the alphabetical index gives the page, however late in the alphabet;
 * - `range-and-outliers`: most matches lie there, the few others (a first name, an organisation) are sorted with them;
 * - `walk`: matches spread over the alphabet: walk the alphabetical index from the start, the matches as a set;
 * - `walk-per-row`: a three-letter word that nearly everyone matches: walk and ask the prefix index per contact.
 */
export type TextSearchPlan = 'few' | 'surname-range' | 'range-and-outliers' | 'walk' | 'walk-per-row';

export interface TextSearchPage {
  readonly plan: TextSearchPlan;
  /** The page's SQL (for `surname-range`, the same rows as `ids`, which the census already found). */
  readonly sql: string;
  readonly parameters: unknown[];
  /** The page's ids when the census already found them: then `sql` need not run. */
  readonly ids: number[] | null;
  /** The number of all matches, when the plan counted them exactly. */
  readonly total: number | null;
}

/** The surname range of the first word: sort keys begin with the folded surname. */
function surnameRange(text: string): [string, string] {
  const first = fold(text.trim().split(/\s+/u)[0] ?? '');
  return [first, first + AFTER_PREFIX];
}

/** Calls `each` with every id of a group_concat list ("12,40,7"), read in place: no array of strings per call. */
function forEachId(text: string | null, each: (id: number) => void): void {
  if (!text) return;
  let id = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 44) {
      each(id);
      id = 0;
    } else id = id * 10 + (code - 48);
  }
  each(id);
}

interface Census {
  /** The number of matches, counted up to `listed` + 1. */
  readonly matches: number;
  /** How many contacts of the surname range (of its first `listed` + 1) match. */
  readonly inside: number;
  /** The first of those, in list order, as many as asked for. */
  readonly firstInside: number[];
  readonly lastId: number;
}

const CENSUS = `SELECT (SELECT group_concat(rowid) FROM (SELECT rowid FROM contact_search WHERE contact_search MATCH ? LIMIT ?)) AS matches,
            (SELECT group_concat(id) FROM (SELECT id FROM contact INDEXED BY ix_contact_sort WHERE sort_key >= ? AND sort_key < ? ORDER BY sort_key, id LIMIT ?)) AS range,
            (SELECT coalesce(max(rowid), 0) FROM contact) AS "lastId"`;
/** The census on PostgreSQL: string_agg keeps the range's list order only when told (ORDER BY in the aggregate). */
const CENSUS_ON_SERVER = `SELECT (SELECT string_agg(id::text, ',') FROM (SELECT id FROM contact_search WHERE document @@ to_tsquery('lbw_suche', ?) LIMIT ?) AS m) AS matches,
            (SELECT string_agg(id::text, ',' ORDER BY sort_key, id) FROM (SELECT id, sort_key FROM contact WHERE sort_key >= ? AND sort_key < ? ORDER BY sort_key, id LIMIT ?) AS r) AS range,
            (SELECT coalesce(max(id), 0) FROM contact) AS "lastId"`;

/**
 * One statement, two short reads: the matches from the full-text index and the contacts of the
 * surname range from the alphabetical index, each as a list of ids. Comparing them here (one flag
 * per contact id) costs less than a set in SQL, and the range's matches in list order are the page.
 */
async function census(manager: EntityManager, match: string, [from, to]: [string, string], listed: number, keep: number): Promise<Census> {
  const [row] = (await manager.query(dialectOf(manager) === 'postgres' ? CENSUS_ON_SERVER : CENSUS, [match, listed + 1, from, to, listed + 1])) as [
    { matches: string | null; range: string | null; lastId: number },
  ];
  const matching = new Uint8Array(row.lastId + 1);
  let matches = 0;
  forEachId(row.matches, (id) => {
    matching[id] = 1;
    matches++;
  });
  let inside = 0;
  const firstInside: number[] = [];
  forEachId(row.range, (id) => {
    if (matching[id] !== 1) return;
    inside++;
    if (firstInside.length < keep) firstInside.push(id);
  });
  return { matches, inside, firstInside, lastId: row.lastId };
}

/** Whether at least a third of the contacts match (counting stops there). */
async function nearlyEveryone(manager: EntityManager, match: string, lastId: number): Promise<boolean> {
  const third = Math.floor(lastId / 3) + 1;
  const [{ matches }] = (await manager.query(
    `SELECT count(*) AS matches FROM (SELECT 1 FROM contact_search WHERE ${contactIndexSql(dialectOf(manager)).matches} LIMIT ?) AS hits`,
    [match, third],
  )) as [{ matches: number }];
  return matches >= third;
}

/** The page's SQL for a search by text alone (no other filter); `perRowIndexed`: each word is one term of the prefix index. */
export async function textSearchPage(
  manager: EntityManager,
  input: { text: string; match: string; includeErased: boolean; perRowIndexed: boolean },
  offset: number,
  limit: number,
  thresholds: SearchThresholds = SEARCH_THRESHOLDS,
): Promise<TextSearchPage> {
  const range = surnameRange(input.text);
  const listed = await census(manager, input.match, range, thresholds.listed, offset + limit);
  const exact = listed.matches <= thresholds.listed;
  const { matches } = listed;
  const notErased = input.includeErased ? '' : 'AND c.sort_key < ?';
  const erasedParameter = input.includeErased ? [] : [ERASED_SORT_KEY];
  const index = contactIndexSql(dialectOf(manager));
  const sortIndex = phrasesOf(manager).indexedBy('ix_contact_sort');
  const matchSet = index.matchIds;
  const order = 'ORDER BY c.sort_key, c.id';
  if (exact && matches <= thresholds.fewMatches) {
    return {
      plan: 'few',
      sql: `SELECT c.id FROM contact c WHERE c.id IN (${matchSet}) ${notErased} ${order} LIMIT ? OFFSET ?`,
      parameters: [input.match, ...erasedParameter, limit, offset],
      ids: null,
      total: matches,
    };
  }
  // The range's matches (the range list may stop early: then they are its first ones).
  const inside = exact ? listed.inside : 0;
  const inRangeSql = `SELECT c.id, c.sort_key FROM contact c ${sortIndex} WHERE c.sort_key >= ? AND c.sort_key < ? AND c.id IN (${matchSet})`;
  if (exact && inside === matches) {
    return {
      plan: 'surname-range',
      sql: `SELECT id FROM (${inRangeSql}) c ${order} LIMIT ? OFFSET ?`,
      parameters: [...range, input.match, limit, offset],
      ids: listed.firstInside.slice(offset, offset + limit),
      total: matches,
    };
  }
  if (exact && matches - inside <= thresholds.fewOutliers) {
    // The range's first rows and every match outside it (found as the matches not in the range), sorted together.
    return {
      plan: 'range-and-outliers',
      sql: `SELECT id FROM (
              SELECT * FROM (${inRangeSql} ${order} LIMIT ?) AS inside
              UNION ALL
              SELECT c.id, c.sort_key FROM contact c
              WHERE c.id IN (${matchSet} AND ${index.searchKey} NOT IN (SELECT id FROM contact ${sortIndex} WHERE sort_key >= ? AND sort_key < ?)) ${notErased}
            ) c ${order} LIMIT ? OFFSET ?`,
      parameters: [...range, input.match, offset + limit, input.match, ...range, ...erasedParameter, limit, offset],
      ids: null,
      total: matches,
    };
  }
  // Asking the prefix index per contact costs as much as a few hundred members of the match set:
  // worth it only when nearly everyone matches (the page fills within the first contacts).
  const perRow = !exact && input.perRowIndexed && (await nearlyEveryone(manager, input.match, listed.lastId));
  return {
    plan: perRow ? 'walk-per-row' : 'walk',
    sql: `SELECT c.id FROM contact c ${sortIndex}
          WHERE ${perRow ? index.matchesContact : `c.id IN (${matchSet})`} ${notErased}
          ${order} LIMIT ? OFFSET ?`,
    parameters: [input.match, ...erasedParameter, limit, offset],
    ids: null,
    total: exact ? matches : null,
  };
}
