import type { MigrationInterface, QueryRunner } from 'typeorm';
import { measureSortKeys, STATUS_RANK_SQL } from '../measure-sort-keys';

/** Rows filled per UPDATE: one statement per chunk, not one per measure. */
const CHUNK = 2000;

/**
 * Schema version 9: the measures list sorts, filters and pages in SQL. Sort keys for number,
 * title and lead (German order, numbers by value: "B-2" before "B-10"), the folded lead for the
 * lead filter, and indexes for the first page in number order and for the common filters. The
 * keys need JavaScript (Unicode folding), so existing rows are filled from here, in chunks.
 *
 * Also, so the start screen and the contact filters stay flat as data grows (issue 17):
 * - `measure.last_activity_on` (newest progress note or status change, '' for none), kept by
 *   triggers, with an index for "stalled measures";
 * - `measure_count`, the number of measures per edition, status and field, kept by triggers, so the
 *   start screen's table does not count every measure of the edition on each visit;
 * - `contact_category`, the contacts' JSON categories as rows (kept by triggers), for the category
 *   filter and the list of categories in use;
 * - an index on the consent state, the expression of CONSENT_SQL (contact-records.ts) verbatim;
 * - `contact_search` rebuilt with a prefix index of three characters (same columns, rank and content
 *   as 0004; its triggers stay), so the third keystroke of a search is one lookup, not a merge of
 *   every term beginning with it.
 */
export class MeasureSortKeys1764115200009 implements MigrationInterface {
  name = 'MeasureSortKeys1764115200009';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['code_key', 'title_key', 'lead_key', 'lead_fold']) {
      await queryRunner.query(`ALTER TABLE measure ADD COLUMN ${column} TEXT NOT NULL DEFAULT ''`);
    }
    const rows: Array<{ id: number; code: string; title: string; lead: string }> = await queryRunner.query('SELECT id, code, title, lead FROM measure');
    for (let start = 0; start < rows.length; start += CHUNK) {
      const keys = rows.slice(start, start + CHUNK).map((row) => ({ id: row.id, ...measureSortKeys(row) }));
      await queryRunner.query(
        `UPDATE measure SET code_key = k.value ->> 'codeKey', title_key = k.value ->> 'titleKey',
                            lead_key = k.value ->> 'leadKey', lead_fold = k.value ->> 'leadFold'
         FROM json_each(?) AS k WHERE measure.id = k.value ->> 'id'`,
        [JSON.stringify(keys)],
      );
    }
    // One index per sort column within an edition, each ending in number and id (the tie-break),
    // so the first page of any order is an index walk, not a sort of the whole edition.
    await queryRunner.query('CREATE INDEX ix_measure_code_key ON measure (edition_id, code_key, id)');
    for (const [name, column] of [
      ['title_key', 'title_key'],
      ['lead_key', 'lead_key'],
      ['priority', 'priority_points'],
      ['updated', 'updated_at'],
      ['status_rank', `(${STATUS_RANK_SQL})`],
    ]) {
      await queryRunner.query(`CREATE INDEX ix_measure_${name} ON measure (edition_id, ${column}, code_key, id)`);
    }
    // The counts per status under any filter read this index alone (no row lookups); it replaces (edition_id, status).
    await queryRunner.query('DROP INDEX ix_measure_status');
    await queryRunner.query('CREATE INDEX ix_measure_counts ON measure (edition_id, status, field_of_action_id, lead_fold)');
    // The field filter in number order, and the field order (fields by position, each in number order).
    await queryRunner.query('DROP INDEX ix_measure_field');
    await queryRunner.query('CREATE INDEX ix_measure_field ON measure (field_of_action_id, code_key, id)');
    await addLastActivity(queryRunner);
    await addMeasureCounts(queryRunner);
    await addContactCategories(queryRunner);
    await rebuildContactSearch(queryRunner);
    // Must equal CONSENT_SQL in contact-records.ts, or SQLite does not use it (a contacts test reads the plan).
    await queryRunner.query(`CREATE INDEX ix_contact_consent ON contact ((CASE WHEN consent_withdrawn_on IS NOT NULL THEN 'withdrawn'
      WHEN consent_date IS NOT NULL THEN 'given' ELSE 'none' END), sort_key, id)`);
  }

  async down(): Promise<void> {
    throw new Error('Schema version 9 cannot be undone; restore a backup instead.');
  }
}

/** The newest day a measure was worked on: its latest progress note or status change ('' for neither). */
const lastActivitySql = (measureId: string) =>
  `max(coalesce((SELECT max(noted_on) FROM progress_note WHERE measure_id = ${measureId}), ''),
       coalesce((SELECT max(changed_on) FROM status_change WHERE measure_id = ${measureId}), ''))`;

/**
 * Stored, so "stalled measures" is one index range instead of two lookups per measure. A new measure
 * has neither notes nor changes yet, which the default '' says; its first status change sets the day.
 */
async function addLastActivity(queryRunner: QueryRunner): Promise<void> {
  const run = (sql: string) => queryRunner.query(sql);
  await run(`ALTER TABLE measure ADD COLUMN last_activity_on TEXT NOT NULL DEFAULT ''`);
  await run(`UPDATE measure SET last_activity_on = ${lastActivitySql('measure.id')}`);
  const refresh = (measureId: string) => `UPDATE measure SET last_activity_on = ${lastActivitySql(measureId)} WHERE id = ${measureId};`;
  // The history is append-only (0002): inserts are all it gets.
  await run(`CREATE TRIGGER measure_activity_change_insert AFTER INSERT ON status_change BEGIN ${refresh('new.measure_id')} END`);
  await run(`CREATE TRIGGER measure_activity_note_insert AFTER INSERT ON progress_note BEGIN ${refresh('new.measure_id')} END`);
  await run(`CREATE TRIGGER measure_activity_note_update AFTER UPDATE OF measure_id, noted_on ON progress_note BEGIN
    ${refresh('old.measure_id')} ${refresh('new.measure_id')} END`);
  await run(`CREATE TRIGGER measure_activity_note_delete AFTER DELETE ON progress_note BEGIN ${refresh('old.measure_id')} END`);
  // Ends in code (the list's tie-break): per status the first page is an index walk, no sort of every stalled measure.
  await run('CREATE INDEX ix_measure_stale ON measure (edition_id, status, last_activity_on, code)');
}

/**
 * One row per contact and category (case as ASCII NOCASE, as the filter always compared), kept from
 * the JSON column by triggers; erasure empties the JSON, so an erased contact has none.
 */
async function addContactCategories(queryRunner: QueryRunner): Promise<void> {
  const run = (sql: string) => queryRunner.query(sql);
  await run(`
    CREATE TABLE contact_category (
      contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
      category   TEXT NOT NULL COLLATE NOCASE,
      PRIMARY KEY (contact_id, category)
    ) WITHOUT ROWID`);
  await run('CREATE INDEX ix_contact_category ON contact_category (category, contact_id)');
  const fill = (contact: string) =>
    `INSERT OR IGNORE INTO contact_category (contact_id, category) SELECT ${contact}.id, j.value FROM json_each(${contact}.categories) j WHERE j.type = 'text';`;
  await run(`INSERT OR IGNORE INTO contact_category (contact_id, category)
             SELECT c.id, j.value FROM contact c, json_each(c.categories) j WHERE j.type = 'text'`);
  await run(`CREATE TRIGGER contact_category_insert AFTER INSERT ON contact BEGIN ${fill('new')} END`);
  await run(`CREATE TRIGGER contact_category_update AFTER UPDATE OF categories ON contact BEGIN
    DELETE FROM contact_category WHERE contact_id = old.id; ${fill('new')} END`);
  await run('CREATE TRIGGER contact_category_delete AFTER DELETE ON contact BEGIN DELETE FROM contact_category WHERE contact_id = old.id; END');
}

/** As 0004 made it, plus `prefix = '3'` (one and two letters search surnames by sort key instead). */
async function rebuildContactSearch(queryRunner: QueryRunner): Promise<void> {
  const run = (sql: string) => queryRunner.query(sql);
  await run('DROP TABLE contact_search');
  await run(`
    CREATE VIRTUAL TABLE contact_search USING fts5(
      name, organizations, function, emails,
      tokenize = 'unicode61 remove_diacritics 2', prefix = '3'
    )`);
  await run(`INSERT INTO contact_search (contact_search, rank) VALUES ('rank', 'bm25(8.0, 4.0, 2.0, 2.0)')`);
  // The same text the triggers of 0004 write (an erased contact's is empty but for the placeholder name).
  await run(`
    INSERT INTO contact_search (rowid, name, organizations, function, emails)
    SELECT c.id, c.title || ' ' || c.first_name || ' ' || c.last_name,
           coalesce((SELECT group_concat(o.name, ' ') FROM contact_organization co JOIN organization o ON o.id = co.organization_id WHERE co.contact_id = c.id), ''),
           c.function, coalesce((SELECT group_concat(value, ' ') FROM json_each(c.emails)), '')
    FROM contact c`);
}

/** Counts per edition, status and field; a row that drops to 0 stays (read with n > 0). */
async function addMeasureCounts(queryRunner: QueryRunner): Promise<void> {
  const run = (sql: string) => queryRunner.query(sql);
  await run(`
    CREATE TABLE measure_count (
      edition_id         INTEGER NOT NULL,
      status             TEXT NOT NULL,
      field_of_action_id INTEGER NOT NULL,
      n                  INTEGER NOT NULL,
      PRIMARY KEY (edition_id, status, field_of_action_id)
    ) WITHOUT ROWID`);
  await run(`INSERT INTO measure_count (edition_id, status, field_of_action_id, n)
             SELECT edition_id, status, field_of_action_id, count(*) FROM measure GROUP BY edition_id, status, field_of_action_id`);
  const add = (row: string) => `INSERT INTO measure_count (edition_id, status, field_of_action_id, n)
    VALUES (${row}.edition_id, ${row}.status, ${row}.field_of_action_id, 1) ON CONFLICT DO UPDATE SET n = n + 1;`;
  const remove = (row: string) => `UPDATE measure_count SET n = n - 1
    WHERE edition_id = ${row}.edition_id AND status = ${row}.status AND field_of_action_id = ${row}.field_of_action_id;`;
  await run(`CREATE TRIGGER measure_count_insert AFTER INSERT ON measure BEGIN ${add('new')} END`);
  await run(`CREATE TRIGGER measure_count_update AFTER UPDATE OF edition_id, status, field_of_action_id ON measure BEGIN ${remove('old')} ${add('new')} END`);
  await run(`CREATE TRIGGER measure_count_delete AFTER DELETE ON measure BEGIN ${remove('old')} END`);
}
