import type { CallError, CallResult } from '../../../../../contract';

/**
 * Local to the Sitzungen and Aufgaben screens until the shared page cache
 * (renderer/src/components/paged-list) is merged; then these hooks can be swapped for it.
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
