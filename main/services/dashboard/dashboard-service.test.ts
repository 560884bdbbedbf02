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
});
