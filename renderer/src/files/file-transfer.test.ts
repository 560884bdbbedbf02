import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { base64ToBytes, saveFile, saveFileKind } from './file-transfer';

const createObjectURL = vi.fn(() => 'blob:leitbild/1');
const clicks: string[] = [];

beforeEach(() => {
  // jsdom has neither; the download relies on both.
  Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(this.download);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  clicks.length = 0;
  createObjectURL.mockClear();
});

const bridge = (answer: unknown) => ({ leitbild: { call: vi.fn().mockResolvedValue(answer) } });
const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);

describe('saveFile: save dialog in the desktop app, download in the browser', () => {
  it('browser mode (no window.leitbild): downloads, no call', async () => {
    await expect(saveFile('Kontakte.csv', bytes, 'text/csv', {})).resolves.toEqual({ state: 'downloaded' });
    expect(clicks).toEqual(['Kontakte.csv']);
  });

  it('desktop: sends name, type and the unchanged bytes to system.saveFile and reports the path', async () => {
    const target = bridge({ ok: true, data: { saved: true, path: 'C:\\Users\\anna\\Documents\\Kontakte.csv' } });
    await expect(saveFile('Kontakte.csv', bytes, 'text/csv', target)).resolves.toEqual({ state: 'saved', path: 'C:\\Users\\anna\\Documents\\Kontakte.csv' });
    const [name, input] = target.leitbild.call.mock.calls[0] as [string, { fileName: string; kind: string; contentBase64: string }];
    expect(name).toBe('system.saveFile');
    expect(input).toMatchObject({ fileName: 'Kontakte.csv', kind: 'csv' });
    expect([...base64ToBytes(input.contentBase64)]).toEqual([...bytes]);
    expect(clicks).toEqual([]);
  });

  it('desktop: a Word blob goes the same way as kind docx', async () => {
    const target = bridge({ ok: true, data: { saved: true, path: '/home/anna/Protokoll.docx' } });
    await saveFile('Protokoll.docx', new Blob([bytes]), undefined, target);
    expect(target.leitbild.call.mock.calls[0]?.[1]).toMatchObject({ kind: 'docx' });
  });

  it('desktop: cancelled is neither saved nor downloaded', async () => {
    await expect(saveFile('Termin.ics', bytes, undefined, bridge({ ok: true, data: { saved: false, download: false } }))).resolves.toEqual({ state: 'cancelled' });
    expect(clicks).toEqual([]);
  });

  it('desktop: a write error comes back as the translatable error', async () => {
    const error = { code: 'rejected', messageKey: 'errors.saveDiskFull', fields: [] };
    await expect(saveFile('Sicherung.sqlite', bytes, undefined, bridge({ ok: false, error }))).resolves.toEqual({ state: 'failed', error });
  });

  it('downloads when the main side says so, or when the type has no save filter', async () => {
    await expect(saveFile('a.vcf', bytes, undefined, bridge({ ok: true, data: { saved: false, download: true } }))).resolves.toEqual({ state: 'downloaded' });
    const target = bridge({ ok: true, data: { saved: true, path: '/x' } });
    await expect(saveFile('bild.png', bytes, 'image/png', target)).resolves.toEqual({ state: 'downloaded' });
    expect(target.leitbild.call).not.toHaveBeenCalled();
    expect(clicks).toEqual(['a.vcf', 'bild.png']);
  });

  it('knows the kinds by extension', () => {
    expect(['x.DOCX', 'x.ics', 'x.csv', 'x.vcf', 'x.json', 'x.sqlite', 'x.db', 'x.txt'].map(saveFileKind)).toEqual(['docx', 'ics', 'csv', 'vcf', 'json', 'sqlite', 'sqlite', undefined]);
  });
});
