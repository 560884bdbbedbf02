import fs from 'node:fs';
import sqlite3 from 'sqlite3';

/**
 * A consistent copy of a database file with `VACUUM INTO`, through its own read-only
 * connection: it sees the last committed state (WAL snapshot), never a half-written one,
 * and works before migrations as well as while the app is running.
 */
export function vacuumInto(sourceFile: string, targetFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    fs.rmSync(targetFile, { force: true });
    const db = new sqlite3.Database(sourceFile, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.run('VACUUM INTO ?', [targetFile], (error) => db.close(() => (error ? reject(error) : resolve())));
    });
  });
}

/** Removes the WAL side files of a database that is not open (before replacing it). */
export function removeSideFiles(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Where a replacement for `file` waits until it is complete and on disk. */
export const stagedFileOf = (file: string): string => `${file}.neu`;

/** Copies `source` to `target` and flushes it to the disk, so a rename after it never exposes a partial file. */
export async function stageDurableCopy(source: string, target: string): Promise<void> {
  await fs.promises.copyFile(source, target);
  const handle = await fs.promises.open(target, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
