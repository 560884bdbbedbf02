import type { MigrationInterface, QueryRunner } from 'typeorm';
import { measureSortKeys, STATUS_RANK_SQL } from '../measure-sort-keys';

/** Rows filled per UPDATE: one statement per chunk, not one per measure. */
const CHUNK = 2000;

/**
 * Schema version 9: the measures list sorts, filters and pages in SQL. Sort keys for number,
 * title and lead (German order, numbers by value: "B-2" before "B-10"), the folded lead for the
 * lead filter, and indexes for the first page in number order and for the common filters. The
 * keys need JavaScript (Unicode folding), so existing rows are filled from here, in chunks.
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
  }

  async down(): Promise<void> {
    throw new Error('Schema version 9 cannot be undone; restore a backup instead.');
  }
}
