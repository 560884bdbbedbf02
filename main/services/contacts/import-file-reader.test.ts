import { describe, expect, it } from 'vitest';
import { base64, excelCsv } from '../../../test-support/contact-files';
import { ImportFileReader } from './import-file-reader';

const file = base64(excelCsv([['Vorname', 'Nachname'], ['Jürgen', 'Müller'], ['Ayşe', 'Öztürk']]));

describe('contacts import: the file of a preview is read once for its import', () => {
  it('gives the rows read for the preview to the import of the same file and choices', async () => {
    const reader = new ImportFileReader();
    const preview = await reader.read({ contentBase64: file });
    expect(preview.contacts.map((contact) => contact.lastName)).toEqual(['Müller', 'Öztürk']);
    expect(await reader.read({ contentBase64: file })).toBe(preview);
  });

  it('reads again for another file, another choice of columns or separator, and after the import', async () => {
    const reader = new ImportFileReader();
    const first = await reader.read({ contentBase64: file });
    const remapped = await reader.read({ contentBase64: file, mapping: { Vorname: 'ignore', Nachname: 'lastName' } });
    expect(remapped).not.toBe(first);
    expect(remapped.contacts.map((contact) => contact.firstName)).toEqual(['', '']);
    expect(await reader.read({ contentBase64: file, separator: ';' })).not.toBe(remapped);
    const other = await reader.read({ contentBase64: base64(excelCsv([['Vorname', 'Nachname'], ['Anna', 'Weber']])) });
    expect(other.contacts.map((contact) => contact.lastName)).toEqual(['Weber']);
    reader.release(other);
    await Promise.resolve();
    expect(await reader.read({ contentBase64: base64(excelCsv([['Vorname', 'Nachname'], ['Anna', 'Weber']])) })).not.toBe(other);
  });
});
