import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../services/domain-error';
import { canMount, mountSmallDisk, NOT_ROOT_REASON, rootForTmpfs, unmountSmallDisks } from '../../../test-support/small-disk';
import { tempDir } from '../../../test-support/temp-dir';
import { ExportCancelled, writeExport } from './write-export';

async function* lines(count: number, options: { failAt?: number; onLine?: (index: number) => void } = {}): AsyncGenerator<string> {
  for (let index = 0; index < count; index++) {
    if (index === options.failAt) throw new Error('Datenbank weg');
    options.onLine?.(index);
    yield `Zeile ${index};${'x'.repeat(200)}\r\n`;
  }
}

/** Everything in the folder besides the expected files: a partial file would show up here. */
const leftovers = (folder: string, expected: string[] = []) => fs.readdirSync(folder).filter((name) => !expected.includes(name));

describe('writeExport: whole file or nothing under the chosen name', () => {
  it('writes every chunk, in order, and leaves no partial file beside it', async () => {
    const folder = tempDir();
    const target = path.join(folder, 'Kontakte Ä.csv');
    const bytes = await writeExport(target, lines(5000));
    const text = fs.readFileSync(target, 'utf8');
    expect(text.split('\r\n')).toHaveLength(5001);
    expect(text.startsWith('Zeile 0;')).toBe(true);
    expect(bytes).toBe(Buffer.byteLength(text));
    expect(leftovers(folder, ['Kontakte Ä.csv'])).toEqual([]);
  });

  it('replaces an existing file only once the new one is complete', async () => {
    const folder = tempDir();
    const target = path.join(folder, 'Kontakte.csv');
    fs.writeFileSync(target, 'alt');
    let seenDuringWrite = '';
    await writeExport(target, lines(3000, { onLine: (index) => index === 2500 && (seenDuringWrite = fs.readFileSync(target, 'utf8')) }));
    expect(seenDuringWrite).toBe('alt');
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^Zeile 0;/);
  });

  it('a failure midway leaves no file under the name and no partial file', async () => {
    const folder = tempDir();
    const target = path.join(folder, 'Kontakte.csv');
    // The person reads "could not be saved"; the log gets the reason as the cause.
    await expect(writeExport(target, lines(5000, { failAt: 4000 }))).rejects.toMatchObject({ messageKey: 'errors.saveFailed', cause: new Error('Datenbank weg') });
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('a failure midway keeps the old file as it was', async () => {
    const folder = tempDir();
    const target = path.join(folder, 'Kontakte.csv');
    fs.writeFileSync(target, 'alt');
    await expect(writeExport(target, lines(5000, { failAt: 4000 }))).rejects.toBeInstanceOf(DomainError);
    expect(fs.readFileSync(target, 'utf8')).toBe('alt');
    expect(leftovers(folder, ['Kontakte.csv'])).toEqual([]);
  });

  it('cancelled midway: no file under the chosen name, no partial file, and the source is stopped', async () => {
    const folder = tempDir();
    const target = path.join(folder, 'Kontakte.csv');
    const cancel = new AbortController();
    let produced = 0;
    const source = lines(100_000, {
      onLine: (index) => {
        produced = index;
        if (index === 3000) cancel.abort();
      },
    });
    await expect(writeExport(target, source, { signal: cancel.signal })).rejects.toBeInstanceOf(ExportCancelled);
    expect(produced).toBeLessThan(3010);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('a folder that is not there is a German refusal, not a crash', async () => {
    const target = path.join(tempDir(), 'fehlt', 'Kontakte.csv');
    await expect(writeExport(target, lines(3))).rejects.toMatchObject({ messageKey: 'errors.saveFailed' });
  });
});

describe.skipIf(rootForTmpfs.skip)(`writeExport on a full disk (${canMount ? 'tmpfs' : NOT_ROOT_REASON})`, () => {
  beforeAll(rootForTmpfs.check);
  afterEach(() => unmountSmallDisks());

  it('says in German that the disk is full and leaves no half file', async () => {
    const disk = mountSmallDisk(3);
    const target = path.join(disk, 'Kontakte.csv');
    // About 4.5 MB of rows onto a 3 MB disk.
    await expect(writeExport(target, lines(20_000))).rejects.toMatchObject({ messageKey: 'errors.saveDiskFull' });
    expect(fs.readdirSync(disk)).toEqual([]);
  });
});
