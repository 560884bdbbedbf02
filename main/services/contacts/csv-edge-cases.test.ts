import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64, outlookCsv } from '../../../test-support/contact-files';
import { decode } from './csv';
import { mustCall, startTestCore } from '../../../test-support/core';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('contacts: CSV edge cases from Excel', () => {
  it('reads Excel\'s "sep=;" first line as the separator, not as the header', async () => {
    const core = await startTestCore();
    const file = utf8('sep=;\r\nVorname;Nachname;E-Mail\r\nAnna;Schmidt;anna@example.org\r\n');
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'liste.csv', contentBase64: base64(file) });
    expect(preview.separator).toBe(';');
    expect(preview.headers).toEqual(['Vorname', 'Nachname', 'E-Mail']);
    expect(preview.rows).toMatchObject([{ line: 3, name: 'Anna Schmidt', errors: [] }]);
  });

  it('reads Excel\'s "Unicode-Text" (UTF-16 with byte order mark, tabs) with its umlauts, not as a binary file', async () => {
    const core = await startTestCore();
    const text = '\uFEFFVorname\tNachname\tFirma\r\nJürgen\tMüller\tBürgerverein Harburg\r\nŞükrü\tÖztürk\t\r\n';
    const file = Buffer.from(text, 'utf16le');
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'liste.txt', contentBase64: base64(file) });
    expect(preview).toMatchObject({ encoding: 'utf-16le', separator: '\t', errorCount: 0 });
    expect(preview.rows.map((row) => row.name)).toEqual(['Jürgen Müller', 'Şükrü Öztürk']);
    await mustCall(core, 'contacts.import', { fileName: 'liste.txt', contentBase64: base64(file) });
    expect((await mustCall(core, 'contacts.list', { text: 'Ozturk' })).rows.map((row) => row.displayName)).toEqual(['Şükrü Öztürk']);
  });

  it('"sep=," wins over the separator counted in the header', async () => {
    const core = await startTestCore();
    const file = utf8('sep=,\nVorname,Nachname;Zusatz,E-Mail\nAnna,Schmidt;jr,anna@example.org\n');
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'liste.csv', contentBase64: base64(file) });
    expect(preview.separator).toBe(',');
    expect(preview.headers).toEqual(['Vorname', 'Nachname;Zusatz', 'E-Mail']);
  });

  it('a header named twice keeps the first column mapped (the second is not lost silently)', async () => {
    const core = await startTestCore();
    const file = utf8('Vorname;Nachname;E-Mail;E-Mail\r\nAnna;Schmidt;anna@example.org;a.schmidt@example.org\r\n');
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'liste.csv', contentBase64: base64(file) });
    expect(new Set(preview.headers).size).toBe(4);
    expect(preview.mapping[preview.headers[2]!]).toBe('email');
    expect(preview.rows[0]!.errors).toEqual([]);
    const result = await mustCall(core, 'contacts.import', { fileName: 'liste.csv', contentBase64: base64(file), mapping: { ...preview.mapping, [preview.headers[3]!]: 'email2' } });
    expect(result.created).toBe(1);
    const list = await mustCall(core, 'contacts.list', { limit: 10 });
    expect(list.rows[0]!.emails).toEqual(['anna@example.org', 'a.schmidt@example.org']);
  });

  it('rows of nothing but separators (Excel writes them below the data) are not rows', async () => {
    const core = await startTestCore();
    const file = utf8('\uFEFFVorname;Nachname;E-Mail\r\nAnna;Schmidt;anna@example.org\r\n;;\r\n ; ;\r\n;;\r\n');
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'liste.csv', contentBase64: base64(file) });
    expect(preview).toMatchObject({ validCount: 1, errorCount: 0 });
    expect((await mustCall(core, 'contacts.import', { fileName: 'liste.csv', contentBase64: base64(file) })).created).toBe(1);
  });

  it('a row whose fields the contact form would refuse is reported, so an imported contact can always be saved again', async () => {
    const core = await startTestCore();
    const file = utf8(
      'Vorname;Nachname;E-Mail;Straße;Kategorien;Notizen\r\n' +
        `Anna;Schmidt;anna@example.org;${'Langestraße '.repeat(20)};Presse;kurz\r\n` +
        `Bert;Brandt;bert@example.org;Weg 1;${'K'.repeat(61)};kurz\r\n` +
        `Cem;Çelik;cem@example.org;Weg 2;Presse;${'x'.repeat(10_001)}\r\n` +
        'Dora;Dahl;d..dahl@example.org;Weg 3;Presse;kurz\r\n' +
        'Emil;Eck;emil@example.org;Weg 4;Presse;kurz\r\n',
    );
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'liste.csv', contentBase64: base64(file) });
    expect(preview.rows.map((row) => [row.line, row.errors.map((error) => error.field)])).toEqual([
      [2, ['street']],
      [3, ['categories']],
      [4, ['notes']],
      [5, ['email']],
      [6, []],
    ]);
    // Every contact that does go in can be saved unchanged through the form.
    await mustCall(core, 'contacts.import', { fileName: 'liste.csv', contentBase64: base64(file), decisions: { '2': 'skip', '3': 'skip', '4': 'skip', '5': 'skip' } });
    const [row] = (await mustCall(core, 'contacts.list', {})).rows;
    // origin is recorded by the app, never entered in the form.
    const { id, organizations: _o, memberships: _m, erasedAt: _e, createdAt: _c, updatedAt: _u, origin: _origin, ...fields } = await mustCall(core, 'contacts.get', { id: row!.id });
    await mustCall(core, 'contacts.update', { id, ...fields, emails: [...fields.emails], phones: [...fields.phones], languages: [...fields.languages], categories: [...fields.categories], organizationIds: [] });
  });

  it('CR-only line ends (old Mac Excel): rows and line numbers right, also after a note with line breaks', async () => {
    const core = await startTestCore();
    const file = utf8('Vorname;Nachname;Notizen\rAnna;Schmidt;"Zeile 1\rZeile 2"\rBert;Brandt;"x ""y"" z"\r\r');
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'liste.csv', contentBase64: base64(file) });
    expect(preview.rows.map((row) => [row.line, row.name, row.errors])).toEqual([
      [2, 'Anna Schmidt', []],
      [4, 'Bert Brandt', []],
    ]);
    expect(preview.previewRows[1]).toEqual(['Bert', 'Brandt', 'x "y" z']);
    await mustCall(core, 'contacts.import', { fileName: 'liste.csv', contentBase64: base64(file) });
    const anna = (await mustCall(core, 'contacts.list', { text: 'Schmidt' })).rows[0]!;
    expect((await mustCall(core, 'contacts.get', { id: anna.id })).notes).toBe('Zeile 1\nZeile 2');
  });

  it('an English Outlook export maps its e-mail, phone and address columns by itself', async () => {
    const core = await startTestCore();
    const header = ['First Name', 'Last Name', 'Company', 'Job Title', 'Business Street', 'Business City', 'Business Postal Code', 'Business Phone', 'Mobile Phone', 'Home Phone', 'E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address', 'Categories', 'Notes'];
    const file = utf8(`${header.join(',')}\r\nAnna,Schmidt,Verein,Kasse,Weg 1,Hamburg,21073,040 1,0170 2,040 3,anna@example.org,a2@example.org,a3@example.org,Presse,Hallo\r\n`);
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'contacts.csv', contentBase64: base64(file) });
    expect(Object.values(preview.mapping)).toEqual(['firstName', 'lastName', 'organization', 'function', 'street', 'city', 'postalCode', 'phoneWork', 'phoneMobile', 'phoneHome', 'email', 'email2', 'email3', 'categories', 'notes']);
  });
  it('a byte order mark decides the encoding whatever was chosen: the first column keeps its name and mapping', async () => {
    const core = await startTestCore();
    const utf8Bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Kontakt;Nachname;Vorname\r\nj.mueller@example.org;Müller;Jürgen\r\n')]);
    const mapping = { Kontakt: 'email', Nachname: 'lastName', Vorname: 'firstName' } as const;
    const chosen1252 = await mustCall(core, 'contacts.importPreview', { fileName: 'liste.csv', contentBase64: base64(utf8Bom), encoding: 'windows-1252', mapping });
    expect(chosen1252).toMatchObject({ encoding: 'utf-8', headers: ['Kontakt', 'Nachname', 'Vorname'], mapping, errorCount: 0 });
    expect(chosen1252.rows).toMatchObject([{ name: 'Jürgen Müller' }]);
    const utf16Bom = Buffer.from('\uFEFFVorname\tNachname\r\nJürgen\tMüller\r\n', 'utf16le');
    for (const encoding of ['utf-8', 'windows-1252'] as const) {
      const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'liste.txt', contentBase64: base64(utf16Bom), encoding });
      expect(preview).toMatchObject({ encoding: 'utf-16le', separator: '\t', headers: ['Vorname', 'Nachname'] });
      expect(preview.rows.map((row) => row.name)).toEqual(['Jürgen Müller']);
    }
    await mustCall(core, 'contacts.import', { fileName: 'liste.csv', contentBase64: base64(utf8Bom), encoding: 'windows-1252', mapping });
    const [row] = (await mustCall(core, 'contacts.list', { text: 'Muller' })).rows;
    expect(await mustCall(core, 'contacts.get', { id: row!.id })).toMatchObject({ emails: ['j.mueller@example.org'] });
  });
});

describe('contacts: Windows-1252 whatever Node the app runs on', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** TextDecoder as Node 20.18.3+ and 22.13–22.18 have it: "windows-1252" read as Latin-1 (nodejs/node#60888). */
  class Latin1For1252 extends TextDecoder {
    readonly #latin1: boolean;
    constructor(label?: string, options?: TextDecoderOptions) {
      super(label, options);
      this.#latin1 = this.encoding === 'windows-1252';
    }
    override decode(input?: AllowSharedBufferSource): string {
      return this.#latin1 ? Buffer.from(input as Uint8Array).toString('latin1') : super.decode(input);
    }
  }

  it('reads every byte as the WHATWG index says, also where TextDecoder takes windows-1252 for Latin-1', async () => {
    const all = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    // The tests' Node (24.21) decodes windows-1252 right and is the reference: only 5 of 0x80–0x9F stay control characters.
    const expected = new TextDecoder('windows-1252').decode(all);
    expect([...expected.slice(0x80, 0xa0)].filter((char) => char.charCodeAt(0) >= 0x80 && char.charCodeAt(0) < 0xa0)).toHaveLength(5);
    vi.stubGlobal('TextDecoder', Latin1For1252);
    expect(decode(all, 'windows-1252')).toBe(expected);
    // An Outlook note with typographic quotes comes through as written.
    const core = await startTestCore();
    await mustCall(core, 'contacts.import', { fileName: 'Outlook.CSV', contentBase64: base64(outlookCsv()) });
    const [muller] = (await mustCall(core, 'contacts.list', { text: 'Müller' })).rows;
    expect((await mustCall(core, 'contacts.get', { id: muller!.id })).notes).toBe('Erste Zeile\nZweite Zeile mit „Zitat“');
  });
});
