import { describe, expect, it } from 'vitest';
import { createEdition, mustCall, startTestCore } from '../../../test-support/core';
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

  it('reads the stalled measures and the counts from indexes, not by scanning or sorting every measure', async () => {
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
    const counts = await plan('SELECT field_of_action_id, status, COUNT(*) FROM measure WHERE edition_id = 1 GROUP BY status, field_of_action_id');
    expect(counts).toContain('COVERING INDEX ix_measure_counts');
    expect(counts).not.toContain('TEMP B-TREE');
  });
});
