import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'proposed','in_review','recommended','rejected','deferred','submitted','adopted','implementing','completed','continued','discontinued'`;

/**
 * Schema version 2: Leitbild editions with guidelines; fields of action now belong to an
 * edition; measures with tags, progress notes, an append-only status history, and a
 * full-text index kept in step by triggers.
 */
export class EditionsAndMeasures1764115200002 implements MigrationInterface {
  name = 'EditionsAndMeasures1764115200002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);

    await run(`
      CREATE TABLE edition (
        id             INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        title          TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        subtitle       TEXT NOT NULL DEFAULT '',
        period_from    INTEGER NOT NULL,
        period_to      INTEGER NOT NULL,
        status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','adopted','published')),
        adopted_on     TEXT NULL,
        drucksache     TEXT NOT NULL DEFAULT '',
        preamble       TEXT NOT NULL DEFAULT '',
        leitbild_text  TEXT NOT NULL DEFAULT '',
        predecessor_id INTEGER NULL REFERENCES edition (id) ON DELETE RESTRICT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        CHECK (period_from <= period_to)
      )`);
    await run(`
      CREATE TABLE guideline (
        id         INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        edition_id INTEGER NOT NULL REFERENCES edition (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        title      TEXT NOT NULL,
        text       TEXT NOT NULL DEFAULT ''
      )`);
    await run(`CREATE INDEX ix_guideline_edition ON guideline (edition_id, position)`);

    // Fields made before editions existed move into a first edition named after the current period.
    await run(`
      INSERT INTO edition (title, period_from, period_to, created_at, updated_at)
      SELECT 'Leitbild', CAST(strftime('%Y', 'now') AS INTEGER), CAST(strftime('%Y', 'now') AS INTEGER) + 2,
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      WHERE EXISTS (SELECT 1 FROM field_of_action)`);
    await run(`
      CREATE TABLE field_of_action_v2 (
        id          INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        edition_id  INTEGER NOT NULL REFERENCES edition (id) ON DELETE RESTRICT,
        name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
        short_code  TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        position    INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      )`);
    await run(`
      INSERT INTO field_of_action_v2 (id, edition_id, name, short_code, description, position, created_at, updated_at)
      SELECT id, (SELECT MIN(id) FROM edition), name, short_code, description, position, created_at, updated_at
      FROM field_of_action`);
    await run(`DROP TABLE field_of_action`);
    await run(`ALTER TABLE field_of_action_v2 RENAME TO field_of_action`);
    await run(`CREATE UNIQUE INDEX ux_field_of_action_name ON field_of_action (edition_id, name COLLATE NOCASE)`);
    await run(`CREATE INDEX ix_field_of_action_position ON field_of_action (edition_id, position)`);

    await run(`
      CREATE TABLE measure (
        id                 INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        edition_id         INTEGER NOT NULL REFERENCES edition (id) ON DELETE RESTRICT,
        field_of_action_id INTEGER NOT NULL REFERENCES field_of_action (id) ON DELETE RESTRICT,
        code               TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
        title              TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        description        TEXT NOT NULL DEFAULT '',
        goal               TEXT NOT NULL DEFAULT '',
        origin             TEXT NOT NULL DEFAULT 'workshop' CHECK (origin IN ('workshop','consultation','forum','working_group','other')),
        origin_note        TEXT NOT NULL DEFAULT '',
        priority_points    INTEGER NOT NULL DEFAULT 0 CHECK (priority_points >= 0),
        lead               TEXT NOT NULL DEFAULT '',
        partners           TEXT NOT NULL DEFAULT '',
        target_group       TEXT NOT NULL DEFAULT '',
        cost               TEXT NOT NULL DEFAULT '',
        funding            TEXT NOT NULL DEFAULT '',
        period_from        INTEGER NULL,
        period_to          INTEGER NULL,
        status             TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN (${STATUSES})),
        predecessor_id     INTEGER NULL REFERENCES measure (id) ON DELETE RESTRICT,
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        CHECK (period_from IS NULL OR period_to IS NULL OR period_from <= period_to)
      )`);
    await run(`CREATE UNIQUE INDEX ux_measure_code ON measure (edition_id, code)`);
    await run(`CREATE INDEX ix_measure_field ON measure (field_of_action_id)`);
    await run(`CREATE INDEX ix_measure_status ON measure (edition_id, status)`);
    await run(`CREATE INDEX ix_measure_predecessor ON measure (predecessor_id)`);

    await run(`
      CREATE TABLE measure_tag (
        measure_id INTEGER NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
        tag        TEXT NOT NULL,
        PRIMARY KEY (measure_id, tag)
      ) WITHOUT ROWID`);
    await run(`CREATE INDEX ix_measure_tag_tag ON measure_tag (tag)`);

    await run(`
      CREATE TABLE progress_note (
        id         INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        measure_id INTEGER NOT NULL REFERENCES measure (id) ON DELETE RESTRICT,
        noted_on   TEXT NOT NULL,
        text       TEXT NOT NULL,
        entered_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      )`);
    await run(`CREATE INDEX ix_progress_note_measure ON progress_note (measure_id, noted_on)`);

    await run(`
      CREATE TABLE status_change (
        id          INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        measure_id  INTEGER NOT NULL REFERENCES measure (id) ON DELETE RESTRICT,
        changed_on  TEXT NOT NULL,
        from_status TEXT NULL CHECK (from_status IS NULL OR from_status IN (${STATUSES})),
        to_status   TEXT NOT NULL CHECK (to_status IN (${STATUSES})),
        reason      TEXT NOT NULL DEFAULT '',
        drucksache  TEXT NOT NULL DEFAULT '',
        entered_by  TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL
      )`);
    await run(`CREATE INDEX ix_status_change_measure ON status_change (measure_id, changed_on)`);
    await run(`CREATE INDEX ix_status_change_created ON status_change (created_at)`);
    // History is never edited or deleted; the database itself refuses.
    await run(`CREATE TRIGGER status_change_no_update BEFORE UPDATE ON status_change
               BEGIN SELECT RAISE(ABORT, 'status_change is append-only'); END`);
    await run(`CREATE TRIGGER status_change_no_delete BEFORE DELETE ON status_change
               BEGIN SELECT RAISE(ABORT, 'status_change is append-only'); END`);

    // Full-text search: umlauts folded (ü → u) so both spellings meet; prefix queries from the service.
    await run(`
      CREATE VIRTUAL TABLE measure_search USING fts5(
        code, title, description, goal, notes,
        tokenize = 'unicode61 remove_diacritics 2'
      )`);
    // Relevance: title and code weigh most, notes least (columns: code, title, description, goal, notes).
    await run(`INSERT INTO measure_search (measure_search, rank) VALUES ('rank', 'bm25(4.0, 8.0, 1.0, 1.0, 0.5)')`);
    await run(`CREATE TRIGGER measure_search_insert AFTER INSERT ON measure BEGIN
      INSERT INTO measure_search (rowid, code, title, description, goal, notes)
      VALUES (new.id, new.code, new.title, new.description, new.goal, '');
    END`);
    await run(`CREATE TRIGGER measure_search_update AFTER UPDATE OF code, title, description, goal ON measure BEGIN
      UPDATE measure_search SET code = new.code, title = new.title, description = new.description, goal = new.goal
      WHERE rowid = new.id;
    END`);
    await run(`CREATE TRIGGER measure_search_delete AFTER DELETE ON measure BEGIN
      DELETE FROM measure_search WHERE rowid = old.id;
    END`);
    const refreshNotes = (measureId: string) => `
      UPDATE measure_search
      SET notes = coalesce((SELECT group_concat(text, char(10)) FROM progress_note WHERE measure_id = ${measureId}), '')
      WHERE rowid = ${measureId};`;
    await run(`CREATE TRIGGER measure_search_note_insert AFTER INSERT ON progress_note BEGIN ${refreshNotes('new.measure_id')} END`);
    await run(`CREATE TRIGGER measure_search_note_update AFTER UPDATE ON progress_note BEGIN
      ${refreshNotes('old.measure_id')} ${refreshNotes('new.measure_id')} END`);
    await run(`CREATE TRIGGER measure_search_note_delete AFTER DELETE ON progress_note BEGIN ${refreshNotes('old.measure_id')} END`);
  }

  async down(): Promise<void> {
    throw new Error('Schema version 2 cannot be undone; restore a backup instead.');
  }
}
