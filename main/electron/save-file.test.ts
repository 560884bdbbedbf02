import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../services/logger';
import { createDispatch } from '../core/dispatch';
import { createHandlers } from '../core/handlers';
import { plainPlatform } from '../core/plain-platform';
import { menuLabels } from './menu';
import { applySaveDialogToDownloads, createSaveFile, safeFileName } from './save-file';
import { FakeEmitter, FakeEvent } from './test-fakes';
import { openShellSettings } from './shell-settings';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-save-'));
  dirs.push(dir);
  return dir;
};

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const errno = (code: string) => Object.assign(new Error(code), { code });

function setup(options: { writeFile?: (target: string, bytes: Uint8Array) => Promise<void> } = {}) {
  const userData = tempDir();
  const documents = tempDir();
  const settings = openShellSettings(userData, silentLogger);
  const dialog = { showSaveDialog: vi.fn() };
  const window = { isDestroyed: () => false };
  const saveFile = createSaveFile({
    dialog: dialog as never,
    getWindow: () => window as never,
    settings,
    labels: () => menuLabels('de'),
    defaultFolder: () => documents,
    logger: silentLogger,
    ...options,
  });
  const choose = (filePath: string | undefined) => dialog.showSaveDialog.mockResolvedValueOnce({ canceled: !filePath, filePath: filePath ?? '' });
  const optionsOf = (call: number) => dialog.showSaveDialog.mock.calls[call]?.[1] as { defaultPath: string; filters: { name: string; extensions: string[] }[] };
  return { saveFile, dialog, window, documents, userData, choose, optionsOf, settings };
}

describe('saving a file through the save dialog', () => {
  it('shows the dialog on the window with the kind filter, writes the bytes and says where', async () => {
    const { saveFile, dialog, window, documents, choose, optionsOf } = setup();
    const target = path.join(documents, 'Einladung.ics');
    choose(target);
    await expect(saveFile({ fileName: 'Einladung.ics', kind: 'ics', contentBase64: base64('BEGIN:VCALENDAR') })).resolves.toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('BEGIN:VCALENDAR');
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toBe(window);
    expect(optionsOf(0).defaultPath).toBe(path.join(documents, 'Einladung.ics'));
    expect(optionsOf(0).filters).toEqual([
      { name: 'Kalendereintrag', extensions: ['ics'] },
      { name: 'Alle Dateien', extensions: ['*'] },
    ]);
  });

  it('has a German filter for every kind', async () => {
    const expected = { docx: 'Word-Dokument', csv: 'CSV-Tabelle', vcf: 'vCard-Kontakte', json: 'JSON-Datei', sqlite: 'Datensicherung (SQLite)' } as const;
    const { saveFile, choose, optionsOf } = setup();
    let call = 0;
    for (const [kind, name] of Object.entries(expected)) {
      choose(undefined);
      await saveFile({ fileName: `Datei.${kind}`, kind: kind as keyof typeof expected, contentBase64: '' });
      expect(optionsOf(call++).filters[0]).toEqual({ name, extensions: expect.arrayContaining([kind]) });
    }
  });

  it('cancelled: nothing written, nothing remembered', async () => {
    const { saveFile, choose, settings } = setup();
    choose(undefined);
    await expect(saveFile({ fileName: 'a.csv', kind: 'csv', contentBase64: base64('x') })).resolves.toEqual({ saved: false, download: false });
    expect(settings.get().saveFolders).toBeUndefined();
  });

  it('remembers the last folder per kind on this PC, across starts', async () => {
    const { saveFile, choose, optionsOf, documents, userData } = setup();
    const minutes = tempDir();
    const exports = tempDir();
    choose(path.join(minutes, 'Protokoll.docx'));
    await saveFile({ fileName: 'Protokoll.docx', kind: 'docx', contentBase64: base64('PK') });
    choose(path.join(exports, 'Kontakte.csv'));
    await saveFile({ fileName: 'Kontakte.csv', kind: 'csv', contentBase64: base64('a;b') });
    choose(undefined);
    await saveFile({ fileName: 'Einladung.docx', kind: 'docx', contentBase64: '' });
    choose(undefined);
    await saveFile({ fileName: 'Termin.ics', kind: 'ics', contentBase64: '' });
    expect(optionsOf(2).defaultPath).toBe(path.join(minutes, 'Einladung.docx'));
    expect(optionsOf(3).defaultPath).toBe(path.join(documents, 'Termin.ics'));
    await vi.waitFor(() => expect(openShellSettings(userData, silentLogger).get().saveFolders).toEqual({ docx: minutes, csv: exports }));
  });

  it('a write error becomes a German message the person can act on, and the folder is not remembered', async () => {
    const cases = [
      ['EACCES', 'errors.saveNotWritable'],
      ['EROFS', 'errors.saveNotWritable'],
      ['ENOSPC', 'errors.saveDiskFull'],
      ['EBUSY', 'errors.saveInUse'],
      ['EIO', 'errors.saveFailed'],
    ] as const;
    for (const [code, messageKey] of cases) {
      const { saveFile, choose, settings, documents } = setup({ writeFile: () => Promise.reject(errno(code)) });
      choose(path.join(documents, 'Bericht.docx'));
      // Through the dispatcher, as the renderer sees it.
      const dispatch = createDispatch({ 'system.saveFile': saveFile } as never, silentLogger);
      await expect(dispatch('system.saveFile', { fileName: 'Bericht.docx', kind: 'docx', contentBase64: base64('PK') })).resolves.toMatchObject({
        ok: false,
        error: { code: 'rejected', messageKey },
      });
      expect(settings.get().saveFolders).toBeUndefined();
    }
  });

  it('a file left half-written by a full disk is removed; a file in use stays as it was', async () => {
    const full = setup({
      writeFile: async (target) => {
        fs.writeFileSync(target, 'half');
        throw errno('ENOSPC');
      },
    });
    const target = path.join(full.documents, 'Sicherung.sqlite');
    full.choose(target);
    await expect(full.saveFile({ fileName: 'Sicherung.sqlite', kind: 'sqlite', contentBase64: '' })).rejects.toThrow();
    expect(fs.existsSync(target)).toBe(false);

    const busy = setup({ writeFile: () => Promise.reject(errno('EBUSY')) });
    const open = path.join(busy.documents, 'Protokoll.docx');
    fs.writeFileSync(open, 'old');
    busy.choose(open);
    await expect(busy.saveFile({ fileName: 'Protokoll.docx', kind: 'docx', contentBase64: '' })).rejects.toThrow();
    expect(fs.readFileSync(open, 'utf8')).toBe('old');
  });

  it('suggests only a file name, never a path or characters Windows refuses', () => {
    expect(safeFileName('..\\..\\Windows\\evil.docx')).toBe('evil.docx');
    expect(safeFileName('../x/Protokoll: 1?.docx')).toBe('Protokoll_ 1_.docx');
    expect(safeFileName('..')).toBe('Datei');
  });
});

describe('system.saveFile in browser mode', () => {
  it('answers that the page downloads the file itself (no data file needed)', async () => {
    const status = { appVersion: '0.1.0', transport: 'browser', dataFolder: '/x', logFile: '/x/logs/leitbild-werkstatt.log', database: { state: 'refused', path: '/x', reason: 'corrupt', detail: '' } } as const;
    const handlers = createHandlers(null, status, plainPlatform);
    await expect(handlers['system.saveFile']({ fileName: 'a.csv', kind: 'csv', contentBase64: '' })).resolves.toEqual({ saved: false, download: true });
  });
});

describe('page downloads in the desktop app (<a download>)', () => {
  function download(fileName: string, savePath = '') {
    return Object.assign(new FakeEmitter(), { getFilename: () => fileName, setSaveDialogOptions: vi.fn(), getSavePath: () => savePath });
  }

  it('get the kind filter and remembered folder, and remember the folder once completed', async () => {
    const userData = tempDir();
    const settings = openShellSettings(userData, silentLogger);
    await settings.update({ saveFolders: { json: '/home/anna/Auskunft' } });
    const session = new FakeEmitter();
    applySaveDialogToDownloads(session, { settings, labels: () => menuLabels('de'), defaultFolder: () => '/home/anna/Dokumente' });

    const json = download('Auskunft.json');
    session.emit('will-download', new FakeEvent(), json);
    expect(json.setSaveDialogOptions).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: path.join('/home/anna/Auskunft', 'Auskunft.json'), filters: [{ name: 'JSON-Datei', extensions: ['json'] }, { name: 'Alle Dateien', extensions: ['*'] }] }),
    );

    const docx = download('Auskunft.docx', '/home/anna/Briefe/Auskunft.docx');
    session.emit('will-download', new FakeEvent(), docx);
    expect(docx.setSaveDialogOptions.mock.calls[0]?.[0]).toMatchObject({ defaultPath: path.join('/home/anna/Dokumente', 'Auskunft.docx') });
    docx.emit('done', new FakeEvent(), 'cancelled');
    expect(settings.get().saveFolders).toEqual({ json: '/home/anna/Auskunft' });
    docx.emit('done', new FakeEvent(), 'completed');
    expect(settings.get().saveFolders).toEqual({ json: '/home/anna/Auskunft', docx: '/home/anna/Briefe' });

    const other = download('bild.png');
    session.emit('will-download', new FakeEvent(), other);
    expect(other.setSaveDialogOptions).not.toHaveBeenCalled();
    // The remembered folder is written in the background; writes are queued, so one more waits for it
    // (otherwise the folder is removed while the file is being written: ENOTEMPTY, seen on CI).
    await settings.update({});
  });
});

