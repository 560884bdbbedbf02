import fs from 'node:fs';
import path from 'node:path';
import type { StartupTasksDto, SystemStatus } from '../../contract';
import { removeSideFiles, stageDurableCopy, stagedFileOf } from '../../database/backup-file';
import { SCHEMA_VERSION } from '../../database/migrations';
import { checkIntegrity } from '../../database/integrity-check';
import { databaseFileIn, openDatabase, openDatabaseForReading, openReadOnly, type OpenedDatabase } from '../../database/open-database';
import { runPendingScrub } from '../../database/wal-checkpoint';
import { preflight } from '../../database/preflight';
import { asStorageError, storageProblemOf } from '../../database/storage-errors';
import { differenceParams } from '../../database/schema-difference-text';
import { BackupService } from '../services/maintenance/backup-service';
import { DomainError } from '../services/domain-error';
import type { CoreState } from './core-state';
import { acquireDataFolderLock, type HeldLock, type LockAttempt, type LockMode } from './data-folder-lock';
import { cleanDataTemp, DATA_TEMP_DIR_NAME } from './data-temp';
import { createDispatch, type Dispatch } from './dispatch';
import { logFileIn } from './file-logger';
import { createHandlers, type Platform } from './handlers';
import type { Logger } from '../services/logger';
import { maintenanceHandlers } from './handlers/maintenance';
import { exportHandlers } from './handlers/exports';
import { PersonalSettingsStore } from '../services/settings/personal-settings-store';
import { personalSettingsFile } from './personal-settings-file';
import { StartupTasks } from './startup-tasks';

export interface AppCore extends CoreState {
  readonly dispatch: Dispatch;
  /** The work after start (check, daily backup): resolves when it is over, with its last state. */
  readonly startupTasks: Promise<StartupTasksDto>;
  close(): Promise<void>;
}

export interface AppCoreOptions {
  readonly dataDir: string;
  readonly appVersion: string;
  readonly platform: Platform;
  readonly logger: Logger;
  /** The daily backup at start (the app and browser mode; tests leave it off). */
  readonly autoBackup?: boolean;
  /**
   * 'write' (default) needs the data folder's lock and is refused ('in-use') while another holds it.
   * 'read' takes the lock when free, else opens the file read-only beside the holder (CLI check, backup, export).
   */
  readonly access?: 'write' | 'read';
  /** Written into the lock for whoever is refused; default from the transport. */
  readonly lockMode?: LockMode;
  /**
   * 'at-open' (default: CLI, tests): the full `quick_check`/`foreign_key_check` and the daily backup run
   * before `startAppCore` returns. 'after-start' (the app and browser mode): it returns once the file is
   * open and migrated; the check and then the backup run beside the first screen (startup-tasks.ts),
   * and every write waits for the check. 'skip-for-reading' (CLI export-contacts): header, version and
   * schema are checked, the full check is not run and nothing can be written (writes stay held), as
   * the app's own exports never wait for the check; a damaged page still fails the read that meets it.
   */
  readonly integrityCheck?: 'at-open' | 'after-start' | 'skip-for-reading';
}

/** The refusal while another process holds the data folder, with who and since when. */
function inUse(file: string, attempt: Extract<LockAttempt, { acquired: false }>): OpenedDatabase {
  const { holder } = attempt;
  return {
    status: {
      state: 'refused',
      path: file,
      reason: 'in-use',
      detail: `locked by ${holder.user || '?'} on ${holder.host} (${holder.mode}, pid ${holder.pid}) since ${holder.since}`,
      holder: { user: holder.user, host: holder.host, since: holder.since, mode: holder.mode, lockFile: attempt.file, abandoned: attempt.abandoned },
    },
    database: null,
  };
}

/** Opens the data and builds the handler map; shared by the Electron main process, browser mode and the CLI. */
export async function startAppCore(options: AppCoreOptions): Promise<AppCore> {
  const { dataDir, appVersion, platform, logger } = options;
  const file = databaseFileIn(dataDir);
  const backups = new BackupService(dataDir, file, SCHEMA_VERSION, logger);
  const personalSettings = new PersonalSettingsStore(personalSettingsFile(dataDir, platform), logger);
  // Scratch copies a killed process left behind hold personal data: gone at the next start.
  const leftovers = cleanDataTemp(dataDir);
  if (leftovers.length > 0) logger.info(`removed ${leftovers.length} leftover scratch folder(s) from ${DATA_TEMP_DIR_NAME}`);

  const lockMode = options.lockMode ?? (platform.transport === 'electron' ? 'desktop' : 'browser');
  // The one writer of this folder; null while another process holds it (or after close).
  let lock: HeldLock | null = null;

  const open = async (deferIntegrityCheck = false): Promise<OpenedDatabase> => {
    const opened = await openDatabase(dataDir, {
      deferIntegrityCheck,
      beforeMigration: async (fromVersion) => {
        logger.info(`migrating schema ${fromVersion} → ${SCHEMA_VERSION}; backup first`);
        await backups.create('pre-migration');
      },
    });
    if (opened.status.state === 'refused') logger.error(`database refused (${opened.status.reason}): ${opened.status.detail}`);
    else if (opened.status.state === 'read-only') logger.error(`database damaged, opened read-only: ${opened.status.detail}`);
    else logger.info(`database ready, schema ${opened.status.schemaVersion}`);
    return opened;
  };

  /** Takes the lock before the file is opened; without it the file is only read (access 'read') or refused. */
  const lockAndOpen = async (deferIntegrityCheck = false): Promise<OpenedDatabase> => {
    let attempt: LockAttempt;
    try {
      attempt = acquireDataFolderLock(dataDir, lockMode, { log: (message) => logger.info(message) });
    } catch (error) {
      // No lock file possible (write-protected folder, full disk): refused for that reason, file untouched.
      logger.error('data folder lock could not be written', error);
      return { status: { state: 'refused', path: file, reason: storageProblemOf(error) ?? 'not-writable', detail: String((error as Error).message) }, database: null };
    }
    if (attempt.acquired) {
      lock = attempt.lock;
      // A restore killed between staging and rename leaves its copy: only the lock holder may drop it.
      fs.rmSync(stagedFileOf(file), { force: true });
      try {
        return await open(deferIntegrityCheck);
      } catch (error) {
        lock.release();
        lock = null;
        throw error;
      }
    }
    if (options.access === 'read') {
      const reading = await openDatabaseForReading(dataDir);
      if (reading) {
        logger.info(`data folder locked by ${attempt.holder.host} (pid ${attempt.holder.pid}); opened read-only`);
        return reading;
      }
    }
    const refused = inUse(file, attempt);
    logger.error(`database refused (in-use): ${refused.status.state === 'refused' ? refused.status.detail : ''}`);
    return refused;
  };

  const afterStart = options.integrityCheck === 'after-start';
  const skipCheck = options.integrityCheck === 'skip-for-reading';
  let opened = await lockAndOpen(afterStart || skipCheck);
  let status: SystemStatus = { appVersion, transport: platform.transport, dataFolder: dataDir, logFile: logFileIn(dataDir), database: opened.status };
  let dispatchCurrent: Dispatch;
  let closed = false;
  let retrying: Promise<void> | null = null;

  /** "Erneut versuchen" on the in-use screen reloads, which asks for the status: then the lock is tried again. */
  const retryIfInUse = async (): Promise<void> => {
    if (lock || opened.status.state !== 'refused' || opened.status.reason !== 'in-use') return;
    opened = await lockAndOpen();
    status = { ...status, database: opened.status };
    rebuild();
  };

  const core: AppCore = {
    get status() {
      return status;
    },
    get database() {
      return opened.database;
    },
    dataDir,
    backups,
    get startupTasks() {
      return startup.done;
    },
    dispatch: async (name, input) => {
      if (name === 'system.status' && !lock) {
        retrying ??= retryIfInUse()
          .catch((error: unknown) => logger.error('retry after in-use failed', error))
          .finally(() => (retrying = null));
        await retrying;
      }
      return dispatchCurrent(name, input);
    },
    async replaceDatabase(sourceFile) {
      // Only the lock holder may swap the file: anyone else would pull it from under the writer.
      if (!lock) throw new DomainError('backups.errors.inUse', { field: 'fileName' });
      const check = await preflight(sourceFile, SCHEMA_VERSION);
      if (!check.ok || check.isNew) {
        // A foreign schema names its first differences, so IT sees what was added to the file.
        const params = check.ok ? undefined : differenceParams(check.differences);
        throw new DomainError(check.ok ? 'backups.errors.emptyFile' : `backups.errors.refused.${check.reason}`, { field: 'fileName', params });
      }
      // The current state is kept first: a proper backup when it can be made, the raw bytes when not
      // (a file found damaged while open cannot be copied with VACUUM INTO).
      const current = opened.status;
      try {
        if (current.state === 'ready') {
          await backups.create('pre-restore').catch(() => backups.keepRawCopy('damaged'));
        } else if (current.state === 'read-only') {
          backups.keepRawCopy('damaged');
        } else {
          backups.keepRawCopy(current.reason === 'corrupt' ? 'damaged' : 'set-aside');
        }
      } catch (error) {
        // Without a copy of the current state nothing is replaced (a full disk says so in its own words).
        throw asStorageError(error);
      }
      // The copy is staged and on disk before the open file is closed: a full disk here leaves the
      // current data open and working, with nothing half-written beside it.
      const staged = stagedFileOf(file);
      try {
        await stageDurableCopy(sourceFile, staged);
      } catch (error) {
        fs.rmSync(staged, { force: true });
        logger.error('restore: staging the copy failed', error);
        throw asStorageError(error, staged);
      }
      await opened.database?.close();
      removeSideFiles(file);
      fs.renameSync(staged, file);
      logger.info(`data file replaced from ${path.basename(sourceFile)}`);
      opened = await open();
      status = { ...status, database: opened.status };
      rebuild();
    },
    async close() {
      closed = true;
      // Writes still waiting for the check are answered (refused), not left hanging.
      if (opened.database?.writesHeld) opened.database.refuseWrites();
      await opened.database?.close();
      lock?.release();
      lock = null;
      logger.info('stopped');
    },
  };

  const rebuild = () => {
    dispatchCurrent = createDispatch(
      {
        ...createHandlers(opened.database, status, platform, { dataDir, backups, personalSettings, logger }),
        ...maintenanceHandlers(core),
        ...exportHandlers(core, platform),
        'system.startupTasks': async () => startup.snapshot(),
      },
      logger,
    );
  };
  rebuild();

  // The connection the deferred check is for; a restore meanwhile opens (and checks) another.
  const checkedDatabase = 'integrityPending' in opened && opened.integrityPending ? opened.database : null;
  /** Damage found after start: the person keeps reading, nothing more is written (as at open). */
  const switchToReadOnly = async (detail: string) => {
    if (!checkedDatabase || opened.database !== checkedDatabase) return;
    checkedDatabase.refuseWrites();
    // Opened before the writer closes, so the writer is not the last connection and does not checkpoint.
    const readOnly = await openReadOnly(file).catch(() => null);
    opened = readOnly
      ? { status: { state: 'read-only', path: file, schemaVersion: SCHEMA_VERSION, detail }, database: readOnly }
      : { status: { state: 'refused', path: file, reason: 'corrupt', detail }, database: null };
    status = { ...status, database: opened.status };
    rebuild();
    await checkedDatabase.close();
  };
  const startup = new StartupTasks({
    check: checkedDatabase && !skipCheck ? (onProgress) => checkIntegrity(file, onProgress) : null,
    onPassed: async () => {
      if (!checkedDatabase || closed) return;
      checkedDatabase.openWrites();
      // An erasure whose scrub failed (full disk) is finished now that writing is safe.
      if (opened.database === checkedDatabase) await runPendingScrub(checkedDatabase).catch(() => undefined);
    },
    onDamaged: switchToReadOnly,
    backup: options.autoBackup && afterStart ? () => backups.createDailyIfDue() : null,
    isReady: () => !closed && opened.status.state === 'ready',
    logger,
  });

  if (options.autoBackup && !afterStart && opened.status.state === 'ready') {
    // A failed daily backup is logged but must not keep the office from working.
    await backups.createDailyIfDue().catch((error: unknown) => logger.error('daily backup failed', error));
  }
  return core;
}
