import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresServer, startPostgres, type TestPostgres } from '../../test-support/postgres-server';
import { loginUrl, setUpSharedDatabase } from '../../test-support/shared-database';
import { tempDir } from '../../test-support/temp-dir';
import { silentLogger } from '../services/logger';
import type { AppCore } from './app-core';
import { plainPlatform } from './plain-platform';
import { serverPlace, startPostgresCore } from './postgres-core';

let server: TestPostgres;
let databaseUrl: string;
const cores: AppCore[] = [];
let stopped = false;

/** The app of one colleague: their own login, their own PC folder. */
async function appOf(login: string): Promise<AppCore> {
  const core = await startPostgresCore({ url: loginUrl(databaseUrl, login), dataDir: tempDir(), appVersion: '0.0.0-test', platform: plainPlatform, logger: silentLogger });
  cores.push(core);
  return core;
}

const counts = async () => (await server.query<{ n: number }>('SELECT count(*)::int AS n FROM measure', [], 'buero'))[0]!.n;

describe.skipIf(postgresServer.skip)('the app on a shared PostgreSQL database (a real server, real logins)', () => {
  beforeAll(async () => {
    postgresServer.check();
    server = await startPostgres();
    // As `shared init` and `shared add-user` set it up.
    databaseUrl = await setUpSharedDatabase(server, 'buero', [
      ['verwaltung1', 'verwaltung', 'Frau Yılmaz (Fachamt)'],
      ['anna', 'bearbeitung', 'Anna Becker'],
      ['lars', 'lesen', 'Lars Ohm'],
    ]);
  });
  afterAll(async () => {
    for (const core of cores.splice(0)) await core.close().catch(() => undefined);
    if (!stopped) await server?.stop();
  });

  it('serves the same calls; each change names the login that made it, not a name typed in the settings', async () => {
    const anna = await appOf('anna');
    expect(anna.status.database).toMatchObject({ state: 'ready', path: expect.stringMatching(/^postgres:\/\/anna@127\.0\.0\.1:\d+\/buero$/) });
    const edition = await anna.dispatch('editions.create', { title: 'Zusammenleben in Vielfalt', periodFrom: 2026, periodTo: 2028 });
    expect(edition.ok).toBe(true);
    const editionId = (edition as { data: { id: number } }).data.id;
    const field = (await anna.dispatch('fieldsOfAction.create', { editionId, name: 'Sprache und Bildung', shortCode: 'SB' })) as { ok: true; data: { id: number } };
    await anna.dispatch('settings.update', { userName: 'Jemand anderes' });
    const measure = (await anna.dispatch('measures.create', { editionId, fieldOfActionId: field.data.id, title: 'Sprachcafé im Stadtteilzentrum' })) as {
      ok: true;
      data: { id: number; history: Array<{ enteredBy: string }> };
    };
    expect(measure.ok).toBe(true);
    expect(measure.data.history.map((entry) => entry.enteredBy)).toEqual(['Anna Becker']);
    // A colleague's app on another PC sees it, and finds it by the search the server keeps.
    const lars = await appOf('lars');
    const hits = (await lars.dispatch('measures.search', { text: 'Sprachcafe', editionId, limit: 10 })) as { ok: true; data: Array<{ id: number }> };
    expect(hits.data.map((hit) => hit.id)).toEqual([measure.data.id]);
  });

  it('two colleagues save the same measure in the same second: one is kept whole, the other learns who saved it (no lost update)', async () => {
    const [anna, admin] = [await appOf('anna'), await appOf('verwaltung1')];
    const [edition] = ((await anna.dispatch('editions.list', {})) as { ok: true; data: Array<{ id: number }> }).data;
    const [row] = ((await anna.dispatch('measures.list', { editionId: edition!.id })) as { ok: true; data: { rows: Array<{ id: number }> } }).data.rows;
    type Measure = { id: number; version: number; fieldOfActionId: number; title: string; lead: string; goal: string; updatedBy: string };
    const opened = ((await anna.dispatch('measures.get', { id: row!.id })) as { ok: true; data: Measure }).data;
    const save = (core: AppCore, who: string) =>
      core.dispatch('measures.update', { id: opened.id, version: opened.version, fieldOfActionId: opened.fieldOfActionId, title: opened.title, lead: who, goal: `Ziel von ${who}` });
    const results = await Promise.all([save(anna, 'Anna'), save(admin, 'Frau Yılmaz')]);
    expect(results.map((result) => (result.ok ? 'saved' : result.error.code)).sort()).toEqual(['conflict', 'saved']);
    const stored = ((await anna.dispatch('measures.get', { id: opened.id })) as { ok: true; data: Measure }).data;
    expect(stored.goal).toBe(`Ziel von ${stored.lead}`);
    expect(stored.version).toBe(opened.version + 1);
    const refused = results.find((result) => !result.ok);
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'measures.errors.changedMeanwhile', params: { name: stored.updatedBy } } });
    expect(stored.updatedBy).toBe(stored.lead === 'Anna' ? 'Anna Becker' : 'Frau Yılmaz (Fachamt)');
  });

  it('a Lesen login is refused by the server with a German message, and nothing is written', async () => {
    const lars = await appOf('lars');
    const [edition] = ((await lars.dispatch('editions.list', {})) as { ok: true; data: Array<{ id: number }> }).data;
    const [field] = ((await lars.dispatch('fieldsOfAction.list', { editionId: edition!.id })) as { ok: true; data: Array<{ id: number }> }).data;
    const before = await counts();
    const refused = await lars.dispatch('measures.create', { editionId: edition!.id, fieldOfActionId: field!.id, title: 'Darf ich nicht' });
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'rejected', messageKey: 'errors.noRights' }) });
    expect(await counts()).toBe(before);
    // Reading stays possible; a person's address is not among what Lesen may read.
    expect((await lars.dispatch('measures.list', { editionId: edition!.id })).ok).toBe(true);
    expect(await lars.dispatch('contacts.create', { firstName: 'Ayşe', lastName: 'Özdemir' })).toMatchObject({ ok: false, error: { messageKey: 'errors.noRights' } });
  });

  it('a Bearbeitung login changes measures but not people', async () => {
    const anna = await appOf('anna');
    expect(await anna.dispatch('contacts.create', { firstName: 'Ayşe', lastName: 'Özdemir' })).toMatchObject({ ok: false, error: { messageKey: 'errors.noRights' } });
    const admin = await appOf('verwaltung1');
    expect((await admin.dispatch('contacts.create', { firstName: 'Ayşe', lastName: 'Özdemir' })).ok).toBe(true);
  });

  it('Verwaltung erases a person (DSGVO Art. 17) down to the append-only history, which no one else may change', async () => {
    const admin = await appOf('verwaltung1');
    const [edition] = ((await admin.dispatch('editions.list', {})) as { ok: true; data: Array<{ id: number }> }).data;
    const [field] = ((await admin.dispatch('fieldsOfAction.list', { editionId: edition!.id })) as { ok: true; data: Array<{ id: number }> }).data;
    const person = (await admin.dispatch('contacts.create', { firstName: 'Jana', lastName: 'Wenzel' })) as { ok: true; data: { id: number } };
    const measure = (await admin.dispatch('measures.create', { editionId: edition!.id, fieldOfActionId: field!.id, title: 'Lotsenprojekt' })) as { ok: true; data: { id: number } };
    const moved = await admin.dispatch('measures.changeStatus', { measureIds: [measure.data.id], toStatus: 'in_review', changedOn: '2026-12-01', reason: 'Vorschlag von Jana Wenzel' });
    expect(moved.ok).toBe(true);
    const reasons = async () => (await server.query<{ reason: string }>('SELECT reason FROM status_change WHERE measure_id = $1 ORDER BY id', [measure.data.id], 'buero')).map((row) => row.reason);
    expect(await reasons()).toContain('Vorschlag von Jana Wenzel');

    expect((await admin.dispatch('contacts.erase', { id: person.data.id }))).toMatchObject({ ok: true, data: { erased: true } });
    expect(await reasons()).toContain('Vorschlag von Person gelöscht');
    // The history's guard holds for everyone else: a direct change and the erasure function alike.
    const { Client } = (await import('pg')).default;
    const client = new Client({ connectionString: loginUrl(databaseUrl, 'anna') });
    await client.connect();
    try {
      await expect(client.query(`UPDATE status_change SET reason = 'x' WHERE measure_id = $1`, [measure.data.id])).rejects.toThrow(/append-only/);
      await client.query(`SET lbw.erasing = 'on'`);
      await expect(client.query(`UPDATE status_change SET reason = 'x' WHERE measure_id = $1`, [measure.data.id])).rejects.toThrow(/append-only/);
      await expect(client.query(`SELECT lbw_erase_history_text('status_change', 1, ARRAY['reason'], ARRAY['x'])`)).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
    expect(await reasons()).toContain('Vorschlag von Person gelöscht');
  });

  it('a session the server ended (a restart) is replaced at the next call, unnoticed', async () => {
    const anna = await appOf('anna');
    await server.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'anna'`);
    expect((await anna.dispatch('editions.list', {})).ok).toBe(true);
  });

  it('a server that is gone answers every call with its own German message (last: it stops the server)', async () => {
    const anna = await appOf('anna');
    const [edition] = ((await anna.dispatch('editions.list', {})) as { ok: true; data: Array<{ id: number }> }).data;
    await server.stop();
    stopped = true;
    expect(await anna.dispatch('editions.get', { id: edition!.id })).toMatchObject({ ok: false, error: { code: 'unavailable', messageKey: 'errors.serverLost' } });
    expect(await anna.dispatch('measures.create', { editionId: edition!.id, fieldOfActionId: 1, title: 'Offline' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable', messageKey: 'errors.serverLost' },
    });
  });

  it('names the server without the password', () => {
    expect(serverPlace('postgres://anna:geheim@db.bezirk.local:5433/buero?sslmode=require')).toBe('postgres://anna@db.bezirk.local:5433/buero');
  });
});
