import type { MigrationInterface, QueryRunner } from 'typeorm';

const ORG_KINDS = `'traeger','verein','behoerde','religionsgemeinschaft','schule','unternehmen','initiative','other'`;
const BODY_KINDS = `'integrationsrat','arbeitsgruppe','sozialausschuss','bezirksversammlung','fraktion','runder_tisch','arbeitskreis','fachforum','other'`;
const ROLES = `'chair','vice_chair','member','deputy','council_representative','guest'`;
const DATE = (column: string) => `(${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

/**
 * Schema version 4: contacts (persons), organisations, bodies (Gremien) and memberships, with
 * consent as DSGVO asks and a diacritic-insensitive full-text index kept in step by triggers.
 * An erased person stays as an anonymised row so memberships and counts stay intact.
 */
export class Contacts1764115200004 implements MigrationInterface {
  name = 'Contacts1764115200004';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`
      CREATE TABLE organization (
        id          INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        kind        TEXT NOT NULL DEFAULT 'other' CHECK (kind IN (${ORG_KINDS})),
        street      TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '',
        city        TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL
      )`);
    await run(`CREATE UNIQUE INDEX ux_organization_name ON organization (name COLLATE NOCASE)`);
    await run(`
      CREATE TABLE body (
        id         INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        kind       TEXT NOT NULL CHECK (kind IN (${BODY_KINDS})),
        short_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      )`);
    await run(`CREATE UNIQUE INDEX ux_body_name ON body (kind, name COLLATE NOCASE)`);
    await run(`
      CREATE TABLE contact (
        id                   INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        salutation           TEXT NOT NULL DEFAULT '',
        title                TEXT NOT NULL DEFAULT '',
        first_name           TEXT NOT NULL DEFAULT '',
        last_name            TEXT NOT NULL CHECK (length(trim(last_name)) BETWEEN 1 AND 120),
        function             TEXT NOT NULL DEFAULT '',
        fraktion             TEXT NOT NULL DEFAULT '',
        emails               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(emails)),
        phones               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones)),
        street               TEXT NOT NULL DEFAULT '',
        postal_code          TEXT NOT NULL DEFAULT '',
        city                 TEXT NOT NULL DEFAULT '',
        languages            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
        categories           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories)),
        notes                TEXT NOT NULL DEFAULT '',
        consent_purpose      TEXT NOT NULL DEFAULT '',
        consent_date         TEXT NULL CHECK ${DATE('consent_date')},
        consent_how          TEXT NOT NULL DEFAULT '',
        consent_withdrawn_on TEXT NULL CHECK ${DATE('consent_withdrawn_on')},
        erased_at            TEXT NULL,
        sort_key             TEXT NOT NULL DEFAULT '',
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL
      )`);
    // "last first", folded (ö → o, as German phone books sort), written by the service: the list sorts and pages in SQL.
    await run(`CREATE INDEX ix_contact_sort ON contact (sort_key, id)`);
    await run(`
      CREATE TABLE contact_organization (
        contact_id      INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        organization_id INTEGER NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
        PRIMARY KEY (contact_id, organization_id)
      ) WITHOUT ROWID`);
    await run(`CREATE INDEX ix_contact_organization_org ON contact_organization (organization_id)`);
    await run(`
      CREATE TABLE membership (
        id         INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
        contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE RESTRICT,
        body_id    INTEGER NOT NULL REFERENCES body (id) ON DELETE RESTRICT,
        role       TEXT NOT NULL DEFAULT 'member' CHECK (role IN (${ROLES})),
        date_from  TEXT NULL CHECK ${DATE('date_from')},
        date_to    TEXT NULL CHECK ${DATE('date_to')},
        created_at TEXT NOT NULL,
        CHECK (date_from IS NULL OR date_to IS NULL OR date_from <= date_to)
      )`);
    await run(`CREATE INDEX ix_membership_body ON membership (body_id, date_to)`);
    await run(`CREATE INDEX ix_membership_contact ON membership (contact_id)`);

    // Full-text search: "Ozdemir" finds "Özdemir"; the service adds prefix queries.
    await run(`
      CREATE VIRTUAL TABLE contact_search USING fts5(
        name, organizations, function, emails,
        tokenize = 'unicode61 remove_diacritics 2'
      )`);
    await run(`INSERT INTO contact_search (contact_search, rank) VALUES ('rank', 'bm25(8.0, 4.0, 2.0, 2.0)')`);
    const orgNames = (contactId: string) =>
      `coalesce((SELECT group_concat(o.name, ' ') FROM contact_organization co JOIN organization o ON o.id = co.organization_id WHERE co.contact_id = ${contactId}), '')`;
    const emailText = (column: string) => `coalesce((SELECT group_concat(value, ' ') FROM json_each(${column})), '')`;
    await run(`CREATE TRIGGER contact_search_insert AFTER INSERT ON contact BEGIN
      INSERT INTO contact_search (rowid, name, organizations, function, emails)
      VALUES (new.id, new.title || ' ' || new.first_name || ' ' || new.last_name, ${orgNames('new.id')}, new.function, ${emailText('new.emails')});
    END`);
    await run(`CREATE TRIGGER contact_search_update AFTER UPDATE OF title, first_name, last_name, function, emails ON contact BEGIN
      UPDATE contact_search SET name = new.title || ' ' || new.first_name || ' ' || new.last_name, function = new.function,
        emails = ${emailText('new.emails')}
      WHERE rowid = new.id;
    END`);
    await run(`CREATE TRIGGER contact_search_delete AFTER DELETE ON contact BEGIN DELETE FROM contact_search WHERE rowid = old.id; END`);
    const refreshOrgs = (contactId: string) => `UPDATE contact_search SET organizations = ${orgNames(contactId)} WHERE rowid = ${contactId};`;
    await run(`CREATE TRIGGER contact_search_org_insert AFTER INSERT ON contact_organization BEGIN ${refreshOrgs('new.contact_id')} END`);
    await run(`CREATE TRIGGER contact_search_org_delete AFTER DELETE ON contact_organization BEGIN ${refreshOrgs('old.contact_id')} END`);
  }

  async down(): Promise<void> {
    throw new Error('Schema version 4 cannot be undone; restore a backup instead.');
  }
}
