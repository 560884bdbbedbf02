import type { CallName } from '../../../contract';
import type { AppDatabase } from '../../../database/app-database';
import type { CurrentUser, MeasureHistory } from '../../services/measures/measure-history';
import { MeasuresService } from '../../services/measures/measures-service';
import type { HandlerMap } from '../handler-map';

export type MeasureCallName = Extract<CallName, `measures.${string}`>;

/** Measures: list and facets, the lifecycle and notes, the intake's code and duplicate hint, full-text search. */
export function measureHandlers(db: AppDatabase, deps: { history: MeasureHistory; currentUser: CurrentUser }): Pick<HandlerMap, MeasureCallName> {
  const measures = new MeasuresService(db, deps.history, deps.currentUser);
  return {
    'measures.list': (input) => measures.list(input),
    'measures.listIds': (input) => measures.listIds(input),
    'measures.get': ({ id }) => measures.get(id),
    'measures.create': (input) => measures.create(input),
    'measures.update': (input) => measures.update(input),
    'measures.suggestCode': (input) => measures.suggestCode(input),
    'measures.changeStatus': (input) => measures.changeStatus(input),
    'measures.addNote': (input) => measures.addNote(input),
    'measures.search': (input) => measures.search(input),
    'measures.similar': (input) => measures.similar(input),
    'measures.facets': (input) => measures.facets(input),
  };
}
