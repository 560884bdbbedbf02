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

/** A core on a fresh copy of the migrated template database on this run's PostgreSQL cluster. */
export async function startPostgresTestCore(dataDir: string, platform: Platform): Promise<AppCore> {
  const admin = new URL(inject('lbwPostgresAdminUrl'));
  let name = databaseOfFolder.get(dataDir);
  if (!name) {
    name = `test_${process.pid}_${++created}`;
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name}" TEMPLATE ${TEMPLATE_DATABASE}`);
    } finally {
      await client.end();
    }
    databaseOfFolder.set(dataDir, name);
  }
  admin.pathname = `/${name}`;
  return startPostgresCore({ url: admin.toString(), dataDir, appVersion: '0.0.0-test', platform, logger: process.env.LBW_TEST_LOG ? { info: () => undefined, error: (message, error) => console.error(message, String(error), (error as { query?: string } | undefined)?.query) } : silentLogger });
}
