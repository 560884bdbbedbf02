import { describe, expect, it } from 'vitest';
import type { MeasureStatus } from '../../../contract';
import { callOn, mustCall, startTestCore } from '../../../test-support/core';

const walk = async (core: Awaited<ReturnType<typeof startTestCore>>, id: number, path: MeasureStatus[]) => {
  for (const toStatus of path) {
    await mustCall(core, 'measures.changeStatus', {
      measureIds: [id],
      toStatus,
      changedOn: '2022-06-28',
      reason: '',
      drucksache: toStatus === 'adopted' ? '21-2519' : '',
    });
  }
};

describe('editions', () => {
  it('creates an edition with ordered guidelines and edits it', async () => {
    const core = await startTestCore();
    const edition = await mustCall(core, 'editions.create', {
      title: 'Zusammenleben in Vielfalt',
      subtitle: 'Harburger Integrationskonzept',
      periodFrom: 2022,
      periodTo: 2024,
      guidelines: [
        { title: 'Begegnung ermöglichen', text: 'Orte schaffen' },
        { title: 'Sprache als Schlüssel', text: '' },
      ],
    });
    expect(edition).toMatchObject({ status: 'draft', measureCount: 0, fieldCount: 0 });
    expect(edition.guidelines.map((guideline) => [guideline.position, guideline.title])).toEqual([
      [1, 'Begegnung ermöglichen'],
      [2, 'Sprache als Schlüssel'],
    ]);
    const adopted = await mustCall(core, 'editions.update', {
      id: edition.id,
      title: edition.title,
      periodFrom: 2022,
      periodTo: 2024,
      status: 'adopted',
      adoptedOn: '2022-06-28',
      drucksache: '21-2519',
      guidelines: [{ title: 'Sprache als Schlüssel', text: 'Neu' }],
    });
    expect(adopted).toMatchObject({ status: 'adopted', adoptedOn: '2022-06-28', drucksache: '21-2519' });
    expect(adopted.guidelines).toHaveLength(1);
  });

  it('refuses a period that runs backwards and a malformed adoption date, writing nothing', async () => {
    const core = await startTestCore();
    expect(await callOn(core, 'editions.create', { title: 'X', periodFrom: 2025, periodTo: 2022 })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'periodTo', messageKey: 'validation.periodOrder' }] },
    });
    expect(await callOn(core, 'editions.create', { title: 'X', periodFrom: 2022, periodTo: 2024, adoptedOn: '28.06.2022' })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'adoptedOn', messageKey: 'validation.date' }] },
    });
    expect(await mustCall(core, 'editions.list', {})).toEqual([]);
  });

  it('starts a new edition from the last one: texts and fields copied, chosen measures carried over with their link', async () => {
    const core = await startTestCore();
    const previous = await mustCall(core, 'editions.create', {
      title: 'Zusammenleben in Vielfalt',
      periodFrom: 2022,
      periodTo: 2024,
      preamble: 'Vorwort 2022',
      leitbildText: 'Leitbild',
      guidelines: [{ title: 'Begegnung', text: '' }],
    });
    const field = await mustCall(core, 'fieldsOfAction.create', { editionId: previous.id, name: 'Ehrenamt', shortCode: 'EA' });
    const create = (title: string, tags: string[] = []) =>
      mustCall(core, 'measures.create', { editionId: previous.id, fieldOfActionId: field.id, title, tags });
    const running = await create('Ehrenamtsbörse', ['Ehrenamt']);
    const done = await create('Anerkennungsabend');
    const proposal = await create('Freiwilligentag');
    await walk(core, running.id, ['in_review', 'recommended', 'submitted', 'adopted', 'implementing']);
    await walk(core, done.id, ['in_review', 'recommended', 'submitted', 'adopted', 'implementing', 'completed']);

    const candidates = await mustCall(core, 'editions.carryOverCandidates', { previousId: previous.id });
    expect(candidates.filter((candidate) => candidate.selectedByDefault).map((candidate) => candidate.id)).toEqual([running.id]);

    const next = await mustCall(core, 'editions.createFromPrevious', {
      previousId: previous.id,
      title: 'Zusammenleben in Vielfalt',
      periodFrom: 2025,
      periodTo: 2027,
      carryOverMeasureIds: [running.id, proposal.id],
    });
    expect(next).toMatchObject({ preamble: 'Vorwort 2022', leitbildText: 'Leitbild', predecessorId: previous.id, fieldCount: 1, measureCount: 2, status: 'draft' });
    expect(next.guidelines.map((guideline) => guideline.title)).toEqual(['Begegnung']);

    const carried = await mustCall(core, 'measures.list', { editionId: next.id });
    expect(carried.rows.map((row) => [row.code, row.status])).toEqual([
      ['EA-01', 'implementing'],
      ['EA-03', 'proposed'],
    ]);
    const copy = await mustCall(core, 'measures.get', { id: carried.rows[0]!.id });
    expect(copy.predecessor).toMatchObject({ id: running.id, code: 'EA-01' });
    expect(copy.tags).toEqual(['Ehrenamt']);
    expect(copy.history[0]!.reason).toMatch(/Übernommen aus Zusammenleben in Vielfalt 2022–2024/);
    const original = await mustCall(core, 'measures.get', { id: running.id });
    expect(original.status).toBe('continued');
    // The old edition keeps its own measures and fields.
    expect((await mustCall(core, 'measures.list', { editionId: previous.id })).total).toBe(3);
  });

  it('refuses to carry over a measure of another edition, changing nothing', async () => {
    const core = await startTestCore();
    const a = await mustCall(core, 'editions.create', { title: 'A', periodFrom: 2022, periodTo: 2024 });
    const b = await mustCall(core, 'editions.create', { title: 'B', periodFrom: 2022, periodTo: 2024 });
    const field = await mustCall(core, 'fieldsOfAction.create', { editionId: b.id, name: 'F' });
    const foreign = await mustCall(core, 'measures.create', { editionId: b.id, fieldOfActionId: field.id, title: 'X' });
    const result = await callOn(core, 'editions.createFromPrevious', {
      previousId: a.id,
      title: 'C',
      periodFrom: 2025,
      periodTo: 2027,
      carryOverMeasureIds: [foreign.id],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await mustCall(core, 'editions.list', {})).map((edition) => edition.title).sort()).toEqual(['A', 'B']);
  });
});
