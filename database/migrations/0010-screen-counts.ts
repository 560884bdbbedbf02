import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema version 10: the first calls of the start, measures, contacts, tasks and meeting screens
 * take the same time at ten times the data (issue 17). What they counted or collected over whole
 * tables on every visit is kept by triggers instead, and the rest reads narrow indexes:
 * - `measure_lead` and `measure_tag_use`: the leads and tags in use per edition (the filter's choices);
 * - `measure_activity_day`: measures per edition, status and day of last activity, so the start screen's
 *   number of stalled measures adds up days (a few hundred at most) instead of counting measures;
 * - `contact_listed`: how many contacts the list shows (all but erased ones);
 * - `action_item_part`: how many tasks are open with a due day, open without one, and done;
 * - `membership_count`: a body's members (all times); the current ones are this minus the few ended or
 *   not yet begun, which ix_membership_body and ix_membership_start count from the index alone;
 * - ix_action_item_meeting gains `done_on`, so a meeting's carried-over tasks are found without
 *   reading every task of the body's earlier meetings.
 * Counts that drop to 0 are deleted (tags and leads are free text and would pile up otherwise).
 */
export class ScreenCounts1764115200010 implements MigrationInterface {
  name = 'ScreenCounts1764115200010';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await addMeasureLeads(run);
    await addMeasureTagUse(run);
    await addMeasureActivityDays(run);
    await addContactListed(run);
    await addActionItemParts(run);
    await addMembershipCounts(run);
    await run('DROP INDEX ix_action_item_meeting');
    await run('CREATE INDEX ix_action_item_meeting ON action_item (meeting_id, done_on)');
  }

  async down(): Promise<void> {
    throw new Error('Schema version 10 cannot be undone; restore a backup instead.');
  }
}

type Run = (sql: string) => Promise<unknown>;

/** Leads per edition with their sort key (a function of the lead, set by the service with it). */
async function addMeasureLeads(run: Run): Promise<void> {
  await run(`
    CREATE TABLE measure_lead (
      edition_id INTEGER NOT NULL,
      lead       TEXT NOT NULL,
      lead_key   TEXT NOT NULL,
      n          INTEGER NOT NULL,
      PRIMARY KEY (edition_id, lead)
    ) WITHOUT ROWID`);
  await run(`INSERT INTO measure_lead (edition_id, lead, lead_key, n)
             SELECT edition_id, lead, min(lead_key), count(*) FROM measure GROUP BY edition_id, lead`);
  const add = (row: string) => `INSERT INTO measure_lead (edition_id, lead, lead_key, n) VALUES (${row}.edition_id, ${row}.lead, ${row}.lead_key, 1)
    ON CONFLICT DO UPDATE SET n = n + 1, lead_key = excluded.lead_key;`;
  const remove = (row: string) => `UPDATE measure_lead SET n = n - 1 WHERE edition_id = ${row}.edition_id AND lead = ${row}.lead;
    DELETE FROM measure_lead WHERE edition_id = ${row}.edition_id AND lead = ${row}.lead AND n <= 0;`;
  await run(`CREATE TRIGGER measure_lead_insert AFTER INSERT ON measure BEGIN ${add('new')} END`);
  await run(`CREATE TRIGGER measure_lead_update AFTER UPDATE OF edition_id, lead, lead_key ON measure BEGIN ${remove('old')} ${add('new')} END`);
  await run(`CREATE TRIGGER measure_lead_delete AFTER DELETE ON measure BEGIN ${remove('old')} END`);
}

/** Measures per edition, status and `last_activity_on` (itself kept by the triggers of migration 9). */
async function addMeasureActivityDays(run: Run): Promise<void> {
  await run(`
    CREATE TABLE measure_activity_day (
      edition_id INTEGER NOT NULL,
      status     TEXT NOT NULL,
      day        TEXT NOT NULL,
      n          INTEGER NOT NULL,
      PRIMARY KEY (edition_id, status, day)
    ) WITHOUT ROWID`);
  await run(`INSERT INTO measure_activity_day (edition_id, status, day, n)
             SELECT edition_id, status, last_activity_on, count(*) FROM measure GROUP BY edition_id, status, last_activity_on`);
  const add = (row: string) => `INSERT INTO measure_activity_day (edition_id, status, day, n) VALUES (${row}.edition_id, ${row}.status, ${row}.last_activity_on, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;`;
  const where = (row: string) => `edition_id = ${row}.edition_id AND status = ${row}.status AND day = ${row}.last_activity_on`;
  const remove = (row: string) => `UPDATE measure_activity_day SET n = n - 1 WHERE ${where(row)};
    DELETE FROM measure_activity_day WHERE ${where(row)} AND n <= 0;`;
  await run(`CREATE TRIGGER measure_activity_day_insert AFTER INSERT ON measure BEGIN ${add('new')} END`);
  await run(`CREATE TRIGGER measure_activity_day_update AFTER UPDATE OF edition_id, status, last_activity_on ON measure BEGIN ${remove('old')} ${add('new')} END`);
  await run(`CREATE TRIGGER measure_activity_day_delete AFTER DELETE ON measure BEGIN ${remove('old')} END`);
}

/** Tags per edition. A tag row has no edition: it is the measure's, read while the measure still exists. */
async function addMeasureTagUse(run: Run): Promise<void> {
  await run(`
    CREATE TABLE measure_tag_use (
      edition_id INTEGER NOT NULL,
      tag        TEXT NOT NULL,
      n          INTEGER NOT NULL,
      PRIMARY KEY (edition_id, tag)
    ) WITHOUT ROWID`);
  await run(`INSERT INTO measure_tag_use (edition_id, tag, n)
             SELECT m.edition_id, t.tag, count(*) FROM measure_tag t JOIN measure m ON m.id = t.measure_id GROUP BY m.edition_id, t.tag`);
  const add = (editionId: string, tag: string) => `INSERT INTO measure_tag_use (edition_id, tag, n) SELECT ${editionId}, ${tag}, 1 WHERE ${editionId} IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + 1;`;
  const remove = (editionId: string, tag: string) => `UPDATE measure_tag_use SET n = n - 1 WHERE edition_id = ${editionId} AND tag = ${tag};
    DELETE FROM measure_tag_use WHERE edition_id = ${editionId} AND tag = ${tag} AND n <= 0;`;
  const editionOf = (measureId: string) => `(SELECT edition_id FROM measure WHERE id = ${measureId})`;
  await run(`CREATE TRIGGER measure_tag_use_insert AFTER INSERT ON measure_tag BEGIN ${add(editionOf('new.measure_id'), 'new.tag')} END`);
  await run(`CREATE TRIGGER measure_tag_use_update AFTER UPDATE OF measure_id, tag ON measure_tag BEGIN
    ${remove(editionOf('old.measure_id'), 'old.tag')} ${add(editionOf('new.measure_id'), 'new.tag')} END`);
  await run(`CREATE TRIGGER measure_tag_use_delete AFTER DELETE ON measure_tag BEGIN ${remove(editionOf('old.measure_id'), 'old.tag')} END`);
  // The tags of a deleted measure go first, while its edition can still be read (the cascade would come too late).
  await run(`CREATE TRIGGER measure_tag_use_measure_delete BEFORE DELETE ON measure BEGIN DELETE FROM measure_tag WHERE measure_id = old.id; END`);
  await run(`CREATE TRIGGER measure_tag_use_measure_move AFTER UPDATE OF edition_id ON measure BEGIN
    UPDATE measure_tag_use SET n = n - 1 WHERE edition_id = old.edition_id AND tag IN (SELECT tag FROM measure_tag WHERE measure_id = new.id);
    DELETE FROM measure_tag_use WHERE edition_id = old.edition_id AND n <= 0;
    INSERT INTO measure_tag_use (edition_id, tag, n) SELECT new.edition_id, tag, 1 FROM measure_tag WHERE measure_id = new.id
      ON CONFLICT DO UPDATE SET n = n + 1;
  END`);
}

/**
 * The contacts the list shows: every one whose sort key is below an erased contact's (U+FFFF,
 * ERASED_SORT_KEY in contact-queries.ts), the same test the list pages with. One row.
 */
async function addContactListed(run: Run): Promise<void> {
  const listed = (row: string) => `(${row}.sort_key < char(65535))`;
  await run('CREATE TABLE contact_listed (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)');
  await run(`INSERT INTO contact_listed (id, n) SELECT 1, count(*) FROM contact c WHERE ${listed('c')}`);
  await run(`CREATE TRIGGER contact_listed_insert AFTER INSERT ON contact WHEN ${listed('new')} BEGIN UPDATE contact_listed SET n = n + 1; END`);
  await run(`CREATE TRIGGER contact_listed_delete AFTER DELETE ON contact WHEN ${listed('old')} BEGIN UPDATE contact_listed SET n = n - 1; END`);
  await run(`CREATE TRIGGER contact_listed_update AFTER UPDATE OF sort_key ON contact WHEN ${listed('old')} IS NOT ${listed('new')} BEGIN
    UPDATE contact_listed SET n = n + (CASE WHEN ${listed('new')} THEN 1 ELSE -1 END); END`);
}

/** Which part of the task list a task is in (the parts of ActionItemsService, without the day-dependent "overdue"). */
const ACTION_ITEM_PART_SQL = (row: string) =>
  `(CASE WHEN ${row}.done_on IS NOT NULL THEN 'done' WHEN ${row}.due_on IS NOT NULL THEN 'open_due' ELSE 'open_undated' END)`;

async function addActionItemParts(run: Run): Promise<void> {
  await run('CREATE TABLE action_item_part (part TEXT PRIMARY KEY NOT NULL, n INTEGER NOT NULL) WITHOUT ROWID');
  await run(`INSERT INTO action_item_part (part, n) VALUES ('done', 0), ('open_due', 0), ('open_undated', 0)`);
  await run(`UPDATE action_item_part SET n = (SELECT count(*) FROM action_item a WHERE ${ACTION_ITEM_PART_SQL('a')} = action_item_part.part)`);
  const change = (row: string, by: string) => `UPDATE action_item_part SET n = n ${by} WHERE part = ${ACTION_ITEM_PART_SQL(row)};`;
  await run(`CREATE TRIGGER action_item_part_insert AFTER INSERT ON action_item BEGIN ${change('new', '+ 1')} END`);
  await run(`CREATE TRIGGER action_item_part_delete AFTER DELETE ON action_item BEGIN ${change('old', '- 1')} END`);
  await run(`CREATE TRIGGER action_item_part_update AFTER UPDATE OF done_on, due_on ON action_item BEGIN ${change('old', '- 1')} ${change('new', '+ 1')} END`);
}

async function addMembershipCounts(run: Run): Promise<void> {
  await run('CREATE TABLE membership_count (body_id INTEGER PRIMARY KEY NOT NULL, n INTEGER NOT NULL)');
  await run('INSERT INTO membership_count (body_id, n) SELECT body_id, count(*) FROM membership GROUP BY body_id');
  const add = (row: string) => `INSERT INTO membership_count (body_id, n) VALUES (${row}.body_id, 1) ON CONFLICT DO UPDATE SET n = n + 1;`;
  const remove = (row: string) => `UPDATE membership_count SET n = n - 1 WHERE body_id = ${row}.body_id;`;
  await run(`CREATE TRIGGER membership_count_insert AFTER INSERT ON membership BEGIN ${add('new')} END`);
  await run(`CREATE TRIGGER membership_count_update AFTER UPDATE OF body_id ON membership BEGIN ${remove('old')} ${add('new')} END`);
  await run(`CREATE TRIGGER membership_count_delete AFTER DELETE ON membership BEGIN ${remove('old')} END`);
  await run('CREATE TRIGGER membership_count_body_delete AFTER DELETE ON body BEGIN DELETE FROM membership_count WHERE body_id = old.id; END');
  // Members not yet begun, counted from the index alone (ended ones: ix_membership_body (body_id, date_to)).
  await run('CREATE INDEX ix_membership_start ON membership (body_id, date_from, date_to)');
}
