import path from 'node:path';
import { DataSource } from 'typeorm';
import type { DatabaseStatus } from '../contract';
import { AppDatabase } from './app-database';
import { entities } from './entities';
import { migrations } from './migrations';
import { preflight } from './preflight';
import { runPendingScrub } from './wal-checkpoint';
import { openReadOnlyDataSource, ReadConnection } from './read-connection';
import { DATABASE_FILE_NAME } from './schema-identity';
import { dataFolderProblem, diskRefusal, nearlyFull } from './storage-errors';

export type OpenedDatabase =
  | {
      readonly status: Extract<DatabaseStatus, { state: 'ready' | 'read-only' }>;
      readonly database: AppDatabase;
      /**
       * Set when the file was opened without its full integrity check (option `deferIntegrityCheck`):
       * its writes are held until the caller ran `checkIntegrity` and opened them.
       */
      readonly integrityPending?: true;
    }
  | { readonly status: Extract<DatabaseStatus, { state: 'refused' }>; readonly database: null };

export const databaseFileIn = (dataDir: string): string => path.join(dataDir, DATABASE_FILE_NAME);

export interface OpenOptions {
  /** Runs before pending migrations touch an existing file (the pre-migration backup). */
  readonly beforeMigration?: (fromVersion: number) => Promise<void>;
  /** Tests only: another migration list (e.g. one that fails midway). */
  readonly migrations?: typeof migrations;
  /**
   * Opens a file at the current schema without the full `quick_check`/`foreign_key_check` (they read
   * every page: seconds on a large file). Its writes wait (`AppDatabase.holdWrites`) until the caller
   * has run `checkIntegrity`. A file still to be migrated, or not in WAL mode (opening it would rewrite
   * its header), is checked in full first as before: nothing is written to an unchecked file.
   */
  readonly deferIntegrityCheck?: boolean;
}

/**
 * Opens (or creates) the data file in `dataDir`: read-only checks first, then pragmas and
 * pending migrations in one transaction. A refused file is never opened for writing.
 */
export async function openDatabase(dataDir: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const file = databaseFileIn(dataDir);
  // A write-protected data folder or file is refused, not opened read-only: an office worker
  // expects what they type to be saved, and would only meet "not saved" on every change (SQLite
  // cannot even read a WAL file there without its -shm). Nothing is changed; once IT restores
  // write access the next start opens the file as usual.
  const folderProblem = dataFolderProblem(dataDir, file);
  if (folderProblem) return { status: { state: 'refused', path: file, ...folderProblem }, database: null };
  const migrationList = options.migrations ?? migrations;
  const targetVersion = migrationList.length;
  const light = options.deferIntegrityCheck ? await preflight(file, targetVersion, { integrity: false }) : null;
  const deferred = light !== null && light.ok && !light.isNew && light.schemaVersion === targetVersion && light.walMode === true;
  const checked = deferred ? light : await preflight(file, targetVersion);
  if (!checked.ok) {
    // Damaged but readable at the current schema: show the data, change nothing.
    if (checked.readableAt === targetVersion) {
      const readOnly = await openReadOnly(file).catch(() => null);
      if (readOnly) {
        return { status: { state: 'read-only', path: file, schemaVersion: targetVersion, detail: checked.detail }, database: readOnly };
      }
    }
    return { status: { state: 'refused', path: file, reason: checked.reason, detail: checked.detail }, database: null };
  }

  const dataSource = new DataSource({
    type: 'sqlite',
    database: file,
    entities,
    migrations: [...migrationList],
    migrationsTransactionMode: 'all',
    synchronize: false,
    enableWAL: true,
    busyTimeout: 5000,
    logging: false,
  });
  // Creating or migrating the file needs room: refused up front, before TypeORM opens a
  // connection it would not close when its start-up pragmas fail.
  if ((checked.isNew || checked.schemaVersion < targetVersion) && nearlyFull(dataDir)) {
    return { status: { state: 'refused', path: file, reason: 'disk-full', detail: `less than 1 MB free in ${dataDir}` }, database: null };
  }
  if (!checked.isNew && checked.schemaVersion < targetVersion) await options.beforeMigration?.(checked.schemaVersion);
  try {
    await dataSource.initialize();
    // foreign_keys, WAL and busy_timeout are set by the driver on connect; durability is ours.
    await dataSource.query('PRAGMA synchronous = FULL');
    // DSGVO erasure: freed space is zeroed, so no earlier version of a row stays readable in the file.
    await dataSource.query('PRAGMA secure_delete = ON');
    await dataSource.runMigrations({ transaction: 'all' });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    // A full or failing disk at start is refused with its reason, not reported as damage or a crash.
    const onDisk = diskRefusal(error, file);
    if (onDisk) return { status: { state: 'refused', path: file, reason: onDisk, detail: String((error as Error).message) }, database: null };
    throw error;
  }
  const database = new AppDatabase(dataSource);
  if (deferred) database.holdWrites();
  // Reads beside a long write (see read-connection); without the reader they simply queue as before.
  const reader = await ReadConnection.open(file).catch(() => null);
  if (reader) database.attachReader(reader);
  const status = { state: 'ready', path: file, schemaVersion: targetVersion } as const;
  if (deferred) return { status, database, integrityPending: true };
  // An erasure whose scrub failed (full disk) is finished now; failing again changes nothing.
  await runPendingScrub(database).catch(() => undefined);
  return { status, database };
}

/**
 * Opens the file beside the process that holds the write lock: read-only and without
 * migrations. Null when the file is not (yet) at the current schema: only the writer may migrate.
 */
export async function openDatabaseForReading(dataDir: string): Promise<OpenedDatabase | null> {
  const file = databaseFileIn(dataDir);
  const checked = await preflight(file, migrations.length);
  if (!checked.ok) return { status: { state: 'refused', path: file, reason: checked.reason, detail: checked.detail }, database: null };
  if (checked.isNew || checked.schemaVersion !== migrations.length) return null;
  return { status: { state: 'ready', path: file, schemaVersion: checked.schemaVersion }, database: await openReadOnly(file) };
}

/**
 * A connection that cannot write (SQLite refuses it), for a damaged file the person may still read.
 * Also used when the check after start finds damage: opened before the writer closes, so the
 * writer is not the file's last connection and does not checkpoint into it on closing.
 */
export async function openReadOnly(file: string): Promise<AppDatabase> {
  return new AppDatabase(await openReadOnlyDataSource(file), { readOnly: true });
}
