import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresServer, startPostgres, type TestPostgres } from '../../test-support/postgres-server';
import { tempDir } from '../../test-support/temp-dir';
import { openDatabase } from '../open-database';
import { DERIVED_TABLES, derivedDifferences } from './derived-check';
import { openPostgres } from './open-postgres';

let server: TestPostgres;

/**
 * One day of changes, valid SQL on both engines, touching every trigger: measures created, moved
 * between fields, leads and editions, their status changed and deleted; tags renamed and removed;
 * notes dated and re-dated; categories with the same word in two cases; a contact erased (sort
 * key U+FFFF); members moved and a body deleted; tasks done, dated and deleted.
 */
const CHANGES = [
  `INSERT INTO edition (id, title, period_from, period_to, created_at, updated_at) VALUES (1, 'A', 2026, 2028, 'x', 'x'), (2, 'B', 2028, 2030, 'x', 'x')`,
  `INSERT INTO field_of_action (id, edition_id, name, position, created_at, updated_at) VALUES (1, 1, 'Sprache', 1, 'x', 'x'), (2, 1, 'Arbeit', 2, 'x', 'x'), (3, 2, 'Sprache', 1, 'x', 'x')`,
  `INSERT INTO measure (id, edition_id, field_of_action_id, code, title, status, lead, lead_key, created_at, updated_at) VALUES
     (1, 1, 1, 'S1', 'Sprachcafé', 'proposed', 'Bücherhalle', 'buecherhalle', 'x', 'x'),
     (2, 1, 1, 'S2', 'Kurs', 'adopted', 'Bücherhalle', 'buecherhalle', 'x', 'x'),
     (3, 1, 2, 'A1', 'Jobmesse', 'proposed', 'Jobcenter', 'jobcenter', 'x', 'x'),
     (4, 1, 2, 'A2', 'Mentoring', 'rejected', '', '', 'x', 'x')`,
  `INSERT INTO measure_tag (measure_id, tag) VALUES (1, 'Sprache'), (2, 'Sprache'), (2, 'Kinder'), (3, 'Arbeit'), (4, 'Arbeit')`,
  `INSERT INTO progress_note (id, measure_id, noted_on, text, created_at) VALUES (1, 1, '2026-03-01', 'a', 'x'), (2, 1, '2026-04-01', 'b', 'x'), (3, 3, '2026-02-01', 'c', 'x')`,
  `INSERT INTO status_change (id, measure_id, changed_on, from_status, to_status, created_at) VALUES (1, 2, '2026-05-01', 'proposed', 'adopted', 'x')`,
  `UPDATE progress_note SET noted_on = '2026-01-15' WHERE id = 2`,
  `DELETE FROM progress_note WHERE id = 3`,
  `UPDATE measure SET status = 'implementing' WHERE id = 2`,
  `UPDATE measure SET field_of_action_id = 1 WHERE id = 3`,
  `UPDATE measure SET lead = 'VHS', lead_key = 'vhs' WHERE id = 1`,
  `UPDATE measure SET edition_id = 2, field_of_action_id = 3 WHERE id = 4`,
  `UPDATE measure_tag SET tag = 'Beschäftigung' WHERE measure_id = 3 AND tag = 'Arbeit'`,
  `DELETE FROM measure_tag WHERE measure_id = 2 AND tag = 'Kinder'`,
  `DELETE FROM progress_note WHERE measure_id = 1`,
  `DELETE FROM measure WHERE id = 1`,
  `INSERT INTO contact (id, last_name, categories, sort_key, created_at, updated_at) VALUES
     (1, 'Öz', '["Presse","presse","Rat"]', 'oz', 'x', 'x'), (2, 'Berg', '["Rat"]', 'berg', 'x', 'x'), (3, 'Alt', '[]', 'alt', 'x', 'x'), (4, 'Zed', '["Rat", 7]', 'zed', 'x', 'x')`,
  `UPDATE contact SET categories = '["Rundbrief","Rat"]' WHERE id = 2`,
  `UPDATE contact SET sort_key = '\uFFFF', last_name = 'gelöscht' WHERE id = 3`,
  `DELETE FROM contact WHERE id = 1`,
  `INSERT INTO body (id, name, kind, created_at) VALUES (1, 'Integrationsrat', 'integrationsrat', 'x'), (2, 'AG', 'arbeitsgruppe', 'x')`,
  `INSERT INTO membership (id, contact_id, body_id, created_at) VALUES (1, 2, 1, 'x'), (2, 2, 2, 'x'), (3, 4, 1, 'x')`,
  `UPDATE membership SET body_id = 1 WHERE id = 2`,
  `DELETE FROM membership WHERE id = 3`,
  `DELETE FROM body WHERE id = 2`,
  `INSERT INTO meeting (id, kind, starts_at, created_at, updated_at) VALUES (1, 'council_meeting', '2026-03-12T18:00', 'x', 'x')`,
  `INSERT INTO action_item (id, meeting_id, title, due_on, created_at, updated_at) VALUES (1, 1, 'a', NULL, 'x', 'x'), (2, 1, 'b', '2026-04-01', 'x', 'x'), (3, 1, 'c', NULL, 'x', 'x')`,
  `UPDATE action_item SET done_on = '2026-03-20' WHERE id = 1`,
  `UPDATE action_item SET due_on = '2026-05-01' WHERE id = 3`,
  `DELETE FROM action_item WHERE id = 2`,
];

const TABLES = [...DERIVED_TABLES.map((entry) => entry.table), 'measure'];
type Rows = Record<string, string[]>;

/** Each table's rows as sorted JSON lines (numbers as numbers), comparable across engines. */
async function contents(query: (sql: string) => Promise<Record<string, unknown>[]>, columnsOf: (table: string) => string): Promise<Rows> {
  const result: Rows = {};
  for (const table of TABLES) {
    const rows = await query(`SELECT ${columnsOf(table)} FROM ${table}`);
    result[table] = rows.map((row) => JSON.stringify(Object.values(row).map((value) => (typeof value === 'bigint' ? Number(value) : value)))).sort();
  }
  return result;
}

describe.skipIf(postgresServer.skip)('derived tables on PostgreSQL, kept as SQLite keeps them (a real server)', () => {
  beforeAll(async () => {
    postgresServer.check();
    server = await startPostgres();
  });
  afterAll(() => server?.stop());

  it('ends a day of changes with the same counts, leads, tags, days, members, tasks and categories as SQLite', async () => {
    const columnsOf = (table: string) =>
      table === 'measure' ? 'id, last_activity_on' : table === 'contact_category' ? 'contact_id, category' : '*';
    const opened = await openDatabase(tempDir());
    const sqlite = opened.database!;
    for (const change of CHANGES) await sqlite.write((manager) => manager.query(change));
    const onSqlite = await contents((sql) => sqlite.read((manager) => manager.query(sql)), columnsOf);
    await sqlite.close();

    const postgres = await openPostgres(await server.createDatabase('derived'));
    try {
      for (const change of CHANGES) await postgres.query(change);
      const onPostgres = await contents((sql) => postgres.query(sql), columnsOf);
      expect(onPostgres).toEqual(onSqlite);
      expect(onPostgres.measure_count?.some((row) => row.endsWith(',0]'))).toBe(true); // the same history rows at n = 0
      expect(onPostgres.contact_category).toEqual(['[2,"Rat"]', '[2,"Rundbrief"]', '[4,"Rat"]']);
      expect(await derivedDifferences((sql) => postgres.query(sql))).toEqual([]);
      // The check notices a count that went wrong.
      await postgres.query(`UPDATE membership_count SET n = n + 1`);
      expect(await derivedDifferences((sql) => postgres.query(sql))).toEqual([{ table: 'membership_count', rows: 2 }]);
    } finally {
      await postgres.destroy();
    }
  });

  it('fills the derived tables of a database that was transferred at schema 1', async () => {
    const url = await server.createDatabase('schema_one');
    const { postgresMigrations } = await import('./migrations');
    const first = await openPostgres(url, { migrations: postgresMigrations.slice(0, 1) });
    for (const change of CHANGES.slice(0, 6)) await first.query(change);
    await first.query(`INSERT INTO contact (id, last_name, categories, sort_key, created_at, updated_at) VALUES (1, 'Öz', '["Presse","presse"]', 'oz', 'x', 'x')`);
    await first.destroy();
    const current = await openPostgres(url);
    try {
      expect(await derivedDifferences((sql) => current.query(sql))).toEqual([]);
      expect(await current.query('SELECT n FROM contact_listed')).toEqual([{ n: 1 }]);
      expect(await current.query('SELECT category FROM contact_category')).toEqual([{ category: 'Presse' }]);
    } finally {
      await current.destroy();
    }
  });
});
