import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CallResult } from '../../../../../contract';
import { usePagedRows } from './use-paged-rows';

type Page = CallResult<{ rows: string[]; total: number }>;

/** A loader whose answers the test releases one by one; it records every (offset, limit) asked for. */
function controlledLoader(total: number, prefix = 'row') {
  const asked: Array<{ offset: number; limit: number }> = [];
  const pending: Array<() => void> = [];
  const load = (offset: number, limit: number) =>
    new Promise<Page>((resolve) => {
      asked.push({ offset, limit });
      const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, index) => `${prefix}${offset + index}`);
      pending.push(() => resolve({ ok: true, data: { rows, total } }));
    });
  const releaseAll = async () => {
    await act(async () => {
      for (const release of pending.splice(0)) release();
      await Promise.resolve();
    });
  };
  return { load, asked, releaseAll };
}

describe('usePagedRows', () => {
  it('loads the first page, then only the pages a window asks for, each once', async () => {
    const loader = controlledLoader(1000);
    const { result } = renderHook(() => usePagedRows('all', loader.load, 100));
    expect(result.current).toMatchObject({ status: 'loading', total: undefined });
    await loader.releaseAll();
    expect(result.current).toMatchObject({ status: 'ready', total: 1000 });
    expect(result.current.rowAt(99)).toBe('row99');
    expect(result.current.rowAt(100)).toBeUndefined();
    act(() => result.current.request(450, 520));
    act(() => result.current.request(460, 530));
    expect(loader.asked).toEqual([
      { offset: 0, limit: 100 },
      { offset: 400, limit: 100 },
      { offset: 500, limit: 100 },
    ]);
    expect(result.current.rowAt(450)).toBeUndefined();
    await loader.releaseAll();
    expect(result.current.rowAt(450)).toBe('row450');
    expect(result.current.rowAt(599)).toBe('row599');
    act(() => result.current.request(0, 120));
    expect(loader.asked).toHaveLength(4);
    expect(loader.asked.at(-1)).toEqual({ offset: 100, limit: 100 });
  });

  it('starts over when the filter changes and drops answers that arrive for the old one', async () => {
    const first = controlledLoader(1000, 'alt');
    const second = controlledLoader(3, 'neu');
    const { result, rerender } = renderHook(({ filter, load }) => usePagedRows(filter, load, 100), { initialProps: { filter: 'a', load: first.load } });
    await first.releaseAll();
    act(() => result.current.request(200, 250));
    rerender({ filter: 'b', load: second.load });
    await first.releaseAll();
    expect(result.current.rowAt(200)).toBeUndefined();
    // Until the new first page is there, the old rows and total stay (no placeholders while typing).
    expect(result.current).toMatchObject({ total: 1000 });
    expect(result.current.rowAt(0)).toBe('alt0');
    await second.releaseAll();
    expect(result.current).toMatchObject({ status: 'ready', total: 3 });
    expect([0, 1, 2, 3].map((index) => result.current.rowAt(index))).toEqual(['neu0', 'neu1', 'neu2', undefined]);
  });

  it('reports a failed first page and loads again on reload', async () => {
    let fail = true;
    const load = (offset: number) =>
      Promise.resolve<Page>(fail ? { ok: false, error: { code: 'internal', messageKey: 'errors.internal', params: {}, fields: [] } } : { ok: true, data: { rows: [`row${offset}`], total: 1 } });
    const { result } = renderHook(() => usePagedRows('all', load, 100));
    await waitFor(() => expect(result.current.status).toBe('failed'));
    expect(result.current.error).toMatchObject({ code: 'internal' });
    fail = false;
    act(() => result.current.reload());
    await waitFor(() => expect(result.current).toMatchObject({ status: 'ready', total: 1 }));
    expect(result.current.rowAt(0)).toBe('row0');
  });
});
