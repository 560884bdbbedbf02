import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConnectionString, withTlsDecided } from '../../database/postgres/connection-config';
import { openPostgres } from '../../database/postgres/open-postgres';
import { postgresServer, startPostgres, type TestPostgres } from '../../test-support/postgres-server';
import { silentLogger } from '../services/logger';
import { ALL_TABLES, ChangeFeed } from './change-feed';

let server: TestPostgres;
let url: string;
const feeds: ChangeFeed[] = [];

async function feed(): Promise<ChangeFeed> {
  const changes = new ChangeFeed(await withTlsDecided(readConnectionString(url)), process.env.DEBUG_FEED ? { info: console.log, error: console.log } : silentLogger);
  feeds.push(changes);
  await changes.start();
  return changes;
}

describe.skipIf(postgresServer.skip)('change notices from the shared server (LISTEN/NOTIFY, a real server)', () => {
  beforeAll(async () => {
    postgresServer.check();
    server = await startPostgres();
    url = await server.createDatabase('buero');
    await (await openPostgres(url)).destroy();
  });
  afterAll(async () => {
    for (const changes of feeds.splice(0)) await changes.close();
    await server?.stop();
  });

  it('answers at once without a generation; waits for the next committed change and names its tables', async () => {
    const changes = await feed();
    const { generation } = await changes.changes(undefined);
    expect(await changes.changes(generation, 50)).toEqual({ live: true, generation, tables: [] });
    const waiting = changes.changes(generation);
    // A transaction that is rolled back sends nothing; the committed one sends one notice per table.
    await server.query(`BEGIN; UPDATE app_setting SET value = value; ROLLBACK;`, undefined, 'buero');
    await server.query(
      `BEGIN;
       INSERT INTO edition (title, period_from, period_to, status, created_at, updated_at) VALUES ('Zusammenleben in Vielfalt', 2026, 2028, 'draft', '2026-12-07', '2026-12-07');
       INSERT INTO field_of_action (edition_id, name, short_code, position, created_at, updated_at) SELECT id, 'Sprache', 'SP', 1, '2026-12-07', '2026-12-07' FROM edition;
       COMMIT;`,
      undefined,
      'buero',
    );
    const answer = await waiting;
    expect(answer.tables).toEqual(expect.arrayContaining(['edition']));
    // The second notice may arrive a moment later: the next call names what it missed.
    const caughtUp = await changes.changes(generation, 500);
    expect(caughtUp.tables).toEqual(['edition', 'field_of_action']);
  });

  it('after a lost connection listens again and says that anything may have changed meanwhile', async () => {
    const changes = await feed();
    const { generation } = await changes.changes(undefined);
    await server.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'Leitbild-Werkstatt changes'`, undefined, 'buero');
    const again = await changes.changes(generation, 5_000);
    expect(again.tables).toEqual([ALL_TABLES]);
    // And it hears the next change.
    const waiting = changes.changes(again.generation, 5_000);
    await server.query(`UPDATE edition SET title = 'Zusammenleben in Vielfalt 2026'`, undefined, 'buero');
    expect((await waiting).tables).toEqual(['edition']);
  });
});
