import type { ConnectionOptions } from 'node:tls';
import pg from 'pg';
import { parse } from 'pg-connection-string';

/** Where and as whom to connect, with TLS decided: what the pool of connections is made from. */
export interface PostgresConnectionConfig {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string | undefined;
  readonly database: string;
  readonly ssl: false | ConnectionOptions;
}

/** The connection string could not be read (a malformed URL, a CA file that is not there). */
export class ConnectionStringError extends Error {}

const NO_TLS_ON_SERVER = /does not support SSL/i;

/**
 * Reads a connection string as psql does (libpq's meaning of sslmode: `require` encrypts, `verify-ca`
 * checks the certificate against sslrootcert, `verify-full` also the host name), so IT can use the
 * string they use elsewhere. Without sslmode, libpq's default applies: `prefer` (see withTlsDecided).
 */
export function readConnectionString(url: string): PostgresConnectionConfig & { readonly sslmode: string } {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(url, { useLibpqCompat: true });
  } catch (error) {
    throw new ConnectionStringError((error as Error).message);
  }
  const sslmode = new URL(url).searchParams.get('sslmode') ?? 'prefer';
  return {
    host: parsed.host ?? 'localhost',
    port: Number(parsed.port ?? 5432),
    user: parsed.user ?? '',
    password: parsed.password,
    database: parsed.database ?? '',
    ssl: sslmode === 'prefer' ? { rejectUnauthorized: false } : ((parsed.ssl ?? false) as false | ConnectionOptions),
    sslmode,
  };
}

/**
 * libpq's `prefer`: encrypted when the server offers TLS, plain when it does not (a server in the
 * office network without certificates). Asked once with a short connection; other modes stay as set.
 */
export async function withTlsDecided(config: PostgresConnectionConfig & { readonly sslmode: string }): Promise<PostgresConnectionConfig> {
  const { sslmode: mode, ...connection } = config;
  if (mode !== 'prefer') return connection;
  const probe = new pg.Client({ ...connection, connectionTimeoutMillis: 10_000 });
  try {
    await probe.connect();
    return connection;
  } catch (error) {
    if (NO_TLS_ON_SERVER.test((error as Error).message)) return { ...connection, ssl: false };
    throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
}
