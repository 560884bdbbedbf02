import { describe, expect, it } from 'vitest';
import type { CallInput, MeasureSortKey } from '../../../contract';
import { callOn, createEdition, mustCall, startTestCore } from '../../../test-support/core';

/**
 * The paged list (issue 17): one window per call, sorted and filtered in SQL in German order.
 * Codes are set by hand so numbered codes ("B-2", "B-10") and umlauts can be checked.
 */
async function setup() {
  const core = await startTestCore();
  const edition = await createEdition(core);
  const first = await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'Bildung', shortCode: 'B' });
  const second = await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'Arbeit', shortCode: 'A' });
  const seeds = [
    { code: 'B-10', title: 'Öffentliche Bücherhalle', lead: 'Bücherhalle Harburg', priorityPoints: 5, tags: ['Sprache', 'Ehrenamt'] },
    { code: 'B-2', title: 'Ärztliche Sprechstunde', lead: 'Gesundheitsamt', priorityPoints: 20, tags: ['Gesundheit'] },
    { code: 'B-1', title: 'Zuhören im Stadtteil', lead: '', priorityPoints: 5, tags: [] },
    { code: 'A-3', title: 'Ausbildungspaten', lead: 'Bezirksamt', priorityPoints: 12, tags: ['Ehrenamt'], field: second.id },
    { code: 'ÜB-1', title: 'Übersetzungsdienst', lead: 'bezirksamt, Fachamt 2', priorityPoints: 0, tags: [] },
    { code: 'B-02A', title: 'Offene Sprechstunde', lead: 'Bezirksamt, Fachamt 10', priorityPoints: 7, tags: [] },
  ];
  const ids = new Map<string, number>();
  for (const { field, ...seed } of seeds) {
    const measure = await mustCall(core, 'measures.create', { editionId: edition.id, fieldOfActionId: field ?? first.id, ...seed });
    ids.set(seed.code, measure.id);
  }
  const list = (input: Omit<CallInput<'measures.list'>, 'editionId'> = {}) => mustCall(core, 'measures.list', { editionId: edition.id, ...input });
  const codes = async (input: Omit<CallInput<'measures.list'>, 'editionId'> = {}) => (await list(input)).rows.map((row) => row.code);
  return { core, edition, first, second, ids, list, codes };
}

describe('measures.list – pages in SQL', () => {
  it('sorts codes by their numbers and umlauts with their letter: B-1, B-2, B-02A, B-10, …, ÜB-1', async () => {
    const { codes } = await setup();
    expect(await codes()).toEqual(['A-3', 'B-1', 'B-2', 'B-02A', 'B-10', 'ÜB-1']);
    expect(await codes({ sortDirection: 'desc' })).toEqual(['ÜB-1', 'B-10', 'B-02A', 'B-2', 'B-1', 'A-3']);
  });

  it.each<[MeasureSortKey, 'asc' | 'desc', string[]]>([
    ['title', 'asc', ['B-2', 'A-3', 'B-02A', 'B-10', 'ÜB-1', 'B-1']],
    ['title', 'desc', ['B-1', 'ÜB-1', 'B-10', 'B-02A', 'A-3', 'B-2']],
    // Empty lead first; "Fachamt 2" before "Fachamt 10"; case does not count.
    ['lead', 'asc', ['B-1', 'A-3', 'ÜB-1', 'B-02A', 'B-10', 'B-2']],
    // Equal points in number order, in the direction asked.
    ['priority', 'desc', ['B-2', 'A-3', 'B-02A', 'B-10', 'B-1', 'ÜB-1']],
    ['priority', 'asc', ['ÜB-1', 'B-1', 'B-10', 'B-02A', 'A-3', 'B-2']],
    // Fields by their position (Bildung was created first), then by number.
    ['field', 'asc', ['B-1', 'B-2', 'B-02A', 'B-10', 'ÜB-1', 'A-3']],
    ['field', 'desc', ['A-3', 'ÜB-1', 'B-10', 'B-02A', 'B-2', 'B-1']],
  ])('sorts by %s %s in German order', async (sortKey, sortDirection, expected) => {
    const { codes } = await setup();
    expect(await codes({ sortKey, sortDirection })).toEqual(expected);
  });

  it('sorts by status along the lifecycle and by last change', async () => {
    const { core, ids, codes } = await setup();
    const move = (codesToMove: string[], toStatus: 'in_review' | 'recommended') =>
      mustCall(core, 'measures.changeStatus', { measureIds: codesToMove.map((code) => ids.get(code)!), toStatus, changedOn: '2026-12-01', reason: '', drucksache: '' });
    await move(['B-10', 'A-3'], 'in_review');
    await move(['B-10'], 'recommended');
    expect(await codes({ sortKey: 'status' })).toEqual(['B-1', 'B-2', 'B-02A', 'ÜB-1', 'A-3', 'B-10']);
    expect(await codes({ sortKey: 'status', sortDirection: 'desc' })).toEqual(['B-10', 'A-3', 'ÜB-1', 'B-02A', 'B-2', 'B-1']);
    expect((await codes({ sortKey: 'updated', sortDirection: 'desc' }))[0]).toBe('B-10');
  });

  it('pages without overlap or gap; past the end an empty page with the right total', async () => {
    const { list } = await setup();
    const all = (await list()).rows.map((row) => row.code);
    const pages = [await list({ offset: 0, limit: 4 }), await list({ offset: 4, limit: 4 }), await list({ offset: 8, limit: 4 })];
    expect(pages.map((page) => page.total)).toEqual([6, 6, 6]);
    expect(pages.flatMap((page) => page.rows.map((row) => row.code))).toEqual(all);
    expect(pages[2]).toMatchObject({ rows: [], total: 6, statusCounts: { proposed: 6 } });
    expect(await list({ offset: 500_000 })).toMatchObject({ rows: [], total: 6 });
  });

  it('counts per status for the edition alone (kept by triggers) as for any filter, after changes in two editions', async () => {
    const { core, ids, list, first } = await setup();
    const other = await createEdition(core, 'Andere Ausgabe');
    const otherField = await mustCall(core, 'fieldsOfAction.create', { editionId: other.id, name: 'Wohnen', shortCode: 'W' });
    await mustCall(core, 'measures.create', { editionId: other.id, fieldOfActionId: otherField.id, title: 'Nicht mitzählen' });
    await mustCall(core, 'measures.changeStatus', { measureIds: [ids.get('B-2')!, ids.get('A-3')!], toStatus: 'in_review', changedOn: '2026-12-01', reason: '', drucksache: '' });
    await mustCall(core, 'measures.changeStatus', { measureIds: [ids.get('A-3')!], toStatus: 'recommended', changedOn: '2026-12-02', reason: '', drucksache: '' });
    const everything = await list();
    expect(everything.statusCounts).toEqual({ proposed: 4, in_review: 1, recommended: 1 });
    // A field filter counts the rows themselves: Bildung holds all but A-3.
    expect((await list({ fieldOfActionIds: [first.id] })).statusCounts).toEqual({ proposed: 4, in_review: 1 });
    expect(everything.total).toBe(6);
  });

  it('takes at most 500 rows per call and refuses a negative offset at the field', async () => {
    const { core, edition } = await setup();
    expect(await callOn(core, 'measures.list', { editionId: edition.id, limit: 501 })).toMatchObject({ ok: false, error: { fields: [{ field: 'limit' }] } });
    expect(await callOn(core, 'measures.list', { editionId: edition.id, offset: -1 })).toMatchObject({ ok: false, error: { fields: [{ field: 'offset' }] } });
  });

  it('filters by lead (folded, contained), field, tag, text and status; counts ignore the status filter', async () => {
    const { core, ids, second, codes, list } = await setup();
    expect(await codes({ lead: 'BUCHERHALLE' })).toEqual(['B-10']);
    expect(await codes({ lead: 'fachamt' })).toEqual(['B-02A', 'ÜB-1']);
    expect(await codes({ fieldOfActionIds: [second.id] })).toEqual(['A-3']);
    expect(await codes({ tag: 'Ehrenamt' })).toEqual(['A-3', 'B-10']);
    expect(await codes({ text: 'sprechst' })).toEqual(['B-2', 'B-02A']);
    await mustCall(core, 'measures.changeStatus', { measureIds: [ids.get('B-2')!], toStatus: 'in_review', changedOn: '2026-12-01', reason: '', drucksache: '' });
    const inReview = await list({ statuses: ['in_review'], text: 'sprechst' });
    expect(inReview).toMatchObject({ total: 1, statusCounts: { proposed: 1, in_review: 1 } });
    expect(inReview.rows.map((row) => row.code)).toEqual(['B-2']);
  });

  it('gives each row its tags in German order, loaded for the page only', async () => {
    const { list } = await setup();
    const rows = (await list({ limit: 5 })).rows;
    expect(rows.find((row) => row.code === 'B-10')!.tags).toEqual(['Ehrenamt', 'Sprache']);
    expect(rows.find((row) => row.code === 'B-1')!.tags).toEqual([]);
    expect(rows[0]).toMatchObject({ code: 'A-3', fieldOfActionName: 'Arbeit', lead: 'Bezirksamt', priorityPoints: 12, status: 'proposed' });
  });

  it('keeps the sort keys current when number, title or lead change', async () => {
    const { core, ids, codes, first } = await setup();
    const id = ids.get('B-1')!;
    await mustCall(core, 'measures.update', { id, version: 1, fieldOfActionId: first.id, code: 'B-20', title: 'Älteres Angebot', lead: 'Agentur' });
    expect((await codes()).at(-2)).toBe('B-20');
    expect((await codes({ sortKey: 'title' }))[0]).toBe('B-20');
    expect((await codes({ sortKey: 'lead' }))[0]).toBe('B-20');
  });
});

describe('measures.listIds – "select all" of a filter', () => {
  it('gives every measure of the filter with what a status change needs, in list order', async () => {
    const { core, edition, ids } = await setup();
    const selection = await mustCall(core, 'measures.listIds', { editionId: edition.id, lead: 'bezirksamt' });
    expect(selection).toEqual({
      total: 3,
      rows: [
        { id: ids.get('A-3'), code: 'A-3', title: 'Ausbildungspaten', status: 'proposed' },
        { id: ids.get('B-02A'), code: 'B-02A', title: 'Offene Sprechstunde', status: 'proposed' },
        { id: ids.get('ÜB-1'), code: 'ÜB-1', title: 'Übersetzungsdienst', status: 'proposed' },
      ],
    });
  });

  it('gives no rows but the total beyond the 5,000 one status change may take', async () => {
    const { core, edition, first } = await setup();
    await core.database!.query(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
       INSERT INTO measure (edition_id, field_of_action_id, code, title, created_at, updated_at, code_key, title_key)
       SELECT ?, ?, 'M-' || i, 'Viele', 'x', 'x', 'm-' || substr('00000000000' || i, length('00000000000' || i) - 11), 'viele' FROM n`,
      [edition.id, first.id],
    );
    expect(await mustCall(core, 'measures.listIds', { editionId: edition.id })).toEqual({ rows: [], total: 5006 });
    // Over 5,000 matches the list walks the sort's index instead of sorting the matches: same order.
    const wide = (input: Omit<CallInput<'measures.list'>, 'editionId'>) => mustCall(core, 'measures.list', { editionId: edition.id, ...input });
    expect((await wide({ limit: 3 })).rows.map((row) => row.code)).toEqual(['A-3', 'B-1', 'B-2']);
    expect((await wide({ offset: 5004 })).rows.map((row) => row.code)).toEqual(['M-5000', 'ÜB-1']);
    expect((await wide({ sortKey: 'field', sortDirection: 'desc', limit: 2 })).rows.map((row) => row.code)).toEqual(['A-3', 'ÜB-1']);
    expect((await wide({ sortKey: 'title', limit: 2 })).rows.map((row) => row.code)).toEqual(['B-2', 'A-3']);
    const exactly = await mustCall(core, 'measures.listIds', { editionId: edition.id, text: 'Viele' });
    expect(exactly.total).toBe(5000);
    expect(exactly.rows).toHaveLength(5000);
  });
});
