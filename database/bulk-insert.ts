import type sqlite3 from 'sqlite3';
import type { EntityManager } from 'typeorm';
import { dialectOf } from './sql-dialect';

/**
 * Runs one prepared INSERT for many rows on the connection of the caller's transaction.
 * For imports: no ORM hydration per row, the statement is compiled once.
 */
export async function bulkInsert(manager: EntityManager, sql: string, rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
  if (!manager.queryRunner) throw new Error('bulkInsert needs a transaction (AppDatabase.write)');
  const connection = (await manager.queryRunner.connect()) as sqlite3.Database;
  await runPrepared(connection, sql, rows);
}

/** One statement, compiled once, run per row; the first error fails the whole call. */
function runPrepared(connection: sqlite3.Database, sql: string, rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const statement = connection.prepare(sql, (prepareError) => {
      if (prepareError) reject(prepareError);
    });
    let failed: Error | null = null;
    for (const row of rows) {
      statement.run(row as unknown[], (error: Error | null) => {
        if (error && !failed) failed = error;
      });
    }
    statement.finalize((error) => (failed || error ? reject(failed ?? error) : resolve()));
  });
}

/**
 * Many rows in ONE statement: the rows go in as one JSON array, SQLite takes them apart. For
 * imports of tens of thousands of rows: one call to the driver per chunk instead of one per row
 * (each of which costs a hop to the driver's thread and back, and a stack trace in verbose mode).
 * Values must be strings, numbers or null (JSON keeps their type: a string stays text).
 */
export async function insertJsonRows(manager: EntityManager, table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
  if (rows.length === 0) return;
  if (dialectOf(manager) === 'postgres') {
    // By column name into the table's own row type: each value gets its column's type, as on SQLite.
    const records = rows.map((row) => Object.fromEntries(columns.map((column, index) => [column, row[index]])));
    const names = columns.join(', ');
    await manager.query(
      `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_populate_recordset(NULL::${table}, ?::jsonb) WITH ORDINALITY AS r ORDER BY r.ordinality`,
      [JSON.stringify(records)],
    );
    return;
  }
  const values = columns.map((_, index) => `value ->> ${index}`).join(', ');
  await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values} FROM json_each(?) ORDER BY key`, [JSON.stringify(rows)]);
}
