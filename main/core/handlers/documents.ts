import type { CallName } from '../../../contract';
import type { AppDatabase } from '../../../database/app-database';
import { DocumentsService } from '../../services/documents/documents-service';
import type { CurrentUser, MeasureHistory } from '../../services/measures/measure-history';
import type { SettingsService } from '../../services/settings/settings-service';
import type { HandlerMap } from '../handler-map';

export type DocumentCallName = Extract<CallName, `documents.${string}`>;

export interface DocumentHandlerDeps {
  readonly settings: SettingsService;
  readonly history: MeasureHistory;
  readonly currentUser: CurrentUser;
}

/** The calls behind the Word documents: their records, recording a motion, the logo. */
export function documentHandlers(db: AppDatabase, { settings, history, currentUser }: DocumentHandlerDeps): Pick<HandlerMap, DocumentCallName> {
  const documents = new DocumentsService(db, settings, history, currentUser);
  return {
    'documents.antragDraft': (input) => documents.antragDraft(input),
    'documents.editionData': (input) => documents.editionData(input),
    'documents.reportData': (input) => documents.reportData(input),
    'documents.saveAntrag': (input) => documents.saveAntrag(input),
    'documents.listMotions': (input) => documents.listMotions(input),
    'documents.getLogo': () => documents.getLogo(),
    'documents.setLogo': (input) => documents.setLogo(input),
  };
}
