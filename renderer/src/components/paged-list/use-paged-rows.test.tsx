import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { CallInput, MeasureListDto, MeasureRowDto } from '../../../../contract';
import type { Api } from '../../api/api';
import { ApiProvider } from '../../api/api-context';
import { MAX_CACHED_PAGES, usePagedRows } from './use-paged-rows';

type ListInput = CallInput<'measures.list'>;

/** A main side with `count` measures ("Nr. 1" …); the text filter keeps those whose title contains it. Answers when released. */
function fakeApi(count: number) {
  const calls: ListInput[] = [];
  const waiting: Array<() => void> = [];
  const row = (index: number): MeasureRowDto => ({
    id: index + 1,
    editionId: 1,
    code: `ZL-${index + 1}`,
    title: `Nr. ${index + 1}`,
    fieldOfActionId: 1,
    fieldOfActionName: 'Feld',
    status: 'proposed',
    lead: '',
    priorityPoints: 0,
    tags: [],
    updatedAt: '',
  });
  const api: Api = {
    call: ((name: string, input: ListInput) => {
      if (name !== 'measures.list') throw new Error(`unexpected call ${name}`);
      calls.push(input);
      const all = Array.from({ length: count }, (_, index) => row(index)).filter((each) => !input.text || each.title.includes(input.text));
      const offset = input.offset ?? 0;
      const data: MeasureListDto = { rows: all.slice(offset, offset + (input.limit ?? 100)), total: all.length, statusCounts: { proposed: all.length } };
      return new Promise<unknown>((resolve) => waiting.push(() => resolve({ ok: true, data })));
    }) as Api['call'],
  };
  /** Lets every answer asked for so far arrive. */
  const answer = async () => {
    await act(async () => {
      for (const release of waiting.splice(0)) release();
      await Promise.resolve();
    });
  };
  const offsets = () => calls.map((input) => input.offset);
  return { api, calls, answer, offsets };
}

function setup(count: number, pageSize = 100) {
  const fake = fakeApi(count);
  const wrapper = ({ children }: { children: ReactNode }) => <ApiProvider api={fake.api}>{children}</ApiProvider>;
  const view = renderHook(({ text }: { text: string }) => usePagedRows('measures.list', { editionId: 1, text }, pageSize), {
    wrapper,
    initialProps: { text: '' },
  });
  return { ...fake, view, current: () => view.result.current };
}

describe('usePagedRows', () => {
  it('fetches the first page only; rows not loaded are empty slots', async () => {
    const { answer, offsets, current } = setup(5000);
    expect(current()).toMatchObject({ total: undefined, status: 'loading', loading: true });
    await answer();
    expect(offsets()).toEqual([0]);
    expect(current()).toMatchObject({ total: 5000, status: 'ready', loading: false, latest: { statusCounts: { proposed: 5000 } } });
    expect(current().rows).toHaveLength(5000);
    expect(current().rows[99]?.code).toBe('ZL-100');
    expect(current().rows[100]).toBeUndefined();
  });

  it('fetches only the pages holding the rows shown, once each', async () => {
    const { answer, offsets, current } = setup(5000);
    await answer();
    act(() => current().show(2490, 2520));
    expect(current().loading).toBe(true);
    await answer();
    expect(offsets()).toEqual([0, 2400, 2500]);
    expect(current().rows[2510]?.code).toBe('ZL-2511');
    expect(current().rows[1000]).toBeUndefined();
    // The same window again, or a part of it: nothing more is asked for.
    act(() => current().show(2495, 2510));
    act(() => current().show(2490, 2520));
    await answer();
    expect(offsets()).toEqual([0, 2400, 2500]);
  });

  it('keeps a few pages: scrolling back to a recent one needs no call, to a long-gone one does', async () => {
    const { answer, offsets, current } = setup(5000);
    await answer();
    for (let page = 1; page <= MAX_CACHED_PAGES + 3; page++) {
      act(() => current().show(page * 100, page * 100 + 20));
      await answer();
    }
    const asked = offsets().length;
    act(() => current().show(MAX_CACHED_PAGES * 100, MAX_CACHED_PAGES * 100 + 20));
    await answer();
    expect(offsets()).toHaveLength(asked);
    act(() => current().show(0, 20));
    await answer();
    expect(offsets().slice(asked)).toEqual([0]);
    expect(current().rows.filter(Boolean).length).toBeLessThanOrEqual(MAX_CACHED_PAGES * 100);
  });

  it('drops the pages when the filter changes; the old rows stay until the new ones arrive', async () => {
    const { answer, calls, current, view } = setup(5000);
    await answer();
    act(() => current().show(300, 320));
    await answer();
    view.rerender({ text: 'Nr. 4' });
    // The pages in view are asked for with the new filter; meanwhile the old rows are shown.
    expect(calls.at(-1)).toMatchObject({ text: 'Nr. 4', offset: 300, limit: 100 });
    expect(current()).toMatchObject({ total: 5000, loading: true });
    await answer();
    // "Nr. 4", "Nr. 40…49", "Nr. 400…499", "Nr. 4000…4999": 1 + 10 + 100 + 1000 rows.
    expect(current().total).toBe(1111);
    expect(current().rows[300]?.title).toMatch(/^Nr\. 4/);
    expect(current().rows[0]).toBeUndefined();
    // The table then shows the top of the shorter list: its page comes for the new filter.
    act(() => current().show(0, 20));
    await answer();
    expect(calls.at(-1)).toMatchObject({ text: 'Nr. 4', offset: 0 });
    expect(current().rows[0]?.title).toBe('Nr. 4');
  });

  it('loads the pages in view again on reload', async () => {
    const { answer, offsets, current } = setup(300);
    await answer();
    act(() => current().reload());
    await answer();
    expect(offsets()).toEqual([0, 0]);
    await waitFor(() => expect(current().loading).toBe(false));
  });
});
