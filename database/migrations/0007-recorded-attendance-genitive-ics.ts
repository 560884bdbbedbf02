import type { MigrationInterface, QueryRunner } from 'typeorm';

const FLAG = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;

/** A random version-4 UUID in SQL (SQLite has no uuid()); each call of randomblob is fresh per row. */
const RANDOM_UUID = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

/**
 * Schema version 7:
 * - attendance gains the status "expected" (erwartet): a meeting that has not happened has no
 *   one "present". Rows marked present on meetings not yet held become expected.
 * - body.name_genitive: "des Harburger Integrationsrats" for invitations; empty until the user
 *   confirms it (no silent guess).
 * - meeting.ics_uid (stable random UID, so a new database never reuses "meeting-1@…"),
 *   ics_sequence and ics_fingerprint (the SEQUENCE Outlook needs to replace an updated entry).
 */
export class RecordedAttendanceGenitiveIcs1764115200007 implements MigrationInterface {
  name = 'RecordedAttendanceGenitiveIcs1764115200007';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    // SQLite cannot change a CHECK: the table is rebuilt (nothing references attendance rows).
    await run(`
      CREATE TABLE attendance_v7 (
        id         INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        contact_id INTEGER NULL REFERENCES contact (id) ON DELETE RESTRICT,
        guest_name TEXT NOT NULL DEFAULT '',
        role       TEXT NOT NULL DEFAULT '',
        ${FLAG('guest')},
        ${FLAG('voting')},
        status     TEXT NOT NULL DEFAULT 'expected' CHECK (status IN ('expected','present','excused','absent')),
        position   INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        fraktion   TEXT NOT NULL DEFAULT '',
        CHECK (contact_id IS NOT NULL OR length(trim(guest_name)) > 0)
      )`);
    await run(`
      INSERT INTO attendance_v7 (id, meeting_id, contact_id, guest_name, role, guest, voting, status, position, created_at, fraktion)
      SELECT a.id, a.meeting_id, a.contact_id, a.guest_name, a.role, a.guest, a.voting,
             CASE WHEN a.status = 'present' AND (m.state IN ('planned', 'invited') OR substr(m.starts_at, 1, 10) > date('now', 'localtime'))
                  THEN 'expected' ELSE a.status END,
             a.position, a.created_at, a.fraktion
      FROM attendance a JOIN meeting m ON m.id = a.meeting_id`);
    await run(`DROP TABLE attendance`);
    await run(`ALTER TABLE attendance_v7 RENAME TO attendance`);
    await run(`CREATE INDEX ix_attendance_meeting ON attendance (meeting_id, position)`);
    await run(`CREATE UNIQUE INDEX ux_attendance_contact ON attendance (meeting_id, contact_id) WHERE contact_id IS NOT NULL`);
    await run(`CREATE INDEX ix_attendance_contact ON attendance (contact_id) WHERE contact_id IS NOT NULL`);

    await run(`ALTER TABLE body ADD COLUMN name_genitive TEXT NOT NULL DEFAULT ''`);

    await run(`ALTER TABLE meeting ADD COLUMN ics_uid TEXT NOT NULL DEFAULT ''`);
    await run(`ALTER TABLE meeting ADD COLUMN ics_sequence INTEGER NOT NULL DEFAULT 0 CHECK (ics_sequence >= 0)`);
    await run(`ALTER TABLE meeting ADD COLUMN ics_fingerprint TEXT NULL`);
    await run(`UPDATE meeting SET ics_uid = ${RANDOM_UUID}`);
    await run(`CREATE UNIQUE INDEX ux_meeting_ics_uid ON meeting (ics_uid) WHERE ics_uid <> ''`);
  }

  async down(): Promise<void> {
    throw new Error('Schema version 7 cannot be undone; restore a backup instead.');
  }
}
