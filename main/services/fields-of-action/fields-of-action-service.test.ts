import { describe, expect, it } from 'vitest';
import type { FieldOfActionDto } from '../../../contract';
import { callOn, createEdition, mustCall, startTestCore } from '../../../test-support/core';

async function snapshot(core: Awaited<ReturnType<typeof startTestCore>>) {
  return core.database!.query<unknown[]>('SELECT * FROM field_of_action ORDER BY id');
}

describe('fields of action through the contract', () => {
  it('creates, lists in order, renames and keeps the position', async () => {
    const core = await startTestCore();
    const { id: editionId } = await createEdition(core);
    const a = await mustCall(core, 'fieldsOfAction.create', { editionId, name: '  Deutsch als Sprache ', shortCode: 'ds' });
    await mustCall(core, 'fieldsOfAction.create', { editionId, name: 'Ehrenamt' });
    expect(a).toMatchObject({ name: 'Deutsch als Sprache', shortCode: 'DS', description: '', position: 1 });
    const renamed = await mustCall(core, 'fieldsOfAction.update', { id: a.id, name: 'Deutsch als gemeinsame Sprache', shortCode: 'DS' });
    expect(renamed).toMatchObject({ name: 'Deutsch als gemeinsame Sprache', position: 1 });
    const list = await mustCall(core, 'fieldsOfAction.list', { editionId });
    expect(list.map((f) => f.name)).toEqual(['Deutsch als gemeinsame Sprache', 'Ehrenamt']);
  });

  it('reorders with a complete permutation and refuses a stale one', async () => {
    const core = await startTestCore();
    const { id: editionId } = await createEdition(core);
    const ids: number[] = [];
    for (const name of ['A', 'B', 'C']) ids.push((await mustCall(core, 'fieldsOfAction.create', { editionId, name })).id);
    const reordered = await mustCall(core, 'fieldsOfAction.reorder', { editionId, orderedIds: [ids[2]!, ids[0]!, ids[1]!] });
    expect(reordered.map((f: FieldOfActionDto) => [f.name, f.position])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 3],
    ]);
    const before = await snapshot(core);
    const stale = await callOn(core, 'fieldsOfAction.reorder', { editionId, orderedIds: [ids[0]!, ids[1]!] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'rejected', fields: [{ field: 'orderedIds', messageKey: 'fieldsOfAction.errors.reorderStale' }] } });
    const duplicated = await callOn(core, 'fieldsOfAction.reorder', { editionId, orderedIds: [ids[0]!, ids[0]!, ids[1]!] });
    expect(duplicated.ok).toBe(false);
    expect(await snapshot(core)).toEqual(before);
  });

  it('deletes a field and closes the gap in nothing else', async () => {
    const core = await startTestCore();
    const { id: editionId } = await createEdition(core);
    const a = await mustCall(core, 'fieldsOfAction.create', { editionId, name: 'A' });
    await mustCall(core, 'fieldsOfAction.delete', { id: a.id });
    expect(await mustCall(core, 'fieldsOfAction.list', { editionId })).toEqual([]);
    const again = await callOn(core, 'fieldsOfAction.delete', { id: a.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found', messageKey: 'fieldsOfAction.errors.notFound' } });
  });

  it('refuses to delete a field that something still references, and changes nothing', async () => {
    const core = await startTestCore();
    const { id: editionId } = await createEdition(core);
    const field = await mustCall(core, 'fieldsOfAction.create', { editionId, name: 'Arbeit und Bildung' });
    // Stands in for the measures table of a later migration: same ON DELETE RESTRICT reference.
    await core.database!.query('CREATE TABLE referencing_row (id INTEGER PRIMARY KEY, field_id INTEGER NOT NULL REFERENCES field_of_action(id) ON DELETE RESTRICT)');
    await core.database!.query('INSERT INTO referencing_row (id, field_id) VALUES (1, ?)', [field.id]);
    const before = await snapshot(core);
    const result = await callOn(core, 'fieldsOfAction.delete', { id: field.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected', messageKey: 'fieldsOfAction.errors.inUse', params: { name: 'Arbeit und Bildung' } } });
    expect(await snapshot(core)).toEqual(before);
  });

  describe('bad input is refused at the field and nothing is written', () => {
    const cases: Array<[string, unknown, string, string]> = [
      ['empty name', { name: '' }, 'name', 'validation.required'],
      ['blank name', { name: '   ' }, 'name', 'validation.required'],
      ['missing name', {}, 'name', 'validation.required'],
      ['10,000-character name', { name: 'x'.repeat(10_000) }, 'name', 'validation.tooLong'],
      ['name of the wrong type', { name: 42 }, 'name', 'validation.expected.string'],
      ['short code with digits', { name: 'Gut', shortCode: 'Z1' }, 'shortCode', 'validation.shortCode'],
      ['unknown field', { name: 'Gut', colour: 'red' }, 'colour', 'validation.unknownField'],
    ];
    it.each(cases)('%s', async (_label, input, field, messageKey) => {
      const core = await startTestCore();
      const { id: editionId } = await createEdition(core);
      await mustCall(core, 'fieldsOfAction.create', { editionId, name: 'Vorhanden' });
      const before = await snapshot(core);
      const result = await core.dispatch('fieldsOfAction.create', { editionId, ...(input as object) });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ field, messageKey }] } });
      expect(await snapshot(core)).toEqual(before);
    });

    it('input that is not an object at all', async () => {
      const core = await startTestCore();
      for (const input of [null, 'Ehrenamt', 7, [1, 2]]) {
        const result = await core.dispatch('fieldsOfAction.create', input);
        expect(result.ok).toBe(false);
      }
      expect(await snapshot(core)).toEqual([]);
    });

    it('a duplicate name, whatever its case', async () => {
      const core = await startTestCore();
      const { id: editionId } = await createEdition(core);
      const existing = await mustCall(core, 'fieldsOfAction.create', { editionId, name: 'Ehrenamt' });
      const other = await mustCall(core, 'fieldsOfAction.create', { editionId, name: 'Älter werden' });
      const before = await snapshot(core);
      for (const result of [
        await callOn(core, 'fieldsOfAction.create', { editionId, name: 'EHRENAMT' }),
        await callOn(core, 'fieldsOfAction.update', { id: other.id, name: 'ehrenamt' }),
        await callOn(core, 'fieldsOfAction.create', { editionId, name: 'ÄLTER WERDEN' }),
      ]) {
        expect(result).toMatchObject({ ok: false, error: { code: 'rejected', fields: [{ field: 'name', messageKey: 'fieldsOfAction.errors.nameTaken' }] } });
      }
      expect(await snapshot(core)).toEqual(before);
      // Renaming a field to its own name in another case is allowed.
      await mustCall(core, 'fieldsOfAction.update', { id: existing.id, name: 'EHRENAMT' });
    });

    it('an id of the wrong type or an unknown id', async () => {
      const core = await startTestCore();
      expect(await core.dispatch('fieldsOfAction.update', { id: 'eins', name: 'X' })).toMatchObject({
        ok: false,
        error: { fields: [{ field: 'id', messageKey: 'validation.expected.number' }] },
      });
      expect(await core.dispatch('fieldsOfAction.update', { id: 999, name: 'X' })).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
    });
  });

  it('an unknown call is refused without a stack trace', async () => {
    const core = await startTestCore();
    const result = await core.dispatch('fieldsOfAction.dropTable', {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown-call', messageKey: 'errors.unknownCall', fields: [] } });
  });
});
