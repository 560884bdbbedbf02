import type { EntityManager } from 'typeorm';
import type { ContactListDto, ContactRowDto, ParsedInput } from '../../../contract';
import { dialectOf, phrasesOf, type SqlDialect } from '../../../database/sql-dialect';
import { fold } from './contact-import';
import { isWholeList, listedContacts } from './contact-count';
import { contactIndexSql } from './contact-index-sql';
import { CONSENT_SQL, displayName } from './contact-records';
import { textSearchPage } from './contact-search-plan';

export type ContactFilter = Omit<ParsedInput<'contacts.list'>, 'offset' | 'limit'>;

/** A search of one or two letters looks at surnames only: a prefix that short would expand to most of the full-text index. */
const SHORT_SEARCH = 3;
/**
 * With more full-text matches than this, the page is found by walking the alphabetical index
 * (matches are dense, the page fills quickly); with fewer, the matches are sorted directly.
 */
const DENSE_MATCHES = 2000;
/** Above every character a folded name can hold: the end of a prefix range on `sort_key`. */
const AFTER_PREFIX = '\u{10FFFF}';
/**
 * An erased contact's sort key (contact-privacy.ts writes it with `erased_at`); every other key is a
 * folded name and sorts below it. "Not erased" as a range of the sort index means counting and
 * paging read the index alone, not 200,000 table rows.
 */
const ERASED_SORT_KEY = '\uffff';

export interface ContactWhere {
  /** The conditions, to be joined with AND (an export adds its keyset). */
  readonly clauses: readonly string[];
  readonly sql: string;
  readonly parameters: readonly unknown[];
  /** The full-text query (FTS5 or tsquery) when the text is searched in full; null for no text or a short surname prefix. */
  readonly match: string | null;
  /** A filter other than the text narrows the rows (then the planner picks the index). */
  readonly narrowed: boolean;
  /** Only the text (and "not erased") filters: the full-text index alone can count the matches. */
  readonly textOnly: boolean;
  /** Only the category filters (an erased contact has none): `contact_category` alone can count the matches. */
  readonly categoryOnly: boolean;
}

interface WhereOptions {
  /** The category holds many contacts: checked per contact while the alphabetical index is walked. */
  readonly categoryDense?: boolean;
  /** The text is checked per contact while the alphabetical index is walked (see `prefixIndexed`). */
  readonly matchPerRow?: boolean;
}

/**
 * Prefix lengths the full-text index holds (migration 9: `prefix = '3'`). A word of that length is a
 * single lookup; a longer word's prefix query makes FTS5 merge every term that begins with it.
 */
const INDEXED_PREFIX = 3;
const prefixIndexed = (text: string): boolean => {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.every((word) => [...word].length === INDEXED_PREFIX && /^[\p{L}\p{N}]+$/u.test(word));
};

/**
 * The filters as SQL over `contact c`, for the list, its count, "alle n" and the exports alike;
 * each uses an index where the schema has one (consent: ix_contact_consent; category: ix_contact_category).
 */
export function contactWhere(dialect: SqlDialect, filter: ContactFilter, purpose: 'page' | 'count' = 'page', options: WhereOptions = {}): ContactWhere {
  const { categoryDense = false, matchPerRow = false } = options;
  const index = contactIndexSql(dialect);
  const where: string[] = [];
  const parameters: unknown[] = [];
  const words = filter.text.trim().split(/\s+/u).filter(Boolean);
  const shortPrefix = words.length === 1 && [...words[0]!].length < SHORT_SEARCH ? fold(words[0]!) : '';
  const match = shortPrefix ? null : index.query(filter.text);
  const narrowed = filter.organizationId !== undefined || filter.bodyId !== undefined;
  // A count has no order to keep: with another filter, the sort index would only add a lookup per contact
  // (the unary + keeps the planner off it; by category or consent one pass over the table is cheaper).
  const countWithoutSortIndex = purpose === 'count' && !shortPrefix && (match !== null || narrowed || Boolean(filter.category) || filter.consent !== 'any');
  // A surname prefix's range already lies below the erased contacts' key; a second bound on the
  // same column would let the planner pick the wrong pair and scan to the end of the index.
  if (!filter.includeErased && !shortPrefix) {
    // (PostgreSQL has no unary + on text, and chooses its index by statistics anyway.)
    where.push(countWithoutSortIndex && dialect === 'sqlite' ? '+c.sort_key < ?' : 'c.sort_key < ?');
    parameters.push(ERASED_SORT_KEY);
  }
  if (shortPrefix) {
    where.push('c.sort_key >= ? AND c.sort_key < ?');
    parameters.push(shortPrefix, shortPrefix + AFTER_PREFIX);
  } else if (match) {
    // Per row only where each word is one term of the prefix index: otherwise FTS5 would expand the prefix for every contact.
    where.push(matchPerRow ? index.matchesContact : `c.id IN (${index.matchIds})`);
    parameters.push(match);
  }
  if (filter.category) {
    // A common category: the primary key (contact_id, category) answers per contact while the alphabetical
    // index is walked (the page fills quickly). A rare one: its few contacts come from ix_contact_category.
    where.push(
      categoryDense && purpose === 'page'
        ? `EXISTS (SELECT 1 FROM contact_category cc WHERE cc.contact_id = c.id AND ${index.categoryIs('cc')})`
        : `c.id IN (SELECT cc.contact_id FROM contact_category cc WHERE ${index.categoryIs('cc')})`,
    );
    parameters.push(filter.category);
  }
  if (filter.organizationId !== undefined) {
    where.push('c.id IN (SELECT co.contact_id FROM contact_organization co WHERE co.organization_id = ?)');
    parameters.push(filter.organizationId);
  }
  if (filter.bodyId !== undefined) {
    where.push('c.id IN (SELECT m.contact_id FROM membership m WHERE m.body_id = ?)');
    parameters.push(filter.bodyId);
  }
  if (filter.consent !== 'any') {
    where.push(`${CONSENT_SQL} = ?`);
    parameters.push(filter.consent);
  }
  const noOtherFilter = filter.organizationId === undefined && filter.bodyId === undefined && filter.consent === 'any';
  return {
    clauses: where,
    sql: where.length ? `WHERE ${where.join(' AND ')}` : '',
    parameters,
    match,
    narrowed,
    textOnly: match !== null && !filter.category && noOtherFilter,
    categoryOnly: Boolean(filter.category) && !shortPrefix && match === null && noOtherFilter,
  };
}

/** Whether the full-text query matches many contacts; stops counting at the threshold. */
async function matchesAreDense(manager: EntityManager, match: string): Promise<boolean> {
  const [{ matches }] = (await manager.query(
    `SELECT count(*) AS matches FROM (${contactIndexSql(dialectOf(manager)).matchIds} LIMIT ?) AS hits`,
    [match, DENSE_MATCHES + 1],
  )) as [{ matches: number }];
  return matches > DENSE_MATCHES;
}

/** Whether a category holds many contacts; stops counting at the threshold. */
export async function categoryIsDense(manager: EntityManager, category: string | undefined): Promise<boolean> {
  if (!category) return false;
  const [{ matches }] = (await manager.query(
    `SELECT count(*) AS matches FROM (SELECT 1 FROM contact_category cc WHERE ${contactIndexSql(dialectOf(manager)).categoryIs('cc')} LIMIT ?) AS hits`,
    [category, DENSE_MATCHES + 1],
  )) as [{ matches: number }];
  return matches > DENSE_MATCHES;
}

/**
 * The SQL for the ids of one page, in list order (last name, first name, id), and the number of all
 * matches where finding the page counted them; exported so a test can read its plan.
 */
export async function contactPageQuery(
  manager: EntityManager,
  filter: ContactFilter,
  offset: number,
  limit: number,
): Promise<{ sql: string; parameters: unknown[]; ids: number[] | null; total: number | null }> {
  const categoryDense = await categoryIsDense(manager, filter.category);
  const dialect = dialectOf(manager);
  const probe = contactWhere(dialect, filter, 'page', { categoryDense });
  // The text alone: the plan follows where its matches lie in the alphabet (contact-search-plan.ts).
  if (probe.textOnly && probe.match !== null) {
    const { sql, parameters, ids, total } = await textSearchPage(
      manager,
      { text: filter.text, match: probe.match, includeErased: filter.includeErased, perRowIndexed: prefixIndexed(filter.text) },
      offset,
      limit,
    );
    return { sql, parameters, ids, total };
  }
  // Many matches: walk the alphabetical index and stop when the page is full (the planner would sort them all).
  const walkSortIndex = probe.match !== null && !probe.narrowed && (await matchesAreDense(manager, probe.match));
  const where = walkSortIndex && prefixIndexed(filter.text) ? contactWhere(dialect, filter, 'page', { categoryDense, matchPerRow: true }) : probe;
  return {
    sql: `SELECT c.id FROM contact c ${walkSortIndex ? phrasesOf(manager).indexedBy('ix_contact_sort') : ''} ${where.sql} ORDER BY c.sort_key, c.id LIMIT ? OFFSET ?`,
    parameters: [...where.parameters, limit, offset],
    ids: null,
    total: null,
  };
}

async function pageIds(manager: EntityManager, filter: ContactFilter, offset: number, limit: number): Promise<{ ids: number[]; total: number | null }> {
  const { sql, parameters, ids, total } = await contactPageQuery(manager, filter, offset, limit);
  if (ids) return { ids, total };
  const rows: Array<{ id: number }> = await manager.query(sql, parameters);
  return { ids: rows.map((row) => row.id), total };
}

/** The list's rows for these ids (in this order): the contacts in one query, their organisations in one more. */
async function contactRows(manager: EntityManager, ids: readonly number[]): Promise<ContactRowDto[]> {
  if (ids.length === 0) return [];
  const idList = JSON.stringify(ids);
  const p = phrasesOf(manager);
  const rows: Array<{ id: number; firstName: string; lastName: string; function: string; emails: string; categories: string; consent: ContactRowDto['consent']; erasedAt: string | null }> =
    await manager.query(
      `SELECT c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.function, c.emails, c.categories, c.erased_at AS "erasedAt",
              ${CONSENT_SQL} AS consent
       FROM contact c WHERE c.id IN (${p.idsFromJson})`,
      [idList],
    );
  const links: Array<{ contactId: number; name: string }> = await manager.query(
    `SELECT co.contact_id AS "contactId", o.name FROM contact_organization co JOIN organization o ON o.id = co.organization_id
     WHERE co.contact_id IN (${p.idsFromJson}) ORDER BY co.contact_id, o.name COLLATE NOCASE`,
    [idList],
  );
  const organizations = new Map<number, string[]>();
  for (const link of links) organizations.set(link.contactId, [...(organizations.get(link.contactId) ?? []), link.name]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { emails, categories, erasedAt, ...rest } = row;
    return [
      {
        ...rest,
        displayName: displayName(rest.firstName, rest.lastName, erasedAt !== null),
        organizations: organizations.get(id) ?? [],
        emails: JSON.parse(emails) as string[],
        categories: JSON.parse(categories) as string[],
        erased: erasedAt !== null,
      },
    ];
  });
}

/**
 * One page of the contact list: full-text search (diacritic-insensitive FTS5; one or two letters
 * find surnames beginning with them), filters, alphabetical order by the stored sort key, and the
 * number of all matches. Past the end: no rows, the right total.
 */
export async function listContacts(manager: EntityManager, filter: ParsedInput<'contacts.list'>): Promise<ContactListDto> {
  const { ids, total } = await pageIds(manager, filter, filter.offset, filter.limit);
  const rows = await contactRows(manager, ids);
  // A page that is not full on the first try already says how many there are; so does a search plan that counted.
  if (filter.offset === 0 && ids.length < filter.limit) return { rows, total: ids.length };
  return { rows, total: total ?? (await countMatches(manager, filter)) };
}

async function countMatches(manager: EntityManager, filter: ContactFilter): Promise<number> {
  if (isWholeList(filter)) return listedContacts(manager);
  const dialect = dialectOf(manager);
  const index = contactIndexSql(dialect);
  const where = contactWhere(dialect, filter, 'count');
  // An erased contact keeps no searchable word (erasure empties name, e-mail, function and organisations),
  // so with the text as the only filter the full-text index counts without touching the contacts.
  const [{ total }] = (
    where.textOnly && where.match !== null
      ? await manager.query(`SELECT count(*) AS total FROM contact_search WHERE ${index.matches}`, [where.match])
      : where.categoryOnly
        ? await manager.query(`SELECT count(*) AS total FROM contact_category cc WHERE ${index.categoryIs('cc')}`, [filter.category])
        : await manager.query(`SELECT count(*) AS total FROM contact c ${where.sql}`, [...where.parameters])
  ) as [{ total: number }];
  return total;
}

/** The ids of every match in list order ("alle n exportieren" without loading the rows). */
export async function matchingContactIds(manager: EntityManager, filter: ContactFilter): Promise<number[]> {
  const where = contactWhere(dialectOf(manager), filter, 'page', { categoryDense: await categoryIsDense(manager, filter.category) });
  const rows: Array<{ id: number }> = await manager.query(`SELECT c.id FROM contact c ${where.sql} ORDER BY c.sort_key, c.id`, [...where.parameters]);
  return rows.map((row) => row.id);
}

const CATEGORIES = `WITH RECURSIVE used (value) AS (
       SELECT min(category) FROM contact_category
       UNION ALL SELECT (SELECT min(category) FROM contact_category WHERE category > used.value) FROM used WHERE used.value IS NOT NULL)
     SELECT value FROM used WHERE value IS NOT NULL`;
/** The same walk on PostgreSQL, whose index holds lower(category): one seek per category, then its first spelling. */
const CATEGORIES_ON_SERVER = `WITH RECURSIVE used (folded) AS (
       SELECT min(lower(category)) FROM contact_category
       UNION ALL SELECT (SELECT min(lower(category)) FROM contact_category WHERE lower(category) > used.folded) FROM used WHERE used.folded IS NOT NULL)
     SELECT (SELECT cc.category FROM contact_category cc WHERE lower(cc.category) = used.folded ORDER BY cc.contact_id LIMIT 1) AS value
     FROM used WHERE folded IS NOT NULL`;

/** Every category in use, for the filter (sorted the German way). */
export async function listCategories(manager: EntityManager): Promise<string[]> {
  // One seek in ix_contact_category per distinct category (a loose index scan), not a pass over every contact.
  // Erased contacts have no categories (erasure empties them, a trigger the table).
  const rows: Array<{ value: string }> = await manager.query(dialectOf(manager) === 'postgres' ? CATEGORIES_ON_SERVER : CATEGORIES);
  const collator = new Intl.Collator('de', { sensitivity: 'base' });
  const seen = new Map<string, string>();
  for (const { value } of rows) if (!seen.has(value.toLocaleLowerCase('de'))) seen.set(value.toLocaleLowerCase('de'), value);
  return [...seen.values()].sort(collator.compare);
}
