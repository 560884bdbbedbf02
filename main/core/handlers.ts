import { callNames, type ParsedInput, type SaveFileResultDto, type SystemStatus } from '../../contract';
import type { AppDatabase } from '../../database/app-database';
import { DashboardService } from '../services/dashboard/dashboard-service';
import { EditionsService } from '../services/editions/editions-service';
import { FieldsOfActionService } from '../services/fields-of-action/fields-of-action-service';
import { MeasureHistory, type CurrentUser } from '../services/measures/measure-history';
import { MeasuresService } from '../services/measures/measures-service';
import { SettingsService } from '../services/settings/settings-service';
import { contactHandlers } from './contact-handlers';
import { documentHandlers } from './document-handlers';
import { meetingHandlers } from './meeting-handlers';
import { DatabaseUnavailableError } from './dispatch';
import type { HandlerMap } from './handler-map';
import type { MaintenanceCallName } from './maintenance-handlers';
import { maintenanceCalls } from '../../contract/maintenance';

/** What differs between the Electron app and browser mode. */
export interface Platform {
  readonly transport: SystemStatus['transport'];
  /** The operating system's user name: "who entered it" when the settings name no one. */
  readonly osUserName: string;
  openExternal(url: string): Promise<boolean>;
  /** The desktop's save dialog (main/electron/save-file.ts); without it the page downloads the file. */
  saveFile?(input: ParsedInput<'system.saveFile'>): Promise<SaveFileResultDto>;
}

type CoreHandlers = Omit<HandlerMap, MaintenanceCallName>;
type DataHandlers = Omit<CoreHandlers, `system.${string}`>;

const isDataCall = (name: string) => !name.startsWith('system.') && !(name in maintenanceCalls);

function dataHandlers(db: AppDatabase, platform: Platform): DataHandlers {
  const settings = new SettingsService(db);
  const currentUser: CurrentUser = async () => (await settings.get()).userName || platform.osUserName;
  const history = new MeasureHistory(currentUser);
  const fieldsOfAction = new FieldsOfActionService(db);
  const editions = new EditionsService(db, history);
  const measures = new MeasuresService(db, history, currentUser);
  const dashboard = new DashboardService(db);
  return {
    'settings.get': () => settings.get(),
    'settings.update': (input) => settings.update(input),
    'editions.list': () => editions.list(),
    'editions.get': ({ id }) => editions.get(id),
    'editions.create': (input) => editions.create(input),
    'editions.update': (input) => editions.update(input),
    'editions.createFromPrevious': (input) => editions.createFromPrevious(input),
    'editions.carryOverCandidates': ({ previousId }) => editions.carryOverCandidates(previousId),
    'fieldsOfAction.list': (input) => fieldsOfAction.list(input),
    'fieldsOfAction.create': (input) => fieldsOfAction.create(input),
    'fieldsOfAction.update': (input) => fieldsOfAction.update(input),
    'fieldsOfAction.reorder': (input) => fieldsOfAction.reorder(input),
    'fieldsOfAction.delete': (input) => fieldsOfAction.delete(input),
    'measures.list': (input) => measures.list(input),
    'measures.get': ({ id }) => measures.get(id),
    'measures.create': (input) => measures.create(input),
    'measures.update': (input) => measures.update(input),
    'measures.suggestCode': (input) => measures.suggestCode(input),
    'measures.changeStatus': (input) => measures.changeStatus(input),
    'measures.addNote': (input) => measures.addNote(input),
    'measures.search': (input) => measures.search(input),
    'measures.similar': (input) => measures.similar(input),
    'measures.facets': (input) => measures.facets(input),
    'dashboard.summary': (input) => dashboard.summary(input),
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

/** Everything but the maintenance calls, which need the whole core (see maintenance-handlers.ts). */
export function createHandlers(db: AppDatabase | null, status: SystemStatus, platform: Platform): CoreHandlers {
  return {
    'system.status': async () => status,
    'system.openExternal': async ({ url }) => ({ opened: await platform.openExternal(url) }),
    'system.saveFile': (input) => (platform.saveFile ? platform.saveFile(input) : Promise.resolve({ saved: false, download: true })),
    ...(db ? dataHandlers(db, platform) : unavailableHandlers()),
  };
}
