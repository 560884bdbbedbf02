import type { CallName } from '../../../contract';
import type { AppDatabase } from '../../../database/app-database';
import { EditionsService } from '../../services/editions/editions-service';
import type { MeasureHistory } from '../../services/measures/measure-history';
import type { HandlerMap } from '../handler-map';

export type EditionCallName = Extract<CallName, `editions.${string}`>;

/** Leitbild editions, and a new one made from the last (carrying measures through the one MeasureHistory). */
export function editionHandlers(db: AppDatabase, history: MeasureHistory): Pick<HandlerMap, EditionCallName> {
  const editions = new EditionsService(db, history);
  return {
    'editions.list': () => editions.list(),
    'editions.get': ({ id }) => editions.get(id),
    'editions.create': (input) => editions.create(input),
    'editions.update': (input) => editions.update(input),
    'editions.createFromPrevious': (input) => editions.createFromPrevious(input),
    'editions.carryOverCandidates': ({ previousId }) => editions.carryOverCandidates(previousId),
  };
}
