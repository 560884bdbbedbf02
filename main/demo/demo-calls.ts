import type { CallInput, CallName, CallOutput, CallResult } from '../../contract';
import type { Dispatch } from '../core/dispatch';
import { todayIso } from '../services/text-compare';

/** The demo goes through the same calls as the app; a refusal is a bug in the demo data. */
export async function must<N extends CallName>(dispatch: Dispatch, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = (await dispatch(name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) throw new Error(`demo: ${name} refused (${result.error.messageKey} ${JSON.stringify(result.error.fields)})`);
  return result.data;
}

/** A day relative to today (negative = in the future), so the demo always looks current. */
export const daysAgo = (days: number): string => {
  const date = new Date(`${todayIso()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};
