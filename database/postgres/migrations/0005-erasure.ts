import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL schema 5: what the DSGVO erasure needs of the server, for a Verwaltung login that
 * owns no table.
 * - The append-only history (status changes, minutes corrections) lets one thing through: an
 *   erasure's replacement of a person's name in its free-text columns, made by
 *   `lbw_erase_history_text` with the owner's rights. A login cannot pass for it: the trigger
 *   checks both the flag that function sets and that the table's owner is the one changing it.
 *   EXECUTE is revoked from everyone here and granted to Verwaltung by `shared init` (logins.ts).
 * - Contacts are ordered by `sort_key` by code point, as in SQLite, whatever collation IT gave
 *   the database (a de_DE database would otherwise sort the keys and the range bounds differently).
 */
export class PostgresErasure1764115300005 implements MigrationInterface {
  name = 'PostgresErasure1764115300005';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ schema }] = await queryRunner.query('SELECT quote_ident(current_schema()) AS schema');
    for (const statement of STATEMENTS) await queryRunner.query(statement.replaceAll('__SCHEMA__', schema));
  }

  async down(): Promise<void> {
    throw new Error('PostgreSQL schema 5 cannot be undone; restore a backup instead.');
  }
}

/** The free-text columns of the guarded history an erasure may rewrite, per table. */
const ERASABLE = `CASE p_table WHEN 'status_change' THEN ARRAY['reason'] WHEN 'minutes_correction' THEN ARRAY['text', 'reason'] END`;

const STATEMENTS: readonly string[] = [
  `CREATE OR REPLACE FUNCTION lbw_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND current_setting('lbw.erasing', true) = 'on'
         AND current_user = (SELECT tableowner FROM pg_tables WHERE schemaname = TG_TABLE_SCHEMA AND tablename = TG_TABLE_NAME) THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
    END $$`,
  `CREATE FUNCTION lbw_erase_history_text(p_table text, p_id integer, p_columns text[], p_values text[]) RETURNS void
     LANGUAGE plpgsql SECURITY DEFINER SET search_path = __SCHEMA__, pg_temp AS $$
    DECLARE
      allowed text[] := ${ERASABLE};
      assignments text;
    BEGIN
      IF allowed IS NULL OR NOT (p_columns <@ allowed) OR cardinality(p_columns) <> cardinality(p_values) OR cardinality(p_columns) = 0 THEN
        RAISE EXCEPTION 'not an erasable column of %', p_table USING ERRCODE = 'insufficient_privilege';
      END IF;
      SELECT string_agg(format('%I = $2[%s]', column_name, position), ', ') INTO assignments
        FROM unnest(p_columns) WITH ORDINALITY AS c(column_name, position);
      PERFORM set_config('lbw.erasing', 'on', true);
      EXECUTE format('UPDATE %I SET %s WHERE id = $1', p_table, assignments) USING p_id, p_values;
      PERFORM set_config('lbw.erasing', 'off', true);
    END $$`,
  `REVOKE EXECUTE ON FUNCTION lbw_erase_history_text(text, integer, text[], text[]) FROM PUBLIC`,
  `ALTER TABLE contact ALTER COLUMN sort_key TYPE text COLLATE "C"`,
];
