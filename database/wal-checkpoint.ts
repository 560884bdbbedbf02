import fs from 'node:fs';
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
  const scrubbed = (await checkpointTruncate(db)) && vacuumed;
  const marker = db.dataFile && scrubPendingMarker(db.dataFile);
  try {
    // Remembered beside the data (an empty file needs no data blocks), so the next start finishes it.
    if (marker && !scrubbed) fs.writeFileSync(marker, '');
    else if (marker) fs.rmSync(marker, { force: true });
  } catch {
    // Not even an empty file fits: the person is told the scrub is owed; the next erase retries it.
  }
  return scrubbed;
}

/** Present while an erasure's scrub is still owed (it failed, e.g. on a full disk). */
export const scrubPendingMarker = (databaseFile: string): string => `${databaseFile}.bereinigen`;

/** At start: finishes a scrub an earlier erasure could not complete. */
export async function runPendingScrub(db: AppDatabase): Promise<void> {
  if (db.dataFile && fs.existsSync(scrubPendingMarker(db.dataFile))) await scrubAfterErase(db);
}
