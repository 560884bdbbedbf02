import fs from 'node:fs';
import sqlite3 from 'sqlite3';
import type { DatabaseRefusal } from '../contract';
import { describeDifferences } from './schema-difference-text';
import { APPLICATION_ID } from './schema-identity';
import { verifySchema, type SchemaDifference } from './schema-verify';
import { diskRefusal } from './storage-errors';

export type PreflightResult =
  | {
      readonly ok: true;
      readonly isNew: boolean;
      readonly schemaVersion: number;
      /** False when the file is not in WAL mode: opening it for writing would rewrite its header. */
      readonly walMode?: boolean;
    }
  | {
      readonly ok: false;
      readonly reason: DatabaseRefusal;
      readonly detail: string;
      /** A damaged file whose header and schema still read: it can be opened read-only. */
      readonly readableAt?: number;
      /** Reason 'foreign-schema': how the file's schema differs from the one our migrations write. */
      readonly differences?: readonly SchemaDifference[];
    };

export function openReadOnly(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => (error ? reject(error) : resolve(db)));
  });
}

export function all<T>(db: sqlite3.Database, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => db.all(sql, (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
}

export function close(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve) => db.close(() => resolve()));
}

export interface PreflightOptions {
  /**
   * False: header, version and schema only, without `quick_check` / `foreign_key_check` (they read
   * every page). The caller must then hold writes until `checkIntegrity` (integrity-check.ts) passed.
   */
  readonly integrity?: boolean;
}

/**
 * Inspects an existing file read-only before anything may write to it: a damaged file,
 * a file from a newer app version or another program's database is refused untouched.
 */
export async function preflight(file: string, supportedVersion: number, options: PreflightOptions = {}): Promise<PreflightResult> {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat || stat.size === 0) return { ok: true, isNew: true, schemaVersion: 0 };

  let db: sqlite3.Database;
  try {
    db = await openReadOnly(file);
  } catch (error) {
    return { ok: false, reason: diskRefusal(error, file) ?? 'unreadable', detail: String((error as Error).message) };
  }
  // Once the header proved the file ours, a later failure still allows opening it read-only.
  let ourVersion: number | undefined;
  try {
    const applicationId = (await all<{ application_id: number }>(db, 'PRAGMA application_id'))[0]?.application_id ?? 0;
    const version = (await all<{ user_version: number }>(db, 'PRAGMA user_version'))[0]?.user_version ?? 0;
    const tables = await all<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    if (applicationId !== APPLICATION_ID) {
      if (tables.length > 0 || version !== 0) {
        return { ok: false, reason: 'foreign-file', detail: `application_id=${applicationId}` };
      }
      return { ok: true, isNew: true, schemaVersion: 0 };
    }
    if (version > supportedVersion) {
      return { ok: false, reason: 'newer-version', detail: `schema ${version} > ${supportedVersion}` };
    }
    // Before anything else reads it: a file with objects we did not write is not opened at all, not even read-only.
    const differences = await verifySchema((sql) => all(db, sql), version);
    if (differences.length > 0) {
      return { ok: false, reason: 'foreign-schema', detail: describeDifferences(differences, 'de', 10), differences };
    }
    ourVersion = version;
    if (options.integrity === false) {
      const journal = (await all<{ journal_mode: string }>(db, 'PRAGMA journal_mode'))[0]?.journal_mode;
      return { ok: true, isNew: false, schemaVersion: version, walMode: journal === 'wal' };
    }
    const check = await all<{ quick_check: string }>(db, 'PRAGMA quick_check');
    if (check.length !== 1 || check[0]?.quick_check !== 'ok') {
      return { ok: false, reason: 'corrupt', detail: check.map((row) => row.quick_check).slice(0, 5).join('; '), readableAt: version };
    }
    const orphans = await all<{ table: string }>(db, 'PRAGMA foreign_key_check');
    if (orphans.length > 0) {
      return { ok: false, reason: 'corrupt', detail: `foreign_key_check: ${orphans.length} rows`, readableAt: version };
    }
    return { ok: true, isNew: false, schemaVersion: version };
  } catch (error) {
    // A read-only folder (SQLite cannot create the WAL index), a full or failing disk: not damage.
    const onDisk = diskRefusal(error, file);
    if (onDisk) return { ok: false, reason: onDisk, detail: String((error as Error).message) };
    // "file is not a database", "database disk image is malformed"
    return { ok: false, reason: 'corrupt', detail: String((error as Error).message), readableAt: ourVersion };
  } finally {
    await close(db);
  }
}
