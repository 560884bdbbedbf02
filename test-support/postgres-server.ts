import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { required } from './required';

/** The newest installed server's programs (Debian: /usr/lib/postgresql/15/bin), or null. */
function serverBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((name) => /^\d+$/.test(name)) : [];
  const newest = versions.map(Number).sort((a, b) => b - a)[0];
  const dir = newest === undefined ? null : path.join(root, String(newest), 'bin');
  return dir && fs.existsSync(path.join(dir, 'initdb')) ? dir : null;
}

const binDir = serverBinDir();
const isRoot = process.getuid?.() === 0;

/** `describe.skipIf(postgresServer.skip)(…, () => { beforeAll(postgresServer.check); … })`: a failure on CI, never skipped there. */
export const postgresServer = required(binDir !== null, 'no PostgreSQL server installed: apt-get install postgresql (Debian) – the PostgreSQL tests need a real server');

const ADMIN_PASSWORD = 'lbw-test-admin';

export interface TestPostgres {
  /** With `tls`: the CA that signed the server's certificate (for IP 127.0.0.1), for sslrootcert. */
  readonly caFile?: string;
  /** A connection string for `database` on this server, as `login` ("name:password"; default the superuser admin). */
  url(database?: string, login?: string): string;
  /** A fresh, empty database; returns its connection string. */
  createDatabase(name: string): Promise<string>;
  /** Runs SQL as the superuser in `database`. */
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values?: unknown[], database?: string): Promise<T[]>;
  /** Runs an SQL file with psql (as a pg_dump fixture is loaded), stopping at the first error. */
  loadSqlFile(database: string, file: string): void;
  /** The schema of `database` as pg_dump writes it, without comments and blank lines: for comparing two. */
  schemaOf(database: string): string;
  stop(): Promise<void>;
}

/** A CA of its own and a server certificate it signed for 127.0.0.1, as municipal IT would issue. */
export function makeCertificates(dir: string, name = 'server'): { ca: string; cert: string; key: string } {
  const file = (suffix: string) => path.join(dir, `${name}-${suffix}`);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('ca.key'), '-out', file('ca.pem'), '-days', '2', '-subj', '/CN=Test-CA Bezirksamt');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('key.pem'), '-out', file('req.pem'), '-subj', '/CN=127.0.0.1');
  fs.writeFileSync(file('ext.cnf'), 'subjectAltName=IP:127.0.0.1\n');
  openssl('x509', '-req', '-in', file('req.pem'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-CAcreateserial', '-out', file('cert.pem'), '-days', '2', '-extfile', file('ext.cnf'));
  fs.chmodSync(file('key.pem'), 0o600); // the server refuses a key others can read
  return { ca: file('ca.pem'), cert: file('cert.pem'), key: file('key.pem') };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root the cluster belongs to the Debian user `postgres`. */
function run(program: string, args: readonly string[]): void {
  const command = path.join(binDir ?? '', program);
  if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
  else execFileSync(command, args, { stdio: 'pipe' });
}

/**
 * A throwaway PostgreSQL cluster on 127.0.0.1 and a free port, owned by an unprivileged user, with
 * the superuser `admin` (password over TCP, trust on the socket). fsync is off: it is thrown away after the tests.
 */
export async function startPostgres(options: { tls?: boolean } = {}): Promise<TestPostgres> {
  postgresServer.check();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-pg-'));
  const tls = options.tls ? makeCertificates(dir) : null;
  if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  const port = await freePort();
  // Over TCP with a password (as a municipal server), so a wrong one is really refused.
  const passwordFile = path.join(dir, 'password');
  fs.writeFileSync(passwordFile, ADMIN_PASSWORD);
  if (isRoot) execFileSync('chown', ['postgres:postgres', passwordFile]);
  run('initdb', ['-D', data, '--auth-local=trust', '--auth-host=scram-sha-256', '-U', 'admin', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const tlsSettings = tls ? ` -c ssl=on -c ssl_cert_file=${tls.cert} -c ssl_key_file=${tls.key}` : '';
  run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off${tlsSettings}`, '-l', path.join(dir, 'log'), '-w', 'start']);
  const url = (database = 'postgres', login = `admin:${ADMIN_PASSWORD}`) => `postgres://${login}@127.0.0.1:${port}/${database}`;
  const query = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = [], database = 'postgres'): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url(database) });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    caFile: tls?.ca,
    url,
    query,
    async createDatabase(name) {
      await query(`CREATE DATABASE "${name}"`);
      return url(name);
    },
    loadSqlFile(database, file) {
      execFileSync(path.join(binDir ?? '', 'psql'), ['--no-psqlrc', '-q', '-v', 'ON_ERROR_STOP=1', `--dbname=${url(database)}`, '-f', file], { stdio: 'pipe' });
    },
    schemaOf(database) {
      const dump = execFileSync(path.join(binDir ?? '', 'pg_dump'), ['--schema-only', '--no-owner', '--no-privileges', `--dbname=${url(database)}`], { encoding: 'utf8' });
      // (\restrict/\unrestrict carry a random key per dump)
      return dump.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('--') && !/^\\(un)?restrict /.test(line)).join('\n');
    },
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
