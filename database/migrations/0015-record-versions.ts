import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema version 15: a measure carries the version of its fields and who saved them last, so a
 * form saved over a newer version is refused instead of silently undoing a colleague's change
 * (issue 19, "no lost update"). Existing measures start at version 1, saved by nobody named.
 */
export class RecordVersions1764115200015 implements MigrationInterface {
  name = 'RecordVersions1764115200015';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE measure ADD COLUMN version INTEGER NOT NULL DEFAULT 1');
    await queryRunner.query(`ALTER TABLE measure ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''`);
  }

  async down(): Promise<void> {
    throw new Error('Schema version 15 cannot be undone; restore a backup instead.');
  }
}
