import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { vacuumInto } from '../../database/backup-file';
import { databaseFileIn } from '../../database/open-database';
import { callOn, mustCall, startTestCore } from '../../test-support/core';
import { tempDir } from '../../test-support/temp-dir';
import { importUploaded, startTransferCore } from '../../test-support/transfers';
import { backupFileName } from '../services/maintenance/backup-names';

const fixture = path.resolve(import.meta.dirname, '..', '..', 'database', 'fixtures', 'schema-6.sqlite');
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function exec(file: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (openError) => {
      if (openError) return reject(openError);
      db.exec(sql, (error) => db.close(() => (error ? reject(error) : resolve())));
    });
  });
}

/** The attack from issue 12: a leak of erased contacts, rewritten titles, every create broken. */
const TRIGGERS = `
  CREATE TABLE shadow_copy (name TEXT, email TEXT);
  CREATE TRIGGER contact_leak BEFORE UPDATE ON contact BEGIN INSERT INTO shadow_copy VALUES (old.last_name, old.emails); END;
  CREATE TRIGGER measure_rewrite AFTER UPDATE ON measure BEGIN UPDATE measure SET title = 'Gestrichen' WHERE id = new.id AND title <> 'Gestrichen'; END;
  CREATE TRIGGER edition_broken BEFORE INSERT ON edition BEGIN SELECT RAISE(ABORT, 'kaputt'); END;`;

/** A real database as the app writes it (opened, migrated, used), copied and then changed by `sql`. */
async function tamperedCopy(sql: string): Promise<string> {
  const dataDir = tempDir();
  fs.copyFileSync(fixture, databaseFileIn(dataDir));
  const core = await startTestCore(dataDir);
  await mustCall(core, 'settings.update', { districtName: 'Bezirksamt Harburg' });
  const copy = path.join(tempDir(), 'kopie.sqlite');
  await vacuumInto(databaseFileIn(dataDir), copy);
  await core.close();
  await exec(copy, `PRAGMA foreign_keys = OFF; ${sql}`);
  return copy;
}

/** A running app with its own data, and the tampered file placed as a backup in its folder. */
async function coreWithBackup(file: string) {
  const core = await startTestCore();
  await mustCall(core, 'editions.create', { title: 'Unsere Daten', periodFrom: 2025, periodTo: 2027 });
  const fileName = backupFileName('manual', new Date(2026, 10, 1, 9, 0, 0));
  fs.mkdirSync(core.backups.folder(), { recursive: true });
  fs.copyFileSync(file, path.join(core.backups.folder(), fileName));
  return { core, fileName };
}

describe('a file with our header but a schema we did not write', () => {
  it('is refused by restore, naming the differences at the field; the current data stay', async () => {
    const { core, fileName } = await coreWithBackup(await tamperedCopy(TRIGGERS));
    const result = await callOn(core, 'backups.restore', { fileName });
    expect(result).toMatchObject({
      ok: false,
      error: {
        messageKey: 'backups.errors.refused.foreign-schema',
        fields: [{ field: 'fileName', messageKey: 'backups.errors.refused.foreign-schema' }],
        params: { differences: expect.stringContaining('zusätzlicher Trigger „contact_leak“') },
      },
    });
    expect(core.status.database.state).toBe('ready');
    expect((await mustCall(core, 'editions.list', {})).map((edition) => edition.title)).toEqual(['Unsere Daten']);
  });

  it('is refused by import', async () => {
    const file = await tamperedCopy(TRIGGERS);
    const { core, transfers } = await startTransferCore();
    await mustCall(core, 'editions.create', { title: 'Unsere Daten', periodFrom: 2025, periodTo: 2027 });
    const result = await importUploaded(core, transfers, 'kopie.sqlite', fs.readFileSync(file));
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'backups.errors.refused.foreign-schema' } });
    expect(result.ok ? '' : String(result.error.params?.differences)).toMatch(/zusätzliche Tabelle „shadow_copy“/);
    expect((await mustCall(core, 'editions.list', {})).map((edition) => edition.title)).toEqual(['Unsere Daten']);
  });

  it('is refused at the app start, left byte-identical, and cannot be backed up as good', async () => {
    const dataDir = tempDir();
    fs.copyFileSync(await tamperedCopy(TRIGGERS), databaseFileIn(dataDir));
    const before = sha256(databaseFileIn(dataDir));
    const core = await startTestCore(dataDir);
    expect(core.status.database).toMatchObject({ state: 'refused', reason: 'foreign-schema', detail: expect.stringContaining('zusätzlicher Trigger „edition_broken“') });
    expect(await callOn(core, 'editions.list', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    await expect(core.backups.create('manual')).rejects.toMatchObject({ messageKey: 'backups.errors.createFailed' });
    expect(core.backups.list()).toEqual([]);
    await core.close();
    expect(sha256(databaseFileIn(dataDir))).toBe(before);
  });

  it.each([
    ['extra table', 'CREATE TABLE notizen (text TEXT)', 'zusätzliche Tabelle „notizen“'],
    ['extra index', 'CREATE INDEX ix_contact_city ON contact (city)', 'zusätzlicher Index „ix_contact_city“'],
    ['extra view', 'CREATE VIEW alle AS SELECT * FROM contact', 'zusätzliche Sicht „alle“'],
    ['missing index', 'DROP INDEX ix_membership_body', 'fehlender Index „ix_membership_body“'],
    ['modified column', "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'first_name', 'vorname') WHERE name = 'contact'", 'veränderte Tabelle „contact“'],
  ])('refuses a restore with an %s', async (_what, sql, named) => {
    const { core, fileName } = await coreWithBackup(await tamperedCopy(sql));
    const result = await callOn(core, 'backups.restore', { fileName });
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'backups.errors.refused.foreign-schema', params: { differences: expect.stringContaining(named) } } });
  });

  it('accepts the untouched copy of the same database', async () => {
    const { core, fileName } = await coreWithBackup(await tamperedCopy('SELECT 1'));
    expect(await callOn(core, 'backups.restore', { fileName })).toMatchObject({ ok: true });
    expect(core.status.database.state).toBe('ready');
  });
});
