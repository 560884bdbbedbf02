import type { EntityManager, QueryResult } from 'typeorm';

/** The two engines the services' SQL runs on: the embedded file (default) and a shared server. */
export type SqlDialect = 'sqlite' | 'postgres';

export function dialectOf(manager: EntityManager): SqlDialect {
  return manager.connection.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

const translated = new Map<string, string>();

/**
 * The services write one SQL text with SQLite's placeholders (`?` in order, or `?1`, `?2` …);
 * node-postgres wants `$1`, `$2` …. Marks inside quotes and comments are left alone, and a text
 * that mixes both kinds is refused: its parameter order would be a guess.
 */
export function toPostgresPlaceholders(sql: string): string {
  const known = translated.get(sql);
  if (known !== undefined) return known;
  let out = '';
  let next = 1;
  let numbered = false;
  let ordered = false;
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i];
    if (char === "'" || char === '"') {
      const end = closingQuote(sql, i, char);
      out += sql.slice(i, end + 1);
      i = end;
    } else if (char === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end === -1 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (char === '?') {
      const digits = /^\d+/.exec(sql.slice(i + 1))?.[0];
      if (digits) {
        numbered = true;
        out += `$${digits}`;
        i += digits.length;
      } else {
        ordered = true;
        out += `$${next++}`;
      }
    } else {
      out += char;
    }
  }
  if (numbered && ordered) throw new Error('SQL mixes ? and ?N placeholders');
  if (translated.size < 2000) translated.set(sql, out);
  return out;
}

/** Index of the quote that closes the one at `start` (a doubled quote is part of the text). */
function closingQuote(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i;
    } else {
      i++;
    }
  }
  return sql.length - 1;
}

/**
 * The few phrases the two engines spell differently, for the services' shared SQL. Each takes
 * its argument as a bound `?` (a JSON text, as the SQLite side always had it).
 */
export interface DialectPhrases {
  /** The engine these phrases are for, where a whole query differs (the full-text search). */
  readonly dialect: SqlDialect;
  /** A subquery of the integers in a JSON array given as one parameter: `id IN (${ids})`. */
  readonly idsFromJson: string;
  /** Rows (key, value) of a JSON array parameter, value as JSON: for lists of pairs. */
  jsonArrayRows(alias: string): string;
  /** The position of `needle` in `haystack`, 0 when absent. */
  position(haystack: string, needle: string): string;
  /** Joins the values of `expression` with `separator` (one character: a control character is fine). */
  joined(expression: string, separator: string): string;
  /**
   * A join the planner must take in the written order (SQLite's CROSS JOIN, used to pin an index
   * walk); PostgreSQL plans joins itself and allows no ON after CROSS JOIN.
   */
  readonly joinInOrder: string;
  /** SQLite's `INDEXED BY name` (pins the index a walk must take); nothing on PostgreSQL, which plans itself. */
  indexedBy(index: string): string;
  /** LIKE that ignores case as SQLite's LIKE does (ASCII there; every letter with PostgreSQL's ILIKE). */
  readonly likeIgnoringCase: string;
  /** Insert that skips a row whose key is already there. */
  insertIgnoring(table: string, columnsAndSource: string): string;
}

/** One character as SQL: quoted when printable, else by its code (SQLite's char(), PostgreSQL's chr()). */
function characterLiteral(character: string, codeFunction: 'char' | 'chr'): string {
  if (character.length !== 1) throw new Error('a separator is one character');
  const code = character.charCodeAt(0);
  return code < 32 ? `${codeFunction}(${code})` : `'${character.replace("'", "''")}'`;
}

export const SQLITE_PHRASES: DialectPhrases = {
  dialect: 'sqlite',
  idsFromJson: 'SELECT value FROM json_each(?)',
  jsonArrayRows: (alias) => `json_each(?) AS ${alias}`,
  position: (haystack, needle) => `instr(${haystack}, ${needle})`,
  joined: (expression, separator) => `group_concat(${expression}, ${characterLiteral(separator, 'char')})`,
  joinInOrder: 'CROSS JOIN',
  indexedBy: (index) => `INDEXED BY ${index}`,
  likeIgnoringCase: 'LIKE',
  insertIgnoring: (table, rest) => `INSERT OR IGNORE INTO ${table} ${rest}`,
};

export const POSTGRES_PHRASES: DialectPhrases = {
  dialect: 'postgres',
  idsFromJson: 'SELECT jsonb_array_elements_text(?::jsonb)::integer',
  jsonArrayRows: (alias) => `jsonb_array_elements(?::jsonb) WITH ORDINALITY AS ${alias} (value, key)`,
  position: (haystack, needle) => `strpos(${haystack}, ${needle})`,
  joined: (expression, separator) => `string_agg((${expression})::text, ${characterLiteral(separator, 'chr')})`,
  joinInOrder: 'JOIN',
  indexedBy: () => '',
  likeIgnoringCase: 'ILIKE',
  insertIgnoring: (table, rest) => `INSERT INTO ${table} ${rest} ON CONFLICT DO NOTHING`,
};

export function phrasesOf(manager: EntityManager): DialectPhrases {
  return dialectOf(manager) === 'postgres' ? POSTGRES_PHRASES : SQLITE_PHRASES;
}

const speaking = new WeakMap<EntityManager, EntityManager>();

/**
 * The manager the services get: on PostgreSQL its `query` takes the services' SQLite
 * placeholders; everything else (repositories, TypeORM's own SQL) passes through unchanged.
 */
export function managerForServices(manager: EntityManager): EntityManager {
  if (dialectOf(manager) === 'sqlite') return manager;
  const known = speaking.get(manager);
  if (known) return known;
  const wrapped = new Proxy(manager, {
    get(target, property, receiver) {
      if (property === 'query') {
        return (sql: string, parameters?: unknown[]) => target.query(toPostgresPlaceholders(sql), parameters);
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  speaking.set(manager, wrapped);
  return wrapped;
}

/** Runs one INSERT of a single row and gives the new row's id (SQLite: the driver's lastID; PostgreSQL: RETURNING id). */
export async function insertReturningId(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  if (dialectOf(manager) === 'sqlite') return (await manager.query(sql, parameters)) as number;
  const [row] = (await manager.query(`${sql} RETURNING id`, parameters)) as Array<{ id: number }>;
  return row!.id;
}

/**
 * Rows changed by an UPDATE/DELETE run on the transaction's connection. Through the query runner,
 * which is below managerForServices, so the placeholders are translated here.
 */
export async function changedRows(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  if (!manager.queryRunner) throw new Error('changedRows needs a transaction (AppDatabase.write)');
  const text = dialectOf(manager) === 'postgres' ? toPostgresPlaceholders(sql) : sql;
  const result = (await manager.queryRunner.query(text, parameters, true)) as QueryResult;
  return result.affected ?? 0;
}
