import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema version 8: contact.origin, where a contact's data came from (Art. 15 (1) (g) DSGVO), as
 * the Auskunft prints it: "Von Hand erfasst am 03.12.2026", "Import aus „Outlook-Export.csv“ am
 * 03.12.2026", "Zusammengeführt aus zwei Einträgen am …". Rows written before this version get ''
 * (the Auskunft then says the origin was not recorded before this version); no guess is made.
 */
export class ContactOrigin1764115200008 implements MigrationInterface {
  name = 'ContactOrigin1764115200008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE contact ADD COLUMN origin TEXT NOT NULL DEFAULT ''`);
  }

  async down(): Promise<void> {
    throw new Error('Schema version 8 cannot be undone; restore a backup instead.');
  }
}
