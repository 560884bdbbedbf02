import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Text columns of schema 13, each '' for the contacts that were there before (nothing is guessed). */
const TEXT_COLUMNS = ['department', 'street2', 'country', 'private_street', 'private_postal_code', 'private_city', 'private_country', 'website'] as const;

/**
 * Schema version 13: what an office keeps of a person beside name and business address, as
 * Outlook holds it (issue 18): department, a second address line ("c/o", "Haus B, 2. OG") and the
 * country, the private address, a website and the birthday. Fax numbers are phones of kind 'fax'
 * in the existing list. Until now an Outlook import kept these as "Spalte: Wert" in the notes.
 */
export class ContactDetails1764115200013 implements MigrationInterface {
  name = 'ContactDetails1764115200013';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of TEXT_COLUMNS) {
      await queryRunner.query(`ALTER TABLE contact ADD COLUMN ${column} TEXT NOT NULL DEFAULT ''`);
    }
    await queryRunner.query(`ALTER TABLE contact ADD COLUMN birthday TEXT NULL CHECK (birthday IS NULL OR birthday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`);
  }

  async down(): Promise<void> {
    throw new Error('Schema version 13 cannot be undone; restore a backup instead.');
  }
}
