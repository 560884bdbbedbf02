import { describe, expect, it } from 'vitest';
import type { MeasureStatus } from '../../../contract';
import { callOn, createEdition, mustCall, startTestCore } from '../../../test-support/core';
import { POSTGRES_TEST_LOGIN_NAME } from '../../../test-support/postgres-engine-setup';
import { testEngine } from '../../../test-support/test-engine';

async function setup() {
  const core = await startTestCore();
  const edition = await createEdition(core);
  const zl = await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'Zusammenleben in Harburg', shortCode: 'ZL' });
  const ds = await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'Deutsch als Sprache', shortCode: 'DS' });
  const create = (title: string, extra: Record<string, unknown> = {}) =>
    mustCall(core, 'measures.create', { editionId: edition.id, fieldOfActionId: zl.id, title, ...extra });
  const snapshot = async () => ({
    measures: await core.database!.query('SELECT * FROM measure ORDER BY id'),
    history: await core.database!.query('SELECT * FROM status_change ORDER BY id'),
    tags: await core.database!.query('SELECT * FROM measure_tag ORDER BY measure_id, tag'),
    notes: await core.database!.query('SELECT * FROM progress_note ORDER BY id'),
  });
  const move = (ids: number[], toStatus: MeasureStatus, drucksache = '') =>
    callOn(core, 'measures.changeStatus', { measureIds: ids, toStatus, changedOn: '2022-05-04', reason: 'AG-Sitzung', drucksache });
  return { core, edition, zl, ds, create, snapshot, move };
}

describe('measures', () => {
  it('suggests codes from the field short code and records the proposal in the history', async () => {
    const { core, edition, zl, ds, create } = await setup();
    const first = await create('Nachbarschaftsfest');
    const second = await create('Begegnungscafé');
    const other = await mustCall(core, 'measures.create', { editionId: edition.id, fieldOfActionId: ds.id, title: 'Sprachcafé' });
    expect([first.code, second.code, other.code]).toEqual(['ZL-01', 'ZL-02', 'DS-01']);
    expect(await mustCall(core, 'measures.suggestCode', { editionId: edition.id, fieldOfActionId: zl.id })).toEqual({ code: 'ZL-03' });
    expect(first.status).toBe('proposed');
    expect(first.history).toMatchObject([{ fromStatus: null, toStatus: 'proposed' }]);
  });

  it('moves measures through the lifecycle; "beschlossen" with its Drucksache; history in order', async () => {
    const { core, create, move } = await setup();
    const measure = await create('Sprechstunde bei Diskriminierung');
    for (const step of ['in_review', 'recommended', 'submitted'] as const) expect((await move([measure.id], step)).ok).toBe(true);
    expect((await move([measure.id], 'adopted', '21-1234')).ok).toBe(true);
    const detail = await mustCall(core, 'measures.get', { id: measure.id });
    expect(detail.status).toBe('adopted');
    expect(detail.history.map((entry) => [entry.fromStatus, entry.toStatus])).toEqual([
      [null, 'proposed'],
      ['proposed', 'in_review'],
      ['in_review', 'recommended'],
      ['recommended', 'submitted'],
      ['submitted', 'adopted'],
    ]);
    expect(detail.history.at(-1)).toMatchObject({ drucksache: '21-1234', reason: 'AG-Sitzung', changedOn: '2022-05-04' });
  });

  it('writes who entered a change: the settings name, else the system user; on the server the login, whatever the settings say', async () => {
    const { core, create, move } = await setup();
    const measure = await create('A');
    await mustCall(core, 'settings.update', { userName: 'Frau Demir' });
    await move([measure.id], 'in_review');
    const detail = await mustCall(core, 'measures.get', { id: measure.id });
    expect(detail.history.at(-1)!.enteredBy).toBe(testEngine === 'postgres' ? POSTGRES_TEST_LOGIN_NAME : 'Frau Demir');
    expect(detail.history[0]!.enteredBy).not.toBe('');
  });

  it('bulk change: one reason and source for all; one forbidden transition refuses all', async () => {
    const { create, move, snapshot, core } = await setup();
    const a = await create('A');
    const b = await create('B');
    const c = await create('C');
    expect((await move([a.id, b.id, c.id], 'in_review')).ok).toBe(true);
    await move([c.id], 'rejected');
    const before = await snapshot();
    const result = await move([a.id, b.id, c.id], 'recommended');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'rejected', messageKey: 'measures.errors.transitionForbidden', params: { code: 'ZL-03', fromStatus: 'rejected', toStatus: 'recommended' } },
    });
    expect(await snapshot()).toEqual(before);
    const rows = await mustCall(core, 'measures.changeStatus', {
      measureIds: [a.id, b.id],
      toStatus: 'recommended',
      changedOn: '2022-05-04',
      reason: 'Einstimmig',
    });
    expect(rows.map((row) => row.status)).toEqual(['recommended', 'recommended']);
  });

  it('bulk change writes one history row per measure, in number order, each with its own previous status; counts and last activity follow', async () => {
    const { core, edition, create, move } = await setup();
    const ten = await create('Zehn', { code: 'ZL-10', proposedOn: '2022-01-10' });
    const nine = await create('Neun', { code: 'ZL-9', proposedOn: '2022-01-10' });
    const deferred = await create('Zurückgestellt', { code: 'ZL-2', proposedOn: '2022-01-10' });
    expect((await move([deferred.id], 'deferred')).ok).toBe(true);
    await mustCall(core, 'settings.update', { userName: 'Frau Demir' });
    const firstBulkChange = ((await core.database!.query('SELECT max(id) AS id FROM status_change')) as [{ id: number }])[0].id + 1;
    const rows = await mustCall(core, 'measures.changeStatus', {
      measureIds: [ten.id, deferred.id, nine.id, ten.id],
      toStatus: 'in_review',
      changedOn: '2022-06-01',
      reason: 'Wiedervorlage',
    });
    expect(rows.map((row) => [row.code, row.status])).toEqual([['ZL-10', 'in_review'], ['ZL-9', 'in_review'], ['ZL-2', 'in_review']]);
    const history = await core.database!.query(
      `SELECT m.code, s.from_status AS "fromStatus", s.to_status AS "toStatus", s.changed_on AS "changedOn", s.reason, s.entered_by AS "enteredBy", s.decision_id AS "decisionId"
       FROM status_change s JOIN measure m ON m.id = s.measure_id WHERE s.id >= ? ORDER BY s.id`,
      [firstBulkChange],
    );
    const enteredBy = testEngine === 'postgres' ? POSTGRES_TEST_LOGIN_NAME : 'Frau Demir';
    const change = { toStatus: 'in_review', changedOn: '2022-06-01', reason: 'Wiedervorlage', enteredBy, decisionId: null };
    expect(history).toEqual([
      { code: 'ZL-2', fromStatus: 'deferred', ...change },
      { code: 'ZL-9', fromStatus: 'proposed', ...change },
      { code: 'ZL-10', fromStatus: 'proposed', ...change },
    ]);
    const measures = (await core.database!.query('SELECT last_activity_on AS "lastActivityOn", updated_at AS "updatedAt" FROM measure ORDER BY id')) as Array<{ lastActivityOn: string; updatedAt: string }>;
    expect(measures.map((row) => row.lastActivityOn)).toEqual(['2022-06-01', '2022-06-01', '2022-06-01']);
    expect(rows.map((row) => row.updatedAt)).toEqual(measures.map((row) => row.updatedAt));
    const counts = await core.database!.query('SELECT status, sum(n) AS n FROM measure_count WHERE edition_id = ? AND n > 0 GROUP BY status', [edition.id]);
    expect(counts).toEqual([{ status: 'in_review', n: 3 }]);
  });

  it('bulk change with an unknown measure changes nothing', async () => {
    const { create, move, snapshot } = await setup();
    const measure = await create('A');
    const before = await snapshot();
    expect(await move([measure.id, measure.id + 1000], 'in_review')).toMatchObject({ ok: false, error: { messageKey: 'measures.errors.notFound' } });
    expect(await snapshot()).toEqual(before);
  });

  it('status history cannot be edited or deleted, not even with SQL', async () => {
    const { core, create } = await setup();
    await create('A');
    await expect(core.database!.query("UPDATE status_change SET reason = 'geändert'")).rejects.toThrow(/append-only/);
    await expect(core.database!.query('DELETE FROM status_change')).rejects.toThrow(/append-only/);
  });

  describe('bad input is refused with a message at the field; nothing is written', () => {
    it.each([
      ['empty title', { title: '' }, 'title', 'validation.required'],
      ['over-long title', { title: 'x'.repeat(201) }, 'title', 'validation.tooLong'],
      ['period from after to', { title: 'X', periodFrom: 2025, periodTo: 2023 }, 'periodTo', 'validation.periodOrder'],
      ['malformed code', { title: 'X', code: 'ZL 03!' }, 'code', 'validation.measureCode'],
      ['negative points', { title: 'X', priorityPoints: -1 }, 'priorityPoints', 'validation.tooSmall'],
    ])('%s', async (_label, extra, field, messageKey) => {
      const { core, edition, zl, snapshot, create } = await setup();
      await create('Vorhanden');
      const before = await snapshot();
      const result = await core.dispatch('measures.create', { editionId: edition.id, fieldOfActionId: zl.id, ...extra });
      expect(result).toMatchObject({ ok: false, error: { fields: [{ field, messageKey }] } });
      expect(await snapshot()).toEqual(before);
    });

    it('duplicate code in the edition', async () => {
      const { core, edition, zl, snapshot, create } = await setup();
      await create('Vorhanden', { code: 'ZL-03' });
      const before = await snapshot();
      const result = await callOn(core, 'measures.create', { editionId: edition.id, fieldOfActionId: zl.id, title: 'Neu', code: 'zl-03' });
      expect(result).toMatchObject({ ok: false, error: { fields: [{ field: 'code', messageKey: 'measures.errors.codeTaken' }], params: { code: 'ZL-03' } } });
      expect(await snapshot()).toEqual(before);
    });

    it('a transition the table forbids', async () => {
      const { create, move, snapshot } = await setup();
      const measure = await create('A');
      const before = await snapshot();
      expect(await move([measure.id], 'adopted', '21-1234')).toMatchObject({
        ok: false,
        error: { fields: [{ field: 'toStatus', messageKey: 'measures.errors.transitionForbidden' }] },
      });
      expect(await snapshot()).toEqual(before);
    });

    it('"beschlossen" without a source, or with a malformed Drucksache', async () => {
      const { create, move, snapshot } = await setup();
      const measure = await create('A');
      for (const step of ['in_review', 'recommended', 'submitted'] as const) await move([measure.id], step);
      const before = await snapshot();
      expect(await move([measure.id], 'adopted')).toMatchObject({
        ok: false,
        error: { fields: [{ field: 'drucksache', messageKey: 'measures.errors.sourceRequired' }] },
      });
      expect(await move([measure.id], 'adopted', 'Drucksache 5')).toMatchObject({
        ok: false,
        error: { fields: [{ field: 'drucksache', messageKey: 'validation.drucksache' }] },
      });
      expect(await snapshot()).toEqual(before);
    });

    it('deleting a field that still has measures', async () => {
      const { core, zl, create, snapshot } = await setup();
      await create('A');
      const before = await snapshot();
      const fields = await core.database!.query('SELECT * FROM field_of_action');
      expect(await callOn(core, 'fieldsOfAction.delete', { id: zl.id })).toMatchObject({
        ok: false,
        error: { messageKey: 'fieldsOfAction.errors.inUse', params: { name: 'Zusammenleben in Harburg' } },
      });
      expect(await snapshot()).toEqual(before);
      expect(await core.database!.query('SELECT * FROM field_of_action')).toEqual(fields);
    });

    it('a field of action from another edition', async () => {
      const { core, edition, snapshot } = await setup();
      const other = await createEdition(core, 'Andere', 2025, 2027);
      const foreign = await mustCall(core, 'fieldsOfAction.create', { editionId: other.id, name: 'Fremd' });
      const before = await snapshot();
      expect(await callOn(core, 'measures.create', { editionId: edition.id, fieldOfActionId: foreign.id, title: 'X' })).toMatchObject({
        ok: false,
        error: { fields: [{ field: 'fieldOfActionId', messageKey: 'measures.errors.fieldNotInEdition' }] },
      });
      expect(await snapshot()).toEqual(before);
    });
  });

  it('lists with filters, counts and German natural sort', async () => {
    const { core, edition, ds, create, move } = await setup();
    for (let i = 1; i <= 11; i++) await create(`Maßnahme ${i}`, { lead: i % 2 ? 'Bücherhalle Harburg' : 'Bezirksamt', tags: i <= 3 ? ['Sprache'] : [] });
    await mustCall(core, 'measures.create', { editionId: edition.id, fieldOfActionId: ds.id, title: 'Sprachcafé', lead: 'VHS' });
    await move([1, 2], 'in_review');
    const all = await mustCall(core, 'measures.list', { editionId: edition.id });
    expect(all.total).toBe(12);
    expect(all.rows.slice(0, 3).map((row) => row.code)).toEqual(['DS-01', 'ZL-01', 'ZL-02']);
    expect(all.rows.at(-1)!.code).toBe('ZL-11');
    expect(all.statusCounts).toEqual({ proposed: 10, in_review: 2 });
    const filtered = await mustCall(core, 'measures.list', { editionId: edition.id, statuses: ['in_review'] });
    expect(filtered.rows.map((row) => row.code)).toEqual(['ZL-01', 'ZL-02']);
    expect(filtered.statusCounts).toEqual({ proposed: 10, in_review: 2 });
    expect((await mustCall(core, 'measures.list', { editionId: edition.id, lead: 'bücherhalle' })).total).toBe(6);
    expect((await mustCall(core, 'measures.list', { editionId: edition.id, tag: 'Sprache' })).total).toBe(3);
    expect((await mustCall(core, 'measures.list', { editionId: edition.id, fieldOfActionIds: [ds.id] })).rows[0]!.title).toBe('Sprachcafé');
    const byTitleDesc = await mustCall(core, 'measures.list', { editionId: edition.id, sortKey: 'title', sortDirection: 'desc' });
    expect(byTitleDesc.rows[0]!.title).toBe('Sprachcafé');
    expect(await mustCall(core, 'measures.facets', { editionId: edition.id })).toEqual({
      leads: ['Bezirksamt', 'Bücherhalle Harburg', 'VHS'],
      tags: ['Sprache'],
    });
  });

  it('hints at similar titles while typing a proposal', async () => {
    const { core, edition, create } = await setup();
    await create('Sprachcafés in Stadtteilzentren ausweiten');
    await create('Nachbarschaftsfest im Phoenix-Viertel');
    const similar = await mustCall(core, 'measures.similar', { editionId: edition.id, title: 'Sprachcafé im Stadtteilzentrum' });
    expect(similar.map((hit) => hit.title)).toEqual(['Sprachcafés in Stadtteilzentren ausweiten']);
    expect(await mustCall(core, 'measures.similar', { editionId: edition.id, title: 'Ausbildungsmesse' })).toEqual([]);
  });

  it('keeps dated progress notes, newest first', async () => {
    const { core, create } = await setup();
    const measure = await create('A');
    await mustCall(core, 'measures.addNote', { measureId: measure.id, notedOn: '2024-01-10', text: 'Erster Stand' });
    await mustCall(core, 'measures.addNote', { measureId: measure.id, notedOn: '2024-06-01', text: 'Zweiter Stand' });
    const detail = await mustCall(core, 'measures.get', { id: measure.id });
    expect(detail.notes.map((note) => note.text)).toEqual(['Zweiter Stand', 'Erster Stand']);
    expect(await callOn(core, 'measures.addNote', { measureId: measure.id, notedOn: '2024-13-01', text: 'x' })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'notedOn', messageKey: 'validation.date' }] },
    });
  });
});

describe('measures: no lost update (issue 19)', () => {
  const userName = testEngine === 'postgres' ? POSTGRES_TEST_LOGIN_NAME : 'Frau Demir';
  const edit = (measure: { id: number; fieldOfActionId: number; title: string }, version: number, change: Record<string, unknown>) => ({
    id: measure.id,
    version,
    fieldOfActionId: measure.fieldOfActionId,
    title: measure.title,
    ...change,
  });

  it('counts each save of the form and names who saved it', async () => {
    const { core, create } = await setup();
    await mustCall(core, 'settings.update', { userName: 'Frau Demir' });
    const measure = await create('Begegnungscafé');
    expect(measure).toMatchObject({ version: 1, updatedBy: userName });
    const saved = await mustCall(core, 'measures.update', edit(measure, 1, { lead: 'Bücherhalle' }));
    expect(saved).toMatchObject({ version: 2, updatedBy: userName, lead: 'Bücherhalle' });
  });

  it('refuses a save over a newer version, names who saved it, and changes nothing', async () => {
    const { core, create, snapshot } = await setup();
    const measure = await create('Begegnungscafé', { tags: ['Sprache'] });
    await mustCall(core, 'settings.update', { userName: 'Frau Demir' });
    await mustCall(core, 'measures.update', edit(measure, 1, { lead: 'Bücherhalle', tags: ['Sprache'] }));
    const before = await snapshot();
    const stale = await callOn(core, 'measures.update', edit(measure, 1, { title: 'Sprachcafé', goal: 'Deutsch üben', tags: [] }));
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', messageKey: 'measures.errors.changedMeanwhile', params: { name: userName, version: 2 } } });
    expect(await snapshot()).toEqual(before);
    // With the version it was shown, the same change is saved.
    expect(await mustCall(core, 'measures.update', edit(measure, 2, { title: 'Sprachcafé', goal: 'Deutsch üben' }))).toMatchObject({ version: 3, title: 'Sprachcafé', lead: '' });
  });

  it('of two saves over the same version in the same moment, exactly one is kept whole', async () => {
    const { core, create } = await setup();
    const measure = await create('Begegnungscafé');
    const results = await Promise.all([
      callOn(core, 'measures.update', edit(measure, 1, { lead: 'Anna', goal: 'Ziel von Anna' })),
      callOn(core, 'measures.update', edit(measure, 1, { lead: 'Lars', goal: 'Ziel von Lars' })),
    ]);
    expect(results.map((result) => (result.ok ? 'saved' : result.error.code)).sort()).toEqual(['conflict', 'saved']);
    const stored = await mustCall(core, 'measures.get', { id: measure.id });
    const kept = results.find((result) => result.ok)!;
    expect(kept.ok && [stored.lead, stored.goal, stored.version]).toEqual([kept.ok && kept.data.lead, `Ziel von ${stored.lead}`, 2]);
  });

  it('a refused save of an unknown measure says it is gone, not that it changed', async () => {
    const { core } = await setup();
    expect(await callOn(core, 'measures.update', { id: 9999, version: 1, fieldOfActionId: 1, title: 'X' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
