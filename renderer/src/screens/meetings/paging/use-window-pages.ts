import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallError } from '../../../../../contract';
import type { FetchPage, PagingError, PagingStatus } from './page-types';

export interface WindowPages<Row> extends PagingError {
  /** How many rows match in all; undefined until the first page arrived. */
  readonly total: number | undefined;
  /** The row at a place in the whole list, if its page is loaded. */
  rowAt(index: number): Row | undefined;
  /** Asks for the pages that hold rows first..last (the rows in view); pages loaded or on their way are not asked again. */
  show(first: number, last: number): void;
}

interface State<Row> {
  readonly status: PagingStatus;
  readonly pages: ReadonlyMap<number, readonly Row[]>;
  readonly total: number | undefined;
  readonly error: CallError | undefined;
  /** Which load the pages belong to. */
  readonly generation: number;
}

const EMPTY: State<never> = { status: 'loading', pages: new Map(), total: undefined, error: undefined, generation: -1 };

/**
 * The pages of a long list that a virtualised table has in view, cached by page number. A new
 * `key` (other filters) starts over from the top; `reload()` (after a change) asks again for the
 * pages in view. Both keep showing the old rows until the new ones arrive.
 */
export function useWindowPages<Row>(key: string, fetchPage: FetchPage<Row>, pageSize: number): WindowPages<Row> {
  const [state, setState] = useState<State<Row>>(EMPTY);
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;
  /** Raised by a new key or a reload: answers of an older generation are dropped. */
  const generation = useRef(0);
  const requested = useRef(new Set<number>());
  const inView = useRef<{ first: number; last: number }>({ first: 0, last: 0 });

  const request = useCallback(
    (page: number, run: number) => {
      requested.current.add(page);
      void fetcher.current(page * pageSize, pageSize).then((result) => {
        if (run !== generation.current) return;
        setState((previous) => {
          if (!result.ok) {
            requested.current.delete(page);
            return { ...previous, status: 'failed', error: result.error };
          }
          // The first answer of a reload replaces the old pages (their rows may have moved); later ones add to it.
          const pages = new Map(previous.generation === run ? previous.pages : []);
          pages.set(page, result.data.rows);
          return { status: 'ready', pages, total: result.data.total, error: undefined, generation: run };
        });
      });
    },
    [pageSize],
  );

  // The rows shown stay until the first answer of the new load replaces them (no flicker, as useCall).
  const startOver = useCallback(
    () => {
      const run = ++generation.current;
      requested.current = new Set();
      setState((previous) => ({ ...previous, status: 'loading' }));
      const { first, last } = inView.current;
      for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) request(page, run);
    },
    [pageSize, request],
  );

  useEffect(() => {
    inView.current = { first: 0, last: 0 };
    startOver();
  }, [key, startOver]);

  const show = useCallback(
    (first: number, last: number) => {
      inView.current = { first, last };
      for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) {
        if (!requested.current.has(page)) request(page, generation.current);
      }
    },
    [pageSize, request],
  );

  const reload = useCallback(() => startOver(), [startOver]);

  // A new function whenever pages arrive, so that what is derived from the rows can depend on it.
  const { pages } = state;
  const rowAt = useCallback((index: number) => pages.get(Math.floor(index / pageSize))?.[index % pageSize], [pages, pageSize]);
  return { status: state.status, total: state.total, error: state.error, rowAt, show, reload };
}
