import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'ag_session','planning_workshop','integration_conference','council_meeting','consultation_hour','fraktion_meeting','committee','bv_session','forum','public_event'`;
const STATES = `'planned','invited','held','minutes_approved'`;
const RESULTS = `'adopted','adopted_with_changes','rejected','deferred','referred','noted'`;
const STANDARD = `'welcome','approve_minutes','open_action_items','any_other_business'`;
const DATE = (column: string) => `(${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;
const DATE_TIME = (column: string) => `(${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]')`;
const FLAG = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;

/**
 * Schema version 5: meetings (Sitzungen) with agenda items, the measures and papers consulted
 * under them, attendance, decisions with votes, action items and append-only minutes
 * corrections. A status change can now name the decision that made it.
 */
export class Meetings1764115200005 implements MigrationInterface {
  name = 'Meetings1764115200005';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`
      CREATE TABLE meeting (
        id                      INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        kind                    TEXT NOT NULL CHECK (kind IN (${KINDS})),
        body_id                 INTEGER NULL REFERENCES body (id) ON DELETE RESTRICT,
        number                  INTEGER NULL CHECK (number IS NULL OR number >= 1),
        title                   TEXT NOT NULL DEFAULT '',
        starts_at               TEXT NOT NULL CHECK ${DATE_TIME('starts_at')},
        ends_at                 TEXT NULL CHECK ${DATE_TIME('ends_at')},
        place                   TEXT NOT NULL DEFAULT '',
        online_link             TEXT NOT NULL DEFAULT '',
        focus_topic             TEXT NOT NULL DEFAULT '',
        state                   TEXT NOT NULL DEFAULT 'planned' CHECK (state IN (${STATES})),
        chair_contact_id        INTEGER NULL REFERENCES contact (id) ON DELETE RESTRICT,
        chair_name              TEXT NOT NULL DEFAULT '',
        minute_taker_contact_id INTEGER NULL REFERENCES contact (id) ON DELETE RESTRICT,
        minute_taker_name       TEXT NOT NULL DEFAULT '',
        approved_on             TEXT NULL CHECK ${DATE('approved_on')},
        approved_in_meeting_id  INTEGER NULL REFERENCES meeting (id) ON DELETE RESTRICT,
        current_agenda_item_id  INTEGER NULL REFERENCES agenda_item (id) ON DELETE SET NULL,
        live_at                 TEXT NULL,
        created_at              TEXT NOT NULL,
        updated_at              TEXT NOT NULL,
        CHECK (ends_at IS NULL OR ends_at > starts_at),
        CHECK ((state = 'minutes_approved') = (approved_on IS NOT NULL))
      )`);
    await run(`CREATE INDEX ix_meeting_starts ON meeting (starts_at)`);
    await run(`CREATE INDEX ix_meeting_body ON meeting (body_id, starts_at)`);
    await run(`CREATE INDEX ix_meeting_live ON meeting (live_at) WHERE live_at IS NOT NULL`);
    await run(`CREATE INDEX ix_meeting_approved_in ON meeting (approved_in_meeting_id) WHERE approved_in_meeting_id IS NOT NULL`);

    await run(`
      CREATE TABLE agenda_item (
        id         INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        parent_id  INTEGER NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        number     TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 20),
        title      TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
        ${FLAG('public')},
        standard   TEXT NULL CHECK (standard IS NULL OR standard IN (${STANDARD})),
        notes      TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
    // One number per meeting ("3.1" once); the service renumbers through temporary numbers.
    await run(`CREATE UNIQUE INDEX ux_agenda_item_number ON agenda_item (meeting_id, number)`);
    await run(`CREATE INDEX ix_agenda_item_order ON agenda_item (meeting_id, parent_id, position)`);
    await run(`CREATE INDEX ix_agenda_item_parent ON agenda_item (parent_id) WHERE parent_id IS NOT NULL`);
    await run(`
      CREATE TABLE agenda_item_measure (
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        measure_id     INTEGER NOT NULL REFERENCES measure (id) ON DELETE RESTRICT,
        position       INTEGER NOT NULL,
        PRIMARY KEY (agenda_item_id, measure_id)
      ) WITHOUT ROWID`);
    await run(`CREATE INDEX ix_agenda_item_measure_measure ON agenda_item_measure (measure_id)`);
    // OParl "Consultation" of a Paper: the Drucksachen discussed under an item.
    await run(`
      CREATE TABLE agenda_item_paper (
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        drucksache     TEXT NOT NULL CHECK (length(drucksache) BETWEEN 1 AND 20),
        position       INTEGER NOT NULL,
        PRIMARY KEY (agenda_item_id, drucksache)
      ) WITHOUT ROWID`);
    await run(`CREATE INDEX ix_agenda_item_paper_drucksache ON agenda_item_paper (drucksache)`);

    await run(`
      CREATE TABLE attendance (
        id         INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        contact_id INTEGER NULL REFERENCES contact (id) ON DELETE RESTRICT,
        guest_name TEXT NOT NULL DEFAULT '',
        role       TEXT NOT NULL DEFAULT '',
        ${FLAG('guest')},
        ${FLAG('voting')},
        status     TEXT NOT NULL DEFAULT 'present' CHECK (status IN ('present','excused','absent')),
        position   INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        CHECK (contact_id IS NOT NULL OR length(trim(guest_name)) > 0)
      )`);
    await run(`CREATE INDEX ix_attendance_meeting ON attendance (meeting_id, position)`);
    await run(`CREATE UNIQUE INDEX ux_attendance_contact ON attendance (meeting_id, contact_id) WHERE contact_id IS NOT NULL`);
    await run(`CREATE INDEX ix_attendance_contact ON attendance (contact_id) WHERE contact_id IS NOT NULL`);

    await run(`
      CREATE TABLE decision (
        id                      INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        agenda_item_id          INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE RESTRICT,
        wording                 TEXT NOT NULL DEFAULT '',
        result                  TEXT NOT NULL CHECK (result IN (${RESULTS})),
        vote_mode               TEXT NOT NULL CHECK (vote_mode IN ('none','unanimous','counts','fraktionen')),
        votes_yes               INTEGER NULL CHECK (votes_yes IS NULL OR votes_yes >= 0),
        votes_no                INTEGER NULL CHECK (votes_no IS NULL OR votes_no >= 0),
        votes_abstain           INTEGER NULL CHECK (votes_abstain IS NULL OR votes_abstain >= 0),
        votes_conflicted        INTEGER NULL CHECK (votes_conflicted IS NULL OR votes_conflicted >= 0),
        fraktionen_for          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(fraktionen_for)),
        fraktionen_against      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(fraktionen_against)),
        fraktionen_abstain      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(fraktionen_abstain)),
        ${FLAG('vote_mismatch_confirmed')},
        drucksache              TEXT NOT NULL DEFAULT '',
        created_at              TEXT NOT NULL,
        updated_at              TEXT NOT NULL,
        CHECK ((vote_mode = 'counts') = (votes_yes IS NOT NULL AND votes_no IS NOT NULL AND votes_abstain IS NOT NULL AND votes_conflicted IS NOT NULL))
      )`);
    await run(`CREATE UNIQUE INDEX ux_decision_agenda_item ON decision (agenda_item_id)`);

    await run(`
      CREATE TABLE action_item (
        id                  INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        meeting_id          INTEGER NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
        agenda_item_id      INTEGER NULL REFERENCES agenda_item (id) ON DELETE SET NULL,
        title               TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 500),
        assignee_contact_id INTEGER NULL REFERENCES contact (id) ON DELETE RESTRICT,
        assignee_name       TEXT NOT NULL DEFAULT '',
        due_on              TEXT NULL CHECK ${DATE('due_on')},
        done_on             TEXT NULL CHECK ${DATE('done_on')},
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL
      )`);
    await run(`CREATE INDEX ix_action_item_meeting ON action_item (meeting_id)`);
    // The overview and the carry-over read open items first.
    await run(`CREATE INDEX ix_action_item_open ON action_item (done_on, due_on)`);
    await run(`CREATE INDEX ix_action_item_agenda_item ON action_item (agenda_item_id) WHERE agenda_item_id IS NOT NULL`);
    await run(`CREATE INDEX ix_action_item_assignee ON action_item (assignee_contact_id) WHERE assignee_contact_id IS NOT NULL`);

    await run(`
      CREATE TABLE minutes_correction (
        id             INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
        agenda_item_id INTEGER NULL REFERENCES agenda_item (id) ON DELETE RESTRICT,
        text           TEXT NOT NULL CHECK (length(trim(text)) >= 1),
        reason         TEXT NOT NULL CHECK (length(trim(reason)) >= 1),
        entered_by     TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL
      )`);
    await run(`CREATE INDEX ix_minutes_correction_meeting ON minutes_correction (meeting_id, id)`);
    // Corrections are part of the record, like the status history: never edited or deleted.
    await run(`CREATE TRIGGER minutes_correction_no_update BEFORE UPDATE ON minutes_correction
               BEGIN SELECT RAISE(ABORT, 'minutes_correction is append-only'); END`);
    await run(`CREATE TRIGGER minutes_correction_no_delete BEFORE DELETE ON minutes_correction
               BEGIN SELECT RAISE(ABORT, 'minutes_correction is append-only'); END`);

    // The decision that moved a measure; adding a column does not touch the append-only triggers.
    await run(`ALTER TABLE status_change ADD COLUMN decision_id INTEGER NULL REFERENCES decision (id) ON DELETE RESTRICT`);
    await run(`CREATE INDEX ix_status_change_decision ON status_change (decision_id) WHERE decision_id IS NOT NULL`);
  }

  async down(): Promise<void> {
    throw new Error('Schema version 5 cannot be undone; restore a backup instead.');
  }
}
