import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppCore } from '../../main/core/app-core';
import { plainPlatform } from '../../main/core/plain-platform';
import { seedDemo } from '../../main/demo/seed-demo';
import { silentLogger } from '../../main/services/logger';
import { postgresServer, startPostgres, type TestPostgres } from '../../test-support/postgres-server';
import { canMount, mountSmallDisk, unmountSmallDisks } from '../../test-support/small-disk';
import { dumpSqlite } from '../../test-support/sqlite-dump';
import { tempDir } from '../../test-support/temp-dir';
import { SCHEMA_VERSION } from '../migrations';
import { databaseFileIn } from '../open-database';
import { derivedDifferences } from '../postgres/derived-check';
import { PostgresRefusal } from '../postgres/open-postgres';
import { preflight } from '../preflight';
import { transferToPostgres, transferToSqlite, TransferRefusal, type TableReport } from './transfer';
import { TRANSFER_TABLES } from './transfer-tables';

let server: TestPostgres;
let source: string;
let databases = 0;
const freshDatabase = () => server.createDatabase(`transfer_${++databases}`);
const nameOf = (url: string) => new URL(url).pathname.slice(1);

function run(file: string, statements: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (openError) => {
      if (openError) return reject(openError);
      db.exec(statements.join(';\n'), (error) => db.close(() => (error ? reject(error) : resolve())));
    });
  });
}

/**
 * The demo district plus what the demo lacks and a transfer could get wrong: a motion and a
 * minutes correction, tags whose order differs between collations, text that looks like a number,
 * quotes, emoji and line breaks, and a deleted body whose id must not be handed out again.
 */
async function demoWithEdgeCases(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-transfer-'));
  const core = await startAppCore({ dataDir: dir, appVersion: 'test', platform: plainPlatform, logger: silentLogger });
  await seedDemo(core.dispatch);
  await core.close();
  await run(databaseFileIn(dir), [
    `INSERT INTO motion (edition_id, submitted_on, subject, fraktionen, signatories, sachverhalt, entered_by, created_at)
     VALUES (1, '2026-05-04', 'Maßnahmen „Zusammenleben in Vielfalt“', '["SPD","GRÜNE"]', '[{"fraktion":"SPD","name":"Ayşe Öztürk 🌍","role":""}]',
             'Zeile 1' || char(10) || 'Zeile 2' || char(9) || 'mit Tab', 'Verwaltung', '2026-05-04T09:00:00.000Z')`,
    `INSERT INTO motion_measure (motion_id, measure_id, position) VALUES (1, 2, 1), (1, 1, 2)`,
    `INSERT INTO minutes_correction (meeting_id, text, reason, entered_by, created_at) VALUES (1, 'TOP 3: 7 Ja, 2 Nein', 'Zählfehler', 'Schriftführung', '2026-05-05T10:00:00.000Z')`,
    `INSERT INTO measure_tag (measure_id, tag) VALUES (1, 'Ärger'), (1, 'Zebra'), (1, 'apfel'), (1, 'Öffnung'), (1, 'zebra')`,
    `UPDATE contact SET postal_code = '01067', notes = 'Sagt: "bitte nur vormittags" – ok?' WHERE id = 1`,
    `INSERT INTO body (name, kind, created_at) VALUES ('Gelöschter Arbeitskreis', 'arbeitskreis', '2026-01-01T00:00:00.000Z')`,
    `DELETE FROM body WHERE name = 'Gelöschter Arbeitskreis'`,
  ]);
  return dir;
}

function all(file: string, sql: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.all(sql, (error, rows) => db.close(() => (error ? reject(error) : resolve(rows))));
    });
  });
}

async function rejection(transfer: Promise<unknown>): Promise<unknown> {
  return transfer.then(
    () => expect.fail('the transfer should have been refused'),
    (error: unknown) => error,
  );
}

const rowsOnServer = async (url: string) => {
  const counts = await Promise.all(TRANSFER_TABLES.map(({ name }) => server.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${name}`, [], nameOf(url))));
  return counts.reduce((sum, [row]) => sum + (row?.n ?? 0), 0);
};

/**
 * The derived tables as the app reads them: SQLite's count caches keep a row at n = 0 where a
 * measure left a status (history, not data); a rebuilt file has none. The id counters are compared apart.
 */
function withoutEmptyCounts(dump: Record<string, unknown[]>): Record<string, unknown[]> {
  const { sqlite_sequence: _counters, ...tables } = dump;
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.filter((row) => (row as { n?: unknown }).n !== 0)]));
}

const required = <T>(rows: T[]): [T] => {
  expect(rows).toHaveLength(1);
  return rows as [T];
};

const checksums = (report: readonly TableReport[]) => report.map(({ table, targetRows, targetChecksum }) => ({ table, targetRows, targetChecksum }));

describe.skipIf(postgresServer.skip)('transfer between the data file and PostgreSQL (a real server)', () => {
  beforeAll(async () => {
    postgresServer.check();
    [server, source] = await Promise.all([startPostgres(), demoWithEdgeCases()]);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    if (source) fs.rmSync(source, { recursive: true, force: true });
    if (canMount) unmountSmallDisks();
  });

  it('moves the demo district to PostgreSQL and back: every table, every counter, row for row', async () => {
    const url = await freshDatabase();
    const there = await transferToPostgres(source, url);
    expect(there.map((line) => line.table)).toEqual(TRANSFER_TABLES.map((table) => table.name));
    for (const line of there) {
      expect(line.targetRows, line.table).toBe(line.sourceRows);
      expect(line.targetChecksum, line.table).toBe(line.sourceChecksum);
    }
    expect(there.find((line) => line.table === 'measure')?.sourceRows).toBe(40);
    expect(there.find((line) => line.table === 'motion')?.sourceRows).toBe(1);
    // The server built its counts and categories from the rows, as SQLite's triggers did.
    expect(await derivedDifferences((sql) => server.query(sql, [], nameOf(url)))).toEqual([]);
    expect(await server.query('SELECT n FROM contact_listed', [], nameOf(url))).toEqual(await all(databaseFileIn(source), 'SELECT n FROM contact_listed'));
    // Text keys in code-point order on the server too (its collation would put "apfel" first).
    expect(await server.query(`SELECT tag FROM measure_tag WHERE measure_id = 1 AND tag IN ('Ärger','Zebra','apfel','Öffnung','zebra') ORDER BY tag COLLATE "C"`, [], nameOf(url)))
      .toEqual([{ tag: 'Zebra' }, { tag: 'apfel' }, { tag: 'zebra' }, { tag: 'Ärger' }, { tag: 'Öffnung' }]);
    // The deleted body's id is not handed out again on the server.
    const [{ id }] = required(await server.query<{ id: number }>(`INSERT INTO body (name, kind, created_at) VALUES ('Neu', 'other', 'x') RETURNING id`, [], nameOf(url)));
    const [{ highest }] = required(await server.query<{ highest: number }>('SELECT max(id)::int AS highest FROM body WHERE id < $1', [id], nameOf(url)));
    expect(id).toBe(highest + 2);
    await server.query(`DELETE FROM body WHERE id = $1`, [id], nameOf(url));

    const back = tempDir();
    const report = await transferToSqlite(url, back);
    expect(checksums(report)).toEqual(checksums(there).map((line) => ({ ...line })));
    expect(fs.readdirSync(back)).toEqual(['leitbild-werkstatt.sqlite']);
    // The returned file is the original: every table (counts and search built by its triggers) and id counter.
    const returned = await dumpSqlite(databaseFileIn(back), { withSequences: true });
    const original = await dumpSqlite(databaseFileIn(source), { withSequences: true });
    expect(withoutEmptyCounts(returned)).toEqual(withoutEmptyCounts(original));
    const counter = (dump: Record<string, unknown[]>, name: string) => (dump.sqlite_sequence as Array<{ name: string; seq: number }>).find((row) => row.name === name)?.seq;
    for (const table of TRANSFER_TABLES.filter((entry) => entry.generatedId)) {
      expect(counter(returned, table.name) ?? 0, table.name).toBeGreaterThanOrEqual(counter(original, table.name) ?? 0);
    }
    expect(await preflight(databaseFileIn(back), SCHEMA_VERSION)).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION });
    // The search indexes, rebuilt by the triggers, find the same records.
    for (const search of [`measure_search MATCH 'Sprach*'`, `measure_search MATCH 'Beratung'`, `contact_search MATCH 'Ozdemir OR Özdemir'`]) {
      const hits = (dir: string) => all(databaseFileIn(dir), `SELECT rowid FROM ${search.split(' ')[0]} WHERE ${search} ORDER BY rowid`);
      expect(await hits(back), search).toEqual(await hits(source));
    }
  });

  it('refuses a database that already holds data and changes nothing in it', async () => {
    const url = await freshDatabase();
    await transferToPostgres(source, url);
    const before = await rowsOnServer(url);
    const error = await rejection(transferToPostgres(source, url));
    expect(error).toMatchObject({ problem: 'target-not-empty', detail: 'app_setting' });
    expect(await rowsOnServer(url)).toBe(before);
  });

  it('rolls everything back when the connection drops midway; the next try succeeds', async () => {
    const url = await freshDatabase();
    const cut = async (table: string) => {
      if (table !== 'contact') return;
      await server.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'Leitbild-Werkstatt'`, [nameOf(url)]);
    };
    const error = await rejection(transferToPostgres(source, url, cut));
    expect(error).toBeInstanceOf(PostgresRefusal);
    expect((error as PostgresRefusal).problem).toBe('connection-lost');
    expect(await rowsOnServer(url)).toBe(0);
    const report = await transferToPostgres(source, url);
    expect(report.every((line) => line.sourceChecksum === line.targetChecksum)).toBe(true);
  });

  it('keeps nothing when the server changed a row on the way (a checksum differs)', async () => {
    const url = await freshDatabase();
    await transferToPostgres(source, url).catch(() => undefined); // the schema
    await server.query('TRUNCATE app_setting, edition, organization, contact, body CASCADE', [], nameOf(url));
    await server.query(
      `CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := upper(NEW.name); RETURN NEW; END $$;
       CREATE TRIGGER shout BEFORE INSERT ON body FOR EACH ROW EXECUTE FUNCTION shout()`,
      [],
      nameOf(url),
    );
    const error = await rejection(transferToPostgres(source, url));
    expect(error).toBeInstanceOf(TransferRefusal);
    expect(error).toMatchObject({ problem: 'mismatch', detail: 'body' });
    const body = (error as TransferRefusal).report.find((line) => line.table === 'body');
    expect(body?.sourceRows).toBe(body?.targetRows);
    expect(body?.sourceChecksum).not.toBe(body?.targetChecksum);
    expect(await rowsOnServer(url)).toBe(0);
  });

  it('reads nothing without the rights to, and leaves no file behind', async () => {
    const url = await freshDatabase();
    await transferToPostgres(source, url);
    await server.query(`CREATE ROLE besuch LOGIN PASSWORD 'besuch'`);
    const back = tempDir();
    const error = await rejection(transferToSqlite(server.url(nameOf(url), 'besuch:besuch'), back));
    expect(error).toMatchObject({ problem: 'no-rights' });
    expect(fs.readdirSync(back)).toEqual([]);
  });

  it('never overwrites a data file, and brings back nothing from an empty database', async () => {
    const url = await freshDatabase();
    const before = fs.readFileSync(databaseFileIn(source));
    expect(await rejection(transferToSqlite(url, source))).toMatchObject({ problem: 'target-exists' });
    expect(fs.readFileSync(databaseFileIn(source)).equals(before)).toBe(true);

    const back = tempDir();
    expect(await rejection(transferToSqlite(url, back))).toMatchObject({ problem: 'empty' });
    expect(fs.readdirSync(back)).toEqual([]);
    expect(await server.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`, [], nameOf(url))).toEqual([{ n: 0 }]);
  });

  it('asks for `migrate` before moving a file of an older schema, and leaves the server untouched', async () => {
    const url = await freshDatabase();
    const old = tempDir();
    fs.copyFileSync(path.join(import.meta.dirname, '..', 'fixtures', `schema-${SCHEMA_VERSION - 1}.sqlite`), databaseFileIn(old));
    expect(await rejection(transferToPostgres(old, url))).toMatchObject({ problem: 'source-outdated' });
    expect(await server.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`, [], nameOf(url))).toEqual([{ n: 0 }]);
    expect(await rejection(transferToPostgres(tempDir(), url))).toMatchObject({ problem: 'no-source' });
  });

  it.skipIf(!canMount)('leaves neither a data file nor a half-written one when the target disk runs full', async () => {
    const url = await freshDatabase();
    await transferToPostgres(source, url);
    const disk = mountSmallDisk(1);
    await rejection(transferToSqlite(url, disk));
    expect(fs.readdirSync(disk)).toEqual([]);
  });
});
