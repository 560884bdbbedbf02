import pg from 'pg';
import { inject } from 'vitest';
import { startPostgresCore } from '../main/core/postgres-core';
import type { AppCore } from '../main/core/app-core';
import type { Platform } from '../main/core/platform';
import { silentLogger } from '../main/services/logger';
import { TEMPLATE_DATABASE } from './postgres-engine-setup';

/** The engine this run's service tests use: the vitest project `postgres` sets it (vitest.config.ts). */
export const testEngine: 'sqlite' | 'postgres' = process.env.LBW_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

let created = 0;
/** A test that restarts its core on the same folder finds its data again, as on the file. */
const databaseOfFolder = new Map<string, string>();

/** A new database on this run's cluster, copied from `template` (default: the migrated, empty one). */
export async function createTestDatabase(template = TEMPLATE_DATABASE): Promise<string> {
  const name = `test_${process.pid}_${++created}`;
  const client = new pg.Client({ connectionString: inject('lbwPostgresAdminUrl') });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await client.end();
  }
  return name;
}

/** The next core started on `dataDir` opens a copy of `template` (a seeded demo, say) instead of an empty database. */
export async function useCopyOf(template: string, dataDir: string): Promise<void> {
  databaseOfFolder.set(dataDir, await createTestDatabase(template));
}

/** A core on this run's PostgreSQL cluster: the database of `dataDir`, or a fresh copy of the migrated template. */
export async function startPostgresTestCore(dataDir: string, platform: Platform, database?: string): Promise<AppCore> {
  let name = database ?? databaseOfFolder.get(dataDir);
  if (!name) {
    name = await createTestDatabase();
    databaseOfFolder.set(dataDir, name);
  }
  const url = new URL(inject('lbwPostgresAdminUrl'));
  url.pathname = `/${name}`;
  return startPostgresCore({
    url: url.toString(),
    dataDir,
    appVersion: '0.0.0-test',
    platform,
    logger: process.env.LBW_TEST_LOG ? { info: () => undefined, error: (message, error) => console.error(message, String(error), (error as { query?: string } | undefined)?.query) } : silentLogger,
  });
}

/**
 * A trigger standing in for a disk error: the database refuses a contact of this last name. SQLite's
 * RAISE in a trigger body, PostgreSQL's in a function. Gives the step that removes it.
 */
export async function refuseContactNamed(core: AppCore, name: string, lastName: string): Promise<() => Promise<unknown>> {
  const db = core.database!;
  if (testEngine === 'postgres') {
    await db.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await db.query(`CREATE TRIGGER ${name} BEFORE INSERT ON contact FOR EACH ROW WHEN (new.last_name = '${lastName}') EXECUTE FUNCTION ${name}()`);
    return () => db.query(`DROP FUNCTION ${name}() CASCADE`);
  }
  await db.query(`CREATE TRIGGER ${name} BEFORE INSERT ON contact WHEN new.last_name = '${lastName}' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
  return () => db.query(`DROP TRIGGER ${name}`);
}
