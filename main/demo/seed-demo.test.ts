import { describe, expect, it } from 'vitest';
import { mustCall, startTestCore } from '../../test-support/core';
import { demoFieldsOfAction } from './demo-data';
import { DemoRefusedError, seedDemo } from './seed-demo';

describe('demo data', () => {
  it("fills an empty database with Harburg's fields of action and office", async () => {
    const core = await startTestCore();
    await seedDemo(core.dispatch);
    const fields = await mustCall(core, 'fieldsOfAction.list', {});
    expect(fields.map((field) => field.name)).toEqual([
      'Zusammenleben in Harburg',
      'Deutsch als Sprache',
      'Arbeit und Bildung',
      'Antidiskriminierung',
      'Ehrenamt',
    ]);
    expect(fields.map((field) => field.shortCode)).toEqual(demoFieldsOfAction.map((field) => field.shortCode));
    expect(await mustCall(core, 'settings.get', {})).toMatchObject({ districtName: 'Bezirksamt Harburg' });
  });

  it('refuses a database that already holds data and leaves it as it was', async () => {
    const core = await startTestCore();
    await mustCall(core, 'fieldsOfAction.create', { name: 'Eigenes Handlungsfeld' });
    await expect(seedDemo(core.dispatch)).rejects.toBeInstanceOf(DemoRefusedError);
    expect((await mustCall(core, 'fieldsOfAction.list', {})).map((field) => field.name)).toEqual(['Eigenes Handlungsfeld']);
  });
});
