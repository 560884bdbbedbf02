import type { CallName, CallResult } from '../../contract';
import type { Dispatch } from '../core/dispatch';
import { demoFieldsOfAction, demoSettings } from './demo-data';

export class DemoRefusedError extends Error {}

async function must<T>(dispatch: Dispatch, name: CallName, input: unknown): Promise<T> {
  const result = (await dispatch(name, input)) as CallResult<T>;
  if (!result.ok) throw new Error(`demo: ${name} refused (${result.error.messageKey})`);
  return result.data;
}

/**
 * Fills an empty database through the same calls the app makes, so demo data passes the
 * same validation. Refuses a database that already holds data.
 */
export async function seedDemo(dispatch: Dispatch): Promise<{ fieldsOfAction: number }> {
  const existing = await must<unknown[]>(dispatch, 'fieldsOfAction.list', {});
  if (existing.length > 0) throw new DemoRefusedError('Die Datenbank enthält bereits Daten; die Demo wird nur in eine leere Datenbank geschrieben.');
  await must(dispatch, 'settings.update', demoSettings);
  for (const field of demoFieldsOfAction) await must(dispatch, 'fieldsOfAction.create', field);
  return { fieldsOfAction: demoFieldsOfAction.length };
}
