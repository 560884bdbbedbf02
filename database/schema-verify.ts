import { DataSource } from 'typeorm';
import { migrations } from './migrations';

/**
 * "Only what we wrote": a file with our application_id and user_version may still carry objects
 * another hand added (a trigger that copies erased contacts away, a view that lies). Its schema
 * must equal, object for object, the schema our own migrations produce for its version.
 */

export type SchemaObjectType = 'table' | 'index' | 'trigger' | 'view';

export interface SchemaDifference {
  readonly kind: 'extra' | 'missing' | 'changed';
  readonly type: SchemaObjectType;
  readonly name: string;
  /** For a changed table: the columns that differ (added, missing or altered). */
  readonly columns?: readonly string[];
}

/** Reads rows from the file being checked (raw sqlite3 in the preflight, TypeORM for the reference). */
export type SchemaQuery = <T>(sql: string) => Promise<T[]>;

interface SchemaObject {
  readonly type: SchemaObjectType;
  readonly name: string;
  readonly tableName: string;
  readonly sql: string;
}

interface Reference {
  readonly objects: ReadonlyMap<string, SchemaObject>;
  readonly columns: ReadonlyMap<string, readonly string[]>;
}

// Statistics tables written by ANALYZE / PRAGMA optimize come and go with normal use; their rows are data.
// Only those exact tables: a trigger smuggled in under a sqlite_stat… name (writable_schema) is still seen.
const SCHEMA_SQL = `SELECT type, name, tbl_name AS tableName, COALESCE(sql, '') AS sql FROM sqlite_master
  WHERE NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat2', 'sqlite_stat3', 'sqlite_stat4')) ORDER BY type, name`;

/** Whitespace only: the text comes from the same migrations, but an editor or ALTER TABLE may space it differently. */
export const normaliseSql = (sql: string): string =>
  sql
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, '$1')
    .trim();

const key = (object: { type: string; name: string }) => `${object.type}\u0000${object.name.toLowerCase()}`;

async function readObjects(query: SchemaQuery): Promise<Map<string, SchemaObject>> {
  const rows = await query<{ type: string; name: string; tableName: string; sql: string }>(SCHEMA_SQL);
  return new Map(
    rows.map((row) => {
      const object: SchemaObject = { type: row.type as SchemaObjectType, name: row.name, tableName: row.tableName, sql: normaliseSql(row.sql) };
      return [key(object), object];
    }),
  );
}

const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** One line per column (name, type, not null, default, primary key, hidden), to name what changed in a table. */
async function readColumns(query: SchemaQuery, table: string): Promise<string[]> {
  const rows = await query<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }>(
    `SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(${quoteLiteral(table)})`,
  );
  return rows.map((row) => [row.name, row.type.toUpperCase(), row.notnull, row.dflt_value ?? '', row.pk, row.hidden].join('\u0000'));
}

async function buildReference(version: number): Promise<Reference> {
  if (version === 0) return { objects: new Map(), columns: new Map() };
  // Measured: migrations 1–6 into :memory: ~70 ms on first use (1–3: ~25 ms), then cached per process.
  const dataSource = new DataSource({ type: 'sqlite', database: ':memory:', migrations: migrations.slice(0, version), logging: false });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
    const query: SchemaQuery = (sql) => dataSource.query(sql);
    const objects = await readObjects(query);
    const columns = new Map<string, string[]>();
    for (const object of objects.values()) if (object.type === 'table') columns.set(object.name.toLowerCase(), await readColumns(query, object.name));
    return { objects, columns };
  } finally {
    await dataSource.destroy();
  }
}

const cache = new Map<number, Promise<Reference>>();

/** The schema our migrations produce for `version`, built once per process. */
function referenceFor(version: number): Promise<Reference> {
  let reference = cache.get(version);
  if (!reference) {
    reference = buildReference(version);
    // A failed build (should not happen) is not cached, so the next check tries again.
    reference.catch(() => cache.delete(version));
    cache.set(version, reference);
  }
  return reference;
}

const columnName = (line: string) => line.split('\u0000')[0]!;

/** Columns that were added, removed or altered, by name. */
function differingColumns(actual: readonly string[], expected: readonly string[]): string[] {
  const names = new Set<string>();
  for (const line of actual) if (!expected.includes(line)) names.add(columnName(line));
  for (const line of expected) if (!actual.includes(line)) names.add(columnName(line));
  return [...names];
}

/**
 * Compares the schema of the file behind `query` with the one our migrations produce for its
 * `version`. Empty when they match. Versions we do not know (newer) are the preflight's business.
 */
export async function verifySchema(query: SchemaQuery, version: number): Promise<SchemaDifference[]> {
  if (version > migrations.length) return [];
  const reference = await referenceFor(version);
  const actual = await readObjects(query);
  const differences: SchemaDifference[] = [];
  for (const [id, object] of actual) {
    const expected = reference.objects.get(id);
    if (!expected) differences.push({ kind: 'extra', type: object.type, name: object.name });
    else if (expected.sql !== object.sql || expected.tableName.toLowerCase() !== object.tableName.toLowerCase()) {
      const columns = await columnsOf(query, reference, object);
      differences.push({ kind: 'changed', type: object.type, name: object.name, ...(columns ? { columns } : {}) });
    }
  }
  for (const [id, object] of reference.objects) {
    if (!actual.has(id)) differences.push({ kind: 'missing', type: object.type, name: object.name });
  }
  return differences;
}

async function columnsOf(query: SchemaQuery, reference: Reference, object: SchemaObject): Promise<string[] | undefined> {
  const expected = reference.columns.get(object.name.toLowerCase());
  if (object.type !== 'table' || !expected) return undefined;
  try {
    const columns = differingColumns(await readColumns(query, object.name), expected);
    return columns.length > 0 ? columns : undefined;
  } catch {
    // A virtual table of an unknown module cannot even list its columns; the table is named anyway.
    return undefined;
  }
}
