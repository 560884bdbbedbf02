import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { mustCall, startTestCore } from '../../test-support/core';
import { tempDir } from '../../test-support/temp-dir';
import { databaseFileIn, openDatabase } from '../open-database';
import { migrations, SCHEMA_VERSION } from './index';

const fixturesDir = path.resolve(import.meta.dirname, '..', 'fixtures');
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A data folder holding a copy of the fixture written by the release with that schema version. */
function fromFixture(version: number): string {
  const dataDir = tempDir();
  fs.copyFileSync(path.join(fixturesDir, `schema-${version}.sqlite`), databaseFileIn(dataDir));
  return dataDir;
}

function readOnly<T>(file: string, sql: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.all(sql, (error, rows) => db.close(() => (error ? reject(error) : resolve(rows as T[]))));
    });
  });
}

/** Changes a copy of a fixture as an older release could have (before the app opens it). */
function writeRaw(file: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (openError) => {
      if (openError) return reject(openError);
      db.exec(sql, (error) => db.close(() => (error ? reject(error) : resolve())));
    });
  });
}

describe('migrations from every released schema version', () => {
  it('has a fixture for every schema version', () => {
    for (let version = 1; version <= SCHEMA_VERSION; version++) {
      expect(fs.existsSync(path.join(fixturesDir, `schema-${version}.sqlite`)), `schema-${version}.sqlite`).toBe(true);
    }
  });

  it('schema 1 → current: fields of action move into a first edition; settings kept; a backup is made first', async () => {
    const core = await startTestCore(fromFixture(1));
    expect(core.status.database).toMatchObject({ state: 'ready', schemaVersion: SCHEMA_VERSION });
    const [edition] = await mustCall(core, 'editions.list', {});
    expect(edition).toMatchObject({ title: 'Leitbild', fieldCount: 2, measureCount: 0 });
    const fields = await mustCall(core, 'fieldsOfAction.list', { editionId: edition!.id });
    expect(fields.map((field) => [field.position, field.name, field.shortCode])).toEqual([
      [1, 'Zusammenleben in Harburg', 'ZL'],
      [2, 'Deutsch als Sprache', 'DS'],
    ]);
    expect(await mustCall(core, 'settings.get', {})).toMatchObject({ districtName: 'Bezirksamt Harburg', language: 'de' });
    const backups = (await mustCall(core, 'backups.overview', {})).backups;
    expect(backups.map((backup) => backup.kind)).toEqual(['pre-migration']);
    expect(await readOnly(path.join(core.backups.folder(), backups[0]!.fileName), 'PRAGMA user_version')).toEqual([{ user_version: 1 }]);
    expect(await mustCall(core, 'maintenance.checkIntegrity', {})).toMatchObject({ ok: true });
  });

  it('schema 2 → current: editions, measures, history, notes, tags and search intact', async () => {
    const core = await startTestCore(fromFixture(2));
    const [edition] = await mustCall(core, 'editions.list', {});
    expect(edition).toMatchObject({ title: 'Zusammenleben in Vielfalt', drucksache: '21-2519', measureCount: 1 });
    const list = await mustCall(core, 'measures.list', { editionId: edition!.id });
    const measure = await mustCall(core, 'measures.get', { id: list.rows[0]!.id });
    expect(measure).toMatchObject({ code: 'ZL-01', status: 'implementing', tags: ['Begegnung'] });
    expect(measure.history).toHaveLength(6);
    expect(measure.notes.map((note) => note.text)).toEqual(['Fest mit 900 Gästen']);
    expect(await mustCall(core, 'measures.search', { text: 'Nachbarschaftsfest' })).toHaveLength(1);
    expect(await mustCall(core, 'settings.get', {})).toMatchObject({ userName: 'Frau Yılmaz' });
  });

  it('schema 3 → current: recorded motions and their measures intact', async () => {
    const core = await startTestCore(fromFixture(3));
    const [edition] = await mustCall(core, 'editions.list', {});
    const motions = await core.database!.query<Array<{ subject: string; fraktionen: string }>>('SELECT subject, fraktionen FROM motion');
    expect(motions).toEqual([{ subject: 'Maßnahmen für 2022–2024', fraktionen: '["SPD","GRÜNE"]' }]);
    expect(await core.database!.query('SELECT measure_id FROM motion_measure')).toEqual([{ measure_id: 1 }]);
    expect(edition).toMatchObject({ measureCount: 1 });
  });

  it('schema 4 → current: contacts, organisations, bodies, memberships and the contact search intact', async () => {
    const core = await startTestCore(fromFixture(4));
    const [contact] = (await mustCall(core, 'contacts.list', { text: 'Ozdemir' })).rows;
    expect(contact).toMatchObject({ lastName: 'Özdemir', organizations: ['Türkischer Elternverein Harburg e. V.'], consent: 'given' });
    const detail = await mustCall(core, 'contacts.get', { id: contact!.id });
    expect(detail.memberships).toMatchObject([{ bodyName: 'Harburger Integrationsrat', role: 'chair', from: '2021-01-01', to: null }]);
    expect(await mustCall(core, 'bodies.list', {})).toMatchObject([{ name: 'Harburger Integrationsrat', shortName: 'HIR', memberCount: 1 }]);
  });

  it('schema 5 → current: meetings with agenda, attendance, decision, action item, approval and correction intact', async () => {
    const core = await startTestCore(fromFixture(5));
    const meeting = await mustCall(core, 'meetings.get', { id: 1 });
    expect(meeting).toMatchObject({ title: '3. Sitzung – Arbeitsgruppe Integrationskonzept', state: 'minutes_approved', approvedInMeetingId: 2 });
    expect(meeting.agenda.map((item) => [item.number, item.title, item.papers])).toEqual([
      ['1', 'Begrüßung', []],
      ['Ö 2', 'ZL-02 Begegnungscafé', ['21-1967']],
    ]);
    expect(meeting.agenda[1]!.decision).toMatchObject({ voteText: '5 Ja, 2 Nein, 1 Enthaltung', voteMismatchConfirmed: true, effects: [{ code: 'ZL-02', toStatus: 'recommended' }] });
    expect(meeting.attendance.map((row) => [row.name, row.guest])).toEqual([
      ['Ayşe Özdemir', false],
      ['Herr Gast', true],
    ]);
    expect(meeting.corrections).toMatchObject([{ reason: 'Hinweis der Vorsitzenden' }]);
    expect((await mustCall(core, 'meetings.get', { id: 2 })).carriedActionItems.map((item) => item.title)).toEqual(['Kosten klären']);
    const measure = await mustCall(core, 'measures.get', { id: 2 });
    expect(measure.history.at(-1)!.meeting).toMatchObject({ id: 1, itemNumber: 'Ö 2', date: '2022-03-16' });
  });

  it('schema 5 → current: attendance rows take the Fraktion their contact has now; guests none', async () => {
    const dataDir = fromFixture(5);
    await writeRaw(databaseFileIn(dataDir), `UPDATE contact SET fraktion = 'GRÜNE' WHERE id = 1`);
    const core = await startTestCore(dataDir);
    expect(await core.database!.query('SELECT id, fraktion FROM attendance ORDER BY id')).toEqual([
      { id: 1, fraktion: 'GRÜNE' },
      { id: 2, fraktion: '' },
    ]);
  });

  it('schema 6 → current: a deputy of another Fraktion does not count for a missing member', async () => {
    // Held: on a planned meeting schema 7 turns "present" into "expected" (next test).
    const dataDir = fromFixture(6);
    await writeRaw(databaseFileIn(dataDir), `UPDATE meeting SET state = 'held', ends_at = '2022-05-04T20:00' WHERE id = 2`);
    const core = await startTestCore(dataDir);
    const meeting = await mustCall(core, 'meetings.get', { id: 2 });
    expect(meeting.attendance.map((row) => [row.name, row.role, row.status])).toEqual([
      ['Erika Brandt', 'SPD', 'excused'],
      ['Piotr Nowak', 'Stellvertretung, CDU', 'present'],
    ]);
    expect(meeting.counts).toMatchObject({ present: 1, votingPresent: 0, votingTotal: 1, quorate: false });
  });

  it('schema 6 → current: presence on meetings not yet held becomes "expected"; every meeting gets its own random .ics UID', async () => {
    const dataDir = fromFixture(6);
    await writeRaw(
      databaseFileIn(dataDir),
      `INSERT INTO meeting (id, kind, body_id, number, starts_at, place, state, created_at, updated_at)
         VALUES (3, 'ag_session', 2, 5, '2099-01-10T18:00', '', 'held', '2026-11-26T09:00:00.000Z', '2026-11-26T09:00:00.000Z');
       INSERT INTO attendance (id, meeting_id, contact_id, guest_name, role, fraktion, guest, voting, status, position, created_at)
         VALUES (5, 3, 2, '', 'SPD', 'SPD', 0, 1, 'present', 1, '2026-11-26T09:00:00.000Z');`,
    );
    const core = await startTestCore(dataDir);
    // Meeting 1 was held (kept), 2 is planned, 3 lies in the future although marked held.
    expect(await core.database!.query('SELECT id, meeting_id AS meetingId, status FROM attendance ORDER BY id')).toEqual([
      { id: 1, meetingId: 1, status: 'present' },
      { id: 2, meetingId: 1, status: 'present' },
      { id: 3, meetingId: 2, status: 'excused' },
      { id: 4, meetingId: 2, status: 'expected' },
      { id: 5, meetingId: 3, status: 'expected' },
    ]);
    const uids = (await core.database!.query<Array<{ uid: string; sequence: number; fingerprint: string | null }>>(
      'SELECT ics_uid AS uid, ics_sequence AS sequence, ics_fingerprint AS fingerprint FROM meeting ORDER BY id',
    ));
    for (const row of uids) {
      expect(row.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row).toMatchObject({ sequence: 0, fingerprint: null });
    }
    expect(new Set(uids.map((row) => row.uid)).size).toBe(3);
    expect(await mustCall(core, 'bodies.list', {})).toMatchObject([{ name: 'Arbeitsgruppe Integrationskonzept', nameGenitive: '' }, { nameGenitive: '' }]);
  });

  it('schema 7 → current: genitive, .ics identity and "expected" attendance intact', async () => {
    const core = await startTestCore(fromFixture(7));
    expect((await mustCall(core, 'bodies.list', {})).find((body) => body.id === 1)).toMatchObject({ nameGenitive: 'des Harburger Integrationsrats' });
    const planned = await mustCall(core, 'meetings.get', { id: 3 });
    expect(planned).toMatchObject({ bodyGenitive: 'des Harburger Integrationsrats', counts: { expected: 1, present: 0 } });
    expect(planned.attendance.map((row) => row.status)).toEqual(['expected']);
    // A later change of title makes the next export raise SEQUENCE from the stored 2.
    expect(await mustCall(core, 'meetings.calendarEntry', { id: 1 })).toEqual({ uid: '6f1c1f0e-3b7a-4c55-9a51-2d0f3c8e7b21', sequence: 3 });
  });

  it('schema 7 → current: contacts from before get no guessed origin; the Auskunft says it was not recorded (issue 13)', async () => {
    const core = await startTestCore(fromFixture(7));
    expect((await mustCall(core, 'contacts.get', { id: 1 })).origin).toBe('');
    const file = await mustCall(core, 'contacts.disclosure', { id: 1 });
    const json = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '')) as { art15: { source: string[] } };
    expect(json.art15.source.join(' ')).toContain('wurde vor dieser Version der Kontaktverwaltung nicht festgehalten');
  });

  it('schema 8 → current: the recorded origins intact', async () => {
    const core = await startTestCore(fromFixture(8));
    expect((await mustCall(core, 'contacts.get', { id: 1 })).origin).toBe('');
    expect((await mustCall(core, 'contacts.get', { id: 2 })).origin).toBe('Import aus „Outlook-Export.csv“ am 03.12.2026');
    expect((await mustCall(core, 'contacts.get', { id: 3 })).origin).toBe('Von Hand erfasst am 04.12.2026');
  });

  it('schema 8 → current: every measure gets its sort keys; the list pages in German order with numbers by value (issue 17)', async () => {
    const dataDir = fromFixture(8);
    await writeRaw(
      databaseFileIn(dataDir),
      `INSERT INTO measure (id, edition_id, field_of_action_id, code, title, lead, status, created_at, updated_at) VALUES
         (3, 1, 1, 'B-10', 'Öffentliche Bücherhalle', 'Bücherhalle Harburg', 'proposed', 'x', 'x'),
         (4, 1, 1, 'B-2', 'Ärztliche Sprechstunde', 'Gesundheitsamt', 'proposed', 'x', 'x'),
         (5, 1, 1, 'ÜB-01', 'Übersetzungsdienst', '', 'proposed', 'x', 'x')`,
    );
    const core = await startTestCore(dataDir);
    expect(await core.database!.query('SELECT id, code_key AS codeKey, title_key AS titleKey, lead_key AS leadKey, lead_fold AS leadFold FROM measure ORDER BY id')).toEqual([
      { id: 1, codeKey: 'zl-000000000001', titleKey: 'interkulturelles nachbarschaftsfest', leadKey: 'bezirksamt', leadFold: 'bezirksamt' },
      { id: 2, codeKey: 'zl-000000000002', titleKey: 'begegnungscafe', leadKey: '', leadFold: '' },
      { id: 3, codeKey: 'b-000000000010', titleKey: 'offentliche bucherhalle', leadKey: 'bucherhalle harburg', leadFold: 'bucherhalle harburg' },
      { id: 4, codeKey: 'b-000000000002', titleKey: 'arztliche sprechstunde', leadKey: 'gesundheitsamt', leadFold: 'gesundheitsamt' },
      { id: 5, codeKey: 'ub-000000000001', titleKey: 'ubersetzungsdienst', leadKey: '', leadFold: '' },
    ]);
    const codes = async (input: { sortKey?: 'code' | 'title'; offset?: number; limit?: number; lead?: string }) =>
      (await mustCall(core, 'measures.list', { editionId: 1, ...input })).rows.map((row) => row.code);
    expect(await codes({})).toEqual(['B-2', 'B-10', 'ÜB-01', 'ZL-01', 'ZL-02']);
    expect(await codes({ sortKey: 'title' })).toEqual(['B-2', 'ZL-02', 'ZL-01', 'B-10', 'ÜB-01']);
    expect(await codes({ offset: 2, limit: 2 })).toEqual(['ÜB-01', 'ZL-01']);
    expect(await codes({ lead: 'BUCHERHALLE' })).toEqual(['B-10']);
    const plan = await core.database!.query<Array<{ detail: string }>>(
      'EXPLAIN QUERY PLAN SELECT m.id FROM measure m WHERE m.edition_id = 1 ORDER BY m.code_key, m.id LIMIT 100',
    );
    expect(plan.map((step) => step.detail).join('; ')).toMatch(/USING (COVERING )?INDEX ix_measure_code_key/);
    expect(plan.map((step) => step.detail).join('; ')).not.toContain('TEMP B-TREE');
  });

  it('schema 8 → current: each measure gets its day of last activity and contacts their category rows, kept by triggers from then on (issue 17)', async () => {
    const dataDir = fromFixture(8);
    await writeRaw(databaseFileIn(dataDir), `UPDATE contact SET categories = '["Presse","presse","Newsletter"]', consent_withdrawn_on = '2025-01-01', consent_date = '2024-01-01' WHERE id = 2`);
    const core = await startTestCore(dataDir);
    // ZL-01: last change 2022-09-01, newest note 2024-09-06; ZL-02: one change on 2022-03-16, no note.
    expect(await core.database!.query('SELECT id, last_activity_on AS day FROM measure ORDER BY id')).toEqual([
      { id: 1, day: '2024-09-06' },
      { id: 2, day: '2022-03-16' },
    ]);
    expect(await core.database!.query('SELECT edition_id AS editionId, status, field_of_action_id AS fieldId, n FROM measure_count ORDER BY status')).toEqual([
      { editionId: 1, status: 'implementing', fieldId: 1, n: 1 },
      { editionId: 1, status: 'recommended', fieldId: 1, n: 1 },
    ]);
    expect(await core.database!.query('SELECT contact_id AS contactId, category FROM contact_category ORDER BY contact_id, category')).toEqual([
      { contactId: 1, category: 'Integrationsrat' },
      { contactId: 2, category: 'Newsletter' },
      { contactId: 2, category: 'Presse' },
    ]);
    expect(await mustCall(core, 'contacts.categories', {})).toEqual(['Integrationsrat', 'Newsletter', 'Presse']);
    const names = async (input: { category?: string; consent?: 'given' | 'withdrawn' | 'none' }) =>
      (await mustCall(core, 'contacts.list', input)).rows.map((row) => row.lastName);
    expect(await names({ category: 'PRESSE' })).toEqual(['Brandt']);
    expect(await names({ consent: 'withdrawn' })).toEqual(['Brandt']);
    expect(await names({ consent: 'given' })).toEqual(['Özdemir']);
    expect(await names({ consent: 'none' })).toEqual(['Nowak']);
    // The contact search is rebuilt with a three-letter prefix index and finds what it found before.
    const [searchSql] = await core.database!.query<Array<{ sql: string }>>(`SELECT sql FROM sqlite_master WHERE name = 'contact_search'`);
    expect(searchSql!.sql).toContain(`prefix = '3'`);
    expect((await mustCall(core, 'contacts.list', { text: 'oez' })).rows.map((row) => row.lastName)).toEqual(['Özdemir']);
    expect((await mustCall(core, 'contacts.list', { text: 'Elternverein' })).rows.map((row) => row.lastName)).toEqual(['Özdemir']);
    await mustCall(core, 'measures.addNote', { measureId: 2, notedOn: '2026-12-01', text: 'Café läuft' });
    await mustCall(core, 'contacts.erase', { id: 2 });
    expect(await core.database!.query('SELECT last_activity_on AS day FROM measure WHERE id = 2')).toEqual([{ day: '2026-12-01' }]);
    expect(await core.database!.query('SELECT contact_id AS contactId FROM contact_category ORDER BY contact_id')).toEqual([{ contactId: 1 }]);
    expect(await mustCall(core, 'contacts.categories', {})).toEqual(['Integrationsrat']);
  });

  it('schema 9 → current: sort keys and the order they give intact', async () => {
    const core = await startTestCore(fromFixture(9));
    const list = await mustCall(core, 'measures.list', { editionId: 1 });
    expect(list.rows.map((row) => row.code)).toEqual(['B-2', 'B-10', 'ÜB-01', 'ZL-01', 'ZL-02']);
    expect(list).toMatchObject({ total: 5, statusCounts: { proposed: 2, in_review: 1, implementing: 1, recommended: 1 } });
    expect(list.rows[1]!.tags).toEqual(['Ehrenamt', 'Sprache']);
    expect((await mustCall(core, 'measures.list', { editionId: 1, sortKey: 'lead' })).rows.map((row) => row.lead)).toEqual([
      '',
      'Bezirksamt',
      'Bezirksamt, Fachamt 2',
      'Bücherhalle Harburg',
      'Gesundheitsamt',
    ]);
    expect(await core.database!.query('SELECT id, last_activity_on AS day FROM measure ORDER BY id')).toEqual([
      { id: 1, day: '2024-09-06' },
      { id: 2, day: '2022-03-16' },
      { id: 3, day: '2026-12-01' },
      { id: 4, day: '2026-12-03' },
      { id: 5, day: '2026-12-01' },
    ]);
    expect(await mustCall(core, 'contacts.categories', {})).toEqual(['Integrationsrat', 'Newsletter', 'Politik', 'Presse']);
    const names = async (input: { category?: string; consent?: 'given' | 'withdrawn' }) => (await mustCall(core, 'contacts.list', input)).rows.map((row) => row.lastName);
    expect(await names({ category: 'presse' })).toEqual(['Brandt', 'Şahin']);
    expect(await names({ consent: 'given' })).toEqual(['Özdemir', 'Şahin']);
    expect(await names({ consent: 'withdrawn' })).toEqual(['Brandt']);
    // Schema 11 rebuilt the measure search with prefix indexes, schema 14 with longer ones (up to six characters).
    const [searchSql] = await core.database!.query<Array<{ sql: string }>>(`SELECT sql FROM sqlite_master WHERE name = 'measure_search'`);
    expect(searchSql!.sql).toContain(`prefix = '1 2 3 4 5 6'`);
    const codes = async (text: string) => (await mustCall(core, 'measures.search', { text, limit: 50 })).map((hit) => hit.code).sort();
    expect(await codes('Lesepaten gefunden')).toEqual(['B-10']);
    expect(await codes('ub')).toEqual(['ÜB-01']);
    expect(await codes('Ü')).toEqual(['ÜB-01']);
    expect(await codes('B')).toEqual(['B-10', 'B-2', 'ZL-02']);
  });

  it('schema 11 → current: the measure search with prefix indexes still finds notes written after the rebuild', async () => {
    const core = await startTestCore(fromFixture(11));
    const codes = async (text: string) => (await mustCall(core, 'measures.search', { text, limit: 50 })).map((hit) => hit.code);
    expect(await codes('Sprachmittlung')).toEqual(['ÜB-01']);
    expect((await codes('Sp')).sort()).toEqual(['B-2', 'ÜB-01']);
    await mustCall(core, 'measures.addNote', { measureId: 1, notedOn: '2026-12-05', text: 'Sprechzeiten verlängert' });
    expect((await codes('Spr')).sort()).toEqual(['B-2', 'ZL-01', 'ÜB-01']);
  });

  it('schema 14 → current: every measure at version 1, saved by nobody named; schema 15 keeps its versions and names (issue 19)', async () => {
    const versions = async (dataDir: string) => {
      const core = await startTestCore(dataDir);
      return (await core.database!.query('SELECT id, version, updated_by AS updatedBy FROM measure ORDER BY id')) as Array<{ id: number; version: number; updatedBy: string }>;
    };
    expect(new Set((await versions(fromFixture(14))).map((row) => `${row.version}/${row.updatedBy}`))).toEqual(new Set(['1/']));
    expect((await versions(fromFixture(15))).find((row) => row.id === 2)).toEqual({ id: 2, version: 3, updatedBy: 'Frau Yılmaz' });
  });

  it('a migration that fails midway leaves the file as it was', async () => {
    const dataDir = fromFixture(1);
    const file = databaseFileIn(dataDir);
    // The app's files are in WAL mode; the fixture is stored in rollback mode to stay one file.
    await writeRaw(file, 'PRAGMA journal_mode = WAL');
    const before = sha256(file);
    class FailsMidway implements MigrationInterface {
      name = 'FailsMidway9999999999999';
      async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query('CREATE TABLE half_done (id INTEGER)');
        await queryRunner.query('INSERT INTO half_done VALUES (1)');
        throw new Error('power cut');
      }
      async down(): Promise<void> {}
    }
    await expect(openDatabase(dataDir, { migrations: [...migrations, FailsMidway] })).rejects.toThrow('power cut');
    expect(sha256(file)).toBe(before);
    expect(await readOnly(file, 'PRAGMA user_version')).toEqual([{ user_version: 1 }]);
    const tables = await readOnly<{ name: string }>(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    expect(tables.map((table) => table.name)).not.toContain('edition');
    expect(tables.map((table) => table.name)).not.toContain('half_done');
  });
});
