import pg from 'pg';
import { DataSource } from 'typeorm';
import { entities } from '../entities';
import { ConnectionStringError, readConnectionString, withTlsDecided, type PostgresConnectionConfig } from './connection-config';
import { POSTGRES_SCHEMA_VERSION, postgresMigrations } from './migrations';

/** Why a PostgreSQL database was not used; each has its German sentence (cli.postgres.*). */
export type PostgresProblem =
  | 'unreachable' | 'login-failed' | 'no-database' | 'no-rights' | 'tls' | 'connection-string' | 'no-unaccent'
  | 'connection-lost' | 'newer-version' | 'outdated' | 'empty' | 'foreign-schema' | 'failed';

export class PostgresRefusal extends Error {
  constructor(
    readonly problem: PostgresProblem,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${problem}: ${detail}`, options);
  }
}

const SERVER_CODES: Readonly<Record<string, PostgresProblem>> = {
  '28P01': 'login-failed', // wrong password
  '28000': 'login-failed', // no such login, or pg_hba refuses it
  '3D000': 'no-database',
  '42501': 'no-rights',
  '57P01': 'connection-lost', // terminated by an administrator
  '57P02': 'connection-lost',
  '57P03': 'unreachable', // the server is starting or shutting down
  '08000': 'connection-lost',
  '08003': 'connection-lost',
  '08006': 'connection-lost',
};
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EAI_AGAIN']);

/** The problem behind a driver error, or 'failed' for anything else (its message stays the detail). */
export function postgresProblemOf(error: unknown): PostgresProblem {
  if (error instanceof PostgresRefusal) return error.problem;
  if (error instanceof ConnectionStringError) return 'connection-string';
  const { code, message = '' } = (error ?? {}) as { code?: string; message?: string };
  // The search needs the extension unaccent (Debian: in postgresql-contrib; migration 0003).
  if (code === '58P01' && /unaccent/.test(message)) return 'no-unaccent';
  if (code && SERVER_CODES[code]) return SERVER_CODES[code];
  if (code && NETWORK_CODES.has(code)) return 'unreachable';
  if (/ssl|certificate|tls/i.test(message)) return 'tls';
  if (/timeout expired|connect ETIMEDOUT/i.test(message)) return 'unreachable';
  if (/Connection terminated|ECONNRESET|Client has encountered a connection error/i.test(message)) return 'connection-lost';
  // TypeORM hands a broken connection back to the pool itself; the next statement then finds it gone.
  if ((error as Error | null)?.name === 'QueryRunnerAlreadyReleasedError') return 'connection-lost';
  return 'failed';
}

/**
 * A driver error as a refusal with the problem named (other errors – a full disk on the SQLite side –
 * stay as they are). The connection string never goes into the detail: it may hold a password.
 */
export function asPostgresRefusal(error: unknown): unknown {
  if (error instanceof PostgresRefusal) return error;
  if (postgresProblemOf(error) === 'failed' && !isServerError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PostgresRefusal(postgresProblemOf(error), message.split('\n')[0] ?? '', { cause: error });
}

/** An error the server sent (it has a five-character SQLSTATE). */
const isServerError = (error: unknown) => /^[0-9A-Z]{5}$/.test(String((error as { code?: unknown })?.code ?? ''));

export interface PostgresSchemaState {
  readonly version: number;
  /** No table of ours and no other: a fresh database. */
  readonly isEmpty: boolean;
}

/** What the database holds, read without changing anything: ours at a version, empty, or someone else's. */
async function schemaState(dataSource: DataSource): Promise<PostgresSchemaState> {
  const [identity] = await dataSource.query(`SELECT to_regclass('schema_identity') IS NOT NULL AS present`);
  if (identity.present) {
    const rows: { application: string; version: number }[] = await dataSource.query('SELECT application, version FROM schema_identity');
    if (rows.length !== 1 || rows[0]?.application !== 'leitbild-werkstatt') throw new PostgresRefusal('foreign-schema', 'schema_identity');
    return { version: rows[0].version, isEmpty: false };
  }
  // TypeORM creates its (empty) migrations table before the first migration's transaction: left
  // alone by a failed first start, it does not make the database someone else's.
  const [{ tables }] = await dataSource.query(
    `SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'migrations'`,
  );
  const [bookkeeping] = await dataSource.query(`SELECT to_regclass('migrations') IS NOT NULL AS present`);
  const [{ applied }] = bookkeeping.present ? await dataSource.query('SELECT count(*)::int AS applied FROM migrations') : [{ applied: 0 }];
  if (tables > 0 || applied > 0) throw new PostgresRefusal('foreign-schema', `${tables} tables without schema_identity`);
  return { version: 0, isEmpty: true };
}

export interface OpenPostgresOptions {
  /** For reading from it (transfer back to a file): an empty or older database is refused, nothing is created or migrated. */
  readonly existingOnly?: boolean;
  /** Tests only: another migration list. */
  readonly migrations?: typeof postgresMigrations;
}

/**
 * Connects to the database in `url` (sslmode and the rest as libpq reads them) and brings its
 * schema to the current version: a database of a newer app version or with other tables is
 * refused untouched, pending migrations run in one transaction (all or none).
 */
/**
 * count(*) and sum() come back as int8 or numeric, which node-postgres gives as strings (they may
 * exceed 2^53); the services read them as numbers, as on SQLite. A district's counts never come near.
 */
const NUMBER_TYPES = new Set([pg.types.builtins.INT8, pg.types.builtins.NUMERIC]);
const countsAsNumbers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    NUMBER_TYPES.has(oid) && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export async function openPostgres(url: string, options: OpenPostgresOptions = {}): Promise<DataSource> {
  const migrationList = options.migrations ?? postgresMigrations;
  let connection: PostgresConnectionConfig;
  try {
    connection = await withTlsDecided(readConnectionString(url));
  } catch (error) {
    throw asPostgresRefusal(error);
  }
  const dataSource = new DataSource({
    type: 'postgres',
    host: connection.host,
    port: connection.port,
    username: connection.user,
    password: connection.password,
    database: connection.database,
    migrations: [...migrationList],
    migrationsTransactionMode: 'all',
    synchronize: false,
    logging: false,
    // One connection per user session; a server that does not answer is named within seconds.
    // (ssl as node-postgres takes it: TypeORM's own option is typed narrower)
    entities,
    extra: { ssl: connection.ssl, types: countsAsNumbers, max: 4, connectionTimeoutMillis: 10_000, application_name: 'Leitbild-Werkstatt' },
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    throw asPostgresRefusal(error);
  }
  try {
    // One migrating app at a time: a second start waits here instead of migrating twice.
    // (on one session: an advisory lock belongs to the connection that took it)
    const lockHolder = dataSource.createQueryRunner();
    await lockHolder.query(`SELECT pg_advisory_lock(hashtext('leitbild-werkstatt migrate'))`);
    try {
      const state = await schemaState(dataSource);
      if (state.version > migrationList.length) throw new PostgresRefusal('newer-version', `schema ${state.version} > ${migrationList.length}`);
      if (options.existingOnly && state.isEmpty) throw new PostgresRefusal('empty', 'no tables');
      if (options.existingOnly && state.version < migrationList.length) throw new PostgresRefusal('outdated', `schema ${state.version} < ${migrationList.length}`);
      if (state.version < migrationList.length) await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await lockHolder.query(`SELECT pg_advisory_unlock(hashtext('leitbild-werkstatt migrate'))`).catch(() => undefined);
      await lockHolder.release();
    }
    return dataSource;
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw asPostgresRefusal(error);
  }
}

export { POSTGRES_SCHEMA_VERSION };
