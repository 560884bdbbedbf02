import type { DataSource } from 'typeorm';

/** The fields TypeORM's query runner keeps about the open transaction (one is protected). */
interface RunnerState {
  isTransactionActive: boolean;
  transactionDepth: number;
}

const TRANSACTION_OPEN = /within a transaction/i;

/**
 * After a failed unit, makes SQLite and TypeORM agree that no transaction is open.
 *
 * Why: when COMMIT fails (SQLITE_FULL, SQLITE_IOERR) SQLite may already have rolled back on its
 * own; TypeORM's ROLLBACK then fails and its single sqlite query runner keeps believing a
 * transaction is open, so every later unit becomes `SAVEPOINT … RELEASE` and never commits.
 * The sqlite3 driver has no get_autocommit, so SQLite is asked with BEGIN: it fails only while a
 * transaction is still open. Either way a ROLLBACK follows, so nothing of the failed unit stays.
 * Throws when SQLite does not answer as expected; the caller then refuses writes.
 */
export async function settleAfterFailedUnit(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner(); // the sqlite driver's one shared runner
  try {
    await runner.query('BEGIN');
  } catch (error) {
    if (!TRANSACTION_OPEN.test(String((error as Error).message))) throw error;
  }
  await runner.query('ROLLBACK');
  const state: RunnerState = { isTransactionActive: false, transactionDepth: 0 };
  Object.assign(runner, state);
}
