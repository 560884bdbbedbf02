import fs from 'node:fs';
import path from 'node:path';
import type { SystemStatus } from '../../contract';
import type { AppDatabase } from '../../database/app-database';
import { removeSideFiles } from '../../database/backup-file';
import { SCHEMA_VERSION } from '../../database/migrations';
import { databaseFileIn, openDatabase, type OpenedDatabase } from '../../database/open-database';
import { preflight } from '../../database/preflight';
import { differenceParams } from '../../database/schema-difference-text';
import { BackupService } from '../services/maintenance/backup-service';
import { DomainError } from '../services/domain-error';
import { cleanDataTemp, DATA_TEMP_DIR_NAME } from './data-temp';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers, type Platform } from './handlers';
import type { Logger } from './logger';
import { maintenanceHandlers } from './maintenance-handlers';

export interface AppCore {
  /** The current state; changes after a restore. */
  readonly status: SystemStatus;
  readonly dispatch: Dispatch;
  /** The open database, or null when the file was refused. */
  readonly database: AppDatabase | null;
  readonly dataDir: string;
  readonly backups: BackupService;
  /** Replaces the data file with a checked copy (a backup or an imported file) and reopens it. */
  replaceDatabase(sourceFile: string): Promise<void>;
  close(): Promise<void>;
}

export interface AppCoreOptions {
  readonly dataDir: string;
  readonly appVersion: string;
  readonly platform: Platform;
  readonly logger: Logger;
  /** The daily backup at start (the app and browser mode; tests leave it off). */
  readonly autoBackup?: boolean;
}

/** Opens the data and builds the handler map; shared by the Electron main process, browser mode and the CLI. */
export async function startAppCore(options: AppCoreOptions): Promise<AppCore> {
  const { dataDir, appVersion, platform, logger } = options;
  const file = databaseFileIn(dataDir);
  const backups = new BackupService(dataDir, file, SCHEMA_VERSION, logger);
  // Scratch copies a killed process left behind hold personal data: gone at the next start.
  const leftovers = cleanDataTemp(dataDir);
  if (leftovers.length > 0) logger.info(`removed ${leftovers.length} leftover scratch folder(s) from ${DATA_TEMP_DIR_NAME}`);

  const open = async (): Promise<OpenedDatabase> => {
    const opened = await openDatabase(dataDir, {
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

  let opened = await open();
  let status: SystemStatus = { appVersion, transport: platform.transport, database: opened.status };
  let dispatchCurrent: Dispatch;

  const core: AppCore = {
    get status() {
      return status;
    },
    get database() {
      return opened.database;
    },
    dataDir,
    backups,
    dispatch: (name, input) => dispatchCurrent(name, input),
    async replaceDatabase(sourceFile) {
      const check = await preflight(sourceFile, SCHEMA_VERSION);
      if (!check.ok || check.isNew) {
        // A foreign schema names its first differences, so IT sees what was added to the file.
        const params = check.ok ? undefined : differenceParams(check.differences);
        throw new DomainError(check.ok ? 'backups.errors.emptyFile' : `backups.errors.refused.${check.reason}`, { field: 'fileName', params });
      }
      // The current state is kept first: a proper backup when it can be made, the raw bytes when not
      // (a file found damaged while open cannot be copied with VACUUM INTO).
      const current = opened.status;
      if (current.state === 'ready') {
        await backups.create('pre-restore').catch(() => backups.keepRawCopy('damaged'));
      } else if (current.state === 'read-only') {
        backups.keepRawCopy('damaged');
      } else {
        backups.keepRawCopy(current.reason === 'corrupt' ? 'damaged' : 'set-aside');
      }
      await opened.database?.close();
      const staged = `${file}.neu`;
      fs.copyFileSync(sourceFile, staged);
      removeSideFiles(file);
      fs.renameSync(staged, file);
      logger.info(`data file replaced from ${path.basename(sourceFile)}`);
      opened = await open();
      status = { ...status, database: opened.status };
      rebuild();
    },
    async close() {
      await opened.database?.close();
      logger.info('stopped');
    },
  };

  const rebuild = () => {
    dispatchCurrent = createDispatch(
      { ...createHandlers(opened.database, status, platform), ...maintenanceHandlers(core) },
      logger,
    );
  };
  rebuild();

  if (options.autoBackup && opened.status.state === 'ready') {
    // A failed daily backup is logged but must not keep the office from working.
    await backups.createDailyIfDue().catch((error: unknown) => logger.error('daily backup failed', error));
  }
  return core;
}
