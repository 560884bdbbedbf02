import { callNames, type SystemStatus } from '../../contract';
import { maintenanceCalls } from '../../contract/maintenance';
import type { AppDatabase } from '../../database/app-database';
import { MeasureHistory, type CurrentUser } from '../services/measures/measure-history';
import type { BackupService } from '../services/maintenance/backup-service';
import type { Logger } from '../services/logger';
import type { PersonalSettingsStore } from '../services/settings/personal-settings-store';
import { SettingsService } from '../services/settings/settings-service';
import { DatabaseUnavailableError } from './dispatch';
import type { HandlerMap } from './handler-map';
import { contactHandlers } from './handlers/contacts';
import { dashboardHandlers } from './handlers/dashboard';
import { documentHandlers } from './handlers/documents';
import { editionHandlers } from './handlers/editions';
import { fieldOfActionHandlers } from './handlers/fields-of-action';
import type { MaintenanceCallName } from './handlers/maintenance';
import { measureHandlers } from './handlers/measures';
import { meetingHandlers } from './handlers/meetings';
import { settingsHandlers } from './handlers/settings';
import { systemHandlers } from './handlers/system';
import type { Platform } from './platform';

export type { Platform } from './platform';

type CoreHandlers = Omit<HandlerMap, MaintenanceCallName>;
type DataHandlers = Omit<CoreHandlers, `system.${string}`>;

const isDataCall = (name: string) => !name.startsWith('system.') && !(name in maintenanceCalls);

/** What the data calls need of the running core besides the database (app-core.ts). */
export interface CoreServices {
  readonly dataDir: string;
  readonly backups: BackupService;
  /** This person's own settings file (name, language). */
  readonly personalSettings: PersonalSettingsStore;
  readonly logger: Logger;
  /**
   * On the shared server: the login's display name (COMMENT ON ROLE, else the login), which then
   * names every change; the server knows who is connected, so no one enters another's name.
   */
  readonly loginDisplayName?: string;
}

/** The handler map of every data call, one file per domain in handlers/; the shared services are made here once. */
function dataHandlers(db: AppDatabase, platform: Platform, services: CoreServices): DataHandlers {
  const defaultUserName = async () => (platform.osFullName ? await platform.osFullName() : '') || platform.osUserName;
  const login = services.loginDisplayName;
  const settings = new SettingsService(db, { store: services.personalSettings, defaultUserName, loginName: login ?? '', logger: services.logger });
  // "Who entered it" is the person at this PC (their personal settings), never a name stored with the shared data.
  const currentUser: CurrentUser = login ? async () => login : async () => (await settings.currentUserName()) || platform.osUserName;
  const history = new MeasureHistory(currentUser);
  return {
    ...settingsHandlers({ settings, backups: services.backups, dataDir: services.dataDir, logger: services.logger }),
    ...editionHandlers(db, history),
    ...fieldOfActionHandlers(db),
    ...measureHandlers(db, { history, currentUser }),
    ...dashboardHandlers(db),
    ...documentHandlers(db, { settings, history, currentUser }),
    ...contactHandlers(db, currentUser),
    ...meetingHandlers(db, { history, currentUser }),
  };
}

/** While the file is refused every data call answers "unavailable"; the status call still works. */
function unavailableHandlers(): DataHandlers {
  const refuse = () => Promise.reject(new DatabaseUnavailableError());
  const names = callNames.filter(isDataCall);
  return Object.fromEntries(names.map((name) => [name, refuse])) as unknown as DataHandlers;
}

/** Everything but the maintenance calls, which need the whole core (see handlers/maintenance.ts). */
export function createHandlers(db: AppDatabase | null, status: SystemStatus, platform: Platform, services?: CoreServices): CoreHandlers {
  return {
    ...systemHandlers(status, platform),
    ...(db && services ? dataHandlers(db, platform, services) : unavailableHandlers()),
  };
}
