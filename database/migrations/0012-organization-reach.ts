import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema version 12: an organisation's own e-mail address, phone number and website. Outlook keeps
 * a company as a contact with only "Firma" filled; imported, it becomes an organisation and keeps
 * how to reach it (issue 18). Existing organisations get '' (nothing is guessed).
 */
export class OrganizationReach1764115200012 implements MigrationInterface {
  name = 'OrganizationReach1764115200012';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['email', 'phone', 'website']) {
      await queryRunner.query(`ALTER TABLE organization ADD COLUMN ${column} TEXT NOT NULL DEFAULT ''`);
    }
  }

  async down(): Promise<void> {
    throw new Error('Schema version 12 cannot be undone; restore a backup instead.');
  }
}
