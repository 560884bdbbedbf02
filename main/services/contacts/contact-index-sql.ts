import type { SqlDialect } from '../../../database/sql-dialect';
import { toMatchQuery, toTsQuery } from '../measures/measure-text';

/**
 * The SQL of the contacts' two lookup tables where the engines differ: the full-text index
 * (SQLite: FTS5 `contact_search` by rowid; PostgreSQL: `contact_search (id, document tsvector)`,
 * migration 0003) and `contact_category` (SQLite: the key is COLLATE NOCASE; PostgreSQL: the key
 * and ix_contact_category are on lower(category), migration 0002).
 */
export interface ContactIndexSql {
  /** The search text as the index's query (FTS5 MATCH or tsquery); null when it holds no word. */
  query(text: string): string | null;
  /** The id column of `contact_search`. */
  readonly searchKey: string;
  /** The condition on `contact_search` (unaliased) that it matches the `?` query. */
  readonly matches: string;
  /** Ids of the contacts the `?` query matches (a WHERE follows, so `AND …` may be appended). */
  readonly matchIds: string;
  /** Whether contact `c` matches the `?` query, asked per contact. */
  readonly matchesContact: string;
  /** `alias.category` is the `?` category, in any case (as the key compares). */
  categoryIs(alias: string): string;
}

const SQLITE_INDEX_SQL: ContactIndexSql = {
  query: toMatchQuery,
  searchKey: 'rowid',
  matches: 'contact_search MATCH ?',
  matchIds: 'SELECT rowid FROM contact_search WHERE contact_search MATCH ?',
  matchesContact: 'EXISTS (SELECT 1 FROM contact_search s WHERE s.rowid = c.id AND contact_search MATCH ?)',
  categoryIs: (alias) => `${alias}.category = ?`,
};

const TS_QUERY = `to_tsquery('lbw_suche', ?)`;

const POSTGRES_INDEX_SQL: ContactIndexSql = {
  query: toTsQuery,
  searchKey: 'id',
  matches: `document @@ ${TS_QUERY}`,
  matchIds: `SELECT id FROM contact_search WHERE document @@ ${TS_QUERY}`,
  matchesContact: `EXISTS (SELECT 1 FROM contact_search s WHERE s.id = c.id AND s.document @@ ${TS_QUERY})`,
  categoryIs: (alias) => `lower(${alias}.category) = lower(?)`,
};

export function contactIndexSql(dialect: SqlDialect): ContactIndexSql {
  return dialect === 'postgres' ? POSTGRES_INDEX_SQL : SQLITE_INDEX_SQL;
}
