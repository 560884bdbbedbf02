import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useApi } from '../api/api-context';

type Listener = (tables: readonly string[]) => void;
type Subscribe = (listener: Listener) => () => void;

/** Without a provider (screen tests, one PC) nothing ever changes behind the user's back. */
const LiveChangesContext = createContext<Subscribe>(() => () => undefined);

/** After a failed wait (the server or browser-mode process gone for a moment), try again after this long. */
const RETRY_MS = 5_000;
/** Changes arriving in a burst (a colleague's bulk change) reload once. */
const SETTLE_MS = 150;

/**
 * Waits for colleagues' changes on the shared server (`system.changes`, a long poll) and tells the
 * screens that asked which tables changed. On one PC the first answer says `live: false` and the
 * loop ends there.
 */
export function LiveChangesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const listeners = useRef(new Set<Listener>());
  const subscribe = useRef<Subscribe>((listener) => {
    listeners.current.add(listener);
    return () => listeners.current.delete(listener);
  });

  useEffect(() => {
    let stopped = false;
    let retry: number | undefined;
    const loop = async (after: number | undefined): Promise<void> => {
      if (stopped) return;
      const result = await api.call('system.changes', after === undefined ? {} : { after });
      if (stopped) return;
      if (!result.ok) {
        retry = window.setTimeout(() => void loop(after), RETRY_MS);
        return;
      }
      if (!result.data.live) return;
      if (after !== undefined && result.data.tables.length > 0) for (const listener of [...listeners.current]) listener(result.data.tables);
      void loop(result.data.generation);
    };
    void loop(undefined);
    return () => {
      stopped = true;
      window.clearTimeout(retry);
    };
  }, [api]);

  return <LiveChangesContext.Provider value={subscribe.current}>{children}</LiveChangesContext.Provider>;
}

/**
 * Calls `reload` when a colleague changed one of `tables` ('*': any) or the app cannot tell which. The
 * reload keeps what is shown until the new data is there, and never touches a form being typed in.
 */
export function useLiveReload(reload: () => void, tables: readonly string[]): void {
  const subscribe = useContext(LiveChangesContext);
  const latest = useRef({ reload, tables });
  latest.current = { reload, tables };
  useEffect(() => {
    let timer: number | undefined;
    const unsubscribe = subscribe((changed) => {
      const { tables: watched } = latest.current;
      if (!watched.includes('*') && !changed.some((table) => table === '*' || watched.includes(table))) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current.reload(), SETTLE_MS);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [subscribe]);
}
