import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { startTestCore } from '../test-support/core';
import { tempDir } from '../test-support/temp-dir';
import { SCHEMA_VERSION } from './migrations';
import { databaseFileIn, openDatabase } from './open-database';
import { APPLICATION_ID } from './schema-identity';
import { ReadOnlyDatabaseError } from './app-database';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function rawExec(file: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (openError) => {
      if (openError) return reject(openError);
      db.exec(sql, (error) => db.close(() => (error ? reject(error) : resolve())));
    });
  });
}

/** A valid database with data, closed cleanly (WAL checkpointed into the main file). */
async function populatedDataDir(): Promise<string> {
  const dataDir = tempDir();
  const opened = await openDatabase(dataDir);
  if (!opened.database) throw new Error('expected a database');
  await opened.database.write(async (manager) => {
    for (let i = 0; i < 200; i++) {
      await manager.query(`INSERT INTO app_setting (key, value) VALUES (?, ?)`, [`key${i}`, JSON.stringify('x'.repeat(500))]);
    }
  });
  await opened.database.close();
  return dataDir;
}

describe('openDatabase', () => {
  it('creates a new file with migrations applied and the required pragmas', async () => {
    const core = await startTestCore();
    expect(core.status.database).toMatchObject({ state: 'ready', schemaVersion: SCHEMA_VERSION });
    const db = core.database!;
    const pragma = async (name: string) => Object.values((await db.query<Record<string, unknown>[]>(`PRAGMA ${name}`))[0]!)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('synchronous')).toBe(2); // FULL
    expect(Number(await pragma('busy_timeout'))).toBeGreaterThanOrEqual(1000);
    expect(await pragma('user_version')).toBe(SCHEMA_VERSION);
    expect(await pragma('application_id')).toBe(APPLICATION_ID);
  });

  it('keeps data across a restart and does not re-run migrations', async () => {
    const dataDir = await populatedDataDir();
    const reopened = await openDatabase(dataDir);
    const rows = await reopened.database!.query<{ n: number }[]>('SELECT COUNT(*) AS n FROM app_setting');
    const applied = await reopened.database!.query<unknown[]>('SELECT * FROM migrations');
    await reopened.database!.close();
    expect(rows[0]!.n).toBe(200);
    expect(applied).toHaveLength(SCHEMA_VERSION);
  });

  it('refuses a file written by a newer version and leaves it byte-identical', async () => {
    const dataDir = await populatedDataDir();
    const file = databaseFileIn(dataDir);
    await rawExec(file, `PRAGMA user_version = ${SCHEMA_VERSION + 1}; PRAGMA journal_mode = DELETE;`);
    const before = sha256(file);
    const opened = await openDatabase(dataDir);
    expect(opened.database).toBeNull();
    expect(opened.status).toMatchObject({ state: 'refused', reason: 'newer-version' });
    expect(sha256(file)).toBe(before);
  });

  it('opens a file damaged in the middle read-only: reads work, every write is refused, the file stays byte-identical', async () => {
    const dataDir = await populatedDataDir();
    const file = databaseFileIn(dataDir);
    await rawExec(file, 'PRAGMA journal_mode = DELETE;');
    const bytes = fs.readFileSync(file);
    const middle = Math.floor(bytes.length / 2);
    bytes.fill(0xa5, middle - 2048, middle + 2048);
    fs.writeFileSync(file, bytes);
    const before = sha256(file);
    const opened = await openDatabase(dataDir);
    expect(opened.status).toMatchObject({ state: 'read-only', schemaVersion: SCHEMA_VERSION });
    const db = opened.database!;
    expect(db.readOnly).toBe(true);
    expect(await db.query('SELECT COUNT(*) AS n FROM migrations')).toEqual([{ n: SCHEMA_VERSION }]);
    await expect(db.write((manager) => manager.query("INSERT INTO app_setting (key, value) VALUES ('x', '1')"))).rejects.toBeInstanceOf(ReadOnlyDatabaseError);
    // Even SQL that bypasses write() cannot change the file: the connection itself is read-only.
    await expect(db.query("INSERT INTO app_setting (key, value) VALUES ('x', '1')")).rejects.toThrow(/readonly/i);
    await db.close();
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file whose header is damaged, leaving it byte-identical', async () => {
    const dataDir = await populatedDataDir();
    const file = databaseFileIn(dataDir);
    await rawExec(file, 'PRAGMA journal_mode = DELETE;');
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, 0, 100);
    fs.writeFileSync(file, bytes);
    const before = sha256(file);
    const opened = await openDatabase(dataDir);
    expect(opened.status).toMatchObject({ state: 'refused', reason: 'corrupt' });
    expect(opened.database).toBeNull();
    expect(sha256(file)).toBe(before);
  });

  it('refuses a file that is not a database at all', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'leitbild-werkstatt.sqlite');
    fs.writeFileSync(file, 'Dies ist keine Datenbank, sondern ein Brief.\n'.repeat(200));
    const before = sha256(file);
    const opened = await openDatabase(dataDir);
    expect(opened.status).toMatchObject({ state: 'refused', reason: 'corrupt' });
    expect(sha256(file)).toBe(before);
  });

  it("refuses another program's SQLite database", async () => {
    const dataDir = tempDir();
    const file = databaseFileIn(dataDir);
    await rawExec(file, 'CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO kunden VALUES (1, "A");');
    const before = sha256(file);
    const opened = await openDatabase(dataDir);
    expect(opened.status).toMatchObject({ state: 'refused', reason: 'foreign-file' });
    expect(sha256(file)).toBe(before);
  });

  it('opens a file whose foreign keys are broken read-only, unchanged', async () => {
    const dataDir = await populatedDataDir();
    const file = databaseFileIn(dataDir);
    await rawExec(
      file,
      `PRAGMA journal_mode = DELETE; PRAGMA foreign_keys = OFF;
       INSERT INTO guideline (edition_id, position, title, text) VALUES (999, 1, 'Waise', '');`,
    );
    const before = sha256(file);
    const opened = await openDatabase(dataDir);
    expect(opened.status).toMatchObject({ state: 'read-only', detail: expect.stringContaining('foreign_key_check') });
    await opened.database!.close();
    expect(sha256(file)).toBe(before);
  });

  it('answers every data call with "unavailable" while the file is refused, status still works', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(databaseFileIn(dataDir), Buffer.alloc(8192, 7));
    const core = await startTestCore(dataDir);
    const status = await core.dispatch('system.status', {});
    expect(status).toMatchObject({ ok: true, data: { database: { state: 'refused', reason: 'corrupt' } } });
    const list = await core.dispatch('editions.list', {});
    expect(list).toMatchObject({ ok: false, error: { code: 'unavailable', messageKey: 'errors.databaseUnavailable' } });
  });
});
