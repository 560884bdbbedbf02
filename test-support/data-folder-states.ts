import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { DATABASE_FILE_NAME } from '../database/schema-identity';
import { SCHEMA_VERSION } from '../database/migrations';
import { LOCK_FILE_NAME } from '../main/core/data-folder-lock';
import { DEFAULT_BACKUP_FOLDER_NAME } from '../main/services/maintenance/backup-service';
import { databaseTemplate } from './real-api';
import { tempDir } from './temp-dir';

/**
 * Data folders in the states the shell has to explain (damaged, newer, foreign, tampered,
 * read-only, in use), made the way they arise – by writing the file – so the real core
 * refuses them itself. Plus real backup files in the backup folder.
 */

/** A good database as the app writes it: Harburg's district name and one contact, Yılmaz. */
export const goodDatabase = databaseTemplate(async (api) => {
  await api.must('settings.update', { districtName: 'Bezirksamt Harburg' });
  await api.must('contacts.create', { lastName: 'Yılmaz', firstName: 'Deniz' });
});

export function exec(file: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (openError) => {
      if (openError) return reject(openError);
      db.exec(sql, (error) => db.close(() => (error ? reject(error) : resolve())));
    });
  });
}

export type FolderState = 'corrupt' | 'newer-version' | 'foreign-file' | 'foreign-schema' | 'read-only' | 'io-error';

/** Objects smuggled into a file with our header (the attack of issue 12), as the core names them. */
export const SMUGGLED = 'CREATE TABLE leak (name TEXT); CREATE TRIGGER contact_leak BEFORE UPDATE ON contact BEGIN INSERT INTO leak VALUES (old.last_name); END;';

/** A fresh data folder whose data file is in `state`; start a core on it with `realApi({ dataDir })`. */
export async function dataFolderIn(state: FolderState): Promise<string> {
  const dataDir = tempDir('lbw-state-');
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  if (state === 'io-error') {
    // A folder stands where the data file belongs: SQLite cannot read it (SQLITE_IOERR).
    fs.mkdirSync(file);
  } else if (state === 'corrupt') {
    fs.writeFileSync(file, 'Dies ist keine Datenbank, sondern ein Brief.\n'.repeat(200));
  } else if (state === 'foreign-file') {
    await exec(file, "CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO kunden VALUES (1, 'A');");
  } else {
    fs.copyFileSync(await goodDatabase(), file);
    if (state === 'newer-version') await exec(file, `PRAGMA user_version = ${SCHEMA_VERSION + 1}; PRAGMA journal_mode = DELETE;`);
    if (state === 'foreign-schema') await exec(file, `PRAGMA journal_mode = DELETE; ${SMUGGLED}`);
    if (state === 'read-only') {
      // Broken foreign keys: the file is read, but nothing may be written to it.
      await exec(file, "PRAGMA journal_mode = DELETE; PRAGMA foreign_keys = OFF; INSERT INTO guideline (edition_id, position, title, text) VALUES (999, 1, 'Waise', '');");
    }
  }
  return dataDir;
}

/** Another PC's lock in the folder (user schulz on PC-SOZIALAMT-07); `ageMs` since it was last renewed. */
export function lockedByAnotherPc(dataDir: string, ageMs = 5 * 60 * 1000): string {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  fs.writeFileSync(file, JSON.stringify({ pid: 999_999, host: 'PC-SOZIALAMT-07', user: 'schulz', since: '2026-12-01T07:30:00.000Z', mode: 'desktop' }));
  const then = new Date(Date.now() - ageMs);
  fs.utimesSync(file, then, then);
  return file;
}

/** One backup of each kind, newest first (the damaged one is the raw copy of a broken file). */
export const SAMPLE_BACKUPS = [
  'Sicherung_2026-11-26_09-14-03_manuell.sqlite',
  'Sicherung_2026-11-26_08-00-12_taeglich.sqlite',
  'Sicherung_2026-11-20_16-45-00_vor-update.sqlite',
  'Sicherung_2026-11-18_11-02-33_vor-wiederherstellung.sqlite',
  'Sicherung_2026-11-17_07-59-59_beschaedigt.sqlite',
] as const;

/**
 * Real backup files in the folder's default backup folder: copies of `goodDatabase` (or of
 * `source`), a damaged kind as unreadable bytes. Returns the folder.
 */
export async function placeBackups(dataDir: string, names: readonly string[] = SAMPLE_BACKUPS, source?: string): Promise<string> {
  return placeBackupFiles(path.join(dataDir, DEFAULT_BACKUP_FOLDER_NAME), names, source);
}

/** Like `placeBackups`, into a given folder (a running core's `backups.folder()`). */
export async function placeBackupFiles(folder: string, names: readonly string[] = SAMPLE_BACKUPS, source?: string): Promise<string> {
  fs.mkdirSync(folder, { recursive: true });
  const good = source ?? (await goodDatabase());
  for (const name of names) {
    if (name.endsWith('_beschaedigt.sqlite')) fs.writeFileSync(path.join(folder, name), Buffer.alloc(8192, 7));
    else fs.copyFileSync(good, path.join(folder, name));
  }
  return folder;
}

/** A file of a newer version, to place as a backup that restore must refuse. */
export async function newerVersionFile(): Promise<string> {
  const file = path.join(tempDir('lbw-newer-'), 'neuer.sqlite');
  fs.copyFileSync(await goodDatabase(), file);
  await exec(file, `PRAGMA user_version = ${SCHEMA_VERSION + 1}; PRAGMA journal_mode = DELETE;`);
  return file;
}

/** File-system steps of screen tests (the renderer's own code may not import node:fs). */
export const folderFiles = {
  has: (folder: string, name: string) => fs.existsSync(path.join(folder, name)),
  remove: (folder: string, name: string) => fs.rmSync(path.join(folder, name)),
  /** Someone puts a file where the folder was. */
  replaceWithFile: (folder: string) => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.writeFileSync(folder, 'kein Ordner');
  },
  isFolder: (folder: string) => fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory() === true,
  /** An absolute path of a folder that does not exist yet. */
  newFolderPath: (name: string) => path.join(tempDir('lbw-folder-'), name),
};

/** The bytes of `goodDatabase`, as a file picked in the browser would hold them. */
export async function goodDatabaseBytes(): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(fs.readFileSync(await goodDatabase()));
}

/** A copy of the good database as a file of its own (one a person picks in the desktop's open dialog). */
export async function goodDatabaseFile(fileName = 'Altona.sqlite'): Promise<string> {
  const file = path.join(tempDir(), fileName);
  fs.writeFileSync(file, await goodDatabaseBytes());
  return file;
}
