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
    for (const statement of [...TABLES, ...TRIGGERS, ...FILL]) await queryRunner.query(statement);
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
 * counts directly), with the search path fixed at creation so no one can slip in their own tables.
 */
const OWNER_RIGHTS = 'SECURITY DEFINER SET search_path FROM CURRENT';

/** One trigger function per derived table, for insert, update and delete alike (TG_OP tells which). */
const TRIGGERS = [
  `CREATE FUNCTION lbw_measure_derived() RETURNS trigger LANGUAGE plpgsql ${OWNER_RIGHTS} AS $$
   BEGIN
     IF TG_OP IN ('UPDATE', 'DELETE') THEN
       UPDATE measure_count SET n = n - 1 WHERE edition_id = OLD.edition_id AND status = OLD.status AND field_of_action_id = OLD.field_of_action_id;
       UPDATE measure_lead SET n = n - 1 WHERE edition_id = OLD.edition_id AND lead = OLD.lead;
       DELETE FROM measure_lead WHERE edition_id = OLD.edition_id AND lead = OLD.lead AND n <= 0;
       UPDATE measure_activity_day SET n = n - 1 WHERE edition_id = OLD.edition_id AND status = OLD.status AND day = OLD.last_activity_on;
       DELETE FROM measure_activity_day WHERE edition_id = OLD.edition_id AND status = OLD.status AND day = OLD.last_activity_on AND n <= 0;
     END IF;
     IF TG_OP IN ('UPDATE', 'INSERT') THEN
       INSERT INTO measure_count (edition_id, status, field_of_action_id, n) VALUES (NEW.edition_id, NEW.status, NEW.field_of_action_id, 1)
         ON CONFLICT (edition_id, status, field_of_action_id) DO UPDATE SET n = measure_count.n + 1;
       INSERT INTO measure_lead (edition_id, lead, lead_key, n) VALUES (NEW.edition_id, NEW.lead, NEW.lead_key, 1)
         ON CONFLICT (edition_id, lead) DO UPDATE SET n = measure_lead.n + 1, lead_key = excluded.lead_key;
       INSERT INTO measure_activity_day (edition_id, status, day, n) VALUES (NEW.edition_id, NEW.status, NEW.last_activity_on, 1)
         ON CONFLICT (edition_id, status, day) DO UPDATE SET n = measure_activity_day.n + 1;
     END IF;
     IF TG_OP = 'UPDATE' AND NEW.edition_id IS DISTINCT FROM OLD.edition_id THEN
       UPDATE measure_tag_use SET n = n - 1 WHERE edition_id = OLD.edition_id AND tag IN (SELECT tag FROM measure_tag WHERE measure_id = NEW.id);
       DELETE FROM measure_tag_use WHERE edition_id = OLD.edition_id AND n <= 0;
       INSERT INTO measure_tag_use (edition_id, tag, n) SELECT NEW.edition_id, tag, 1 FROM measure_tag WHERE measure_id = NEW.id
         ON CONFLICT (edition_id, tag) DO UPDATE SET n = measure_tag_use.n + 1;
     END IF;
     RETURN NULL;
   END $$`,
  // Only when one of the columns the tables are made of is set (as SQLite's UPDATE OF).
  `CREATE TRIGGER measure_derived AFTER INSERT OR DELETE OR UPDATE OF edition_id, status, field_of_action_id, lead, lead_key, last_activity_on
     ON measure FOR EACH ROW EXECUTE FUNCTION lbw_measure_derived()`,
  // The tags go before the measure, while it can still be found (the cascade would come after).
  `CREATE FUNCTION lbw_measure_tags_first() RETURNS trigger LANGUAGE plpgsql ${OWNER_RIGHTS} AS $$
   BEGIN DELETE FROM measure_tag WHERE measure_id = OLD.id; RETURN OLD; END $$`,
  `CREATE TRIGGER measure_tags_first BEFORE DELETE ON measure FOR EACH ROW EXECUTE FUNCTION lbw_measure_tags_first()`,
  `CREATE FUNCTION lbw_measure_tag_use() RETURNS trigger LANGUAGE plpgsql ${OWNER_RIGHTS} AS $$
   DECLARE edition integer;
   BEGIN
     IF TG_OP IN ('UPDATE', 'DELETE') THEN
       SELECT edition_id INTO edition FROM measure WHERE id = OLD.measure_id;
       UPDATE measure_tag_use SET n = n - 1 WHERE edition_id = edition AND tag = OLD.tag;
       DELETE FROM measure_tag_use WHERE edition_id = edition AND tag = OLD.tag AND n <= 0;
     END IF;
     IF TG_OP IN ('UPDATE', 'INSERT') THEN
       SELECT edition_id INTO edition FROM measure WHERE id = NEW.measure_id;
       IF edition IS NOT NULL THEN
         INSERT INTO measure_tag_use (edition_id, tag, n) VALUES (edition, NEW.tag, 1)
           ON CONFLICT (edition_id, tag) DO UPDATE SET n = measure_tag_use.n + 1;
       END IF;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER measure_tag_use AFTER INSERT OR DELETE OR UPDATE OF measure_id, tag ON measure_tag FOR EACH ROW EXECUTE FUNCTION lbw_measure_tag_use()`,
  `CREATE FUNCTION lbw_membership_count() RETURNS trigger LANGUAGE plpgsql ${OWNER_RIGHTS} AS $$
   BEGIN
     IF TG_OP IN ('UPDATE', 'DELETE') THEN UPDATE membership_count SET n = n - 1 WHERE body_id = OLD.body_id; END IF;
     IF TG_OP IN ('UPDATE', 'INSERT') THEN
       INSERT INTO membership_count (body_id, n) VALUES (NEW.body_id, 1) ON CONFLICT (body_id) DO UPDATE SET n = membership_count.n + 1;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER membership_count AFTER INSERT OR DELETE OR UPDATE OF body_id ON membership FOR EACH ROW EXECUTE FUNCTION lbw_membership_count()`,
  `CREATE FUNCTION lbw_membership_count_body() RETURNS trigger LANGUAGE plpgsql ${OWNER_RIGHTS} AS $$
   BEGIN DELETE FROM membership_count WHERE body_id = OLD.id; RETURN NULL; END $$`,
  `CREATE TRIGGER membership_count_body AFTER DELETE ON body FOR EACH ROW EXECUTE FUNCTION lbw_membership_count_body()`,
  `CREATE FUNCTION lbw_action_item_part() RETURNS trigger LANGUAGE plpgsql ${OWNER_RIGHTS} AS $$
   BEGIN
     IF TG_OP IN ('UPDATE', 'DELETE') THEN UPDATE action_item_part SET n = n - 1 WHERE part = ${PART('OLD')}; END IF;
     IF TG_OP IN ('UPDATE', 'INSERT') THEN UPDATE action_item_part SET n = n + 1 WHERE part = ${PART('NEW')}; END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER action_item_part AFTER INSERT OR DELETE OR UPDATE OF done_on, due_on ON action_item FOR EACH ROW EXECUTE FUNCTION lbw_action_item_part()`,
  `CREATE FUNCTION lbw_contact_derived() RETURNS trigger LANGUAGE plpgsql ${OWNER_RIGHTS} AS $$
   BEGIN
     IF TG_OP = 'INSERT' AND ${LISTED('NEW')} THEN UPDATE contact_listed SET n = n + 1; END IF;
     IF TG_OP = 'DELETE' AND ${LISTED('OLD')} THEN UPDATE contact_listed SET n = n - 1; END IF;
     IF TG_OP = 'UPDATE' AND ${LISTED('OLD')} IS DISTINCT FROM ${LISTED('NEW')} THEN
       UPDATE contact_listed SET n = n + (CASE WHEN ${LISTED('NEW')} THEN 1 ELSE -1 END);
     END IF;
     IF TG_OP IN ('INSERT', 'UPDATE') THEN
       IF TG_OP = 'UPDATE' THEN DELETE FROM contact_category WHERE contact_id = OLD.id; END IF;
       INSERT INTO contact_category (contact_id, category)
         SELECT NEW.id, j.value #>> '{}' FROM jsonb_array_elements(${ARRAY('NEW.categories')}) WITH ORDINALITY AS j(value, position)
          WHERE jsonb_typeof(j.value) = 'string' ORDER BY j.position
         ON CONFLICT DO NOTHING;
     END IF;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER contact_derived AFTER INSERT OR DELETE OR UPDATE OF categories, sort_key ON contact FOR EACH ROW EXECUTE FUNCTION lbw_contact_derived()`,
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
