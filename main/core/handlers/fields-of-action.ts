import type { CallName } from '../../../contract';
import type { AppDatabase } from '../../../database/app-database';
import { FieldsOfActionService } from '../../services/fields-of-action/fields-of-action-service';
import type { HandlerMap } from '../handler-map';

export type FieldOfActionCallName = Extract<CallName, `fieldsOfAction.${string}`>;

/** An edition's fields of action and their order. */
export function fieldOfActionHandlers(db: AppDatabase): Pick<HandlerMap, FieldOfActionCallName> {
  const fieldsOfAction = new FieldsOfActionService(db);
  return {
    'fieldsOfAction.list': (input) => fieldsOfAction.list(input),
    'fieldsOfAction.create': (input) => fieldsOfAction.create(input),
    'fieldsOfAction.update': (input) => fieldsOfAction.update(input),
    'fieldsOfAction.reorder': (input) => fieldsOfAction.reorder(input),
    'fieldsOfAction.delete': (input) => fieldsOfAction.delete(input),
  };
}
