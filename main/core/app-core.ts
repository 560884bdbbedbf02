import type { SystemStatus } from '../../contract';
import type { AppDatabase } from '../../database/app-database';
import { openDatabase } from '../../database/open-database';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers, type Platform } from './handlers';
import type { Logger } from './logger';

export interface AppCore {
  readonly status: SystemStatus;
  readonly dispatch: Dispatch;
  /** The open database, or null when the file was refused. */
  readonly database: AppDatabase | null;
  close(): Promise<void>;
}

export interface AppCoreOptions {
  readonly dataDir: string;
  readonly appVersion: string;
  readonly platform: Platform;
  readonly logger: Logger;
}

/** Opens the data and builds the handler map; shared by the Electron main process, browser mode and the CLI. */
export async function startAppCore({ dataDir, appVersion, platform, logger }: AppCoreOptions): Promise<AppCore> {
  const opened = await openDatabase(dataDir);
  if (opened.status.state === 'refused') {
    logger.error(`database refused (${opened.status.reason}): ${opened.status.detail}`);
  } else {
    logger.info(`database ready, schema ${opened.status.schemaVersion}`);
  }
  const status: SystemStatus = { appVersion, transport: platform.transport, database: opened.status };
  const dispatch = createDispatch(createHandlers(opened.database, status, platform), logger);
  return {
    status,
    dispatch,
    database: opened.database,
    close: async () => {
      await opened.database?.close();
    },
  };
}
