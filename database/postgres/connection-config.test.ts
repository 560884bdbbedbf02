import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCertificates, postgresServer, startPostgres, type TestPostgres } from '../../test-support/postgres-server';
import { tempDir } from '../../test-support/temp-dir';
import { openPostgres, PostgresRefusal } from './open-postgres';

let plain: TestPostgres;
let withTls: TestPostgres;

/** Whether the connection the app opened is encrypted, as the server sees it. */
async function encrypted(url: string): Promise<boolean> {
  const dataSource = await openPostgres(url);
  try {
    const [row] = await dataSource.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
    return row.ssl === true;
  } finally {
    await dataSource.destroy();
  }
}

const problemOf = (opening: Promise<unknown>) =>
  opening.then(
    () => 'opened',
    (error: unknown) => (error instanceof PostgresRefusal ? error.problem : String(error)),
  );

describe.skipIf(postgresServer.skip)('TLS to the server, as libpq reads sslmode (real servers)', () => {
  beforeAll(async () => {
    postgresServer.check();
    [plain, withTls] = await Promise.all([startPostgres(), startPostgres({ tls: true })]);
    await Promise.all([plain.createDatabase('bezirk'), withTls.createDatabase('bezirk')]);
  }, 120_000);
  afterAll(async () => {
    await plain?.stop();
    await withTls?.stop();
  });

  it('encrypts when the server offers TLS and no sslmode is given, and still connects to one without', async () => {
    expect(await encrypted(withTls.url('bezirk'))).toBe(true);
    expect(await encrypted(plain.url('bezirk'))).toBe(false);
  });

  it('checks the certificate against the chosen CA file (verify-full, verify-ca) and refuses another CA', async () => {
    const ca = encodeURIComponent(withTls.caFile!);
    expect(await encrypted(`${withTls.url('bezirk')}?sslmode=verify-full&sslrootcert=${ca}`)).toBe(true);
    expect(await encrypted(`${withTls.url('bezirk')}?sslmode=verify-ca&sslrootcert=${ca}`)).toBe(true);
    const stranger = makeCertificates(tempDir(), 'fremd');
    expect(await problemOf(openPostgres(`${withTls.url('bezirk')}?sslmode=verify-full&sslrootcert=${encodeURIComponent(stranger.ca)}`))).toBe('tls');
  });

  it('refuses an unencrypted server when TLS is required, and a CA file that is not there', async () => {
    expect(await problemOf(openPostgres(`${plain.url('bezirk')}?sslmode=require`))).toBe('tls');
    expect(await problemOf(openPostgres(`${withTls.url('bezirk')}?sslmode=verify-full&sslrootcert=/nicht/da/ca.pem`))).toBe('connection-string');
    expect(await encrypted(`${withTls.url('bezirk')}?sslmode=require`)).toBe(true);
    expect(await encrypted(`${withTls.url('bezirk')}?sslmode=disable`)).toBe(false);
  });
});
