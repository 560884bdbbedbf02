import { describe, expect, it } from 'vitest';
import { mustCall, startTestCore } from './core';
import { AGENDA_ITEMS_PER_MEETING, ATTENDEES_PER_MEETING, DECISIONS_PER_MEETING, districtSize, generateBigDistrict, NOTES_PER_MEASURE, STATUS_PATH, TAGS_PER_MEASURE } from './big-district';
import { tempDir } from './temp-dir';

describe('big district generator', () => {
  it('1× is the issue’s district, 10× ten times it', () => {
    expect(districtSize(1)).toMatchObject({ measures: 5_000, contacts: 20_000, meetings: 2_000, actionItems: 8_000 });
    expect(districtSize(10)).toMatchObject({ measures: 50_000, contacts: 200_000, meetings: 20_000, actionItems: 80_000 });
  });

  it('fills every table at a tiny scale, with whole references, and the app opens and finds it', async () => {
    const dataDir = tempDir();
    const district = await generateBigDistrict(dataDir, 0.01);
    const size = district.size;
    const core = await startTestCore(dataDir);
    const count = async (table: string) => ((await core.database!.query(`SELECT count(*) AS n FROM ${table}`)) as [{ n: number }])[0].n;

    expect(await count('measure')).toBe(size.measures);
    expect(await count('measure_tag')).toBe(size.measures * TAGS_PER_MEASURE);
    expect(await count('progress_note')).toBe(size.measures * NOTES_PER_MEASURE);
    // Measure i walks the lifecycle i % 5 + 1 steps.
    const steps = Array.from({ length: size.measures }, (_, i) => (i % STATUS_PATH.length) + 1).reduce((a, b) => a + b, 0);
    expect(await count('status_change')).toBe(steps);
    expect(await count('contact')).toBe(size.contacts);
    expect(await count('organization')).toBe(size.organizations);
    expect(await count('membership')).toBe(size.contacts / 10);
    expect(await count('meeting')).toBe(size.meetings);
    expect(await count('agenda_item')).toBe(size.meetings * AGENDA_ITEMS_PER_MEETING);
    expect(await count('attendance')).toBe(size.meetings * ATTENDEES_PER_MEETING);
    expect(await count('decision')).toBe(size.meetings * DECISIONS_PER_MEETING);
    expect(await count('action_item')).toBe(size.actionItems);

    expect(await core.database!.query('PRAGMA foreign_key_check')).toEqual([]);
    expect(await core.database!.query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    // Each measure's current status is where its history ends.
    expect(await core.database!.query(`SELECT m.id FROM measure m WHERE m.status <> (SELECT to_status FROM status_change s WHERE s.measure_id = m.id ORDER BY s.id DESC LIMIT 1)`)).toEqual([]);

    // The app's own triggers filled the search indexes: a contact is found by its organisation's name.
    const [organization] = (await core.database!.query('SELECT name FROM organization WHERE id = 1')) as [{ name: string }];
    const found = await mustCall(core, 'contacts.list', { text: organization.name });
    expect(found.total).toBeGreaterThan(0);
    expect((await mustCall(core, 'measures.list', { editionId: district.editionId })).total).toBe(size.measures);
    expect(await mustCall(core, 'measures.search', { text: 'Quartier', editionId: district.editionId })).not.toHaveLength(0);
  });
});
