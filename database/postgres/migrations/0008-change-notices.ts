import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables people change (the derived ones follow them by trigger and need no notice of their own). */
export const NOTIFYING_TABLES = [
  'app_setting',
  'edition',
  'field_of_action',
  'guideline',
  'measure',
  'measure_tag',
  'progress_note',
  'status_change',
  'organization',
  'contact',
  'contact_organization',
  'body',
  'membership',
  'meeting',
  'agenda_item',
  'agenda_item_measure',
  'agenda_item_paper',
  'attendance',
  'decision',
  'action_item',
  'minutes_correction',
  'motion',
  'motion_measure',
] as const;

/**
 * PostgreSQL schema 8: every committed change names its table on the channel `lbw_change`, so the
 * apps of colleagues refresh their open lists and pages (LISTEN/NOTIFY, main/core/change-feed.ts).
 * One notice per statement and table; the server sends it at commit and drops the same notice
 * repeated within one transaction, so a bulk change of 500 measures is one notice, not 500.
 */
export class PostgresChangeNotices1764115300008 implements MigrationInterface {
  name = 'PostgresChangeNotices1764115300008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION lbw_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('lbw_change', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of NOTIFYING_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER lbw_notify_${table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION lbw_notify_change()`,
      );
    }
  }

  async down(): Promise<void> {
    throw new Error('PostgreSQL schema 8 cannot be undone; restore a backup instead.');
  }
}
