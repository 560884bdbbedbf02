import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallError } from '../../../../../contract';
import type { FetchPage, PagingError, PagingStatus } from './page-types';

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
