import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL schema 2: the tables SQLite derives by triggers from what people entered – counts per
 * edition, status and field; leads; tags in use; days of last activity; members per body; open
 * and done tasks; a person's categories; the number of listed contacts – kept the same way here,
 * row for row, so that the services read them with the same SQL on both engines. Filled from the
 * rows already there (a database transferred at schema 1). The search indexes are not here: on
 * PostgreSQL they are its own full-text search, built with the services that use it.
 */
export class PostgresDerivedTables1764115300002 implements MigrationInterface {
  name = 'PostgresDerivedTables1764115300002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ schema }] = await queryRunner.query('SELECT quote_ident(current_schema()) AS schema');
    for (const statement of [...TABLES, ...TRIGGERS, ...FILL]) await queryRunner.query(statement.replaceAll('__SCHEMA__', schema));
  }

  async down(): Promise<void> {
    throw new Error('PostgreSQL schema 2 cannot be undone; restore a backup instead.');
  }
}

const TABLES = [
  `CREATE TABLE measure_count (edition_id integer NOT NULL, status text NOT NULL, field_of_action_id integer NOT NULL, n integer NOT NULL,
     PRIMARY KEY (edition_id, status, field_of_action_id))`,
  `CREATE TABLE measure_lead (edition_id integer NOT NULL, lead text NOT NULL, lead_key text NOT NULL, n integer NOT NULL, PRIMARY KEY (edition_id, lead))`,
  `CREATE TABLE measure_tag_use (edition_id integer NOT NULL, tag text NOT NULL, n integer NOT NULL, PRIMARY KEY (edition_id, tag))`,
  `CREATE TABLE measure_activity_day (edition_id integer NOT NULL, status text NOT NULL, day text NOT NULL, n integer NOT NULL, PRIMARY KEY (edition_id, status, day))`,
  `CREATE TABLE membership_count (body_id integer PRIMARY KEY, n integer NOT NULL)`,
  `CREATE TABLE action_item_part (part text PRIMARY KEY, n integer NOT NULL)`,
  `INSERT INTO action_item_part (part, n) VALUES ('done', 0), ('open_due', 0), ('open_undated', 0)`,
  `CREATE TABLE contact_listed (id integer PRIMARY KEY CHECK (id = 1), n integer NOT NULL)`,
  // The rows a statement emptied, found without reading the table.
  `CREATE INDEX ix_measure_lead_empty ON measure_lead (edition_id) WHERE n <= 0`,
  `CREATE INDEX ix_measure_activity_day_empty ON measure_activity_day (edition_id) WHERE n <= 0`,
  `CREATE INDEX ix_measure_tag_use_empty ON measure_tag_use (edition_id) WHERE n <= 0`,
  `INSERT INTO contact_listed (id, n) VALUES (1, 0)`,
  // SQLite: COLLATE NOCASE in the key. Here: the key as written, and one per contact whatever the case.
  `CREATE TABLE contact_category (contact_id integer NOT NULL REFERENCES contact (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
     category text NOT NULL, PRIMARY KEY (contact_id, category))`,
  `CREATE UNIQUE INDEX ux_contact_category_nocase ON contact_category (contact_id, lower(category))`,
  `CREATE INDEX ix_contact_category ON contact_category (lower(category), contact_id)`,
];

/** A sort key of U+FFFF marks a contact that is not listed (erased); compared byte-wise as SQLite does. */
const LISTED = (row: string) => `(${row}.sort_key COLLATE "C" < chr(65535) COLLATE "C")`;
/** A JSON list as jsonb; anything else as an empty list (the app writes only lists; SQLite would take an object's text values). */
const ARRAY = (column: string) => `(CASE WHEN jsonb_typeof(${column}::jsonb) = 'array' THEN ${column}::jsonb ELSE '[]'::jsonb END)`;
const PART = (row: string) => `(CASE WHEN ${row}.done_on IS NOT NULL THEN 'done' WHEN ${row}.due_on IS NOT NULL THEN 'open_due' ELSE 'open_undated' END)`;

/**
 * The derived tables are written with the owner's rights (a login may change a measure, not its
 * counts directly), with the search path fixed to the schema (and pg_temp last) so no one can slip
 * in tables of their own.
 */
const OWNER_RIGHTS = 'SECURITY DEFINER SET search_path = __SCHEMA__, pg_temp';

/**
 * A count table kept once per statement: the rows a statement removed count −1, the rows it wrote
 * +1, summed per key (transition tables). Row by row, an import of 200,000 contacts would update
 * the one row of contact_listed 200,000 times in one transaction – on PostgreSQL each update walks
 * every earlier version of that row, so the time grows with the square of the rows.
 */
interface CountTable {
  readonly table: string;
  readonly key: readonly string[];
  /** The keyed rows of a transition table `rows` (columns named as `key`, one line per counted row). */
  readonly counted: (rows: string) => string;
  /** Rows that reach n ≤ 0 go (as SQLite's triggers delete them); false keeps them at 0. */
  readonly dropEmpty: boolean;
  /** Further columns set from the newest counted rows (measure_lead.lead_key). */
  readonly carried?: string;
}

function countFunction({ table, key, counted, dropEmpty, carried }: CountTable, name: string, events: { old: boolean; new: boolean }): string {
  const keys = key.join(', ');
  const parts = [
    ...(events.old ? [`SELECT ${keys}, -1 AS delta${carried ? `, NULL::text AS ${carried}` : ''} FROM (${counted('old_rows')}) AS gone`] : []),
    ...(events.new ? [`SELECT ${keys}, 1 AS delta${carried ? `, ${carried}` : ''} FROM (${counted('new_rows')}) AS came`] : []),
  ];
  const carriedColumn = carried ? `, ${carried}` : '';
  // (a key only counted down carries '' – its row is there already and keeps its value)
  const carriedValue = carried ? `, coalesce(max(${carried}), '')` : '';
  const carriedUpdate = carried ? `, ${carried} = CASE WHEN excluded.${carried} <> '' THEN excluded.${carried} ELSE t.${carried} END` : '';
  // (one row per key: ON CONFLICT may touch each row once; a partial index finds the emptied ones)
  return `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql ${OWNER_RIGHTS} AS $$
   BEGIN
     INSERT INTO ${table} AS t (${keys}, n${carriedColumn})
       SELECT ${keys}, sum(delta)${carriedValue} FROM (${parts.join(' UNION ALL ')}) AS change GROUP BY ${keys} HAVING sum(delta) <> 0
       ON CONFLICT (${keys}) DO UPDATE SET n = t.n + excluded.n${carriedUpdate};
     ${dropEmpty ? `DELETE FROM ${table} WHERE n <= 0;` : ''}
     RETURN NULL;
   END $$`;
}

/** Three statement triggers (a trigger with transition tables serves one event) and their functions. */
function countTriggers(count: CountTable, source: string): string[] {
  const base = `lbw_${count.table}_${source}`;
  return [
    countFunction(count, `${base}_added`, { old: false, new: true }),
    countFunction(count, `${base}_removed`, { old: true, new: false }),
    countFunction(count, `${base}_changed`, { old: true, new: true }),
    `CREATE TRIGGER ${base}_added AFTER INSERT ON ${source} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${base}_added()`,
    `CREATE TRIGGER ${base}_removed AFTER DELETE ON ${source} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${base}_removed()`,
    `CREATE TRIGGER ${base}_changed AFTER UPDATE ON ${source} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${base}_changed()`,
  ];
}

const COUNTS: ReadonlyArray<{ count: CountTable; source: string }> = [
  { source: 'measure', count: { table: 'measure_count', key: ['edition_id', 'status', 'field_of_action_id'], counted: (rows) => `SELECT edition_id, status, field_of_action_id FROM ${rows}`, dropEmpty: false } },
  { source: 'measure', count: { table: 'measure_lead', key: ['edition_id', 'lead'], counted: (rows) => `SELECT edition_id, lead, lead_key FROM ${rows}`, dropEmpty: true, carried: 'lead_key' } },
  { source: 'measure', count: { table: 'measure_activity_day', key: ['edition_id', 'status', 'day'], counted: (rows) => `SELECT edition_id, status, last_activity_on AS day FROM ${rows}`, dropEmpty: true } },
  // A measure's tags move with it to another edition (its own tags are deleted before it goes: see below).
  { source: 'measure', count: { table: 'measure_tag_use', key: ['edition_id', 'tag'], counted: (rows) => `SELECT r.edition_id, t.tag FROM ${rows} r JOIN measure_tag t ON t.measure_id = r.id`, dropEmpty: true } },
  { source: 'measure_tag', count: { table: 'measure_tag_use', key: ['edition_id', 'tag'], counted: (rows) => `SELECT m.edition_id, r.tag FROM ${rows} r JOIN measure m ON m.id = r.measure_id`, dropEmpty: true } },
  { source: 'membership', count: { table: 'membership_count', key: ['body_id'], counted: (rows) => `SELECT body_id FROM ${rows}`, dropEmpty: false } },
  {
    source: 'action_item',
    count: { table: 'action_item_part', key: ['part'], counted: (rows) => `SELECT ${PART('r')} AS part FROM ${rows} r`, dropEmpty: false },
  },
  { source: 'contact', count: { table: 'contact_listed', key: ['id'], counted: (rows) => `SELECT 1 AS id FROM ${rows} r WHERE ${LISTED('r')}`, dropEmpty: false } },
];

const TRIGGERS = [
  ...COUNTS.flatMap(({ count, source }) => countTriggers(count, source)),
  // The tags go before the measure, while its edition can still be read (a cascade would come after).
  `CREATE FUNCTION lbw_measure_tags_first() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN DELETE FROM measure_tag WHERE measure_id = OLD.id; RETURN OLD; END $$`,
  `CREATE TRIGGER measure_tags_first BEFORE DELETE ON measure FOR EACH ROW EXECUTE FUNCTION lbw_measure_tags_first()`,
  `CREATE FUNCTION lbw_membership_count_body() RETURNS trigger LANGUAGE plpgsql ${OWNER_RIGHTS} AS $$
   BEGIN DELETE FROM membership_count WHERE body_id = OLD.id; RETURN NULL; END $$`,
  `CREATE TRIGGER membership_count_body AFTER DELETE ON body FOR EACH ROW EXECUTE FUNCTION lbw_membership_count_body()`,
  // A person's categories: one row each, written per contact (no row shared between contacts).
  `CREATE FUNCTION lbw_contact_categories() RETURNS trigger LANGUAGE plpgsql ${OWNER_RIGHTS} AS $$
   BEGIN
     IF TG_OP = 'UPDATE' THEN DELETE FROM contact_category WHERE contact_id = OLD.id; END IF;
     INSERT INTO contact_category (contact_id, category)
       SELECT NEW.id, j.value #>> '{}' FROM jsonb_array_elements(${ARRAY('NEW.categories')}) WITH ORDINALITY AS j(value, position)
        WHERE jsonb_typeof(j.value) = 'string' ORDER BY j.position
       ON CONFLICT DO NOTHING;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER contact_categories AFTER INSERT OR UPDATE OF categories ON contact FOR EACH ROW EXECUTE FUNCTION lbw_contact_categories()`,
];

/** What the triggers would have written for the rows already there (a database transferred at schema 1). */
const FILL = [
  `INSERT INTO measure_count (edition_id, status, field_of_action_id, n) SELECT edition_id, status, field_of_action_id, count(*) FROM measure GROUP BY 1, 2, 3`,
  `INSERT INTO measure_lead (edition_id, lead, lead_key, n) SELECT DISTINCT ON (edition_id, lead) edition_id, lead, lead_key, count(*) OVER (PARTITION BY edition_id, lead)
     FROM measure ORDER BY edition_id, lead, id DESC`,
  `INSERT INTO measure_tag_use (edition_id, tag, n) SELECT m.edition_id, t.tag, count(*) FROM measure_tag t JOIN measure m ON m.id = t.measure_id GROUP BY 1, 2`,
  `INSERT INTO measure_activity_day (edition_id, status, day, n) SELECT edition_id, status, last_activity_on, count(*) FROM measure GROUP BY 1, 2, 3`,
  `INSERT INTO membership_count (body_id, n) SELECT body_id, count(*) FROM membership GROUP BY 1`,
  `UPDATE action_item_part p SET n = (SELECT count(*) FROM action_item a WHERE ${PART('a')} = p.part)`,
  `UPDATE contact_listed SET n = (SELECT count(*) FROM contact c WHERE ${LISTED('c')})`,
  `INSERT INTO contact_category (contact_id, category)
     SELECT c.id, j.value #>> '{}' FROM contact c, jsonb_array_elements(${ARRAY('c.categories')}) WITH ORDINALITY AS j(value, position)
      WHERE jsonb_typeof(j.value) = 'string' ORDER BY c.id, j.position
     ON CONFLICT DO NOTHING`,
];
