import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL schema 4: the order of names in lists (organisations, bodies, Fraktionen). The
 * services sort them with COLLATE NOCASE; on PostgreSQL that names this collation (an unquoted
 * name folds to `nocase`), German order from ICU at strength 2: case is ignored, and
 * "Ärztekammer" stands beside "Arbeitsagentur", not after "Zoll" as in SQLite's byte order.
 * Deterministic, so equal-looking names still have a fixed order and indexes may use it.
 */
export class PostgresNameOrder1764115300004 implements MigrationInterface {
  name = 'PostgresNameOrder1764115300004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE COLLATION nocase (provider = icu, locale = 'de-u-ks-level2')`);
  }

  async down(): Promise<void> {
    throw new Error('PostgreSQL schema 4 cannot be undone; restore a backup instead.');
  }
}
