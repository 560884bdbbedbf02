import { spawn, spawnSync } from 'node:child_process';
import { POSTGRES_SCHEMA_VERSION } from '../../database/postgres/open-postgres';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileIn } from '../../database/open-database';
import { preflight } from '../../database/preflight';
import { SCHEMA_VERSION } from '../../database/migrations';
import { cli, cliDefaultDataDir } from '../../test-support/cli-process';
import { postgresServer, startPostgres, type TestPostgres } from '../../test-support/postgres-server';
import { tempDir } from '../../test-support/temp-dir';

let server: TestPostgres;

function passwordFile(password: string): string {
  const file = path.join(tempDir(), 'passwort.txt');
  fs.writeFileSync(file, `${password}\n`);
  return file;
}

/** Runs SQL as `login`: the server, not the app, decides what it may do. */
async function as(url: string, login: string, password: string, sql: string): Promise<unknown[]> {
  const parsed = new URL(url);
  parsed.username = login;
  parsed.password = password;
  const client = new pg.Client({ connectionString: parsed.toString() });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Runs the CLI on a real terminal (script(1) gives it a pseudo-terminal) and types each answer
 * once its question is on the screen, as a person does; returns what the screen showed.
 */
function onTerminal(command: string, answers: readonly string[]): Promise<string> {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const child = spawn('script', ['-qec', `node --import tsx scripts/cli.ts ${command}`, '/dev/null'], { cwd: root, env: { ...process.env, LEITBILD_LANGUAGE: 'de' } });
  let screen = '';
  let asked = 0;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    screen += chunk;
    const questions = (screen.match(/Passwort (für [^:]+|wiederholen): /g) ?? []).length;
    if (questions > asked && asked < answers.length) child.stdin.write(`${answers[asked++]}\r`);
  });
  return new Promise((resolve) => child.on('close', () => resolve(screen)));
}

const refusedWith = async (running: Promise<unknown>) => running.then(() => 'allowed', (error: { code?: string }) => error.code);

describe.skipIf(postgresServer.skip)('shared database set-up for IT (a real PostgreSQL server)', () => {
  beforeAll(async () => {
    postgresServer.check();
    server = await startPostgres();
  });
  afterAll(() => server?.stop());

  it('sets up roles and logins whose rights the server enforces, whatever program connects', async () => {
    const dataDir = tempDir();
    expect(cli('demo', '--data-dir', dataDir).code).toBe(0);
    const url = await server.createDatabase('altona');
    expect(cli('transfer', '--from-data-dir', dataDir, '--to', url).code).toBe(0);

    const init = cli('shared', 'init', '--database', url, '--user', 'mueller', '--password-file', passwordFile('Grün-2026!'), '--display-name', 'Jana Müller');
    expect(init).toMatchObject({ code: 0, stdout: expect.stringContaining('erste Anmeldung mit Verwaltungsrechten: mueller') });
    expect(cli('shared', 'add-user', 'oezdemir', '--role', 'bearbeitung', '--database', url, '--password-file', passwordFile('Stadtteil#7'))).toMatchObject({
      code: 0,
      stdout: 'Anmeldung oezdemir mit der Rolle Bearbeitung angelegt.',
    });
    expect(cli('shared', 'add-user', 'rat.gast', '--role', 'lesen', '--database', url, '--password-file', passwordFile('nur-lesen'), '--display-name', 'Gast des Integrationsrats').code).toBe(0);
    // No terminal and no file: no password (for servers that authenticate otherwise).
    expect(cli('shared', 'add-user', 'kerberos.nutzer', '--role', 'lesen', '--database', url)).toMatchObject({ code: 0, stdout: expect.stringContaining('ohne Passwort') });

    const list = cli('shared', 'list-users', '--database', url);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^ {2}mueller +Verwaltung +Jana Müller$/m);
    expect(list.stdout).toMatch(/^ {2}oezdemir +Bearbeitung +oezdemir$/m);
    expect(list.stdout).toMatch(/^ {2}rat\.gast +Lesen +Gast des Integrationsrats$/m);
    expect(list.stdout).not.toContain('lbw-test-admin');

    // Stored as a SCRAM verifier computed on this side; the plain password never reached the server.
    const [stored] = await server.query<{ rolpassword: string }>(`SELECT rolpassword FROM pg_authid WHERE rolname = 'mueller'`);
    expect(stored?.rolpassword).toMatch(/^SCRAM-SHA-256\$4096:/);

    // Lesen: reads the work and people's names, nothing else.
    expect(await as(url, 'rat.gast', 'nur-lesen', 'SELECT count(*)::int AS n FROM measure')).toEqual([{ n: 40 }]);
    expect(await refusedWith(as(url, 'rat.gast', 'nur-lesen', `SELECT first_name, last_name FROM contact LIMIT 1`))).toBe('allowed');
    expect(await refusedWith(as(url, 'rat.gast', 'nur-lesen', 'SELECT emails FROM contact'))).toBe('42501');
    expect(await refusedWith(as(url, 'rat.gast', 'nur-lesen', 'SELECT * FROM contact_organization'))).toBe('42501');
    expect(await refusedWith(as(url, 'rat.gast', 'nur-lesen', `UPDATE measure SET title = 'x'`))).toBe('42501');
    expect(await refusedWith(as(url, 'rat.gast', 'nur-lesen', `INSERT INTO progress_note (measure_id, noted_on, text, created_at) VALUES (1, '2026-12-07', 'x', 'x')`))).toBe('42501');
    // Bearbeitung: measures and meetings; people read-only; settings read-only.
    expect(await refusedWith(as(url, 'oezdemir', 'Stadtteil#7', `INSERT INTO progress_note (measure_id, noted_on, text, created_at) VALUES (1, '2026-12-07', 'Kurs läuft', 'x')`))).toBe('allowed');
    expect(await refusedWith(as(url, 'oezdemir', 'Stadtteil#7', 'SELECT emails FROM contact LIMIT 1'))).toBe('allowed');
    // Changing a measure keeps its counts (the triggers write them with the owner's rights); the counts themselves stay closed.
    expect(await refusedWith(as(url, 'oezdemir', 'Stadtteil#7', `INSERT INTO measure_tag (measure_id, tag) VALUES (1, 'Neu im Stadtteil')`))).toBe('allowed');
    expect(await refusedWith(as(url, 'oezdemir', 'Stadtteil#7', `UPDATE measure SET status = 'implementing' WHERE id = 1`))).toBe('allowed');
    expect(await refusedWith(as(url, 'oezdemir', 'Stadtteil#7', 'UPDATE measure_count SET n = 0'))).toBe('42501');
    expect(await refusedWith(as(url, 'rat.gast', 'nur-lesen', 'SELECT * FROM contact_category'))).toBe('42501');
    expect(await refusedWith(as(url, 'rat.gast', 'nur-lesen', 'SELECT sum(n) FROM measure_count'))).toBe('allowed');
    expect(await refusedWith(as(url, 'oezdemir', 'Stadtteil#7', `UPDATE contact SET notes = 'x' WHERE id = 1`))).toBe('42501');
    expect(await refusedWith(as(url, 'oezdemir', 'Stadtteil#7', `UPDATE app_setting SET value = value`))).toBe('42501');
    // The history stays append-only for everyone.
    expect(await refusedWith(as(url, 'mueller', 'Grün-2026!', 'DELETE FROM status_change'))).toBe('23001');
    // Verwaltung: everything else.
    expect(await refusedWith(as(url, 'mueller', 'Grün-2026!', `UPDATE contact SET notes = 'geprüft', categories = '["Rundbrief"]' WHERE id = 1`))).toBe('allowed');
    expect(cli('check', '--database', url)).toMatchObject({ code: 0 });
    expect(await refusedWith(as(url, 'mueller', 'Grün-2026!', `UPDATE app_setting SET value = value`))).toBe('allowed');
    // A login of the server without one of the roles does not even get in.
    await server.query(`CREATE ROLE fremd LOGIN PASSWORD 'fremd'`);
    expect(await refusedWith(as(url, 'fremd', 'fremd', 'SELECT 1'))).toBe('42501');
    expect(await refusedWith(as(url, 'rat.gast', 'falsch', 'SELECT 1'))).toBe('28P01');

    expect(cli('shared', 'remove-user', 'rat.gast', '--database', url)).toMatchObject({ code: 0, stdout: 'Anmeldung rat.gast entfernt.' });
    expect(await refusedWith(as(url, 'rat.gast', 'nur-lesen', 'SELECT 1'))).toBe('28P01');
    expect(cli('shared', 'remove-user', 'mueller', '--database', url)).toMatchObject({ code: 1, stderr: expect.stringContaining('letzte Anmeldung mit Verwaltungsrechten') });
    expect(cli('shared', 'remove-user', 'fremd', '--database', url)).toMatchObject({ code: 1, stderr: expect.stringContaining('gehört nicht zu dieser Datenbank') });
  });

  it('refuses bad names, doubles and unknown logins with a German line, changing nothing', async () => {
    const url = await server.createDatabase('wandsbek');
    expect(cli('shared', 'init', '--database', url, '--user', 'admin2', '--password-file', passwordFile('x'))).toMatchObject({ code: 0 });
    const before = await server.query(`SELECT rolname FROM pg_roles ORDER BY 1`);
    expect(cli('shared', 'add-user', 'Frau Müller', '--role', 'lesen', '--database', url)).toMatchObject({ code: 1, stderr: expect.stringContaining('kein gültiger Anmeldename') });
    expect(cli('shared', 'add-user', 'admin2', '--role', 'lesen', '--database', url)).toMatchObject({ code: 1, stderr: expect.stringContaining('gibt es auf dem Server schon') });
    expect(cli('shared', 'remove-user', 'niemand', '--database', url)).toMatchObject({ code: 1, stderr: expect.stringContaining('gibt es auf dem Server nicht') });
    expect(cli('shared', 'add-user', 'leer', '--role', 'lesen', '--database', url, '--password-file', passwordFile(''))).toMatchObject({ code: 1, stderr: expect.stringContaining('leeres Passwort') });
    expect(cli('shared', 'add-user', 'x', '--role', 'chef', '--database', url).code).toBe(2);
    expect(cli('shared', 'add-user', 'x', '--role', 'lesen').code).toBe(2);
    expect(cli('shared', 'zaubern', '--database', url).code).toBe(2);
    // A database nobody set up: add-user creates nothing there.
    const empty = await server.createDatabase('leer');
    expect(cli('shared', 'add-user', 'x', '--role', 'lesen', '--database', empty)).toMatchObject({ code: 1, stderr: expect.stringContaining('enthält keine Daten der Leitbild-Werkstatt') });
    expect(await server.query(`SELECT rolname FROM pg_roles ORDER BY 1`)).toEqual(before);
  });

  it('asks for the password on a terminal without showing it, twice', async () => {
    const url = await server.createDatabase('eimsbuettel');
    expect(cli('shared', 'init', '--database', url, '--user', 'it', '--password-file', passwordFile('x')).code).toBe(0);
    const typed = await onTerminal(`shared add-user tty.nutzer --role lesen --database '${url}'`, ['Geheim-42', 'Geheim-42']);
    expect(typed).toContain('Passwort für tty.nutzer:');
    expect(typed).toContain('Anmeldung tty.nutzer mit der Rolle Lesen angelegt.');
    expect(typed).not.toContain('Geheim-42');
    expect(await as(url, 'tty.nutzer', 'Geheim-42', 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    const mismatch = await onTerminal(`shared add-user tty.zwei --role lesen --database '${url}'`, ['eins', 'zwei']);
    expect(mismatch).toContain('Die beiden Passwörter stimmen nicht überein');
    expect(await server.query(`SELECT 1 FROM pg_roles WHERE rolname = 'tty.zwei'`)).toEqual([]);
  });

  it("writes no password into its log, neither the connection's nor a new login's", async () => {
    const url = await server.createDatabase('bergedorf');
    const secret = 'Sehr-Geheim-99';
    expect(cli('shared', 'init', '--database', url, '--user', 'chefin', '--password-file', passwordFile(secret)).code).toBe(0);
    expect(cli('shared', 'add-user', 'chefin', '--role', 'lesen', '--database', url, '--password-file', passwordFile(secret)).code).toBe(1);
    expect(cli('shared', 'list-users', '--database', url.replace('lbw-test-admin', 'Falsch-Passwort-77')).code).toBe(1);
    expect(cli('transfer', '--from-data-dir', tempDir(), '--to', url).code).toBe(1);
    const logs = fs.readdirSync(path.join(cliDefaultDataDir, 'logs')).map((name) => fs.readFileSync(path.join(cliDefaultDataDir, 'logs', name), 'utf8')).join('\n');
    expect(logs).toContain('cli shared');
    for (const leak of [secret, 'lbw-test-admin', 'Falsch-Passwort-77', 'SCRAM-SHA-256$']) expect(logs).not.toContain(leak);
  });

  it('names the encryption in `check`, with the certificate checked against the CA file', async () => {
    const tlsServer = await startPostgres({ tls: true });
    try {
      const url = await tlsServer.createDatabase('tls');
      expect(cli('migrate', '--database', url).code).toBe(0);
      const verified = `${url}?sslmode=verify-full&sslrootcert=${encodeURIComponent(tlsServer.caFile!)}`;
      expect(cli('check', '--database', verified)).toMatchObject({ code: 0, stdout: expect.stringMatching(/Verbindung verschlüsselt \(TLSv1\.[23]\)\)$/) });
      expect(cli('check', '--database', `${url}?sslmode=verify-full&sslrootcert=/nicht/da.pem`)).toMatchObject({ code: 1, stderr: expect.stringContaining('ist nicht lesbar') });
    } finally {
      await tlsServer.stop();
    }
  });

  it('checks, migrates and backs up a shared database (pg_dump, or a portable SQLite file)', async () => {
    const dataDir = tempDir();
    expect(cli('demo', '--data-dir', dataDir).code).toBe(0);
    const url = await server.createDatabase('harburg');
    expect(cli('transfer', '--from-data-dir', dataDir, '--to', url).code).toBe(0);
    expect(cli('check', '--database', url)).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^Gemeinsame Datenbank in Ordnung: postgres://admin:\\*\\*\\*@.+ \\(Schema ${POSTGRES_SCHEMA_VERSION}, 23 Tabellen mit \\d+ Zeilen, PostgreSQL 1\\d[.\\d]*.*, Verbindung unverschlüsselt\\)$`)) });
    expect(cli('migrate', '--database', url)).toMatchObject({ code: 0, stdout: expect.stringContaining(`Gemeinsame Datenbank auf Schema ${POSTGRES_SCHEMA_VERSION}`) });

    const folder = tempDir();
    const dumped = cli('backup', '--database', url, '--to', folder);
    expect(dumped.code).toBe(0);
    const dumpFile = /Sicherung erstellt: (.+\.dump)$/.exec(dumped.stdout)?.[1];
    expect(dumpFile && fs.existsSync(dumpFile)).toBeTruthy();
    const restoredInto = await server.createDatabase('harburg_wieder');
    expect(spawnSync('pg_restore', ['--no-owner', `--dbname=${restoredInto}`, dumpFile!]).status).toBe(0);
    expect(await server.query('SELECT count(*)::int AS n FROM measure', [], 'harburg_wieder')).toEqual([{ n: 40 }]);

    const portable = cli('backup', '--database', url, '--to', folder, '--format', 'sqlite');
    const sqliteFile = /Sicherung als SQLite-Datei erstellt: (.+\.sqlite)$/.exec(portable.stdout)?.[1];
    expect(sqliteFile).toBeTruthy();
    expect(await preflight(sqliteFile!, SCHEMA_VERSION)).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION });
    const asDataDir = tempDir();
    fs.copyFileSync(sqliteFile!, databaseFileIn(asDataDir));
    expect(cli('check', '--data-dir', asDataDir)).toMatchObject({ code: 0 });
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.entsteht'))).toEqual([]);

    await server.query('ALTER TABLE measure DISABLE TRIGGER USER', [], 'harburg');
    await server.query('UPDATE measure SET last_activity_on = $1 WHERE id = 1', ['1999-01-01'], 'harburg');
    expect(cli('check', '--database', url)).toMatchObject({ code: 1, stderr: expect.stringContaining('measure.last_activity_on: 1, measure_activity_day: 2') });
  });
});
