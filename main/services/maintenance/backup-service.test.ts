import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logger';
import { SCHEMA_VERSION } from '../../../database/migrations';
import { databaseFileIn } from '../../../database/open-database';
import { callOn, createEdition, mustCall, startTestCore } from '../../../test-support/core';
import { tempDir } from '../../../test-support/temp-dir';
import { downloadExport, importUploaded, startTransferCore } from '../../../test-support/transfers';
import { backupFileName, isoWeek, parseBackupFileName } from './backup-names';
import { BackupService } from './backup-service';

describe('backup names', () => {
  it('round-trip kind and local time, and group days into ISO weeks', () => {
    const name = backupFileName('daily', new Date(2026, 10, 26, 9, 5, 7));
    expect(name).toBe('Sicherung_2026-11-26_09-05-07_taeglich.sqlite');
    expect(parseBackupFileName(name)).toEqual({ kind: 'daily', day: '2026-11-26', createdAt: '2026-11-26T09:05:07' });
    expect(parseBackupFileName('notes.txt')).toBeNull();
    expect(isoWeek('2026-11-26')).toBe('2026-W48');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
  });
});

describe('backups', () => {
  it('makes a checked copy that holds the data, lists it, and restores it', async () => {
    const core = await startTestCore();
    await createEdition(core, 'Vor der Sicherung');
    const backup = await mustCall(core, 'backups.create', {});
    expect(backup).toMatchObject({ kind: 'manual' });
    expect(backup.sizeBytes).toBeGreaterThan(0);
    await createEdition(core, 'Nach der Sicherung');

    await mustCall(core, 'backups.restore', { fileName: backup.fileName });
    expect((await mustCall(core, 'editions.list', {})).map((edition) => edition.title)).toEqual(['Vor der Sicherung']);
    // The state before the restore was kept as a backup of its own.
    const overview = await mustCall(core, 'backups.overview', {});
    expect(overview.backups.map((entry) => entry.kind).sort()).toEqual(['manual', 'pre-restore']);
  });

  it('refuses names that are not listed backups (no paths from outside)', async () => {
    const core = await startTestCore();
    for (const fileName of ['../leitbild-werkstatt.sqlite', '/etc/passwd', 'Sicherung_2026-11-26_09-05-07_manuell.sqlite']) {
      const result = await core.dispatch('backups.restore', { fileName });
      expect(result.ok, fileName).toBe(false);
    }
  });

  it('exports the database as one file and imports it on another PC', async () => {
    const { core: source, transfers: sourceTransfers } = await startTransferCore();
    await createEdition(source, 'Umzug');
    const exported = await downloadExport(source, sourceTransfers, { kind: 'database' });
    expect(exported.fileName).toMatch(/^\d{4}-\d{2}-\d{2}_Leitbild-Werkstatt\.sqlite$/);

    const { core: target, transfers } = await startTransferCore();
    await createEdition(target, 'Wird ersetzt');
    expect(await importUploaded(target, transfers, exported.fileName, exported.bytes)).toEqual({ ok: true, data: { restored: true } });
    expect((await mustCall(target, 'editions.list', {})).map((edition) => edition.title)).toEqual(['Umzug']);
  });

  it('refuses to import a file that is not our database, changing nothing', async () => {
    const { core, transfers } = await startTransferCore();
    await createEdition(core, 'Bleibt');
    const before = fs.readdirSync(core.dataDir).sort();
    const result = await importUploaded(core, transfers, 'brief.docx', Buffer.from('Kein SQLite'));
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'backups.errors.refused.corrupt' } });
    expect((await mustCall(core, 'editions.list', {})).map((edition) => edition.title)).toEqual(['Bleibt']);
    expect(fs.readdirSync(core.dataDir).sort()).toEqual(before);
  });

  it('restores a good backup while the data file is refused as damaged', async () => {
    const core = await startTestCore();
    await createEdition(core, 'Gerettet');
    const backup = await mustCall(core, 'backups.create', {});
    await core.close();
    const file = databaseFileIn(core.dataDir);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x33, 0, 100); // header overwritten
    fs.writeFileSync(file, bytes);

    const damaged = await startTestCore(core.dataDir);
    expect(damaged.status.database).toMatchObject({ state: 'refused', reason: 'corrupt' });
    expect((await damaged.dispatch('editions.list', {})).ok).toBe(false);
    const overview = await mustCall(damaged, 'backups.overview', {});
    expect(overview.backups.map((entry) => entry.fileName)).toContain(backup.fileName);

    await mustCall(damaged, 'backups.restore', { fileName: backup.fileName });
    expect(damaged.status.database.state).toBe('ready');
    expect((await mustCall(damaged, 'editions.list', {})).map((edition) => edition.title)).toEqual(['Gerettet']);
    expect((await mustCall(damaged, 'backups.overview', {})).backups.some((entry) => entry.kind === 'damaged')).toBe(true);
  });

  it('sets an intact but refused file (newer version) aside under its own kind, not as damaged', async () => {
    const core = await startTestCore();
    await createEdition(core, 'Alt, aber gut');
    const backup = await mustCall(core, 'backups.create', {});
    await core.close();
    const file = databaseFileIn(core.dataDir);
    await new Promise<void>((resolve, reject) => {
      const db = new sqlite3.Database(file, (openError) => {
        if (openError) return reject(openError);
        db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 5}`, (error) => db.close(() => (error ? reject(error) : resolve())));
      });
    });
    const newer = await startTestCore(core.dataDir);
    expect(newer.status.database).toMatchObject({ state: 'refused', reason: 'newer-version' });
    await mustCall(newer, 'backups.restore', { fileName: backup.fileName });
    const kinds = (await mustCall(newer, 'backups.overview', {})).backups.map((entry) => entry.kind);
    expect(kinds).toContain('set-aside');
    expect(kinds).not.toContain('damaged');
  });

  it('serves a damaged but readable file read-only: lists work, changes get a clear message, restore works', async () => {
    const core = await startTestCore();
    await createEdition(core, 'Vor dem Schaden');
    const backup = await mustCall(core, 'backups.create', {});
    for (let i = 0; i < 150; i++) await mustCall(core, 'settings.update', { officeAddress: `Adresse ${i} `.repeat(30) });
    await core.close();
    const file = databaseFileIn(core.dataDir);
    // A page of an index no start-up read touches (found with dbstat, not guessed from the file's
    // layout, which changes with every schema version): the check finds it, the schema still reads.
    const { pageno, pageSize } = await new Promise<{ pageno: number; pageSize: number }>((resolve, reject) => {
      const db = new sqlite3.Database(file, (openError) => {
        if (openError) return reject(openError);
        db.exec('PRAGMA journal_mode = DELETE', (error) => {
          if (error) return db.close(() => reject(error));
          db.get("SELECT s.pageno, (SELECT page_size FROM pragma_page_size) AS pageSize FROM dbstat s WHERE s.name = 'ix_status_change_created'", (queryError, row: { pageno: number; pageSize: number }) =>
            db.close(() => (queryError ? reject(queryError) : resolve(row))),
          );
        });
      });
    });
    const bytes = fs.readFileSync(file);
    const pageStart = (pageno - 1) * pageSize;
    bytes.fill(0x5c, pageStart, pageStart + pageSize);
    fs.writeFileSync(file, bytes);

    const damaged = await startTestCore(core.dataDir);
    expect(damaged.status.database).toMatchObject({ state: 'read-only' });
    expect(await mustCall(damaged, 'maintenance.checkIntegrity', {})).toMatchObject({ ok: false });
    expect(await damaged.dispatch('editions.create', { title: 'Neu', periodFrom: 2025, periodTo: 2027 })).toMatchObject({
      ok: false,
      error: { code: 'unavailable', messageKey: 'errors.readOnly' },
    });
    await mustCall(damaged, 'backups.restore', { fileName: backup.fileName });
    expect(damaged.status.database.state).toBe('ready');
    expect((await mustCall(damaged, 'editions.list', {})).map((edition) => edition.title)).toEqual(['Vor dem Schaden']);
    expect((await mustCall(damaged, 'backups.overview', {})).backups.some((entry) => entry.kind === 'damaged')).toBe(true);
  });

  it('checks integrity on demand', async () => {
    const core = await startTestCore();
    expect(await mustCall(core, 'maintenance.checkIntegrity', {})).toMatchObject({ ok: true, detail: 'ok' });
  });

  it('keeps 7 daily and 4 weekly copies, checks each new copy, and never prunes manual ones', async () => {
    const dataDir = tempDir();
    const core = await startTestCore(dataDir);
    await createEdition(core);
    let clock = new Date(2026, 8, 1, 8, 0, 0);
    const service = new BackupService(dataDir, databaseFileIn(dataDir), SCHEMA_VERSION, silentLogger, () => clock);
    await service.create('manual');
    for (let day = 0; day < 60; day++) {
      clock = new Date(2026, 8, 1 + day, 8, 0, 0);
      await service.createDailyIfDue();
      expect(await service.createDailyIfDue()).toBeNull(); // at most once a day
    }
    const daily = service.list().filter((backup) => backup.kind === 'daily');
    const days = daily.map((backup) => backup.createdAt.slice(0, 10));
    expect(days.slice(0, 7)).toEqual(['2026-10-30', '2026-10-29', '2026-10-28', '2026-10-27', '2026-10-26', '2026-10-25', '2026-10-24']);
    expect(new Set(days.map(isoWeek)).size).toBeGreaterThanOrEqual(2);
    expect(daily.length).toBeLessThanOrEqual(7 + 4);
    expect(service.list().filter((backup) => backup.kind === 'manual')).toHaveLength(1);
  });

  it('validates the backup folder setting at the field', async () => {
    const core = await startTestCore();
    expect(await callOn(core, 'backups.configure', { folder: 'relativ/pfad', keepDaily: 7, keepWeekly: 4 })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'folder', messageKey: 'backups.errors.folderNotAbsolute' }] },
    });
    const aFile = path.join(tempDir(), 'eine-datei.txt');
    fs.writeFileSync(aFile, 'kein Ordner');
    expect(await callOn(core, 'backups.configure', { folder: path.join(aFile, 'Sicherungen'), keepDaily: 7, keepWeekly: 4 })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'folder', messageKey: 'backups.errors.folderNotAFolder' }] },
    });
    expect(await core.dispatch('backups.configure', { folder: '', keepDaily: 0, keepWeekly: 4 })).toMatchObject({ ok: false, error: { fields: [{ field: 'keepDaily' }] } });
    const elsewhere = path.join(tempDir(), 'Netzlaufwerk', 'Sicherungen');
    const overview = await mustCall(core, 'backups.configure', { folder: elsewhere, keepDaily: 10, keepWeekly: 2 });
    expect(overview).toMatchObject({ folder: elsewhere, keepDaily: 10, keepWeekly: 2 });
    const backup = await mustCall(core, 'backups.create', {});
    expect(fs.existsSync(path.join(elsewhere, backup.fileName))).toBe(true);
  });
});
