import { describe, expect, it } from 'vitest';
import { createEdition, mustCall, startTestCore } from '../../../test-support/core';
import { testEngine } from '../../../test-support/test-engine';
import { seedDemo } from '../../demo/seed-demo';

describe('dashboard', () => {
  it('is empty without editions', async () => {
    const core = await startTestCore();
    expect(await mustCall(core, 'dashboard.summary', {})).toEqual({ editionId: null, byField: [], stale: [], staleCount: 0, recentChanges: [] });
  });

  it('counts per field and status agree with the measures list', async () => {
    const core = await startTestCore();
    await seedDemo(core.dispatch);
    const summary = await mustCall(core, 'dashboard.summary', {});
    const list = await mustCall(core, 'measures.list', { editionId: summary.editionId! });
    for (const field of summary.byField) {
      const rows = list.rows.filter((row) => row.fieldOfActionId === field.fieldOfActionId);
      expect(field.total).toBe(rows.length);
      for (const [status, count] of Object.entries(field.counts)) {
        expect(rows.filter((row) => row.status === status)).toHaveLength(count);
      }
    }
    expect(summary.byField.reduce((sum, field) => sum + field.total, 0)).toBe(list.total);
    expect(summary.recentChanges.length).toBeGreaterThan(0);
  });

  it('lists measures in implementation without a note for 90 days', async () => {
    const core = await startTestCore();
    const edition = await createEdition(core);
    const field = await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'F', shortCode: 'F' });
    const ids: number[] = [];
    for (const title of ['Alt', 'Frisch', 'Nie notiert']) {
      const measure = await mustCall(core, 'measures.create', { editionId: edition.id, fieldOfActionId: field.id, title, proposedOn: '2022-01-01' });
      ids.push(measure.id);
    }
    for (const [toStatus, drucksache] of [['in_review', ''], ['recommended', ''], ['submitted', ''], ['adopted', '21-1'], ['implementing', '']] as const) {
      await mustCall(core, 'measures.changeStatus', { measureIds: ids, toStatus, changedOn: '2022-07-01', reason: '', drucksache });
    }
    await mustCall(core, 'measures.addNote', { measureId: ids[0]!, notedOn: '2026-07-01', text: 'alt' });
    await mustCall(core, 'measures.addNote', { measureId: ids[1]!, notedOn: '2026-11-01', text: 'frisch' });
    const summary = await mustCall(core, 'dashboard.summary', { editionId: edition.id, asOf: '2026-11-26' });
    expect(summary.stale.map((entry) => [entry.title, entry.lastActivityOn])).toEqual([
      ['Nie notiert', '2022-07-01'],
      ['Alt', '2026-07-01'],
    ]);
    expect(summary.staleCount).toBe(2);
  });

  it('keeps the stored activity day current: a later note or status change takes a measure off the list, an edited note date puts it back (issue 17)', async () => {
    const core = await startTestCore();
    const edition = await createEdition(core);
    const field = await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'F', shortCode: 'F' });
    const ids: number[] = [];
    for (const title of ['Eins', 'Zwei', 'Drei']) {
      ids.push((await mustCall(core, 'measures.create', { editionId: edition.id, fieldOfActionId: field.id, title, proposedOn: '2022-01-01' })).id);
    }
    for (const [toStatus, drucksache] of [['in_review', ''], ['recommended', ''], ['submitted', ''], ['adopted', '21-1']] as const) {
      await mustCall(core, 'measures.changeStatus', { measureIds: ids, toStatus, changedOn: '2022-07-01', reason: '', drucksache });
    }
    const stale = async () => (await mustCall(core, 'dashboard.summary', { editionId: edition.id, asOf: '2026-11-26' })).stale.map((entry) => [entry.title, entry.lastActivityOn]);
    expect(await stale()).toEqual([['Eins', '2022-07-01'], ['Zwei', '2022-07-01'], ['Drei', '2022-07-01']]);
    await mustCall(core, 'measures.changeStatus', { measureIds: [ids[0]!], toStatus: 'implementing', changedOn: '2026-11-20', reason: '', drucksache: '' });
    await mustCall(core, 'measures.addNote', { measureId: ids[1]!, notedOn: '2026-10-01', text: 'läuft' });
    await mustCall(core, 'measures.addNote', { measureId: ids[2]!, notedOn: '2025-01-01', text: 'älter' });
    expect(await stale()).toEqual([['Drei', '2025-01-01']]);
    // Notes are not edited by the app today; the trigger still keeps the day right if one is.
    await core.database!.write((manager) => manager.query('UPDATE progress_note SET noted_on = ? WHERE measure_id = ?', ['2023-03-03', ids[1]]));
    expect(await stale()).toEqual([['Zwei', '2023-03-03'], ['Drei', '2025-01-01']]);
    await core.database!.write((manager) => manager.query('DELETE FROM progress_note WHERE measure_id = ?', [ids[2]]));
    expect(await stale()).toEqual([['Drei', '2022-07-01'], ['Zwei', '2023-03-03']]);
    expect((await mustCall(core, 'dashboard.summary', { editionId: edition.id, asOf: '2026-11-26' })).staleCount).toBe(2);
  });

  // SQLite's query plans; on PostgreSQL the planner chooses by statistics (timed by `npm run bench -- --engine postgres`).
  it.skipIf(testEngine === 'postgres')('reads the stalled measures from an index, not by scanning or sorting every measure', async () => {
    const core = await startTestCore();
    const plan = async (sql: string) =>
      ((await core.database!.query(`EXPLAIN QUERY PLAN ${sql}`)) as Array<{ detail: string }>).map((step) => step.detail).join('; ');
    const stale = await plan(
      `SELECT id, title FROM measure WHERE edition_id = 1 AND status = 'adopted' AND last_activity_on < '2026-01-01' ORDER BY last_activity_on, code LIMIT 50`,
    );
    expect(stale).toContain('USING INDEX ix_measure_stale');
    expect(stale).not.toContain('TEMP B-TREE');
    expect(await plan(`SELECT count(*) FROM measure WHERE edition_id = 1 AND status IN ('adopted', 'implementing') AND last_activity_on < '2026-01-01'`)).toContain(
      'COVERING INDEX ix_measure_stale',
    );
  });

  it('keeps the stored counts per field and status equal to counting the measures, through creation, status changes, field moves and deletion (issue 17)', async () => {
    const core = await startTestCore();
    const edition = await createEdition(core);
    const [a, b] = [
      await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'A', shortCode: 'A' }),
      await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'B', shortCode: 'B' }),
    ];
    const ids: number[] = [];
    for (const title of ['Eins', 'Zwei', 'Drei', 'Vier']) ids.push((await mustCall(core, 'measures.create', { editionId: edition.id, fieldOfActionId: a.id, title })).id);
    await mustCall(core, 'measures.changeStatus', { measureIds: ids.slice(0, 2), toStatus: 'in_review', changedOn: '2026-01-01', reason: '', drucksache: '' });
    // No screen moves or deletes measures today; the triggers still keep the counts right if it happens.
    await core.database!.write(async (manager) => {
      await manager.query('UPDATE measure SET field_of_action_id = ? WHERE id = ?', [b.id, ids[1]]);
      await manager.query(`INSERT INTO measure (id, edition_id, field_of_action_id, code, title, created_at, updated_at) VALUES (999, ?, ?, 'B-99', 'Weg', 'x', 'x')`, [edition.id, b.id]);
      await manager.query('DELETE FROM measure WHERE id = 999');
    });
    const byField = async () =>
      Object.fromEntries((await mustCall(core, 'dashboard.summary', { editionId: edition.id })).byField.map((field) => [field.name, field.counts]));
    const counted = await core.database!.query<Array<{ field: string; status: string; n: number }>>(
      'SELECT f.name AS field, m.status, count(*) AS n FROM measure m JOIN field_of_action f ON f.id = m.field_of_action_id WHERE m.edition_id = ? GROUP BY f.name, m.status',
      [edition.id],
    );
    const expected: Record<string, Record<string, number>> = { A: {}, B: {} };
    for (const row of counted) expected[row.field]![row.status] = row.n;
    expect(await byField()).toEqual(expected);
    expect(expected).toMatchObject({ A: { in_review: 1 }, B: { in_review: 1 } });
  });
});
