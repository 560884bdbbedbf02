import type { MigrationInterface, QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresServer, startPostgres, type TestPostgres } from '../../test-support/postgres-server';
import { postgresMigrations } from './migrations';
import { openPostgres, POSTGRES_SCHEMA_VERSION, PostgresRefusal, postgresProblemOf } from './open-postgres';

let server: TestPostgres;
let databases = 0;
const freshDatabase = () => server.createDatabase(`schema_${++databases}`);
const tablesIn = async (database: string) =>
  (await server.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`, [], database)).map((row) => row.name);
const nameOf = (url: string) => new URL(url).pathname.slice(1);

async function refusal(opening: Promise<unknown>): Promise<PostgresRefusal> {
  const error = await opening.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PostgresRefusal);
  return error as PostgresRefusal;
}

describe.skipIf(postgresServer.skip)('the PostgreSQL schema (a real server)', () => {
  beforeAll(async () => {
    postgresServer.check();
    server = await startPostgres();
  });
  afterAll(() => server?.stop());

  it('gives a new database the current schema once; opening it again changes nothing', async () => {
    const url = await freshDatabase();
    await (await openPostgres(url)).destroy();
    await (await openPostgres(url)).destroy();
    const database = nameOf(url);
    expect(await server.query('SELECT application, version FROM schema_identity', [], database)).toEqual([{ application: 'leitbild-werkstatt', version: POSTGRES_SCHEMA_VERSION }]);
    expect(await server.query('SELECT count(*)::int AS n FROM migrations', [], database)).toEqual([{ n: POSTGRES_SCHEMA_VERSION }]);
    expect(await tablesIn(database)).toEqual(expect.arrayContaining(['measure', 'contact', 'meeting', 'status_change', 'minutes_correction']));
  });

  it('migrates once when two apps start on a new database at the same moment', async () => {
    const url = await freshDatabase();
    const opened = await Promise.all([openPostgres(url), openPostgres(url)]);
    await Promise.all(opened.map((dataSource) => dataSource.destroy()));
    expect(await server.query('SELECT count(*)::int AS n FROM migrations', [], nameOf(url))).toEqual([{ n: POSTGRES_SCHEMA_VERSION }]);
  });

  it('keeps the status history and minutes corrections append-only, whoever asks', async () => {
    const url = await freshDatabase();
    const dataSource = await openPostgres(url);
    try {
      await dataSource.query(`INSERT INTO edition (title, period_from, period_to, created_at, updated_at) VALUES ('L', 2026, 2028, 'x', 'x')`);
      await dataSource.query(`INSERT INTO field_of_action (edition_id, name, position, created_at, updated_at) VALUES (1, 'Sprache', 1, 'x', 'x')`);
      await dataSource.query(`INSERT INTO measure (edition_id, field_of_action_id, code, title, created_at, updated_at) VALUES (1, 1, 'S1', 'Sprachcafé', 'x', 'x')`);
      await dataSource.query(`INSERT INTO status_change (measure_id, changed_on, to_status, created_at) VALUES (1, '2026-03-12', 'proposed', 'x')`);
      await expect(dataSource.query(`UPDATE status_change SET reason = 'später'`)).rejects.toThrow('status_change is append-only');
      await expect(dataSource.query('DELETE FROM status_change')).rejects.toThrow('status_change is append-only');
      // The measure's last activity follows its history, as SQLite's triggers keep it.
      expect(await dataSource.query('SELECT last_activity_on FROM measure')).toEqual([{ last_activity_on: '2026-03-12' }]);
      await dataSource.query(`INSERT INTO meeting (kind, starts_at, created_at, updated_at) VALUES ('council_meeting', '2026-03-12T18:00', 'x', 'x')`);
      await dataSource.query(`INSERT INTO minutes_correction (meeting_id, text, reason, created_at) VALUES (1, 'TOP 3: 7 Ja', 'Zählfehler', 'x')`);
      await expect(dataSource.query('DELETE FROM minutes_correction')).rejects.toThrow('minutes_correction is append-only');
    } finally {
      await dataSource.destroy();
    }
  });

  it('refuses what SQLite refuses: broken JSON lists, dates not as JJJJ-MM-TT, a motion without Fraktion', async () => {
    const url = await freshDatabase();
    const dataSource = await openPostgres(url);
    try {
      await expect(dataSource.query(`INSERT INTO contact (last_name, emails, created_at, updated_at) VALUES ('Öz', '[kaputt', 'x', 'x')`)).rejects.toThrow(/check constraint/);
      await expect(dataSource.query(`INSERT INTO contact (last_name, birthday, created_at, updated_at) VALUES ('Öz', '12.03.1970', 'x', 'x')`)).rejects.toThrow(/check constraint/);
      await dataSource.query(`INSERT INTO edition (title, period_from, period_to, created_at, updated_at) VALUES ('L', 2026, 2028, 'x', 'x')`);
      await expect(dataSource.query(`INSERT INTO motion (edition_id, submitted_on, subject, fraktionen, created_at) VALUES (1, '2026-03-12', 'Antrag', '[]', 'x')`)).rejects.toThrow(/check constraint/);
      await expect(dataSource.query(`INSERT INTO motion (edition_id, submitted_on, subject, fraktionen, created_at) VALUES (1, '2026-03-12', 'Antrag', '{"SPD":1}', 'x')`)).rejects.toThrow(/check constraint/);
      await dataSource.query(`INSERT INTO motion (edition_id, submitted_on, subject, fraktionen, created_at) VALUES (1, '2026-03-12', 'Antrag', '["SPD"]', 'x')`);
      expect(await dataSource.query('SELECT count(*)::int AS n FROM contact')).toEqual([{ n: 0 }]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('refuses a database of a newer app version untouched', async () => {
    const url = await freshDatabase();
    await (await openPostgres(url)).destroy();
    await server.query('UPDATE schema_identity SET version = 99', [], nameOf(url));
    expect((await refusal(openPostgres(url))).problem).toBe('newer-version');
    expect(await server.query('SELECT version FROM schema_identity', [], nameOf(url))).toEqual([{ version: 99 }]);
  });

  it("refuses another program's database untouched", async () => {
    const url = await freshDatabase();
    await server.query('CREATE TABLE kunden (id int PRIMARY KEY, name text)', [], nameOf(url));
    expect((await refusal(openPostgres(url))).problem).toBe('foreign-schema');
    expect(await tablesIn(nameOf(url))).toEqual(['kunden']);
  });

  it('leaves nothing behind when a migration fails midway (all pending migrations in one transaction)', async () => {
    class Failing1764115399999 implements MigrationInterface {
      name = 'Failing1764115399999';
      async up(queryRunner: QueryRunner) {
        await queryRunner.query('CREATE TABLE half_done (id int)');
        throw new Error('disk gone');
      }
      async down() {}
    }
    const url = await freshDatabase();
    await expect(openPostgres(url, { migrations: [...postgresMigrations, Failing1764115399999] })).rejects.toThrow('disk gone');
    // Only TypeORM's empty bookkeeping table (made before the transaction); the next start migrates.
    expect(await tablesIn(nameOf(url))).toEqual(['migrations']);
    await (await openPostgres(url)).destroy();
    expect(await server.query('SELECT version FROM schema_identity', [], nameOf(url))).toEqual([{ version: POSTGRES_SCHEMA_VERSION }]);
  });

  it('names a server without the extension unaccent (postgresql-contrib not installed)', () => {
    // Not reproducible on a machine that has contrib: the server's own error as it reports it.
    const missing = Object.assign(new Error('could not open extension control file "/usr/share/postgresql/15/extension/unaccent.control": No such file or directory'), { code: '58P01' });
    expect(postgresProblemOf(missing)).toBe('no-unaccent');
    expect(postgresProblemOf(Object.assign(new Error('could not open file "base/1/2": No such file or directory'), { code: '58P01' }))).toBe('failed');
  });

  it('names a wrong password, a server that does not answer and a missing database', async () => {
    const url = await freshDatabase();
    const wrongPassword = url.replace('admin:lbw-test-admin@', 'admin:falsch@');
    expect((await refusal(openPostgres(wrongPassword))).problem).toBe('login-failed');
    expect((await refusal(openPostgres('postgres://admin:x@127.0.0.1:1/leitbild'))).problem).toBe('unreachable');
    expect((await refusal(openPostgres(server.url('gibt_es_nicht')))).problem).toBe('no-database');
  });
});
