import type { QueryRunner } from 'typeorm';
import { LoginRefusal, type Query } from '../../database/postgres/logins';
import { openPostgres, PostgresRefusal, type OpenPostgresOptions } from '../../database/postgres/open-postgres';
import { CliFailure, UsageError, type CliContext, type CliOptions } from './cli-command';

export const isPostgresUrl = (value: unknown): value is string => typeof value === 'string' && /^postgres(ql)?:\/\//i.test(value);

/** The connection string as it may be printed: without its password. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/** `--database postgres://…` with a database name (the server's default would be the login's name: a surprise). */
export function databaseOption(context: CliContext, options: CliOptions): { url: string; database: string; server: string } {
  const url = options.database;
  const database = isPostgresUrl(url) ? decodeURIComponent(new URL(url).pathname.slice(1)) : '';
  if (!isPostgresUrl(url) || !database) throw new UsageError(context.t('cli.missingArgument', { argument: '--database postgres://LOGIN@SERVER/DATENBANK' }));
  return { url, database, server: withoutPassword(url) };
}

/** A refusal of the server or of a login rule as one German line; anything else stays as it is. */
export function postgresFailure(context: CliContext, error: unknown, server: string): unknown {
  if (error instanceof PostgresRefusal) return new CliFailure(context.t(`cli.postgres.${error.problem}`, { detail: error.detail, server }), { cause: error });
  if (error instanceof LoginRefusal) return new CliFailure(context.t(`cli.shared.${error.problem}`, { login: error.login, server }), { cause: error });
  return error;
}

/** Opens the database and runs `work` in one transaction: all of it or nothing (roles and grants included). */
export async function inPostgresTransaction<T>(url: string, options: OpenPostgresOptions, work: (query: Query, runner: QueryRunner) => Promise<T>): Promise<T> {
  const dataSource = await openPostgres(url, options);
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    const result = await work((sql, params = []) => runner.query(sql, params as unknown[]), runner);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
  }
}
