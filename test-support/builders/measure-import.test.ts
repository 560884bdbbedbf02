import { describe, expect, it } from 'vitest';
import { createEdition, mustCall, startTestCore } from '../core';
import { MeasureImport, type ImportedMeasure } from './measure-import';

describe('bulk measure import', () => {
  async function setup() {
    const core = await startTestCore();
    const edition = await createEdition(core);
    const field = await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'Ehrenamt', shortCode: 'EA' });
    const measure = (code: string, history: ImportedMeasure['history']): ImportedMeasure => ({
      fieldOfActionId: field.id,
      code,
      title: `Maßnahme ${code}`,
      description: 'Sprachkurse für Ehrenamtliche',
      lead: 'Träger',
      origin: 'workshop',
      priorityPoints: 3,
      history,
    });
    return { core, edition, field, measure, importer: new MeasureImport(core.database!) };
  }

  it('imports measures with their history, searchable and listed', async () => {
    const { core, edition, measure, importer } = await setup();
    const result = await importer.run(
      edition.id,
      [
        measure('EA-01', [
          { changedOn: '2021-09-25', fromStatus: null, toStatus: 'proposed', reason: '', drucksache: '' },
          { changedOn: '2021-11-17', fromStatus: 'proposed', toStatus: 'in_review', reason: '', drucksache: '' },
        ]),
      ],
      'Import',
    );
    expect(result).toEqual({ measures: 1, statusChanges: 2 });
    const list = await mustCall(core, 'measures.list', { editionId: edition.id });
    expect(list.rows).toMatchObject([{ code: 'EA-01', status: 'in_review' }]);
    expect(await mustCall(core, 'measures.search', { text: 'Sprachkurs' })).toHaveLength(1);
  });

  it('refuses the whole import when one history breaks the lifecycle', async () => {
    const { core, edition, measure, importer } = await setup();
    const good = measure('EA-01', [{ changedOn: '2021-09-25', fromStatus: null, toStatus: 'proposed', reason: '', drucksache: '' }]);
    const bad = measure('EA-02', [
      { changedOn: '2021-09-25', fromStatus: null, toStatus: 'proposed', reason: '', drucksache: '' },
      { changedOn: '2022-06-28', fromStatus: 'proposed', toStatus: 'adopted', reason: '', drucksache: '21-1' },
    ]);
    await expect(importer.run(edition.id, [good, bad], 'Import')).rejects.toMatchObject({ messageKey: 'measures.errors.importHistory' });
    expect((await mustCall(core, 'measures.list', { editionId: edition.id })).total).toBe(0);
  });

  it('rolls back everything when the database refuses a row (duplicate code)', async () => {
    const { core, edition, measure, importer } = await setup();
    const first = [{ changedOn: '2021-09-25', fromStatus: null, toStatus: 'proposed' as const, reason: '', drucksache: '' }];
    await expect(importer.run(edition.id, [measure('EA-01', first), measure('EA-01', first)], 'Import')).rejects.toThrow(/UNIQUE/);
    expect((await mustCall(core, 'measures.list', { editionId: edition.id })).total).toBe(0);
    expect(await core.database!.query('SELECT * FROM status_change')).toEqual([]);
  });
});
