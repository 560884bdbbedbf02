import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallError, CallInput, CallName, CallOutput } from '../../../contract';
import { useApi } from './api-context';

export type CallStatus = 'loading' | 'ready' | 'failed';

export interface CallState<T> {
  readonly status: CallStatus;
  /** The last data that arrived; kept while reloading so lists do not flicker. */
  readonly data: T | undefined;
  readonly error: CallError | undefined;
  /** Loads again (after a change somewhere else, or "Erneut versuchen"). */
  reload(): void;
  /**
   * Replaces the data with what a mutating call returned, without another round trip. A load
   * still under way is then stale: its answer (read before the change) is dropped.
   */
  setData(data: T | ((previous: T | undefined) => T)): void;
}

interface Snapshot<T> {
  readonly status: CallStatus;
  readonly data: T | undefined;
  readonly error: CallError | undefined;
}

/** Loads one call when the component mounts (and whenever `reload()` is called). */
export function useCall<N extends CallName>(name: N, input: CallInput<N>): CallState<CallOutput<N>> {
  const api = useApi();
  const [snapshot, setSnapshot] = useState<Snapshot<CallOutput<N>>>({ status: 'loading', data: undefined, error: undefined });
  const [version, setVersion] = useState(0);
  const inputKey = JSON.stringify(input);
  /** Counts loads and `setData`s: only the answer of the latest load, after the latest `setData`, is kept. */
  const latest = useRef(0);

  useEffect(() => {
    let current = true;
    const run = ++latest.current;
    void api.call(name, JSON.parse(inputKey) as CallInput<N>).then((result) => {
      if (!current || run !== latest.current) return;
      setSnapshot((previous) =>
        result.ok
          ? { status: 'ready', data: result.data, error: undefined }
          : { status: 'failed', data: previous.data, error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [api, name, inputKey, version]);

  const reload = useCallback(() => {
    setSnapshot((previous) => ({ ...previous, status: 'loading' }));
    setVersion((value) => value + 1);
  }, []);
  const setData = useCallback((data: CallOutput<N> | ((previous: CallOutput<N> | undefined) => CallOutput<N>)) => {
    latest.current++;
    setSnapshot((previous) => ({
      status: 'ready',
      data: typeof data === 'function' ? (data as (previous: CallOutput<N> | undefined) => CallOutput<N>)(previous.data) : data,
      error: undefined,
    }));
  }, []);

  return { ...snapshot, reload, setData };
}
