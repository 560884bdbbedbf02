import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportResultDto } from '../../contract';
import { plainPlatform } from '../core/plain-platform';
import type { Platform } from '../core/platform';
import { silentLogger } from '../services/logger';
import { base64, excelCsv } from '../../test-support/contact-files';
import { callOn, mustCall, startTestCore } from '../../test-support/core';
import { canMount, mountSmallDisk, NOT_ROOT_REASON, rootForTmpfs, unmountSmallDisks } from '../../test-support/small-disk';
import { menuLabels } from './menu';
import { createChooseDatabaseFile, createSaveExport } from './save-file';
import { openShellSettings } from './shell-settings';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-export-'));
  dirs.push(dir);
  return dir;
};

/** The desktop's platform with a mocked dialog (as electron-app.ts wires it) on a real core. */
async function desktop(people = 0) {
  const userData = tempDir();
  const documents = tempDir();
  const settings = openShellSettings(userData, silentLogger);
  const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() };
  const window = { isDestroyed: () => false };
  const shared = { getWindow: () => window as never, settings, labels: () => menuLabels('de'), defaultFolder: () => documents };
  const platform: Platform = {
    ...plainPlatform,
    transport: 'electron',
    saveExport: createSaveExport({ ...shared, dialog: dialog as never, logger: silentLogger }),
    chooseDatabaseFile: createChooseDatabaseFile({ ...shared, dialog: dialog as never }),
  };
  const core = await startTestCore(tempDir(), platform);
  if (people > 0) {
    const rows = [['Vorname', 'Nachname', 'Notizen'], ...Array.from({ length: people }, (_, index) => [`Ayşe${index}`, `Özdemir${index}`, 'Notiz '.repeat(20)])];
    await mustCall(core, 'contacts.import', { fileName: 'a.csv', contentBase64: base64(excelCsv(rows)) });
  }
  const choose = (filePath: string | undefined) => dialog.showSaveDialog.mockResolvedValueOnce({ canceled: !filePath, filePath: filePath ?? '' });
  const optionsOf = (call: number) => dialog.showSaveDialog.mock.calls[call]?.[1] as { defaultPath: string; filters: { name: string; extensions: string[] }[] };
  return { core, dialog, documents, settings, choose, optionsOf };
}

describe('exports in the desktop app: save dialog, streamed to the chosen path', () => {
  it('writes every contact to the chosen file and remembers the folder per kind', async () => {
    const { core, documents, settings, choose, optionsOf } = await desktop(1_500);
    const folder = tempDir();
    const target = path.join(folder, 'Alle Kontakte.csv');
    choose(target);
    await expect(mustCall(core, 'exports.save', { kind: 'contactsCsv' })).resolves.toEqual({ state: 'saved', path: target, fileName: 'Alle Kontakte.csv' } satisfies ExportResultDto);
    expect(optionsOf(0).defaultPath).toMatch(new RegExp(`^${documents.replace(/[/\\]/g, '.')}.\\d{4}-\\d\\d-\\d\\d_Kontakte\\.csv$`));
    expect(optionsOf(0).filters[0]).toEqual({ name: 'CSV-Tabelle', extensions: ['csv'] });
    const text = fs.readFileSync(target, 'utf8');
    expect(text.trimEnd().split('\r\n')).toHaveLength(1_501);
    expect(fs.readdirSync(folder)).toEqual(['Alle Kontakte.csv']);
    expect(settings.get().saveFolders?.csv).toBe(folder);
    expect(settings.get().saveFolders?.vcf).toBeUndefined();
  });

  it('cancelled in the dialog: nothing written, nothing remembered', async () => {
    const { core, settings, choose } = await desktop(3);
    choose(undefined);
    await expect(mustCall(core, 'exports.save', { kind: 'contactsVcard' })).resolves.toEqual({ state: 'cancelled' });
    expect(settings.get().saveFolders).toBeUndefined();
  });

  it('one person\'s vCard is suggested under their name; the database as a dated .sqlite', async () => {
    const { core, choose, optionsOf } = await desktop(2);
    const [first] = (await mustCall(core, 'contacts.list', {})).rows;
    const folder = tempDir();
    choose(path.join(folder, 'eine.vcf'));
    await mustCall(core, 'exports.save', { kind: 'contactsVcard', ids: [first!.id] });
    expect(path.basename(optionsOf(0).defaultPath)).toMatch(/_Kontakt_Ayse0-Oezdemir0\.vcf$/);
    expect(fs.readFileSync(path.join(folder, 'eine.vcf'), 'utf8').match(/BEGIN:VCARD/g)).toHaveLength(1);

    choose(path.join(folder, 'db.sqlite'));
    await mustCall(core, 'exports.save', { kind: 'database' });
    expect(optionsOf(1).filters[0]!.extensions).toEqual(['sqlite', 'db']);
    expect(fs.readFileSync(path.join(folder, 'db.sqlite')).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });

  it('a folder that refuses the file is a German message and is not remembered', async () => {
    const { core, settings, choose } = await desktop(2);
    choose(path.join(tempDir(), 'gibt-es-nicht', 'Kontakte.csv'));
    await expect(callOn(core, 'exports.save', { kind: 'contactsCsv' })).resolves.toMatchObject({ ok: false, error: { messageKey: 'errors.saveFailed' } });
    expect(settings.get().saveFolders).toBeUndefined();
  });

  it('opens a database chosen in the open dialog by path and imports it (no size cap, no base64)', async () => {
    const source = await desktop(4);
    const folder = tempDir();
    source.choose(path.join(folder, 'Bezirk.sqlite'));
    await mustCall(source.core, 'exports.save', { kind: 'database' });

    const target = await desktop(0);
    target.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(folder, 'Bezirk.sqlite')] });
    const choice = await mustCall(target.core, 'backups.importChoose', {});
    expect(choice).toMatchObject({ state: 'chosen', fileName: 'Bezirk.sqlite', size: fs.statSync(path.join(folder, 'Bezirk.sqlite')).size });
    if (choice.state !== 'chosen') throw new Error('not chosen');
    await mustCall(target.core, 'backups.importChosen', { token: choice.token, fileName: choice.fileName });
    expect((await mustCall(target.core, 'contacts.list', {})).total).toBe(4);
    // The person's own file stays where it is; the token is used up.
    expect(fs.existsSync(path.join(folder, 'Bezirk.sqlite'))).toBe(true);
    await expect(callOn(target.core, 'backups.importChosen', { token: choice.token, fileName: 'x' })).resolves.toMatchObject({ ok: false, error: { messageKey: 'backups.errors.importExpired' } });

    target.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(mustCall(target.core, 'backups.importChoose', {})).resolves.toEqual({ state: 'cancelled' });
  });
});

describe.skipIf(rootForTmpfs.skip)(`desktop export to a full disk (${canMount ? 'tmpfs' : NOT_ROOT_REASON})`, () => {
  beforeAll(rootForTmpfs.check);
  afterEach(() => unmountSmallDisks());

  it('says in German that the disk is full and leaves no half file', async () => {
    // About 500 KB of CSV onto a disk with some 100 KB left.
    const { core, settings, choose } = await desktop(3_000);
    const disk = mountSmallDisk(1);
    fs.writeFileSync(path.join(disk, 'belegt.bin'), Buffer.alloc(900 * 1024, 1));
    choose(path.join(disk, 'Kontakte.csv'));
    await expect(callOn(core, 'exports.save', { kind: 'contactsCsv' })).resolves.toMatchObject({ ok: false, error: { code: 'rejected', messageKey: 'errors.saveDiskFull' } });
    expect(fs.readdirSync(disk)).toEqual(['belegt.bin']);
    expect(settings.get().saveFolders).toBeUndefined();
  });
});
