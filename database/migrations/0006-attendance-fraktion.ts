import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema version 6: each attendance row keeps the Fraktion the person sat for on that day, so a
 * deputy stands in only for a missing member of the same Fraktion (and later changes or an
 * erasure of the contact do not change the counts of past meetings).
 */
export class AttendanceFraktion1764115200006 implements MigrationInterface {
  name = 'AttendanceFraktion1764115200006';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE attendance ADD COLUMN fraktion TEXT NOT NULL DEFAULT ''`);
    // Rows written before: the contact's Fraktion now is the best that is known.
    await queryRunner.query(
      `UPDATE attendance SET fraktion = coalesce((SELECT c.fraktion FROM contact c WHERE c.id = attendance.contact_id), '')
       WHERE contact_id IS NOT NULL AND guest = 0`,
    );
  }

  async down(): Promise<void> {
    throw new Error('Schema version 6 cannot be undone; restore a backup instead.');
  }
}
