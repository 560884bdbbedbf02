import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STALE_AFTER_DAYS } from '../../contract/dashboard';
import { mustCall, startTestCore } from '../../test-support/core';
import { meetingSetup } from '../../test-support/meeting-test-setup';
import { tempDir } from '../../test-support/temp-dir';
import { databaseFileIn } from '../open-database';

type Core = Awaited<ReturnType<typeof startTestCore>>;

function fromFixture(version: number): string {
  const dataDir = tempDir();
  fs.copyFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', `schema-${version}.sqlite`), databaseFileIn(dataDir));
  return dataDir;
}

const TODAY = new Date().toISOString().slice(0, 10);

/** Each count kept by the triggers of migration 10, next to the same figure counted from the rows. */
async function expectCountsAsRowsSay(core: Core): Promise<void> {
  const query = <T>(sql: string, parameters: unknown[] = []) => core.database!.query<T[]>(sql, parameters);
  expect(await query('SELECT edition_id AS e, lead, lead_key AS k, n FROM measure_lead ORDER BY 1, 2')).toEqual(
    await query('SELECT edition_id AS e, lead, lead_key AS k, count(*) AS n FROM measure GROUP BY 1, 2 ORDER BY 1, 2'),
  );
  expect(await query('SELECT edition_id AS e, tag, n FROM measure_tag_use ORDER BY 1, 2')).toEqual(
    await query('SELECT m.edition_id AS e, t.tag, count(*) AS n FROM measure_tag t JOIN measure m ON m.id = t.measure_id GROUP BY 1, 2 ORDER BY 1, 2'),
  );
  expect(await query('SELECT edition_id AS e, status, day, n FROM measure_activity_day ORDER BY 1, 2, 3')).toEqual(
    await query('SELECT edition_id AS e, status, last_activity_on AS day, count(*) AS n FROM measure GROUP BY 1, 2, 3 ORDER BY 1, 2, 3'),
  );
  expect(await query('SELECT n FROM contact_listed')).toEqual(await query('SELECT count(*) AS n FROM contact WHERE sort_key < char(65535)'));
  expect(await query('SELECT part, n FROM action_item_part ORDER BY part')).toEqual(
    await query(`SELECT p.part, (SELECT count(*) FROM action_item a WHERE CASE WHEN a.done_on IS NOT NULL THEN 'done' WHEN a.due_on IS NOT NULL THEN 'open_due' ELSE 'open_undated' END = p.part) AS n
                 FROM (SELECT 'done' AS part UNION ALL SELECT 'open_due' UNION ALL SELECT 'open_undated') p ORDER BY p.part`),
  );
  expect(await query('SELECT body_id AS bodyId, n FROM membership_count WHERE n > 0 ORDER BY 1')).toEqual(
    await query('SELECT body_id AS bodyId, count(*) AS n FROM membership GROUP BY 1 ORDER BY 1'),
  );
  // What the screens read from them equals what they counted before.
  const current = await query<{ id: number; current: number }>(
    `SELECT b.id, (SELECT count(*) FROM membership m WHERE m.body_id = b.id AND (m.date_to IS NULL OR m.date_to >= ?1) AND (m.date_from IS NULL OR m.date_from <= ?1)) AS current
     FROM body b ORDER BY b.id`,
    [TODAY],
  );
  const bodies = await mustCall(core, 'bodies.list', {});
  expect([...bodies].sort((a, b) => a.id - b.id).map((body) => ({ id: body.id, current: body.currentMemberCount }))).toEqual(current);
  expect((await mustCall(core, 'contacts.list', { limit: 1 })).total).toBe((await query<{ n: number }>('SELECT count(*) AS n FROM contact WHERE erased_at IS NULL'))[0]!.n);
  expect((await mustCall(core, 'actionItems.list', { state: 'all', limit: 1 })).total).toBe((await query<{ n: number }>('SELECT count(*) AS n FROM action_item'))[0]!.n);
  for (const { id } of await query<{ id: number }>('SELECT id FROM edition')) {
    const leads = await query<{ lead: string }>(`SELECT DISTINCT lead FROM measure WHERE edition_id = ? AND lead <> '' ORDER BY lead_key`, [id]);
    const tags = await query<{ tag: string }>('SELECT DISTINCT t.tag FROM measure_tag t JOIN measure m ON m.id = t.measure_id WHERE m.edition_id = ?', [id]);
    const facets = await mustCall(core, 'measures.facets', { editionId: id });
    expect(facets.leads).toEqual(leads.map((row) => row.lead));
    expect([...facets.tags].sort()).toEqual(tags.map((row) => row.tag).sort());
    const [stale] = await query<{ n: number }>(
      `SELECT count(*) AS n FROM measure WHERE edition_id = ? AND status IN ('adopted', 'implementing') AND last_activity_on < date('2026-12-01', ?)`,
      [id, `-${STALE_AFTER_DAYS} days`],
    );
    expect((await mustCall(core, 'dashboard.summary', { editionId: id, asOf: '2026-12-01' })).staleCount).toBe(stale!.n);
  }
}

describe('migration 10: counts for the screens, kept by triggers (issue 17)', () => {
  it('fills the counts from a schema-9 file and keeps them through measure, tag and edition changes', async () => {
    const core = await startTestCore(fromFixture(9));
    await expectCountsAsRowsSay(core);
    expect(await mustCall(core, 'measures.facets', { editionId: 1 })).toEqual({
      leads: ['Bezirksamt', 'Bezirksamt, Fachamt 2', 'Bücherhalle Harburg', 'Gesundheitsamt'],
      tags: ['Begegnung', 'Ehrenamt', 'Gesundheit', 'Sprache'],
    });

    const created = await mustCall(core, 'measures.create', { editionId: 1, fieldOfActionId: 1, title: 'Lesecafé', lead: 'Bücherhalle Harburg', tags: ['Sprache', 'Lesen'] });
    await expectCountsAsRowsSay(core);
    const { id, editionId: _edition, code, version, ...rest } = await mustCall(core, 'measures.get', { id: created.id });
    await mustCall(core, 'measures.update', {
      id,
      version,
      code,
      fieldOfActionId: rest.fieldOfActionId,
      title: rest.title,
      lead: 'Stadtteilschule',
      tags: ['Bildung'],
    });
    await mustCall(core, 'measures.changeStatus', { measureIds: [3], toStatus: 'in_review', changedOn: '2026-01-10', reason: 'AG', drucksache: '' });
    await mustCall(core, 'measures.addNote', { measureId: 1, notedOn: '2026-11-20', text: 'Fest geplant' });
    await expectCountsAsRowsSay(core);
    expect((await mustCall(core, 'measures.facets', { editionId: 1 })).tags).toEqual(['Begegnung', 'Bildung', 'Ehrenamt', 'Gesundheit', 'Sprache']);

    // What the app does not do today, but the schema allows: a measure moves edition, a tag is renamed, a measure is deleted.
    const second = await mustCall(core, 'editions.create', { title: 'Fortschreibung', periodFrom: 2027, periodTo: 2030 });
    await core.database!.query('UPDATE measure SET edition_id = ? WHERE id = ?', [second.id, id]);
    await core.database!.query(`UPDATE measure_tag SET tag = 'Lesepaten' WHERE measure_id = 4 AND tag = 'Ehrenamt'`);
    await expectCountsAsRowsSay(core);
    await core.database!.query(
      `INSERT INTO measure (id, edition_id, field_of_action_id, code, title, lead, lead_key, created_at, updated_at) VALUES (99, 1, 1, 'X-1', 'Entwurf', 'Jugendamt', 'jugendamt', 'x', 'x')`,
    );
    await core.database!.query(`INSERT INTO measure_tag (measure_id, tag) VALUES (99, 'Jugend'), (99, 'Sprache')`);
    await expectCountsAsRowsSay(core);
    await core.database!.query('DELETE FROM measure WHERE id = 99');
    await expectCountsAsRowsSay(core);
    expect(await mustCall(core, 'measures.facets', { editionId: second.id })).toEqual({ leads: ['Stadtteilschule'], tags: ['Bildung'] });
  });

  it('keeps the contact, member and task counts through creating, erasing (DSGVO), merging, ending and deleting', async () => {
    const { core, createMeeting, contacts } = await meetingSetup();
    await expectCountsAsRowsSay(core);
    const council = await mustCall(core, 'bodies.create', { name: 'Integrationsrat', kind: 'integrationsrat' });
    const twin = await mustCall(core, 'contacts.create', { firstName: 'Leyla', lastName: 'Kaya' });
    const ended = await mustCall(core, 'memberships.create', { contactId: twin.id, bodyId: council.id, role: 'member', from: '2020-01-01' });
    await mustCall(core, 'memberships.create', { contactId: contacts[0]!.id, bodyId: council.id, role: 'member', from: '2099-01-01' });
    await mustCall(core, 'memberships.end', { id: ended.id, to: '2023-12-31' });
    await expectCountsAsRowsSay(core);
    await mustCall(core, 'contacts.merge', { keepId: contacts[2]!.id, mergeId: twin.id });
    await mustCall(core, 'contacts.erase', { id: contacts[4]!.id });
    await expectCountsAsRowsSay(core);
    await mustCall(core, 'memberships.delete', { id: ended.id });
    const empty = await mustCall(core, 'bodies.create', { name: 'Runder Tisch', kind: 'runder_tisch' });
    await mustCall(core, 'bodies.delete', { id: empty.id });
    await expectCountsAsRowsSay(core);

    const meeting = await createMeeting(1, '2021-11-17T18:00');
    await mustCall(core, 'actionItems.create', { meetingId: meeting.id, title: 'Kosten klären', assigneeName: 'Geschäftsstelle', dueOn: '2022-01-15' });
    const withItems = await mustCall(core, 'actionItems.create', { meetingId: meeting.id, title: 'Raum buchen', assigneeName: 'Geschäftsstelle' });
    await expectCountsAsRowsSay(core);
    const [dated, undated] = withItems.actionItems;
    await mustCall(core, 'actionItems.update', {
      id: undated!.id,
      title: undated!.title,
      assigneeContactId: null,
      assigneeName: 'Geschäftsstelle',
      dueOn: '2022-02-01',
      doneOn: '2021-12-01',
    });
    await expectCountsAsRowsSay(core);
    await core.database!.query('DELETE FROM action_item WHERE id = ?', [dated!.id]);
    await expectCountsAsRowsSay(core);
  });

  it('a schema-10 file opens with its counts as written', async () => {
    const core = await startTestCore(fromFixture(10));
    await expectCountsAsRowsSay(core);
    expect(await core.database!.query('SELECT part, n FROM action_item_part ORDER BY part')).toEqual([
      { part: 'done', n: 1 },
      { part: 'open_due', n: 1 },
      { part: 'open_undated', n: 1 },
    ]);
    const body = (await mustCall(core, 'bodies.list', {})).find((row) => row.id === 1);
    expect(body).toMatchObject({ memberCount: 3, currentMemberCount: 1 });
  });
});
