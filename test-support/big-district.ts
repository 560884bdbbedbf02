import { performance } from 'node:perf_hooks';
import sqlite3 from 'sqlite3';
import type { CallInput, CallName } from '../contract';
import { databaseFileIn } from '../database/open-database';
import { startAppCore } from '../main/core/app-core';
import { plainPlatform } from '../main/core/plain-platform';
import { sortKeyOf } from '../main/services/contacts/contact-records';
import { silentLogger } from '../main/services/logger';

/**
 * A district office's data at scale k, for the bench and the scrolling e2e spec. The data folder,
 * schema, triggers and FTS indexes come from the real app core (migrations); the rows then go in
 * with raw prepared inserts in transactions, so 10× takes seconds and not the hours the calls
 * would need. 1× = 5,000 measures, 20,000 contacts, 2,000 meetings, 8,000 action items.
 */
export interface DistrictSize {
  readonly measures: number;
  readonly contacts: number;
  readonly organizations: number;
  readonly bodies: number;
  readonly meetings: number;
  readonly actionItems: number;
}

export const districtSize = (scale: number): DistrictSize => ({
  measures: Math.round(5_000 * scale),
  contacts: Math.round(20_000 * scale),
  organizations: Math.max(1, Math.round(400 * scale)),
  bodies: 12,
  meetings: Math.round(2_000 * scale),
  actionItems: Math.round(8_000 * scale),
});

/** Per measure / contact / meeting: the shape of the children (fixed, so counts follow from the size). */
export const TAGS_PER_MEASURE = 2;
export const NOTES_PER_MEASURE = 1;
export const STATUS_PATH = ['proposed', 'in_review', 'recommended', 'adopted', 'implementing'] as const;
export const AGENDA_ITEMS_PER_MEETING = 8;
export const ATTENDEES_PER_MEETING = 8;
export const DECISIONS_PER_MEETING = 2;
export const FIELDS = ['Zusammenleben', 'Sprache und Bildung', 'Arbeit und Ausbildung', 'Antidiskriminierung', 'Ehrenamt und Teilhabe'] as const;

export interface BigDistrict {
  readonly dataDir: string;
  readonly size: DistrictSize;
  readonly editionId: number;
  readonly fieldIds: readonly number[];
  /** Wall time of the raw inserts (the app core's start and the edition excluded). */
  readonly insertMs: number;
}

const WORDS = 'Sprachcafé Begegnung Nachbarschaft Ehrenamt Ausbildung Beratung Kita Schule Senioren Jugend Kultur Sport Frauen Familie Arbeit Anerkennung Rassismus Diskriminierung Verwaltung Sprachkurse Mentoring Lotsen Stadtteil Bücherhalle Integrationsrat Workshop Festival Paten Netzwerk Information Übersetzung Gesundheit Wohnen Elternarbeit Spielplatz Musik'.split(' ');
const FIRST = 'Ayşe Mehmet Fatima Ali Leyla Reza Małgorzata Piotr Olga Dmitri Jürgen Anna Hans Sophie Nadia Omar Zeynep Emre Darya Karim Björn Ümit Chiara Tomasz'.split(' ');
const LAST = 'Özdemir Yılmaz Kaya Haddad Rahimi Nowak Kowalski Ivanova Petrov Müller Schmidt Schulz Weber Becker Hoffmann Demir Şahin Karimi Wiśniewska Fischer Jankowski Tehrani Sokolov Hussein Meyer Äbele Spreckelsen'.split(' ');
const TAGS = ['Sprache', 'Jugend', 'Senioren', 'Frauen', 'Arbeit', 'Kultur', 'Sport', 'Ehrenamt', 'Wohnen', 'Gesundheit'];
const ORG_KINDS = ['traeger', 'verein', 'behoerde', 'religionsgemeinschaft', 'schule', 'unternehmen', 'initiative', 'other'];
const MEETING_KINDS = ['ag_session', 'council_meeting', 'committee', 'bv_session', 'forum'];
const CATEGORIES = ['Presse', 'Verwaltung', 'Migrantenorganisation', 'Schule', 'Politik'];
const ROLES = ['chair', 'vice_chair', 'member', 'member', 'deputy', 'guest'];

const pick = <T>(list: readonly T[], seed: number): T => list[seed % list.length]!;
const day = (index: number) => new Date(Date.UTC(2012, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
const q = (count: number) => Array(count).fill('?').join(', ');

/** Makes the folder with the app core (schema by migrations), then fills it at `scale` (1 = 1×). */
export async function generateBigDistrict(dataDir: string, scale: number): Promise<BigDistrict> {
  const size = districtSize(scale);
  const { editionId, fieldIds } = await prepareWithCore(dataDir);
  const db = await openRaw(databaseFileIn(dataDir));
  const start = performance.now();
  try {
    // Generated data: no fsync per commit; the final checkpoint puts it all in the main file.
    await exec(db, 'PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;');
    await inTransaction(db, () => insertMeasures(db, size, editionId, fieldIds));
    await inTransaction(db, () => insertContacts(db, size));
    await inTransaction(db, () => insertMeetings(db, size, size.measures));
    await exec(db, 'PRAGMA wal_checkpoint(TRUNCATE); PRAGMA optimize;');
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
  return { dataDir, size, editionId, fieldIds, insertMs: performance.now() - start };
}

/** The edition and its fields through the real calls; the core is closed again so the raw writer may open the file. */
async function prepareWithCore(dataDir: string): Promise<{ editionId: number; fieldIds: number[] }> {
  const core = await startAppCore({ dataDir, appVersion: 'big-district', platform: plainPlatform, logger: silentLogger });
  try {
    const call = async <N extends CallName>(name: N, input: CallInput<N>) => {
      const result = await core.dispatch(name, input);
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.data as { id: number };
    };
    const edition = await call('editions.create', { title: 'Zusammenleben in Vielfalt', periodFrom: 2022, periodTo: 2026 });
    const fieldIds: number[] = [];
    for (const name of FIELDS) fieldIds.push((await call('fieldsOfAction.create', { editionId: edition.id, name })).id);
    return { editionId: edition.id, fieldIds };
  } finally {
    await core.close();
  }
}

async function insertMeasures(db: sqlite3.Database, size: DistrictSize, editionId: number, fieldIds: readonly number[]): Promise<void> {
  const now = new Date().toISOString();
  await insertRows(db, `INSERT INTO measure (id, edition_id, field_of_action_id, code, title, description, goal, lead, partners, target_group, origin, priority_points, period_from, period_to, status, created_at, updated_at) VALUES (${q(17)})`, size.measures, (i) => [
    i + 1, editionId, pick(fieldIds, i), `M-${String(i + 1).padStart(5, '0')}`,
    `${pick(WORDS, i)} ${pick(WORDS, i * 7 + 3)} im Quartier ${i % 97}`,
    `${pick(WORDS, i * 3)} und ${pick(WORDS, i * 11 + 5)}: ein Angebot für ${pick(WORDS, i * 13 + 1)} mit ${pick(WORDS, i * 17 + 2)}.`,
    `Mehr ${pick(WORDS, i * 5 + 1)} im Bezirk`, `Träger ${i % 40}`, `Verein ${i % 23}`, pick(TAGS, i * 3),
    pick(['workshop', 'consultation', 'forum', 'working_group', 'other'], i), i % 30, 2022, 2026,
    STATUS_PATH[i % STATUS_PATH.length], now, now,
  ]);
  await insertRows(db, `INSERT INTO measure_tag (measure_id, tag) VALUES (?, ?)`, size.measures * TAGS_PER_MEASURE, (i) => {
    const measure = Math.floor(i / TAGS_PER_MEASURE);
    return [measure + 1, pick(TAGS, measure + (i % TAGS_PER_MEASURE) * 3)];
  });
  await insertRows(db, `INSERT INTO progress_note (measure_id, noted_on, text, entered_by, created_at) VALUES (?, ?, ?, ?, ?)`, size.measures * NOTES_PER_MEASURE, (i) => {
    const measure = Math.floor(i / NOTES_PER_MEASURE);
    return [measure + 1, day(3000 + (i % 700)), `Stand: ${pick(WORDS, i * 19)} läuft, ${i % 40} Teilnehmende.`, 'Generator', now];
  });
  // Each measure's history walks the lifecycle up to its current status.
  await insertRows(db, `INSERT INTO status_change (measure_id, changed_on, from_status, to_status, reason, drucksache, entered_by, created_at) VALUES (${q(8)})`, size.measures * STATUS_PATH.length, (i) => {
    const measure = Math.floor(i / STATUS_PATH.length);
    const step = i % STATUS_PATH.length;
    if (step > measure % STATUS_PATH.length) return null;
    const to = STATUS_PATH[step]!;
    return [measure + 1, day(3500 + step * 60 + (measure % 30)), step === 0 ? null : STATUS_PATH[step - 1], to, '', to === 'adopted' ? '21-2519' : '', 'Generator', now];
  });
}

async function insertContacts(db: sqlite3.Database, size: DistrictSize): Promise<void> {
  const now = new Date().toISOString();
  await insertRows(db, `INSERT INTO organization (id, name, kind, street, postal_code, city, created_at) VALUES (${q(7)})`, size.organizations, (i) => [
    i + 1, `${pick(['Verein', 'Initiative', 'Träger', 'Schule', 'Gemeinde'], i)} ${pick(WORDS, i * 7)} ${i + 1}`, pick(ORG_KINDS, i), `Harburger Ring ${(i % 90) + 1}`, '21073', 'Hamburg', now,
  ]);
  // Organisations first (keys checked at commit), so the contact's FTS row is written once, with them.
  await exec(db, 'PRAGMA defer_foreign_keys = ON');
  await insertRows(db, 'INSERT INTO contact_organization (contact_id, organization_id) VALUES (?, ?)', size.contacts, (i) => (i % 10 === 9 ? null : [i + 1, (i % size.organizations) + 1]));
  await insertRows(db, `INSERT INTO contact (id, salutation, first_name, last_name, function, emails, phones, street, postal_code, city, languages, categories, notes, consent_purpose, consent_date, consent_how, consent_withdrawn_on, sort_key, origin, created_at, updated_at) VALUES (${q(21)})`, size.contacts, (i) => {
    const first = pick(FIRST, i);
    const last = `${pick(LAST, i * 7 + Math.floor(i / 26))}${i < 500 ? '' : `-${i}`}`;
    const consent = i % 4 !== 3;
    return [
      i + 1, i % 2 ? 'Frau' : 'Herr', first, last, pick(['Mitglied', 'Vorsitz', 'Geschäftsführung', 'Beratung'], i),
      JSON.stringify([`kontakt${i}@example.org`]), JSON.stringify([{ kind: 'work', number: `040 ${String(100000 + i)}` }]), `Lange Straße ${(i % 200) + 1}`, '21075', 'Hamburg',
      JSON.stringify([pick(['Deutsch', 'Türkisch', 'Arabisch', 'Polnisch', 'Russisch', 'Farsi'], i)]), JSON.stringify([pick(CATEGORIES, i)]), i % 5 === 0 ? `Notiz ${i}` : '',
      consent ? 'Einladungen zum Integrationsrat' : '', consent ? day(3600 + (i % 300)) : null, consent ? 'schriftlich' : '', consent && i % 40 === 0 ? day(4000) : null,
      sortKeyOf(first, last), 'Generator', now, now,
    ];
  });
  await insertRows(db, 'INSERT INTO body (id, name, kind, short_name, created_at) VALUES (?, ?, ?, ?, ?)', size.bodies, (i) => [
    i + 1, `${pick(['Integrationsrat', 'Arbeitsgruppe', 'Runder Tisch', 'Fachforum'], i)} ${i + 1}`, pick(['integrationsrat', 'arbeitsgruppe', 'runder_tisch', 'fachforum'], i), `G${i + 1}`, now,
  ]);
  // One contact in ten sits in a body.
  await insertRows(db, `INSERT INTO membership (contact_id, body_id, role, date_from, date_to, created_at) VALUES (${q(6)})`, Math.floor(size.contacts / 10), (i) => [
    i * 10 + 1, (i % size.bodies) + 1, pick(ROLES, i), day(2000 + (i % 900)), i % 7 === 0 ? day(4000) : null, now,
  ]);
}

async function insertMeetings(db: sqlite3.Database, size: DistrictSize, measures: number): Promise<void> {
  const now = new Date().toISOString();
  const open = Math.min(50, size.meetings);
  // Two meetings a day, oldest first; the newest `open` are held but not yet approved.
  await insertRows(db, `INSERT INTO meeting (id, kind, body_id, number, title, starts_at, ends_at, place, state, approved_on, created_at, updated_at) VALUES (${q(12)})`, size.meetings, (i) => {
    const approved = i < size.meetings - open;
    const date = day(Math.floor(i / 2));
    return [i + 1, pick(MEETING_KINDS, i), (i % size.bodies) + 1, Math.floor(i / size.bodies) + 1, `Sitzung ${pick(WORDS, i)}`, `${date}T18:00`, `${date}T20:00`, `Sitzungsraum ${i % 7}`, approved ? 'minutes_approved' : 'held', approved ? day(Math.floor(i / 2) + 14) : null, now, now];
  });
  await insertRows(db, `INSERT INTO agenda_item (id, meeting_id, position, number, title, public, notes, created_at, updated_at) VALUES (${q(9)})`, size.meetings * AGENDA_ITEMS_PER_MEETING, (i) => {
    const position = (i % AGENDA_ITEMS_PER_MEETING) + 1;
    return [i + 1, Math.floor(i / AGENDA_ITEMS_PER_MEETING) + 1, position, String(position), `${pick(WORDS, i)}: Bericht`, i % 5 ? 1 : 0, `Bericht und Aussprache zu ${pick(WORDS, i * 3)}.`, now, now];
  });
  if (measures > 0) {
    await insertRows(db, 'INSERT INTO agenda_item_measure (agenda_item_id, measure_id, position) VALUES (?, ?, 1)', size.meetings, (i) => [i * AGENDA_ITEMS_PER_MEETING + 2, (i % measures) + 1]);
  }
  await insertRows(db, `INSERT INTO attendance (meeting_id, contact_id, role, guest, voting, status, position, created_at) VALUES (${q(8)})`, size.meetings * ATTENDEES_PER_MEETING, (i) => {
    const meeting = Math.floor(i / ATTENDEES_PER_MEETING);
    const slot = i % ATTENDEES_PER_MEETING;
    return [meeting + 1, ((meeting * 37 + slot * 997) % size.contacts) + 1, 'Mitglied', 0, 1, slot === 7 ? 'excused' : 'present', slot + 1, now];
  });
  await insertRows(db, `INSERT INTO decision (agenda_item_id, wording, result, vote_mode, drucksache, created_at, updated_at) VALUES (${q(7)})`, size.meetings * DECISIONS_PER_MEETING, (i) => {
    const meeting = Math.floor(i / DECISIONS_PER_MEETING);
    return [meeting * AGENDA_ITEMS_PER_MEETING + 3 + (i % DECISIONS_PER_MEETING), 'Der Integrationsrat empfiehlt die Maßnahme.', pick(['adopted', 'noted', 'deferred'], i), 'unanimous', '', now, now];
  });
  // Most action items are done; those of the newest meetings and every 25th are still open.
  await insertRows(db, `INSERT INTO action_item (meeting_id, agenda_item_id, title, assignee_contact_id, assignee_name, due_on, done_on, created_at, updated_at) VALUES (${q(9)})`, size.actionItems, (i) => {
    const meeting = Math.floor((i * size.meetings) / size.actionItems);
    const stillOpen = meeting >= size.meetings - open || i % 25 === 0;
    return [meeting + 1, meeting * AGENDA_ITEMS_PER_MEETING + 1, `Aufgabe ${i + 1}: ${pick(WORDS, i)} klären`, i % 3 ? ((i * 13) % size.contacts) + 1 : null, i % 3 ? '' : `Person ${i % 300}`, day(Math.floor(meeting / 2) + 30), stillOpen ? null : day(Math.floor(meeting / 2) + 20), now, now];
  });
}

function openRaw(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const handle = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(handle)));
  });
}

const exec = (db: sqlite3.Database, sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));

async function inTransaction(db: sqlite3.Database, work: () => Promise<void>): Promise<void> {
  await exec(db, 'BEGIN');
  try {
    await work();
    await exec(db, 'COMMIT');
  } catch (error) {
    await exec(db, 'ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Rows per INSERT statement: one driver round trip carries many rows (the driver's per-call cost dominates otherwise). */
const ROWS_PER_STATEMENT = 64;

/** A prepared INSERT for `count` generated rows (null = skip), many rows per statement, awaited per statement so memory stays flat. */
async function insertRows(db: sqlite3.Database, sql: string, count: number, row: (index: number) => unknown[] | null): Promise<void> {
  const [head, tuple] = splitValues(sql);
  const many = await prepare(db, `${head} ${Array(ROWS_PER_STATEMENT).fill(tuple).join(', ')}`);
  let buffer: unknown[] = [];
  let rows = 0;
  try {
    for (let index = 0; index < count; index++) {
      const values = row(index);
      if (!values) continue;
      buffer.push(...values);
      if (++rows === ROWS_PER_STATEMENT) {
        await run(many, buffer);
        buffer = [];
        rows = 0;
      }
    }
    if (rows > 0) {
      const rest = await prepare(db, `${head} ${Array(rows).fill(tuple).join(', ')}`);
      await run(rest, buffer).finally(() => rest.finalize());
    }
  } finally {
    await new Promise<void>((resolve) => many.finalize(() => resolve()));
  }
}

/** "INSERT INTO t (a, b) VALUES (?, ?)" → ["INSERT INTO t (a, b) VALUES", "(?, ?)"]. */
function splitValues(sql: string): [string, string] {
  const at = sql.lastIndexOf('VALUES') + 'VALUES'.length;
  return [sql.slice(0, at), sql.slice(at).trim()];
}

const prepare = (db: sqlite3.Database, sql: string) =>
  new Promise<sqlite3.Statement>((resolve, reject) => {
    const statement = db.prepare(sql, (error) => (error ? reject(error) : resolve(statement)));
  });

const run = (statement: sqlite3.Statement, values: unknown[]) => new Promise<void>((resolve, reject) => statement.run(values, (error) => (error ? reject(error) : resolve())));
