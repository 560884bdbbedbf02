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
  /** While set, every answer that arrives is a failure. */
  const failing = { now: false };
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
      const failure = { ok: false, error: { code: 'internal', messageKey: 'errors.internal', params: {}, fields: [] } };
      return new Promise<unknown>((resolve) => waiting.push(() => resolve(failing.now ? failure : { ok: true, data })));
    }) as Api['call'],
  };
  /** Lets every answer asked for so far arrive (or only the `first` ones asked for). */
  const answer = async (first?: number) => {
    await act(async () => {
      for (const release of waiting.splice(0, first ?? waiting.length)) release();
      await Promise.resolve();
    });
  };
  const offsets = () => calls.map((input) => input.offset);
  return { api, calls, answer, offsets, failing };
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
        expect(current().rowAt(99)?.code).toBe('ZL-100');
    expect(current().rowAt(100)).toBeUndefined();
  });

  it('fetches only the pages holding the rows shown, once each', async () => {
    const { answer, offsets, current } = setup(5000);
    await answer();
    act(() => current().show(2490, 2520));
    expect(current().loading).toBe(true);
    await answer();
    expect(offsets()).toEqual([0, 2400, 2500]);
    expect(current().rowAt(2510)?.code).toBe('ZL-2511');
    expect(current().rowAt(1000)).toBeUndefined();
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
    const loaded = Array.from({ length: 5000 }, (_, index) => current().rowAt(index)).filter(Boolean);
    expect(loaded.length).toBeLessThanOrEqual(MAX_CACHED_PAGES * 100);
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
    expect(current().rowAt(300)?.title).toMatch(/^Nr\. 4/);
    expect(current().rowAt(0)).toBeUndefined();
    // The table then shows the top of the shorter list: its page comes for the new filter.
    act(() => current().show(0, 20));
    await answer();
    expect(calls.at(-1)).toMatchObject({ text: 'Nr. 4', offset: 0 });
    expect(current().rowAt(0)?.title).toBe('Nr. 4');
  });

  it('loads the pages in view again on reload, showing the old rows until the new ones arrive (Aufgaben after a tick)', async () => {
    const { answer, offsets, current } = setup(300);
    await answer();
    act(() => current().reload());
    // No placeholders while the reload is on its way: the rows shown stay.
    expect(current()).toMatchObject({ total: 300, loading: true });
    expect(current().rowAt(0)?.code).toBe('ZL-1');
    await answer();
    expect(offsets()).toEqual([0, 0]);
    await waitFor(() => expect(current().loading).toBe(false));
  });

  // From the Kontakte screen's former local hook.
  it('asks for each page of overlapping windows once, and for a missing page when scrolling back', async () => {
    const { answer, calls, current } = setup(1000);
    await answer();
    act(() => current().show(450, 520));
    act(() => current().show(460, 530));
    expect(calls.map(({ offset, limit }) => ({ offset, limit }))).toEqual([
      { offset: 0, limit: 100 },
      { offset: 400, limit: 100 },
      { offset: 500, limit: 100 },
    ]);
    expect(current().rowAt(450)).toBeUndefined();
    await answer();
    expect(current().rowAt(450)?.code).toBe('ZL-451');
    expect(current().rowAt(599)?.code).toBe('ZL-600');
    act(() => current().show(0, 120));
    expect(calls).toHaveLength(4);
    expect(calls.at(-1)).toMatchObject({ offset: 100, limit: 100 });
  });

  it('drops an answer that arrives for the filter before, and keeps the old rows until the new filter answers', async () => {
    const { answer, current, view } = setup(5000);
    await answer();
    act(() => current().show(200, 250));
    view.rerender({ text: 'Nr. 4' });
    // The old filter's page 2 arrives late: it is not shown, the old first page and total stay.
    await answer(1);
    expect(current().rowAt(200)).toBeUndefined();
    expect(current()).toMatchObject({ total: 5000, loading: true });
    expect(current().rowAt(0)?.title).toBe('Nr. 1');
    await answer();
    expect(current()).toMatchObject({ total: 1111, status: 'ready', loading: false });
    expect(current().rowAt(200)?.title).toMatch(/^Nr\. 4/);
  });

  it('reports a failed first page and loads again on reload', async () => {
    const { answer, current, failing } = setup(1);
    failing.now = true;
    await answer();
    expect(current()).toMatchObject({ status: 'failed', total: undefined, error: { code: 'internal' } });
    failing.now = false;
    act(() => current().reload());
    await answer();
    expect(current()).toMatchObject({ status: 'ready', total: 1, error: undefined });
    expect(current().rowAt(0)?.code).toBe('ZL-1');
  });

  it('gives a new row lookup when a page arrives, so tables that read rows update', async () => {
    const { answer, current } = setup(500);
    await answer();
    const before = current().rowAt;
    act(() => current().show(300, 320));
    await answer();
    expect(current().rowAt).not.toBe(before);
    expect(current().rowAt(300)?.code).toBe('ZL-301');
  });
});
