import { callNames, type SystemStatus } from '../../contract';
import type { AppDatabase } from '../../database/app-database';
import { FieldsOfActionService } from '../services/fields-of-action/fields-of-action-service';
import { SettingsService } from '../services/settings/settings-service';
import { DatabaseUnavailableError } from './dispatch';
import type { HandlerMap } from './handler-map';

/** What differs between the Electron app and browser mode. */
export interface Platform {
  readonly transport: SystemStatus['transport'];
  openExternal(url: string): Promise<boolean>;
}

type DataHandlers = Omit<HandlerMap, `system.${string}`>;

function dataHandlers(db: AppDatabase): DataHandlers {
  const fieldsOfAction = new FieldsOfActionService(db);
  const settings = new SettingsService(db);
  return {
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
    'fieldsOfAction.list': () => fieldsOfAction.list(),
    'fieldsOfAction.create': (input) => fieldsOfAction.create(input),
    'fieldsOfAction.update': (input) => fieldsOfAction.update(input),
    'fieldsOfAction.reorder': (input) => fieldsOfAction.reorder(input),
    'fieldsOfAction.delete': (input) => fieldsOfAction.delete(input),
  };
}

/** While the file is refused every data call answers "unavailable"; the status call still works. */
function unavailableHandlers(): DataHandlers {
  const refuse = () => Promise.reject(new DatabaseUnavailableError());
  const names = callNames.filter((name) => !name.startsWith('system.'));
  return Object.fromEntries(names.map((name) => [name, refuse])) as unknown as DataHandlers;
}

export function createHandlers(db: AppDatabase | null, status: SystemStatus, platform: Platform): HandlerMap {
  return {
    'system.status': async () => status,
    'system.openExternal': async ({ url }) => ({ opened: await platform.openExternal(url) }),
    ...(db ? dataHandlers(db) : unavailableHandlers()),
  };
}
