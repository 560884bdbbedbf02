import { useCallback, useEffect, useState } from 'react';
import type { CallError, CallInput } from '../../../../contract';
import { useApi } from '../../api/api-context';
import type { CallStatus } from '../../api/use-call';
import type { PagedCallName, PagedFilter, PagedRow } from './use-paged-rows';

export interface AllRows<Row> {
  readonly status: CallStatus;
  readonly data: { readonly rows: readonly Row[]; readonly total: number } | undefined;
  readonly error: CallError | undefined;
  reload(): void;
}

/**
 * Every row of a paged list, page after page (for a screen that needs the whole set at once, such
 * as the Antrag's checklist of an edition's measures). Tables should use `usePagedRows` instead.
 */
export function useAllRows<N extends PagedCallName>(call: N, filter: PagedFilter<N>, pageSize: number): AllRows<PagedRow<N>> {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<Omit<AllRows<PagedRow<N>>, 'reload'>>({ status: 'loading', data: undefined, error: undefined });
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, status: 'loading' }));
    void (async () => {
      const rows: Array<PagedRow<N>> = [];
      for (let offset = 0; ; offset += pageSize) {
        const result = await api.call(call, { ...(JSON.parse(filterKey) as object), offset, limit: pageSize } as CallInput<N>);
        if (!current) return;
        if (!result.ok) return setState((previous) => ({ status: 'failed', data: previous.data, error: result.error }));
        const page = result.data as { readonly rows: ReadonlyArray<PagedRow<N>>; readonly total: number };
        rows.push(...page.rows);
        if (page.rows.length === 0 || rows.length >= page.total) return setState({ status: 'ready', data: { rows, total: page.total }, error: undefined });
      }
    })();
    return () => {
      current = false;
    };
  }, [api, call, filterKey, pageSize, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { ...state, reload };
}
