import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallError, CallResult } from '../../../../../contract';

/*
 * A small page cache for a virtualised table, local to the contacts screens for now. The shared
 * `renderer/src/components/paged-list/` hook (built on another branch) does the same job; this
 * file is meant to be replaced by it, so it keeps to the same shape: the window asks for the rows
 * it shows, pages load once, a changed filter starts a new cache.
 */

export interface PageLoader<Row> {
  (offset: number, limit: number): Promise<CallResult<{ readonly rows: readonly Row[]; readonly total: number }>>;
}

export interface PagedRows<Row> {
  /** All matching rows; undefined until the first page has answered. */
  readonly total: number | undefined;
  readonly status: 'loading' | 'ready' | 'failed';
  readonly error: CallError | undefined;
  /** The row at a position, or undefined while its page loads (show a placeholder). */
  rowAt(index: number): Row | undefined;
  /** Loads the pages that hold rows `start` … `end` (inclusive) unless they are loaded or loading. */
  request(start: number, end: number): void;
  /** Drops every page and loads again (after a change elsewhere, or "Erneut versuchen"). */
  reload(): void;
}

interface Cache<Row> {
  readonly pages: Map<number, readonly Row[]>;
  readonly loading: Set<number>;
}

/**
 * Rows of one filtered list, fetched page by page. `filterKey` names the filter (a new key starts
 * an empty cache and loads the first page); `load` fetches one page for the current filter.
 */
export function usePagedRows<Row>(filterKey: string, load: PageLoader<Row>, pageSize: number): PagedRows<Row> {
  const cache = useRef<Cache<Row>>({ pages: new Map(), loading: new Set() });
  /** The last cache that had rows, shown while a new filter's first page loads. */
  const previous = useRef<Cache<Row>>(cache.current);
  const loadRef = useRef(load);
  loadRef.current = load;
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [error, setError] = useState<CallError | undefined>(undefined);
  const [, setVersion] = useState(0);
  const [reloads, setReloads] = useState(0);

  const fetchPage = useCallback(
    (page: number) => {
      const current = cache.current;
      if (current.pages.has(page) || current.loading.has(page)) return;
      current.loading.add(page);
      void loadRef.current(page * pageSize, pageSize).then((result) => {
        if (cache.current !== current) return;
        current.loading.delete(page);
        if (!result.ok) {
          setError(result.error);
          return;
        }
        current.pages.set(page, result.data.rows);
        setError(undefined);
        setTotal(result.data.total);
        setVersion((value) => value + 1);
      });
    },
    [pageSize],
  );

  useEffect(() => {
    // A new cache object: answers that arrive for the old one are dropped (see fetchPage).
    if (cache.current.pages.has(0)) previous.current = cache.current;
    cache.current = { pages: new Map(), loading: new Set() };
    setError(undefined);
    fetchPage(0);
    // The old total stays until the new first page answers, so the table does not flash empty.
  }, [filterKey, reloads, fetchPage]);

  const request = useCallback(
    (start: number, end: number) => {
      if (end < start) return;
      for (let page = Math.floor(Math.max(0, start) / pageSize); page <= Math.floor(end / pageSize); page++) fetchPage(page);
    },
    [fetchPage, pageSize],
  );
  // Until the new filter's first page is there, the old rows stay (with the old total): typing does not flash placeholders.
  const rowAt = useCallback(
    (index: number) => {
      const shown = cache.current.pages.has(0) ? cache.current : previous.current;
      return shown.pages.get(Math.floor(index / pageSize))?.[index % pageSize];
    },
    [pageSize],
  );
  const reload = useCallback(() => setReloads((value) => value + 1), []);

  const firstPageLoaded = cache.current.pages.has(0);
  const status = error && !firstPageLoaded ? 'failed' : firstPageLoaded ? 'ready' : 'loading';
  return { total, status, error, rowAt, request, reload };
}
