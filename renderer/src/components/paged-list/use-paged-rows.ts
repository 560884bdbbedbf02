import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallError, CallInput, CallName, CallOutput } from '../../../../contract';
import { useApi } from '../../api/api-context';
import type { CallStatus } from '../../api/use-call';

/** Calls that answer one window of a list: input with offset/limit, output with rows and total. */
export type PagedCallName = {
  [N in CallName]: CallOutput<N> extends { readonly rows: readonly unknown[]; readonly total: number }
    ? 'offset' extends keyof CallInput<N>
      ? N
      : never
    : never;
}[CallName];

export type PagedFilter<N extends PagedCallName> = Omit<CallInput<N>, 'offset' | 'limit'>;
interface Page {
  readonly rows: readonly unknown[];
  readonly total: number;
}
type PageOf<N extends PagedCallName> = CallOutput<N> & Page;
export type PagedRow<N extends PagedCallName> = PageOf<N>['rows'][number];

export interface PagedRows<N extends PagedCallName> {
  /** Rows matching the filter; undefined until the first page has arrived. */
  readonly total: number | undefined;
  /** The latest answer (aggregates such as counts ride along with every page). */
  readonly latest: CallOutput<N> | undefined;
  /**
   * The row at a place in the whole list, `undefined` while its page is not loaded (a placeholder
   * row). A new function whenever pages arrive, so tables and memos that read rows update.
   */
  rowAt(index: number): PagedRow<N> | undefined;
  /** True while the rows shown belong to an earlier filter or a page is on its way. */
  readonly loading: boolean;
  /** As `useCall`'s: 'failed' when the last page asked for did not come (the rows shown may be older). */
  readonly status: CallStatus;
  readonly error: CallError | undefined;
  /** The rows the table shows (first and last index): the pages holding them are fetched if missing. */
  show(first: number, last: number): void;
  /** Loads the pages shown again (after a change elsewhere); the old rows stay until the new ones arrive. */
  reload(): void;
  /** Every row of the pages held now (a new function whenever pages arrive, as `rowAt`). */
  loadedRows(): ReadonlyArray<PagedRow<N>>;
}

interface Store<N extends PagedCallName> {
  /** Which filter (and reload) the pages belong to. */
  readonly key: string;
  /** Pages by number, the longest-held first (dropped first, unless in view). */
  readonly pages: ReadonlyMap<number, ReadonlyArray<PagedRow<N>>>;
  readonly latest: CallOutput<N> | undefined;
  readonly error: CallError | undefined;
}

/** Pages kept at most: the window and a little around it, so scrolling back needs no round trip. */
export const MAX_CACHED_PAGES = 12;

/**
 * The one page cache of the list screens (Maßnahmen, Kontakte, Aufgaben).
 * A list that a virtualised table shows window by window: fetches only the pages holding the rows
 * in view, keeps a few pages (the longest-held dropped first, never those in view), and starts afresh when the
 * filter changes – showing the old rows until the first page of the new filter has arrived, so
 * typing in a search field does not flash empty rows.
 */
export function usePagedRows<N extends PagedCallName>(call: N, filter: PagedFilter<N>, pageSize: number): PagedRows<N> {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const key = `${JSON.stringify(filter)}#${version}`;
  const [store, setStore] = useState<Store<N>>({ key: '', pages: new Map(), latest: undefined, error: undefined });
  const currentKey = useRef(key);
  currentKey.current = key;
  const inFlight = useRef(new Set<string>());
  const [pending, setPending] = useState(0);
  /** The pages of the rows last shown (kept from eviction, fetched again after a filter change). */
  const wanted = useRef({ first: 0, last: 0 });

  const fetchPage = useCallback(
    (forKey: string, page: number) => {
      const flightKey = `${forKey}|${page}`;
      if (inFlight.current.has(flightKey)) return;
      inFlight.current.add(flightKey);
      setPending((count) => count + 1);
      const input = { ...(JSON.parse(forKey.slice(0, forKey.lastIndexOf('#'))) as object), offset: page * pageSize, limit: pageSize } as CallInput<N>;
      void api.call(call, input).then((result) => {
        inFlight.current.delete(flightKey);
        setPending((count) => count - 1);
        if (forKey !== currentKey.current) return;
        setStore((previous) => {
          const fresh = previous.key !== forKey;
          if (!result.ok) return { key: previous.key, pages: previous.pages, latest: previous.latest, error: result.error };
          const pages = new Map(fresh ? [] : previous.pages);
          pages.delete(page);
          pages.set(page, (result.data as PageOf<N>).rows as ReadonlyArray<PagedRow<N>>);
          for (const cached of pages.keys()) {
            if (pages.size <= MAX_CACHED_PAGES) break;
            if (cached < wanted.current.first || cached > wanted.current.last) pages.delete(cached);
          }
          return { key: forKey, pages, latest: result.data, error: undefined };
        });
      });
    },
    [api, call, pageSize],
  );

  // A new filter (or reload): fetch the pages in view for it; its first answer replaces the cache.
  useEffect(() => {
    for (let page = wanted.current.first; page <= wanted.current.last; page++) fetchPage(key, page);
  }, [key, fetchPage]);

  const storeRef = useRef(store);
  storeRef.current = store;
  const show = useCallback(
    (first: number, last: number) => {
      const from = Math.floor(Math.max(0, first) / pageSize);
      const to = Math.max(from, Math.floor(Math.max(0, last) / pageSize));
      if (wanted.current.first === from && wanted.current.last === to) return;
      wanted.current = { first: from, last: to };
      const { key: storeKey, pages } = storeRef.current;
      for (let page = from; page <= to; page++) {
        if (storeKey !== currentKey.current || !pages.has(page)) fetchPage(currentKey.current, page);
      }
    },
    [fetchPage, pageSize],
  );

  const reload = useCallback(() => setVersion((value) => value + 1), []);

  const total = (store.latest as PageOf<N> | undefined)?.total;
  // Looked up in the page map: nothing as long as the list is built when a page arrives.
  const { pages } = store;
  const rowAt = useCallback((index: number) => pages.get(Math.floor(index / pageSize))?.[index % pageSize], [pages, pageSize]);

  const loadedRows = useCallback(() => [...pages.values()].flat(), [pages]);

  const status: CallStatus = store.error ? 'failed' : store.latest ? 'ready' : 'loading';
  return { total, latest: store.latest, rowAt, loading: store.key !== key || pending > 0, status, error: store.error, show, reload, loadedRows };
}
