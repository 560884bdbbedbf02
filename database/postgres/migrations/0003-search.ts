import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL schema 3: full-text search as the users know it from SQLite's FTS5 (unicode61 with
 * diacritics removed, every word a prefix): PostgreSQL's own tsvector, with `unaccent` so "Ozdemir"
 * finds "Özdemir" (and "Strasse" "Straße"), lower case, no stemming – a prefix query "Sprachkurs"
 * finds "Sprachkurse" as on SQLite, and never a different word that only shares a stem. Weights as
 * SQLite's bm25: a measure's title before its code, description and goal, then its notes; a person's
 * name before their organisations, function and e-mail addresses. Kept by triggers, once per
 * statement where many rows come at once (a transfer, an import).
 */
export class PostgresSearch1764115300003 implements MigrationInterface {
  name = 'PostgresSearch1764115300003';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ schema }] = await queryRunner.query('SELECT quote_ident(current_schema()) AS schema');
    for (const statement of STATEMENTS) await queryRunner.query(statement.replaceAll('__SCHEMA__', schema));
  }

  async down(): Promise<void> {
    throw new Error('PostgreSQL schema 3 cannot be undone; restore a backup instead.');
  }
}

const OWNER_RIGHTS = 'SECURITY DEFINER SET search_path = __SCHEMA__, pg_temp';
const WORDS = 'asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart, int, uint';
/**
 * Text as FTS5's unicode61 tokenizer sees it: every punctuation mark separates words, so an e-mail
 * address, "Al-Masri" or "SP-1" are their parts (PostgreSQL's parser would keep an address whole,
 * or drop it: only word types are mapped).
 */
const words = (text: string) => `to_tsvector('lbw_suche', regexp_replace(${text}, '[[:punct:]]+', ' ', 'g'))`;

const STATEMENTS: readonly string[] = [
  // unaccent is a trusted extension: the database's owner may add it. A server without it (no
  // postgresql-contrib) stops here with its own message (cli.postgres.no-unaccent).
  `CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA __SCHEMA__`,
  `CREATE TEXT SEARCH CONFIGURATION lbw_suche (COPY = pg_catalog.simple)`,
  `ALTER TEXT SEARCH CONFIGURATION lbw_suche ALTER MAPPING FOR ${WORDS} WITH unaccent, simple`,
  `CREATE TABLE measure_search (id integer PRIMARY KEY REFERENCES measure (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE, document tsvector NOT NULL)`,
  `CREATE INDEX ix_measure_search ON measure_search USING gin (document)`,
  `CREATE TABLE contact_search (id integer PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE, document tsvector NOT NULL)`,
  `CREATE INDEX ix_contact_search ON contact_search USING gin (document)`,
  // One place says what a record's document holds; triggers and the first fill use it.
  `CREATE FUNCTION lbw_measure_documents(measures integer[]) RETURNS void LANGUAGE sql ${OWNER_RIGHTS} AS $$
    INSERT INTO measure_search (id, document)
    SELECT m.id,
           setweight(${words('m.title')}, 'A') || setweight(${words('m.code')}, 'B') ||
           setweight(${words(`m.description || ' ' || m.goal`)}, 'C') ||
           setweight(${words(`coalesce((SELECT string_agg(n.text, ' ' ORDER BY n.id) FROM progress_note n WHERE n.measure_id = m.id), '')`)}, 'D')
      FROM measure m WHERE m.id = ANY(measures)
    ON CONFLICT (id) DO UPDATE SET document = excluded.document $$`,
  `CREATE FUNCTION lbw_contact_documents(contacts integer[]) RETURNS void LANGUAGE sql ${OWNER_RIGHTS} AS $$
    INSERT INTO contact_search (id, document)
    SELECT c.id,
           setweight(${words(`c.title || ' ' || c.first_name || ' ' || c.last_name`)}, 'A') ||
           setweight(${words(`coalesce((SELECT string_agg(o.name, ' ') FROM contact_organization co JOIN organization o ON o.id = co.organization_id WHERE co.contact_id = c.id), '')`)}, 'B') ||
           setweight(${words(`c.function || ' ' || coalesce((SELECT string_agg(e.value #>> '{}', ' ') FROM jsonb_array_elements(
                       CASE WHEN jsonb_typeof(c.emails::jsonb) = 'array' THEN c.emails::jsonb ELSE '[]'::jsonb END) AS e(value)), '')`)}, 'C')
      FROM contact c WHERE c.id = ANY(contacts)
    ON CONFLICT (id) DO UPDATE SET document = excluded.document $$`,
  ...documentTriggers('measure', 'lbw_measure_documents', 'id', { update: ['code', 'title', 'description', 'goal'] }),
  ...documentTriggers('progress_note', 'lbw_measure_documents', 'measure_id', { update: ['measure_id', 'text'], delete: true }),
  ...documentTriggers('contact', 'lbw_contact_documents', 'id', { update: ['title', 'first_name', 'last_name', 'function', 'emails'] }),
  ...documentTriggers('contact_organization', 'lbw_contact_documents', 'contact_id', { delete: true }),
  `SELECT lbw_measure_documents(ARRAY(SELECT id FROM measure))`,
  `SELECT lbw_contact_documents(ARRAY(SELECT id FROM contact))`,
];

/**
 * Statement triggers that rebuild the documents of the records a statement touched – on update
 * only where one of the `update` columns changed (a status change leaves the document alone); a
 * deleted record's document goes by cascade.
 */
function documentTriggers(table: string, rebuild: string, idColumn: string, events: { update?: readonly string[]; delete?: boolean }): string[] {
  const changed = (columns: readonly string[]) => {
    const differs = `(${columns.map((column) => `o.${column}`).join(', ')}) IS DISTINCT FROM (${columns.map((column) => `n.${column}`).join(', ')})`;
    // (both records when the row moved from one to another: a note to another measure)
    return `SELECT unnest(ARRAY[o.${idColumn}, n.${idColumn}]) FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${differs}`;
  };
  const base = `lbw_${table}_search`;
  const on = (event: 'INSERT' | 'UPDATE' | 'DELETE', tables: string, ids: string) => [
    `CREATE FUNCTION ${base}_${event.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql ${OWNER_RIGHTS} AS $$
     BEGIN PERFORM ${rebuild}(ARRAY(${ids})); RETURN NULL; END $$`,
    `CREATE TRIGGER ${base}_${event.toLowerCase()} AFTER ${event} ON ${table} REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION ${base}_${event.toLowerCase()}()`,
  ];
  return [
    ...on('INSERT', 'NEW TABLE AS new_rows', `SELECT DISTINCT ${idColumn} FROM new_rows`),
    ...(events.update ? on('UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows', changed(events.update)) : []),
    ...(events.delete ? on('DELETE', 'OLD TABLE AS old_rows', `SELECT DISTINCT ${idColumn} FROM old_rows`) : []),
  ];
}
