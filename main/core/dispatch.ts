import { contract, isCallName, type CallError, type CallResult } from '../../contract';
import { ServerRefusal } from '../../database/postgres/server-errors';
import { validateInput } from '../../contract/validate-input';
import { ReadOnlyDatabaseError } from '../../database/app-database';
import { StorageError, WritesRefusedError, type StorageProblem } from '../../database/storage-errors';
import { DomainError } from '../services/domain-error';
import type { HandlerMap } from './handler-map';
import type { Logger } from '../services/logger';

/** Thrown by data handlers while the database file is refused. */
export class DatabaseUnavailableError extends Error {
  constructor() {
    super('database unavailable');
  }
}

/** Never "internal", never "damaged": the person learns what to do about the disk. */
const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  'disk-full': 'errors.diskFull',
  'not-writable': 'errors.notWritable',
  'io-error': 'errors.ioError',
};

export type Dispatch = (name: unknown, input: unknown) => Promise<CallResult<unknown>>;

const failure = (error: Omit<CallError, 'fields'> & Partial<Pick<CallError, 'fields'>>): CallResult<never> => ({
  ok: false,
  error: { fields: [], ...error },
});

/**
 * The single entry for every transport (IPC, HTTP): validates untrusted input against the
 * contract, runs the handler, and turns every outcome into a serialisable `CallResult`.
 */
export function createDispatch(handlers: HandlerMap, logger: Logger): Dispatch {
  return async (name, input) => {
    if (!isCallName(name)) return failure({ code: 'unknown-call', messageKey: 'errors.unknownCall' });
    const validated = validateInput(contract[name].input, input ?? {});
    if (!validated.ok) {
      return failure({ code: 'invalid-input', messageKey: 'errors.invalidInput', fields: validated.fields });
    }
    try {
      const handler = handlers[name] as (value: unknown) => Promise<unknown>;
      return { ok: true, data: await handler(validated.value) };
    } catch (error) {
      if (error instanceof DomainError) {
        const { field, params, code = 'rejected' } = error.options;
        return failure({
          code,
          messageKey: error.messageKey,
          params,
          fields: field ? [{ field, messageKey: error.messageKey, params }] : [],
        });
      }
      if (error instanceof DatabaseUnavailableError) {
        return failure({ code: 'unavailable', messageKey: 'errors.databaseUnavailable' });
      }
      if (error instanceof ReadOnlyDatabaseError) {
        return failure({ code: 'unavailable', messageKey: 'errors.readOnly' });
      }
      if (error instanceof StorageError) {
        logger.error(`call ${name} not saved (${error.problem})`, error);
        return failure({ code: 'storage', messageKey: STORAGE_MESSAGES[error.problem] });
      }
      if (error instanceof ServerRefusal) {
        // The server refused (no right for this login) or could not be reached: nothing of the call was kept.
        logger.error(`call ${name} refused by the server (${error.problem})`, error);
        return error.problem === 'no-rights'
          ? failure({ code: 'rejected', messageKey: 'errors.noRights' })
          : failure({ code: 'unavailable', messageKey: 'errors.serverLost' });
      }
      if (error instanceof WritesRefusedError) {
        logger.error(`call ${name} refused: writes stopped`, error);
        return failure({ code: 'storage', messageKey: 'errors.writesRefused' });
      }
      logger.error(`call ${name} failed`, error);
      return failure({ code: 'internal', messageKey: 'errors.internal' });
    }
  };
}
