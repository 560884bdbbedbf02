import type { MigrationInterface, QueryRunner } from 'typeorm';
import { STATUS_RANK_SQL } from '../../measure-sort-keys';

/**
 * PostgreSQL schema 6: the lists' first pages as index walks, as SQLite's schema 9 and later have
 * them (one index per sort column within an edition, each ending in number and id), measured with
 * `npm run bench -- --engine postgres`: without them the measures list sorted the whole edition
 * (50,000 rows at 10×) for each page. The sort keys are made for byte order (measure-sort-keys.ts),
 * so they sort by code point whatever collation IT gave the database.
 */
export class PostgresListOrder1764115300006 implements MigrationInterface {
  name = 'PostgresListOrder1764115300006';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of STATEMENTS) await queryRunner.query(statement);
  }

  async down(): Promise<void> {
    throw new Error('PostgreSQL schema 6 cannot be undone; restore a backup instead.');
  }
}

const SORT_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['title_key', 'title_key'],
  ['lead_key', 'lead_key'],
  ['priority', 'priority_points'],
  ['updated', 'updated_at'],
  ['status_rank', `(${STATUS_RANK_SQL})`],
];

const STATEMENTS: readonly string[] = [
  ...['code_key', 'title_key', 'lead_key', 'lead_fold'].map((column) => `ALTER TABLE measure ALTER COLUMN ${column} TYPE text COLLATE "C"`),
  'CREATE INDEX ix_measure_code_key ON measure (edition_id, code_key, id)',
  ...SORT_COLUMNS.map(([name, column]) => `CREATE INDEX ix_measure_${name} ON measure (edition_id, ${column}, code_key, id)`),
  'CREATE INDEX ix_measure_counts ON measure (edition_id, status, field_of_action_id, lead_fold)',
  'CREATE INDEX ix_measure_field_order ON measure (field_of_action_id, code_key, id)',
  'CREATE INDEX ix_measure_stale ON measure (edition_id, status, last_activity_on, code)',
  'CREATE INDEX ix_action_item_open ON action_item (done_on, due_on)',
  'CREATE INDEX ix_status_change_created ON status_change (created_at)',
  'CREATE INDEX ix_membership_body ON membership (body_id, date_to)',
  'CREATE INDEX ix_meeting_live ON meeting (live_at) WHERE live_at IS NOT NULL',
];
