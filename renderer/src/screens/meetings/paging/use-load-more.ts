import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallError, CallResult } from '../../../../../contract';

/*
 * The Sitzungen list grows by a "Weitere … laden" button (not a virtualised table), so it keeps this
 * small hook; the virtualised tables use the page cache in renderer/src/components/paged-list.
 */

export interface Page<Row> {
  readonly rows: readonly Row[];
  readonly total: number;
}

/** Asks the main side for the rows offset..offset+limit (and the total). */
export type FetchPage<Row> = (offset: number, limit: number) => Promise<CallResult<Page<Row>>>;

export type PagingStatus = 'loading' | 'ready' | 'failed';

export interface PagingError {
  readonly status: PagingStatus;
  readonly error: CallError | undefined;
  /** Loads again from the start (after "Erneut versuchen" or a change). */
  reload(): void;
}

export interface LoadMoreList<Row> extends PagingError {
  readonly rows: readonly Row[];
  /** How many rows match in all; undefined until the first page arrived. */
  readonly total: number | undefined;
  /** A further page is on its way (the button waits). */
  readonly loadingMore: boolean;
  /** Appends the next page ("Weitere … laden"). */
  loadMore(): void;
}

interface State<Row> {
  readonly status: PagingStatus;
  readonly rows: readonly Row[];
  readonly total: number | undefined;
  readonly error: CallError | undefined;
  readonly loadingMore: boolean;
}

/**
 * A list shown page by page with a "load more" button: the first page whenever `key` (the
 * filters) changes, further pages appended. The rows shown stay until the new ones arrive, and
 * answers that belong to an older key are dropped.
 */
export function useLoadMore<Row>(key: string, fetchPage: FetchPage<Row>, pageSize: number): LoadMoreList<Row> {
  const [state, setState] = useState<State<Row>>({ status: 'loading', rows: [], total: undefined, error: undefined, loadingMore: false });
  const [version, setVersion] = useState(0);
  const generation = useRef(0);
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;

  useEffect(() => {
    const run = ++generation.current;
    void fetcher.current(0, pageSize).then((result) => {
      if (run !== generation.current) return;
      setState((previous) =>
        result.ok
          ? { status: 'ready', rows: result.data.rows, total: result.data.total, error: undefined, loadingMore: false }
          : { ...previous, status: 'failed', error: result.error, loadingMore: false },
      );
    });
  }, [key, version, pageSize]);

  // The state as last rendered, so that a second click before the next render asks nothing twice.
  const shown = useRef(state);
  shown.current = state;
  const loadMore = useCallback(() => {
    const previous = shown.current;
    if (previous.loadingMore || previous.total === undefined || previous.rows.length >= previous.total) return;
    const run = generation.current;
    shown.current = { ...previous, loadingMore: true };
    setState(shown.current);
    void fetcher.current(previous.rows.length, pageSize).then((result) => {
      if (run !== generation.current) return;
      setState((current) =>
        result.ok
          ? { status: 'ready', rows: [...current.rows, ...result.data.rows], total: result.data.total, error: undefined, loadingMore: false }
          : { ...current, status: 'failed', error: result.error, loadingMore: false },
      );
    });
  }, [pageSize]);

  const reload = useCallback(() => {
    setState((previous) => ({ ...previous, status: 'loading' }));
    setVersion((value) => value + 1);
  }, []);

  return { ...state, loadMore, reload };
}
