import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { databaseFileIn } from '../../database/open-database';
import { derivedDifferences } from '../../database/postgres/derived-check';
import { applyGrants, groupRole } from '../../database/postgres/logins';
import { POSTGRES_SCHEMA_VERSION } from '../../database/postgres/open-postgres';
import { transferToSqlite } from '../../database/transfer/transfer';
import { TRANSFER_TABLES } from '../../database/transfer/transfer-tables';
import { localStamp } from '../services/maintenance/backup-names';
import { CliFailure, type CliContext, type CliOptions } from './cli-command';
import { databaseOption, inPostgresTransaction, postgresFailure } from './postgres-cli';

/** `check --database`: schema version, every table readable, every derived value (last activity, counts, categories) right. */
export async function checkPostgres(context: CliContext, options: CliOptions): Promise<void> {
  const { url, server } = databaseOption(context, options);
  const found = await inPostgresTransaction(url, { existingOnly: true }, async (query) => {
    let rows = 0;
    for (const { name } of TRANSFER_TABLES) rows += Number((await query(`SELECT count(*)::int AS n FROM ${name}`))[0]?.n ?? 0);
    const [stale] = await query(
      `SELECT count(*)::int AS n FROM measure m WHERE m.last_activity_on <> greatest(
         coalesce((SELECT max(noted_on) FROM progress_note WHERE measure_id = m.id), ''),
         coalesce((SELECT max(changed_on) FROM status_change WHERE measure_id = m.id), ''))`,
    );
    const [version] = await query(`SELECT current_setting('server_version') AS v`);
    const [tls] = await query('SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
    const derived = await derivedDifferences(query);
    return { rows, stale: Number(stale?.n ?? 0), derived, serverVersion: String(version?.v ?? '?'), tls: tls?.ssl === true ? String(tls.version) : null };
  }).catch((error: unknown) => {
    throw postgresFailure(context, error, server);
  });
  const wrong = [...(found.stale > 0 ? [`measure.last_activity_on: ${found.stale}`] : []), ...found.derived.map(({ table, rows }) => `${table}: ${rows}`)];
  if (wrong.length > 0) throw new CliFailure(context.t('cli.checkFailed', { detail: wrong.join(', ') }));
  const connection = found.tls ? context.t('cli.postgresConnection.encrypted', { protocol: found.tls }) : context.t('cli.postgresConnection.plain');
  context.out(context.t('cli.postgresCheckOk', { server, version: POSTGRES_SCHEMA_VERSION, tables: TRANSFER_TABLES.length, rows: found.rows, serverVersion: found.serverVersion, connection }));
}

/** `migrate --database`: pending migrations, then the roles' rights again (new tables get theirs). */
export async function migratePostgres(context: CliContext, options: CliOptions): Promise<void> {
  const { url, database, server } = databaseOption(context, options);
  const shared = await inPostgresTransaction(url, {}, async (query) => {
    const [roles] = await query('SELECT 1 FROM pg_roles WHERE rolname = $1', [groupRole(database, 'verwaltung')]);
    if (roles) await applyGrants(query, database);
    return Boolean(roles);
  }).catch((error: unknown) => {
    throw postgresFailure(context, error, server);
  });
  context.out(context.t(shared ? 'cli.postgresMigrateDoneShared' : 'cli.postgresMigrateDone', { server, version: POSTGRES_SCHEMA_VERSION }));
}

const hasProgram = (program: string) => spawnSync(program, ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * `backup --database [--to ORDNER] [--format sqlite]`: with pg_dump a dump of the server's own
 * format (pg_restore reads it; checked with `pg_restore --list`); without it, or with --format
 * sqlite, a portable SQLite file made by the transfer (a single-PC data file or back to a server).
 */
export async function backupPostgres(context: CliContext, options: CliOptions): Promise<void> {
  const { url, database, server } = databaseOption(context, options);
  const folder = path.resolve(typeof options.to === 'string' ? options.to : path.join(context.dataDir, 'Sicherungen'));
  fs.mkdirSync(folder, { recursive: true });
  const { day, time } = localStamp(new Date());
  const base = path.join(folder, `Sicherung_${day}_${time}_${database.replace(/[^A-Za-z0-9_-]+/g, '-')}`);
  const portable = options.format === 'sqlite' || !hasProgram('pg_dump');
  if (portable) {
    const stage = `${base}.entsteht`;
    try {
      fs.mkdirSync(stage);
      await transferToSqlite(url, stage);
      fs.renameSync(databaseFileIn(stage), `${base}.sqlite`);
    } catch (error) {
      throw postgresFailure(context, error, server);
    } finally {
      fs.rmSync(stage, { recursive: true, force: true });
    }
    context.out(context.t(options.format === 'sqlite' ? 'cli.postgresBackupSqlite' : 'cli.postgresBackupNoPgDump', { path: `${base}.sqlite` }));
    return;
  }
  const target = `${base}.dump`;
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  // The password goes by environment, never on a command line others can read (ps).
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  const dump = spawnSync('pg_dump', ['--format=custom', '--no-password', `--file=${target}`, `--dbname=${parsed.toString()}`], { env, encoding: 'utf8' });
  const listed = dump.status === 0 && (!hasProgram('pg_restore') || spawnSync('pg_restore', ['--list', target], { stdio: 'ignore' }).status === 0);
  if (!listed) {
    fs.rmSync(target, { force: true });
    context.logger.error('cli backup --database failed', new Error(dump.stderr));
    throw new CliFailure(context.t('cli.postgresBackupFailed', { server, detail: (dump.stderr || '').split('\n')[0] }));
  }
  context.out(context.t('cli.backupDone', { path: target }));
}
