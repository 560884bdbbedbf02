import type sqlite3 from 'sqlite3';
import type { EntityManager } from 'typeorm';

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
