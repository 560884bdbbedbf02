import type { SystemStatus } from '../../contract';
import { AppDatabase } from '../../database/app-database';
import { readConnectionString, withTlsDecided } from '../../database/postgres/connection-config';
import { ChangeFeed } from './change-feed';
import { derivedDifferences } from '../../database/postgres/derived-check';
import { openPostgres, POSTGRES_SCHEMA_VERSION } from '../../database/postgres/open-postgres';
import { BackupService } from '../services/maintenance/backup-service';
import { DomainError } from '../services/domain-error';
import type { Logger } from '../services/logger';
import { PersonalSettingsStore } from '../services/settings/personal-settings-store';
import type { AppCore } from './app-core';
import type { CoreState } from './core-state';
import { createDispatch } from './dispatch';
import { logFileIn } from './file-logger';
import { createHandlers, type Platform } from './handlers';
import { exportHandlers } from './handlers/exports';
import type { HandlerMap } from './handler-map';
import type { MaintenanceCallName } from './handlers/maintenance';
import { personalSettingsFile } from './personal-settings-file';
import type { ExportCallName } from './handlers/exports';

export interface PostgresCoreOptions {
  /** postgres://LOGIN@HOST:PORT/DB (sslmode and the rest as libpq reads them). */
  readonly url: string;
  /** This PC's own folder: log file, personal settings, backup preferences. The data is on the server. */
  readonly dataDir: string;
  readonly appVersion: string;
  readonly platform: Platform;
  readonly logger: Logger;
}

/** Where the data is, as the status bar and the log may show it: never the password. */
export function serverPlace(url: string): string {
  const { host, port, user, database } = readConnectionString(url);
  return `postgres://${user ? `${user}@` : ''}${host}:${port}/${database}`;
}

const sharedDatabase = () => Promise.reject(new DomainError('backups.errors.sharedDatabase'));

/** On the server the IT backs up and restores (cli backup --database); the app's file backups do not apply. */
function serverMaintenanceHandlers(database: AppDatabase): Pick<HandlerMap, Exclude<MaintenanceCallName, ExportCallName>> {
  return {
    'backups.overview': sharedDatabase,
    'backups.create': sharedDatabase,
    'backups.configure': sharedDatabase,
    'backups.restore': sharedDatabase,
    'backups.containingContact': sharedDatabase,
    'maintenance.checkIntegrity': async () => {
      const checkedAt = new Date().toISOString();
      try {
        // The server keeps its pages itself; what can drift is what the triggers keep.
        const drift = await derivedDifferences((sql, parameters) => database.query(sql, parameters ? [...parameters] : []));
        const ok = drift.length === 0;
        return { ok, checkedAt, detail: ok ? 'ok' : drift.map((entry) => `${entry.table}: ${entry.rows}`).join('; ') };
      } catch (error) {
        return { ok: false, checkedAt, detail: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/**
 * The core on a shared PostgreSQL database: the same handler map as on the data file, served by
 * the same services. The server refuses a database of a newer version or with other tables
 * (openPostgres throws PostgresRefusal with the reason), so nothing is started on it.
 */
export async function startPostgresCore(options: PostgresCoreOptions): Promise<AppCore> {
  const { url, dataDir, appVersion, platform, logger } = options;
  const place = serverPlace(url);
  const dataSource = await openPostgres(url);
  const database = new AppDatabase(dataSource);
  const changes = new ChangeFeed(await withTlsDecided(readConnectionString(url)), logger);
  await changes.start();
  const [login] = await database.query<Array<{ name: string }>>(
    `SELECT coalesce(nullif(shobj_description(oid, 'pg_authid'), ''), rolname) AS name FROM pg_roles WHERE rolname = current_user`,
  );
  logger.info(`shared database ready: ${place}, schema ${POSTGRES_SCHEMA_VERSION}`);
  const status: SystemStatus = {
    appVersion,
    transport: platform.transport,
    dataFolder: dataDir,
    logFile: logFileIn(dataDir),
    database: { state: 'ready', path: place, schemaVersion: POSTGRES_SCHEMA_VERSION },
  };
  // Only its folder preferences are used (saved with the settings); creating or restoring is refused above.
  const backups = new BackupService(dataDir, place, POSTGRES_SCHEMA_VERSION, logger);
  const personalSettings = new PersonalSettingsStore(personalSettingsFile(dataDir, platform), logger);
  const state: CoreState = {
    status,
    database,
    dataDir,
    backups,
    replaceDatabase: () => sharedDatabase(),
  };
  const startupTasks = Promise.resolve({ check: { state: 'not-needed', percent: 100 }, backup: { state: 'skipped' } } as const);
  const dispatch = createDispatch(
    {
      ...createHandlers(database, status, platform, { dataDir, backups, personalSettings, logger, loginDisplayName: login?.name }),
      ...serverMaintenanceHandlers(database),
      ...exportHandlers(state, platform),
      'system.startupTasks': () => startupTasks,
      'system.changes': ({ after }) => changes.changes(after),
    },
    logger,
  );
  return {
    ...state,
    dispatch,
    startupTasks,
    async close() {
      await changes.close();
      await database.close();
      logger.info('stopped');
    },
  };
}
