import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../main/demo/seed-demo';
import { mustCall, startTestCore } from '../test-support/core';
import { tempDir } from '../test-support/temp-dir';
import { SCHEMA_VERSION } from './migrations';
import { databaseFileIn } from './open-database';
import { describeDifferences } from './schema-difference-text';
import { verifySchema, type SchemaQuery } from './schema-verify';

const fixturesDir = path.resolve(import.meta.dirname, 'fixtures');

function withFile<T>(file: string, mode: number, work: (db: sqlite3.Database) => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (openError) => {
      if (openError) return reject(openError);
      work(db).then(
        (value) => db.close(() => resolve(value)),
        (error: unknown) => db.close(() => reject(error)),
      );
    });
  });
}

/** The differences of a file against the reference of its own user_version. */
function differencesOf(file: string) {
  return withFile(file, sqlite3.OPEN_READONLY, async (db) => {
    const query: SchemaQuery = <T>(sql: string) => new Promise<T[]>((resolve, reject) => db.all(sql, (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
    const [{ user_version: version }] = (await query<{ user_version: number }>('PRAGMA user_version')) as [{ user_version: number }];
    return verifySchema(query, version);
  });
}

function exec(file: string, sql: string): Promise<void> {
  return withFile(file, sqlite3.OPEN_READWRITE, (db) => new Promise<void>((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve()))));
}

/** The fixture versions present (migrations.test checks that none is missing). */
const fixtureVersions = fs
  .readdirSync(fixturesDir)
  .flatMap((name) => /^schema-(\d+)\.sqlite$/.exec(name)?.[1] ?? [])
  .map(Number)
  .filter((version) => version <= SCHEMA_VERSION)
  .sort((a, b) => a - b);

/** A copy of the newest fixture (schema 6 or later: contacts, meetings, attendance.fraktion), to tamper with. */
function copyOfCurrent(): string {
  const file = path.join(tempDir(), 'kopie.sqlite');
  fs.copyFileSync(path.join(fixturesDir, `schema-${fixtureVersions.at(-1)!}.sqlite`), file);
  return file;
}

describe('verifySchema', () => {
  it.each(fixtureVersions)('accepts the fixture of schema %i as written by its release', async (version) => {
    expect(await differencesOf(path.join(fixturesDir, `schema-${version}.sqlite`))).toEqual([]);
  });

  // Migrated later and step by step, the file must still end up equal to a fresh run of all migrations.
  it.each(fixtureVersions)('accepts the fixture of schema %i migrated to the current schema and used', async (version) => {
    const dataDir = tempDir();
    fs.copyFileSync(path.join(fixturesDir, `schema-${version}.sqlite`), databaseFileIn(dataDir));
    const core = await startTestCore(dataDir);
    await mustCall(core, 'settings.update', { districtName: 'Bezirksamt Altona' });
    await core.close();
    expect(await differencesOf(databaseFileIn(dataDir))).toEqual([]);
  });

  it('accepts a database filled by the demo seeder, after ANALYZE and PRAGMA optimize', async () => {
    const core = await startTestCore();
    await seedDemo(core.dispatch);
    // Statistics tables are data, not schema.
    await core.database!.query('PRAGMA optimize');
    await core.database!.query('ANALYZE');
    await core.close();
    expect(await differencesOf(databaseFileIn(core.dataDir))).toEqual([]);
  });

  it('names an extra trigger and table, an extra view and index, a missing index and a changed column', async () => {
    const file = copyOfCurrent();
    await exec(
      file,
      `CREATE TABLE leak (name TEXT, email TEXT);
       CREATE TRIGGER contact_leak BEFORE UPDATE ON contact BEGIN INSERT INTO leak VALUES (old.last_name, old.emails); END;
       CREATE VIEW everyone AS SELECT * FROM contact;
       CREATE INDEX contact_by_city ON contact (city);`,
    );
    await exec(file, 'DROP INDEX ix_membership_body; ALTER TABLE organization RENAME COLUMN city TO ort;');
    const differences = await differencesOf(file);
    expect(differences).toEqual(
      expect.arrayContaining([
        { kind: 'extra', type: 'table', name: 'leak' },
        { kind: 'extra', type: 'trigger', name: 'contact_leak' },
        { kind: 'extra', type: 'view', name: 'everyone' },
        { kind: 'extra', type: 'index', name: 'contact_by_city' },
        { kind: 'missing', type: 'index', name: 'ix_membership_body' },
        { kind: 'changed', type: 'table', name: 'organization', columns: ['ort', 'city'] },
      ]),
    );
    const text = describeDifferences(differences, 'de', 20);
    expect(text).toContain('zusätzlicher Trigger „contact_leak“');
    expect(text).toContain('zusätzliche Tabelle „leak“');
    expect(text).toContain('fehlender Index „ix_membership_body“');
    expect(text).toContain('veränderte Tabelle „organization“ (Spalten „ort“, „city“)');
  });

  it('names a missing table and a changed column default', async () => {
    const file = copyOfCurrent();
    await exec(file, 'PRAGMA foreign_keys = OFF; DROP TABLE minutes_correction; PRAGMA writable_schema = ON;');
    await exec(file, "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'DEFAULT ''''', 'DEFAULT ''x''') WHERE name = 'attendance';");
    const differences = await differencesOf(file);
    expect(differences).toEqual(
      expect.arrayContaining([
        { kind: 'missing', type: 'table', name: 'minutes_correction' },
        { kind: 'changed', type: 'table', name: 'attendance', columns: expect.arrayContaining(['fraktion']) as unknown as string[] },
      ]),
    );
    expect(describeDifferences(differences, 'de')).toContain('fehlende Tabelle „minutes_correction“');
  });

  it('sees a trigger hidden under a statistics name (written through writable_schema)', async () => {
    const file = copyOfCurrent();
    await exec(
      file,
      `PRAGMA writable_schema = ON;
       INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql)
         VALUES ('trigger', 'sqlite_stat9', 'contact', 0, 'CREATE TRIGGER sqlite_stat9 BEFORE UPDATE ON contact BEGIN SELECT 1; END');`,
    );
    expect(await differencesOf(file)).toEqual([{ kind: 'extra', type: 'trigger', name: 'sqlite_stat9' }]);
  });

  it('counts what it does not name', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ kind: 'extra' as const, type: 'trigger' as const, name }));
    expect(describeDifferences(many, 'de')).toBe('zusätzlicher Trigger „a“; zusätzlicher Trigger „b“; zusätzlicher Trigger „c“ und 2 weitere');
    expect(describeDifferences(many.slice(0, 1), 'en')).toBe('extra trigger “a”');
  });
});
