import type { TestProject } from 'vitest/node';
import { openPostgres } from '../database/postgres/open-postgres';
import { startPostgres, type TestPostgres } from './postgres-server';

/** The display name of the login the test cores use (COMMENT ON ROLE), as `shared add-user --name` sets it. */
export const POSTGRES_TEST_LOGIN_NAME = 'Frau Server-Admin';

/** The database every test core on PostgreSQL is copied from: migrated once per run. */
export const TEMPLATE_DATABASE = 'lbw_template';

let server: TestPostgres | null = null;

/**
 * globalSetup of the vitest project `postgres`: one throwaway cluster for the whole run; each
 * test core gets its own database, copied from a migrated template (CREATE DATABASE … TEMPLATE),
 * so the service suite runs unchanged on the second engine.
 */
export async function setup(project: TestProject): Promise<void> {
  server = await startPostgres();
  // The tests' login, named as a colleague would be: on the server it names every change.
  await server.query(`COMMENT ON ROLE admin IS '${POSTGRES_TEST_LOGIN_NAME}'`);
  const template = await server.createDatabase(TEMPLATE_DATABASE);
  const dataSource = await openPostgres(template);
  await dataSource.destroy();
  project.provide('lbwPostgresAdminUrl', server.url());
}

export async function teardown(): Promise<void> {
  await server?.stop();
  server = null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    lbwPostgresAdminUrl: string;
  }
}
