import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema version 3: motions (Anträge) to the Bezirksversammlung and the measures each asks to
 * adopt. A measure named in a motion cannot be deleted; deleting a motion frees its measures.
 */
export class Motions1764115200003 implements MigrationInterface {
  name = 'Motions1764115200003';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`
      CREATE TABLE motion (
        id           INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        edition_id   INTEGER NOT NULL REFERENCES edition (id) ON DELETE RESTRICT,
        submitted_on TEXT NOT NULL CHECK (submitted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        subject      TEXT NOT NULL CHECK (length(trim(subject)) BETWEEN 1 AND 300),
        fraktionen   TEXT NOT NULL CHECK (json_valid(fraktionen) AND json_array_length(fraktionen) >= 1),
        signatories  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(signatories)),
        sachverhalt  TEXT NOT NULL DEFAULT '',
        drucksache   TEXT NOT NULL DEFAULT '',
        entered_by   TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL
      )`);
    await run(`CREATE INDEX ix_motion_edition ON motion (edition_id, submitted_on)`);
    await run(`
      CREATE TABLE motion_measure (
        motion_id  INTEGER NOT NULL REFERENCES motion (id) ON DELETE CASCADE,
        measure_id INTEGER NOT NULL REFERENCES measure (id) ON DELETE RESTRICT,
        position   INTEGER NOT NULL,
        PRIMARY KEY (motion_id, measure_id)
      ) WITHOUT ROWID`);
    await run(`CREATE INDEX ix_motion_measure_measure ON motion_measure (measure_id)`);
  }

  async down(): Promise<void> {
    throw new Error('Schema version 3 cannot be undone; restore a backup instead.');
  }
}
