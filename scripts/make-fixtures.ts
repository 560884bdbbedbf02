import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { migrations } from '../database/migrations';

/**
 * `npx tsx scripts/make-fixtures.ts`: one small database per released schema version, as that
 * release wrote it, for the migration tests. Data is inserted with the SQL of that version,
 * frozen here, so later changes to services cannot change old fixtures. Run it once when a
 * schema version is released; commit the result; never regenerate old fixtures.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'database', 'fixtures');
const now = '2026-11-26T09:00:00.000Z';

const SEED: Record<number, string[]> = {
  1: [
    `INSERT INTO app_setting (key, value) VALUES ('districtName', '"Bezirksamt Harburg"'), ('language', '"de"')`,
    `INSERT INTO field_of_action (name, short_code, description, position, created_at, updated_at) VALUES
       ('Zusammenleben in Harburg', 'ZL', 'Begegnung & Nachbarschaft', 1, '${now}', '${now}'),
       ('Deutsch als Sprache', 'DS', 'Sprachkurse, Sprachcafés', 2, '${now}', '${now}')`,
  ],
  2: [
    `INSERT INTO app_setting (key, value) VALUES ('districtName', '"Bezirksamt Harburg"'), ('userName', '"Frau Yılmaz"')`,
    `INSERT INTO edition (id, title, subtitle, period_from, period_to, status, adopted_on, drucksache, preamble, leitbild_text, created_at, updated_at)
       VALUES (1, 'Zusammenleben in Vielfalt', 'Harburger Integrationskonzept', 2022, 2024, 'adopted', '2022-06-28', '21-2519', 'Vorwort', 'Leitbild', '${now}', '${now}')`,
    `INSERT INTO guideline (edition_id, position, title, text) VALUES (1, 1, 'Begegnung ermöglichen', 'Orte schaffen')`,
    `INSERT INTO field_of_action (id, edition_id, name, short_code, description, position, created_at, updated_at)
       VALUES (1, 1, 'Zusammenleben in Harburg', 'ZL', '', 1, '${now}', '${now}')`,
    `INSERT INTO measure (id, edition_id, field_of_action_id, code, title, description, lead, status, priority_points, created_at, updated_at)
       VALUES (1, 1, 1, 'ZL-01', 'Interkulturelles Nachbarschaftsfest', 'Jährliches Fest mit Vereinen', 'Bezirksamt', 'implementing', 31, '${now}', '${now}')`,
    `INSERT INTO measure_tag (measure_id, tag) VALUES (1, 'Begegnung')`,
    `INSERT INTO status_change (measure_id, changed_on, from_status, to_status, reason, drucksache, entered_by, created_at) VALUES
       (1, '2021-09-25', NULL, 'proposed', '', '', 'Frau Yılmaz', '${now}'),
       (1, '2021-11-17', 'proposed', 'in_review', '', '', 'Frau Yılmaz', '${now}'),
       (1, '2022-03-16', 'in_review', 'recommended', '', '', 'Frau Yılmaz', '${now}'),
       (1, '2022-05-24', 'recommended', 'submitted', '', '21-2433', 'Frau Yılmaz', '${now}'),
       (1, '2022-06-28', 'submitted', 'adopted', '', '21-2519', 'Frau Yılmaz', '${now}'),
       (1, '2022-09-01', 'adopted', 'implementing', '', '', 'Frau Yılmaz', '${now}')`,
    `INSERT INTO progress_note (measure_id, noted_on, text, entered_by, created_at) VALUES (1, '2024-09-06', 'Fest mit 900 Gästen', 'Frau Yılmaz', '${now}')`,
  ],
};
// Schema 3 adds recorded motions (Anträge) on top of the schema-2 data.
SEED[3] = [
  ...SEED[2]!,
  `INSERT INTO motion (id, edition_id, submitted_on, subject, fraktionen, signatories, sachverhalt, drucksache, entered_by, created_at)
     VALUES (1, 1, '2022-05-24', 'Maßnahmen für 2022–2024', '["SPD","GRÜNE"]', '["Erika Muster (SPD)"]', 'Sachverhalt', '21-2433', 'Frau Yılmaz', '${now}')`,
  `INSERT INTO motion_measure (motion_id, measure_id, position) VALUES (1, 1, 1)`,
];
// Schema 4 adds contacts, organisations, bodies and memberships on top of the schema-3 data.
SEED[4] = [
  ...SEED[3]!,
  `INSERT INTO organization (id, name, kind, city, created_at) VALUES (1, 'Türkischer Elternverein Harburg e. V.', 'verein', 'Hamburg', '${now}')`,
  `INSERT INTO body (id, name, kind, short_name, created_at) VALUES (1, 'Harburger Integrationsrat', 'integrationsrat', 'HIR', '${now}')`,
  `INSERT INTO contact (id, salutation, first_name, last_name, function, emails, categories, consent_purpose, consent_date, consent_how, sort_key, created_at, updated_at)
     VALUES (1, 'Frau', 'Ayşe', 'Özdemir', 'Vorsitzende', '["a.oezdemir@example.org"]', '["Integrationsrat"]', 'Einladungen', '2023-01-10', 'schriftlich', 'ozdemir' || char(1) || 'ayse', '${now}', '${now}')`,
  `INSERT INTO contact_organization (contact_id, organization_id) VALUES (1, 1)`,
  `INSERT INTO membership (id, contact_id, body_id, role, date_from, date_to, created_at) VALUES (1, 1, 1, 'chair', '2021-01-01', NULL, '${now}')`,
];

// Schema 5 adds meetings: an AG session with attendance, an agenda item on ZL-01, a decision that
// moved it (status_change.decision_id), an open action item and a correction of approved minutes.
SEED[5] = [
  ...SEED[4]!,
  `INSERT INTO body (id, name, kind, short_name, created_at) VALUES (2, 'Arbeitsgruppe Integrationskonzept', 'arbeitsgruppe', 'AG', '${now}')`,
  `INSERT INTO measure (id, edition_id, field_of_action_id, code, title, status, created_at, updated_at)
     VALUES (2, 1, 1, 'ZL-02', 'Begegnungscafé', 'recommended', '${now}', '${now}')`,
  `INSERT INTO meeting (id, kind, body_id, number, starts_at, ends_at, place, state, chair_name, approved_on, approved_in_meeting_id, created_at, updated_at) VALUES
     (1, 'ag_session', 2, 3, '2022-03-16T18:00', '2022-03-16T20:00', 'Rathaus Harburg', 'held', 'Erika Brandt', NULL, NULL, '${now}', '${now}'),
     (2, 'ag_session', 2, 4, '2022-05-04T18:00', NULL, 'Rathaus Harburg', 'planned', '', NULL, NULL, '${now}', '${now}')`,
  `INSERT INTO agenda_item (id, meeting_id, parent_id, position, number, title, public, standard, notes, created_at, updated_at) VALUES
     (1, 1, NULL, 1, '1', 'Begrüßung', 1, 'welcome', '', '${now}', '${now}'),
     (2, 1, NULL, 2, 'Ö 2', 'ZL-02 Begegnungscafé', 1, NULL, 'Breite Zustimmung.', '${now}', '${now}')`,
  `INSERT INTO agenda_item_measure (agenda_item_id, measure_id, position) VALUES (2, 2, 1)`,
  `INSERT INTO agenda_item_paper (agenda_item_id, drucksache, position) VALUES (2, '21-1967', 1)`,
  `INSERT INTO attendance (id, meeting_id, contact_id, guest_name, role, guest, voting, status, position, created_at) VALUES
     (1, 1, 1, '', 'Vertretung Integrationsrat', 0, 1, 'present', 1, '${now}'),
     (2, 1, NULL, 'Herr Gast', 'Fachamt', 1, 0, 'present', 2, '${now}')`,
  `INSERT INTO decision (id, agenda_item_id, wording, result, vote_mode, votes_yes, votes_no, votes_abstain, votes_conflicted, vote_mismatch_confirmed, drucksache, created_at, updated_at)
     VALUES (1, 2, 'Die AG empfiehlt die Maßnahme.', 'adopted', 'counts', 5, 2, 1, 0, 1, '', '${now}', '${now}')`,
  `INSERT INTO status_change (measure_id, changed_on, from_status, to_status, reason, drucksache, entered_by, created_at, decision_id) VALUES
     (2, '2022-03-16', 'in_review', 'recommended', 'Beschluss der 3. Sitzung der AG, TOP Ö 2', '', 'Frau Yılmaz', '${now}', 1)`,
  `INSERT INTO action_item (id, meeting_id, agenda_item_id, title, assignee_contact_id, assignee_name, due_on, done_on, created_at, updated_at)
     VALUES (1, 1, 2, 'Kosten klären', 1, '', '2022-04-30', NULL, '${now}', '${now}')`,
  `UPDATE meeting SET state = 'minutes_approved', approved_on = '2022-05-04', approved_in_meeting_id = 2 WHERE id = 1`,
  `INSERT INTO minutes_correction (meeting_id, agenda_item_id, text, reason, entered_by, created_at)
     VALUES (1, 2, 'Zustimmung mit 5 Stimmen, nicht 6.', 'Hinweis der Vorsitzenden', 'Frau Yılmaz', '${now}')`,
];

// Schema 6 records the Fraktion on each attendance row: meeting 2 has an SPD member excused
// and a CDU deputy present (who cannot stand in for her).
SEED[6] = [
  ...SEED[5]!,
  `INSERT INTO contact (id, first_name, last_name, fraktion, sort_key, created_at, updated_at) VALUES
     (2, 'Erika', 'Brandt', 'SPD', 'brandt' || char(1) || 'erika', '${now}', '${now}'),
     (3, 'Piotr', 'Nowak', 'CDU', 'nowak' || char(1) || 'piotr', '${now}', '${now}')`,
  `INSERT INTO attendance (id, meeting_id, contact_id, guest_name, role, fraktion, guest, voting, status, position, created_at) VALUES
     (3, 2, 2, '', 'SPD', 'SPD', 0, 1, 'excused', 1, '${now}'),
     (4, 2, 3, '', 'Stellvertretung, CDU', 'CDU', 0, 0, 'present', 2, '${now}')`,
];

// Schema 7: attendance may be "expected" (meeting 3 is planned), the body stores its genitive,
// meetings carry a random .ics UID and the SEQUENCE / fingerprint of the last export.
SEED[7] = [
  ...SEED[6]!,
  `UPDATE body SET name_genitive = 'des Harburger Integrationsrats' WHERE id = 1`,
  `UPDATE meeting SET ics_uid = '6f1c1f0e-3b7a-4c55-9a51-2d0f3c8e7b21', ics_sequence = 2, ics_fingerprint = 'f00d' WHERE id = 1`,
  `INSERT INTO meeting (id, kind, body_id, number, starts_at, ends_at, place, state, ics_uid, created_at, updated_at) VALUES
     (3, 'council_meeting', 1, 13, '2099-03-12T18:00', NULL, 'Rathaus Harburg', 'planned', '0b9d7c4e-8f21-4f5a-b6d3-7a1e2c9f4d10', '${now}', '${now}')`,
  `INSERT INTO attendance (id, meeting_id, contact_id, guest_name, role, fraktion, guest, voting, status, position, created_at) VALUES
     (5, 3, 1, '', 'Vorsitz', '', 0, 1, 'expected', 1, '${now}')`,
];

// Schema 8: contacts record where they came from (contact 1 was there before, so its origin stays '').
SEED[8] = [
  ...SEED[7]!,
  `UPDATE contact SET origin = 'Import aus „Outlook-Export.csv“ am 03.12.2026' WHERE id = 2`,
  `UPDATE contact SET origin = 'Von Hand erfasst am 04.12.2026' WHERE id = 3`,
];

// Schema 9: measures carry sort keys (German order, numbers by value) as release 9 wrote them:
// the two older measures got theirs from the migration; three more, with umlauts and numbered codes.
// A note on B-10 moves its day of last activity (trigger); contacts with categories (one twice, in
// other case) and every consent state fill contact_category and the consent index.
SEED[9] = [
  ...SEED[8]!,
  `UPDATE measure SET code_key = 'zl-000000000001', title_key = 'interkulturelles nachbarschaftsfest', lead_key = 'bezirksamt', lead_fold = 'bezirksamt' WHERE id = 1`,
  `UPDATE measure SET code_key = 'zl-000000000002', title_key = 'begegnungscafe' WHERE id = 2`,
  `INSERT INTO measure (id, edition_id, field_of_action_id, code, title, lead, status, priority_points, created_at, updated_at, code_key, title_key, lead_key, lead_fold) VALUES
     (3, 1, 1, 'B-2', 'Ärztliche Sprechstunde für Geflüchtete', 'Gesundheitsamt', 'proposed', 5, '${now}', '${now}',
      'b-000000000002', 'arztliche sprechstunde fur gefluchtete', 'gesundheitsamt', 'gesundheitsamt'),
     (4, 1, 1, 'B-10', 'Öffentliche Bücherhalle: Lesepaten', 'Bücherhalle Harburg', 'in_review', 12, '${now}', '${now}',
      'b-000000000010', 'offentliche bucherhalle: lesepaten', 'bucherhalle harburg', 'bucherhalle harburg'),
     (5, 1, 1, 'ÜB-01', 'Übersetzungsdienst im Rathaus', 'Bezirksamt, Fachamt 2', 'proposed', 0, '${now}', '${now}',
      'ub-000000000001', 'ubersetzungsdienst im rathaus', 'bezirksamt, fachamt 000000000002', 'bezirksamt, fachamt 2')`,
  `INSERT INTO measure_tag (measure_id, tag) VALUES (3, 'Gesundheit'), (4, 'Sprache'), (4, 'Ehrenamt')`,
  `INSERT INTO status_change (measure_id, changed_on, from_status, to_status, reason, drucksache, entered_by, created_at) VALUES
     (3, '2026-12-01', NULL, 'proposed', '', '', 'Frau Yılmaz', '${now}'),
     (4, '2026-12-01', NULL, 'proposed', '', '', 'Frau Yılmaz', '${now}'),
     (4, '2026-12-02', 'proposed', 'in_review', '', '', 'Frau Yılmaz', '${now}'),
     (5, '2026-12-01', NULL, 'proposed', '', '', 'Frau Yılmaz', '${now}')`,
  `INSERT INTO progress_note (measure_id, noted_on, text, entered_by, created_at) VALUES (4, '2026-12-03', 'Erste Lesepaten gefunden', 'Frau Yılmaz', '${now}')`,
  `UPDATE contact SET categories = '["Politik","Presse"]', consent_purpose = 'Einladungen', consent_date = '2024-02-01', consent_withdrawn_on = '2025-06-30' WHERE id = 2`,
  `INSERT INTO contact (id, first_name, last_name, categories, consent_purpose, consent_date, consent_how, sort_key, created_at, updated_at) VALUES
     (4, 'Zeynep', 'Şahin', '["Newsletter","presse","Presse"]', 'Newsletter', '2025-03-01', 'E-Mail', 'sahin' || char(1) || 'zeynep', '${now}', '${now}')`,
];

// Schema 10: counts kept by triggers for the screens (leads and tags in use, listed contacts, task
// parts, members per body). An ended and a future membership, a done and an undated task, an erased
// contact and a tag used twice make each count differ from a plain row count.
SEED[10] = [
  ...SEED[9]!,
  `INSERT INTO membership (id, contact_id, body_id, role, date_from, date_to, created_at) VALUES
     (2, 2, 1, 'member', '2020-01-01', '2023-12-31', '${now}'),
     (3, 4, 1, 'member', '2099-01-01', NULL, '${now}')`,
  `INSERT INTO action_item (meeting_id, agenda_item_id, title, assignee_contact_id, assignee_name, due_on, done_on, created_at, updated_at)
     SELECT meeting_id, agenda_item_id, 'Protokoll verschicken', NULL, 'Geschäftsstelle', NULL, '2026-12-04', '${now}', '${now}' FROM action_item WHERE id = 1`,
  `INSERT INTO action_item (meeting_id, agenda_item_id, title, assignee_contact_id, assignee_name, due_on, done_on, created_at, updated_at)
     SELECT meeting_id, NULL, 'Raum buchen', NULL, 'Geschäftsstelle', NULL, NULL, '${now}', '${now}' FROM action_item WHERE id = 1`,
  `INSERT INTO measure_tag (measure_id, tag) VALUES (5, 'Sprache')`,
  `UPDATE contact SET first_name = '', last_name = '—', sort_key = char(65535), erased_at = '${now}' WHERE id = 3`,
];

// Schema 11: the measure search has prefix indexes (1, 2, 3 characters); a note written after the
// rebuild reaches the new table through the triggers of 0002.
SEED[11] = [
  ...SEED[10]!,
  `INSERT INTO progress_note (measure_id, noted_on, text, entered_by, created_at) VALUES (5, '2026-12-04', 'Sprachmittlung für Arabisch und Dari', 'Frau Yılmaz', '${now}')`,
];

// Schema 12: organisations have their own e-mail, phone and website.
SEED[12] = [...SEED[11]!, `UPDATE organization SET email = 'info@verikom.de', phone = '040 123', website = 'https://verikom.de' WHERE id = 1`];
// Schema 13: a contact's department, second address line, private address, website and birthday.
SEED[13] = [...SEED[12]!, `UPDATE contact SET department = 'Soziales', street2 = 'Haus B', private_city = 'Dresden', private_postal_code = '01067', birthday = '1970-03-15' WHERE id = 1`];
// Schema 14: the measure search has prefix indexes up to six characters (rebuilt from the measures and notes).
SEED[14] = [...SEED[13]!, `INSERT INTO progress_note (measure_id, noted_on, text, entered_by, created_at) VALUES (5, '2026-12-07', 'Sprachcafé im Bürgerhaus', 'Frau Yılmaz', '${now}')`];
// Schema 15: a measure's version and who saved it last (one measure saved twice by a named person).
SEED[15] = [...SEED[14]!, `UPDATE measure SET version = 3, updated_by = 'Frau Yılmaz' WHERE id = 2`];

async function makeFixture(version: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-fixture-'));
  const file = path.join(dir, 'db.sqlite');
  const dataSource = new DataSource({ type: 'sqlite', database: file, migrations: migrations.slice(0, version) });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  for (const sql of SEED[version] ?? []) await dataSource.query(sql);
  await dataSource.query('PRAGMA journal_mode = DELETE');
  await dataSource.query('VACUUM');
  await dataSource.destroy();
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(file, path.join(out, `schema-${version}.sqlite`));
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`database/fixtures/schema-${version}.sqlite`);
}

const versions = process.argv.slice(2).map(Number);
for (const version of versions.length ? versions : Object.keys(SEED).map(Number)) await makeFixture(version);
