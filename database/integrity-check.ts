import type sqlite3 from 'sqlite3';
import { all, close, openReadOnly } from './preflight';
import { diskRefusal } from './storage-errors';

export type IntegrityResult =
  | { readonly ok: true }
  /** 'corrupt': SQLite found damage; a disk problem is not damage and is named as such. */
  | { readonly ok: false; readonly reason: 'corrupt' | NonNullable<ReturnType<typeof diskRefusal>>; readonly detail: string };

/** Share of the bar for the closing whole-file pass (free list, pages used twice): it reads every page again. */
const WHOLE_FILE_SHARE = 0.5;

/** A stand-in for a table's size that costs one index lookup: its highest rowid (1 without one). */
async function sizeOf(db: sqlite3.Database, table: string): Promise<number> {
  try {
    const [row] = await all<{ size: number | null }>(db, `SELECT max(rowid) AS size FROM "${table.replaceAll('"', '""')}"`);
    return Math.max(1, Number(row?.size ?? 0));
  } catch {
    return 1; // WITHOUT ROWID
  }
}

/**
 * The full `quick_check` and `foreign_key_check` of a data file, run after start beside the
 * first screen (see main/core/startup-tasks.ts). Through its own read-only connection, so the
 * pages are read on SQLite's worker threads while the app's connections keep answering.
 *
 * Table by table first, so `onProgress` (0–100) moves with the real work; then the whole-file
 * pass, which alone sees a damaged free list or a page two tables both claim.
 */
export async function checkIntegrity(file: string, onProgress: (percent: number) => void = () => undefined): Promise<IntegrityResult> {
  let db: sqlite3.Database;
  try {
    db = await openReadOnly(file);
  } catch (error) {
    return { ok: false, reason: diskRefusal(error, file) ?? 'corrupt', detail: String((error as Error).message) };
  }
  try {
    const tables = await all<{ name: string }>(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name");
    const sizes = await Promise.all(tables.map(({ name }) => sizeOf(db, name)));
    const total = sizes.reduce((sum, size) => sum + size, 0) / (1 - WHOLE_FILE_SHARE);
    let done = 0;
    const report = () => onProgress(Math.min(99, Math.floor((done / total) * 100)));
    report();
    for (const [index, { name }] of tables.entries()) {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const problems = await all<{ quick_check: string }>(db, `PRAGMA quick_check(${quoted})`);
      if (problems.length !== 1 || problems[0]?.quick_check !== 'ok') return damaged(problems.map((row) => row.quick_check));
      const orphans = await all<unknown>(db, `PRAGMA foreign_key_check(${quoted})`);
      if (orphans.length > 0) return { ok: false, reason: 'corrupt', detail: `foreign_key_check: ${orphans.length} rows in ${name}` };
      done += sizes[index] ?? 1;
      report();
    }
    const whole = await all<{ quick_check: string }>(db, 'PRAGMA quick_check');
    if (whole.length !== 1 || whole[0]?.quick_check !== 'ok') return damaged(whole.map((row) => row.quick_check));
    onProgress(100);
    return { ok: true };
  } catch (error) {
    const onDisk = diskRefusal(error, file);
    if (onDisk) return { ok: false, reason: onDisk, detail: String((error as Error).message) };
    // "database disk image is malformed" while reading a page
    return { ok: false, reason: 'corrupt', detail: String((error as Error).message) };
  } finally {
    await close(db);
  }
}

const damaged = (lines: readonly string[]): IntegrityResult => ({ ok: false, reason: 'corrupt', detail: lines.slice(0, 5).join('; ') });
