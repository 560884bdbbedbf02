import { describe, expect, it } from 'vitest';
import { mustCall, startTestCore } from '../../test-support/core';
import { demoFields } from './demo-data';
import { DemoRefusedError, seedDemo } from './seed-demo';

describe('demo data', () => {
  it("fills an empty database with Harburg's edition 2022–2024, its fields and about 40 measures across the lifecycle", async () => {
    const core = await startTestCore();
    const counts = await seedDemo(core.dispatch);
    const [edition] = await mustCall(core, 'editions.list', {});
    expect(edition).toMatchObject({ title: 'Zusammenleben in Vielfalt', periodFrom: 2022, periodTo: 2024, status: 'adopted', drucksache: '21-2519' });
    const fields = await mustCall(core, 'fieldsOfAction.list', { editionId: edition!.id });
    expect(fields.map((field) => field.name)).toEqual([
      'Zusammenleben in Harburg',
      'Deutsch als Sprache',
      'Arbeit und Bildung',
      'Antidiskriminierung',
      'Ehrenamt',
    ]);
    const list = await mustCall(core, 'measures.list', { editionId: edition!.id });
    expect(list.total).toBe(counts.measures);
    expect(list.total).toBeGreaterThanOrEqual(38);
    // Every status of the lifecycle appears.
    expect(Object.keys(list.statusCounts).sort()).toEqual(
      ['adopted', 'completed', 'continued', 'deferred', 'discontinued', 'implementing', 'in_review', 'proposed', 'recommended', 'rejected', 'submitted'],
    );
    expect(list.rows.map((row) => row.code)).toContain('ZL-01');
    const total = demoFields.reduce((sum, field) => sum + field.measures.length, 0);
    expect(list.total).toBe(total);
    expect(await mustCall(core, 'settings.get', {})).toMatchObject({ districtName: 'Bezirksamt Harburg' });
  });

  it('adds about 60 invented contacts with organisations, bodies, Fraktionen and chairs', async () => {
    const core = await startTestCore();
    const counts = await seedDemo(core.dispatch);
    const contacts = await mustCall(core, 'contacts.list', {});
    expect(contacts.total).toBe(counts.contacts);
    expect(contacts.total).toBeGreaterThanOrEqual(55);
    const bodies = await mustCall(core, 'bodies.list', {});
    expect(bodies.filter((body) => body.kind === 'fraktion').map((body) => body.shortName).sort()).toEqual(['CDU', 'FDP', 'GRÜNE', 'LINKE', 'SPD']);
    const council = bodies.find((body) => body.kind === 'integrationsrat')!;
    expect(council.currentMemberCount).toBeGreaterThan(10);
    const members = await mustCall(core, 'memberships.list', { bodyId: council.id });
    expect(members.filter((member) => member.role === 'chair' && member.current)).toHaveLength(1);
    expect(members.some((member) => !member.current)).toBe(true);
    expect((await mustCall(core, 'contacts.list', { text: 'Ozdemir' })).rows.map((row) => row.lastName)).toEqual(['Özdemir', 'Özdemir']);
    expect((await mustCall(core, 'organizations.list', {})).length).toBeGreaterThanOrEqual(8);
  });

  it('refuses a database that already holds data and leaves it as it was', async () => {
    const core = await startTestCore();
    await mustCall(core, 'editions.create', { title: 'Eigene Ausgabe', periodFrom: 2025, periodTo: 2027 });
    await expect(seedDemo(core.dispatch)).rejects.toBeInstanceOf(DemoRefusedError);
    expect((await mustCall(core, 'editions.list', {})).map((edition) => edition.title)).toEqual(['Eigene Ausgabe']);
  });
});
