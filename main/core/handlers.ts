import { callNames, type SystemStatus } from '../../contract';
import { maintenanceCalls } from '../../contract/maintenance';
import type { AppDatabase } from '../../database/app-database';
import { MeasureHistory, type CurrentUser } from '../services/measures/measure-history';
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

/** The handler map of every data call, one file per domain in handlers/; the shared services are made here once. */
function dataHandlers(db: AppDatabase, platform: Platform): DataHandlers {
  const settings = new SettingsService(db);
  const currentUser: CurrentUser = async () => (await settings.get()).userName || platform.osUserName;
  const history = new MeasureHistory(currentUser);
  return {
    ...settingsHandlers(settings),
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
export function createHandlers(db: AppDatabase | null, status: SystemStatus, platform: Platform): CoreHandlers {
  return {
    ...systemHandlers(status, platform),
    ...(db ? dataHandlers(db, platform) : unavailableHandlers()),
  };
}
