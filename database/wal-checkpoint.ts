import type { AppDatabase } from './app-database';

const ATTEMPTS = 5;
const WAIT_MS = 100;

/**
 * Copies the WAL into the data file and truncates it to zero bytes, so what was just erased
 * is no longer readable in the `-wal` file. Runs outside any transaction (a checkpoint inside
 * one cannot finish); a busy answer (a reader still holds an old snapshot) is retried a few times.
 * Returns false when it never completed; the next automatic checkpoint finishes it.
 */
export async function checkpointTruncate(db: AppDatabase): Promise<boolean> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const [row] = await db.query<Array<{ busy: number; log: number; checkpointed: number }>>('PRAGMA wal_checkpoint(TRUNCATE)');
    if (row && row.busy === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS * attempt));
  }
  return false;
}

/**
 * After an erasure: VACUUM rebuilds every page, so neither free pages nor free space inside pages
 * keep bytes written while secure_delete was off (files from earlier versions); then the WAL,
 * which now holds the whole rebuilt file, is emptied. A failed VACUUM (e.g. no room for the copy)
 * leaves the erasure itself committed; the checkpoint still runs.
 */
export async function scrubAfterErase(db: AppDatabase): Promise<boolean> {
  const vacuumed = await db.query('VACUUM').then(
    () => true,
    () => false,
  );
  return (await checkpointTruncate(db)) && vacuumed;
}
