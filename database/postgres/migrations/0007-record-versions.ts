import type { MigrationInterface, QueryRunner } from 'typeorm';

/** PostgreSQL schema 7: a measure's version and who saved it last, as SQLite's schema 15. */
export class PostgresRecordVersions1764115300007 implements MigrationInterface {
  name = 'PostgresRecordVersions1764115300007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE measure ADD COLUMN version integer NOT NULL DEFAULT 1');
    await queryRunner.query(`ALTER TABLE measure ADD COLUMN updated_by text NOT NULL DEFAULT ''`);
  }

  async down(): Promise<void> {
    throw new Error('PostgreSQL schema 7 cannot be undone; restore a backup instead.');
  }
}
