import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileIn } from '../../database/open-database';
import { paragraphTexts } from '../../documents/testing/docx-inspect';
import { cli } from '../../test-support/cli-process';
import { postgresServer, startPostgres, type TestPostgres } from '../../test-support/postgres-server';
import { dumpSqlite } from '../../test-support/sqlite-dump';
import { tempDir } from '../../test-support/temp-dir';

let server: TestPostgres;

/** The documents a clerk files, made by the CLI from the data in `dataDir`: each one's paragraphs. */
async function documentsOf(dataDir: string): Promise<Record<string, string[]>> {
  const out = tempDir();
  const made: Record<string, string[]> = {};
  const runs: Record<string, string[]> = {
    antrag: ['--kind', 'antrag', '--fraktion', 'SPD,GRÜNE', '--date', '2022-05-24'],
    edition: ['--kind', 'edition'],
    report: ['--kind', 'report', '--date', '2026-11-30'],
    minutes: ['--kind', 'minutes', '--meeting', '1'],
    invitation: ['--kind', 'invitation', '--meeting', '2'],
  };
  for (const [name, args] of Object.entries(runs)) {
    const file = path.join(out, `${name}.docx`);
    expect(cli('docs', ...args, '--out', file, '--data-dir', dataDir), name).toMatchObject({ code: 0 });
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    made[name] = paragraphTexts(await zip.file('word/document.xml')!.async('string'));
  }
  return made;
}

describe.skipIf(postgresServer.skip)('transfer on the command line (a real PostgreSQL server)', () => {
  beforeAll(async () => {
    postgresServer.check();
    server = await startPostgres();
  });
  afterAll(() => server?.stop());

  it('moves the demo database to PostgreSQL and back: counts and checksums printed, the same documents', async () => {
    const dataDir = tempDir();
    expect(cli('demo', '--data-dir', dataDir)).toMatchObject({ code: 0 });
    const url = await server.createDatabase('bezirk');

    const there = cli('transfer', '--from-data-dir', dataDir, '--to', url);
    expect(there).toMatchObject({ code: 0 });
    expect(there.stdout).toMatch(/^ {2}measure +40 → +40 Zeilen {2}Prüfsumme [0-9a-f]{16} {2}gleich$/m);
    expect(there.stdout).toContain('Übertragen: 23 Tabellen mit');
    expect(there.stdout).toContain('Zeilenzahlen und Prüfsummen stimmen in jeder Tabelle überein.');
    // The password is never printed.
    expect(there.stdout).not.toContain('lbw-test-admin');
    expect(there.stdout).toContain('postgres://admin:***@127.0.0.1');

    const back = tempDir();
    const returned = cli('transfer', '--from', url, '--to-data-dir', back);
    expect(returned).toMatchObject({ code: 0 });
    const checksumsOf = (output: string) => output.split('\n').filter((line) => line.startsWith('  '));
    expect(checksumsOf(returned.stdout)).toEqual(checksumsOf(there.stdout));
    expect(cli('check', '--data-dir', back)).toMatchObject({ code: 0, stdout: expect.stringContaining('Datenbank in Ordnung') });
    expect((await dumpSqlite(databaseFileIn(back))).measure).toEqual((await dumpSqlite(databaseFileIn(dataDir))).measure);
    expect(await documentsOf(back)).toEqual(await documentsOf(dataDir));
    // Five command-line runs, each starting Node and tsx: on a loaded two-core machine this takes a while.
  }, 120_000);

  it('says in German what went wrong, with exit 1, and 2 for a wrong call', async () => {
    const dataDir = tempDir();
    expect(cli('demo', '--data-dir', dataDir).code).toBe(0);
    const unreachable = cli('transfer', '--from-data-dir', dataDir, '--to', 'postgres://amt:geheim@127.0.0.1:1/bezirk');
    expect(unreachable).toMatchObject({ code: 1, stderr: expect.stringContaining('Der Datenbankserver postgres://amt:***@127.0.0.1:1/bezirk ist nicht erreichbar') });
    expect(unreachable.stderr).not.toContain('geheim');
    const url = await server.createDatabase('falsch');
    const wrongPassword = cli('transfer', '--from-data-dir', dataDir, '--to', url.replace('lbw-test-admin', 'falsch'));
    expect(wrongPassword).toMatchObject({ code: 1, stderr: expect.stringContaining('Benutzername oder Passwort stimmen nicht') });
    const existing = cli('transfer', '--from', url, '--to-data-dir', dataDir);
    expect(existing).toMatchObject({ code: 1, stderr: expect.stringContaining('Im Zielordner liegt schon eine Datenbank') });
    expect(cli('transfer', '--from-data-dir', dataDir).code).toBe(2);
    expect(cli('--help').stdout).toContain('transfer --from-data-dir ORDNER --to postgres://');
  });
});
