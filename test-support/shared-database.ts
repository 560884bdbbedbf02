import { addLogin, applyGrants, ensureGroupRoles, type SharedRole } from '../database/postgres/logins';
import { openPostgres } from '../database/postgres/open-postgres';
import type { TestPostgres } from './postgres-server';

/** A colleague's login on the test server: name, role, display name (the password is NAME-passwort). */
export type TestLogin = readonly [name: string, role: SharedRole, displayName: string];

/** A shared database as `shared init` and `shared add-user` leave it (main/cli/shared-command.ts); its admin URL. */
export async function setUpSharedDatabase(server: TestPostgres, database: string, logins: readonly TestLogin[]): Promise<string> {
  const url = await server.createDatabase(database);
  await (await openPostgres(url)).destroy();
  const query = (sql: string, parameters: readonly unknown[] = []) => server.query(sql, [...parameters], database);
  await ensureGroupRoles(query, database);
  await applyGrants(query, database);
  for (const [name, role, displayName] of logins) await addLogin(query, database, { name, role, password: `${name}-passwort`, displayName });
  return url;
}

/** The database's URL as that login connects with it. */
export function loginUrl(databaseUrl: string, login: string): string {
  const url = new URL(databaseUrl);
  url.username = login;
  url.password = `${login}-passwort`;
  return url.toString();
}
