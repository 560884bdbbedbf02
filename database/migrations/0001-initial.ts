import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLICATION_ID } from '../schema-identity';

/** Schema version 1: settings and fields of action. */
export class Initial1764115200001 implements MigrationInterface {
  name = 'Initial1764115200001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`PRAGMA application_id = ${APPLICATION_ID}`);
    await queryRunner.query(`
      CREATE TABLE app_setting (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE field_of_action (
        id          INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
        short_code  TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        position    INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      )`);
    // The service compares names with German case folding; this index is the safety net.
    await queryRunner.query(`CREATE UNIQUE INDEX ux_field_of_action_name ON field_of_action (name COLLATE NOCASE)`);
    await queryRunner.query(`CREATE INDEX ix_field_of_action_position ON field_of_action (position)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE field_of_action`);
    await queryRunner.query(`DROP TABLE app_setting`);
  }
}
