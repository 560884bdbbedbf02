import { describe, expect, it } from 'vitest';
import type { ImportJobDto, ImportTarget } from '../../../contract';
import { MAX_CONTACT_IMPORT_BYTES } from '../../../contract/contacts';
import type { AppCore } from '../../core/app-core';
import { base64, excelCsv, outlookCompleteCsv, outlookRow, windows1252 } from '../../../test-support/contact-files';
import { callOn, mustCall, startTestCore } from '../../../test-support/core';

const TABLES = ['contact', 'organization', 'contact_organization'];

async function setup() {
  const core = await startTestCore();
  const snapshot = async () => Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await core.database!.query(`SELECT * FROM ${table} ORDER BY 1, 2`)])));
  return { core, snapshot };
}

const quoteAll = (rows: readonly (readonly string[])[]) => rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';

/** The start of a French Outlook's contact export, as Outlook writes it (comma, all quoted, Windows-1252). */
const FRENCH_OUTLOOK = windows1252(
  quoteAll([
    ['Titre', 'Prénom', 'Deuxième prénom', 'Nom', 'Société', 'Service', 'Rue (bureau)', 'Ville (bureau)', 'Code postal (bureau)', 'Téléphone (bureau)', 'Adresse de messagerie', 'Type de messagerie', 'Catégories', 'Notes'],
    ['M.', 'Jérôme', '', 'Lefèvre', 'Mairie de Harburg', 'Accueil', 'Harburger Rathausplatz 1', 'Hamburg', '21073', '040 428710', 'j.lefevre@example.org', 'SMTP', 'Presse', ''],
    ['Mme', 'Amélie', '', 'Durand', '', '', '', '', '', '', 'a.durand@example.org', 'SMTP', '', 'Note'],
  ]),
);
const FRENCH_MAPPING = { Prénom: 'firstName', Nom: 'lastName', 'Adresse de messagerie': 'email', 'Type de messagerie': 'emailType' } as const;

/** A Dutch Outlook's export (UTF-8 this time): no German or English column name in it. */
const DUTCH_OUTLOOK = Buffer.from(
  quoteAll([
    ['Voornaam', 'Middelste naam', 'Achternaam', 'Bedrijf', 'Functie', 'E-mailadres', 'Telefoon op werk', 'Notities'],
    ['Anouk', '', 'de Vries', 'Gemeente', 'Adviseur', 'a.devries@example.nl', '+31 20 1234567', ''],
  ]),
  'utf8',
);

/** Every call that would write: each refuses with the same message at the mapping. */
async function expectRefusedAtMapping(core: AppCore, input: { fileName: string; contentBase64: string; mapping?: Record<string, ImportTarget> }, messageKey: string) {
  const expected = { ok: false, error: { messageKey, fields: [{ field: 'mapping', messageKey }] } };
  expect(await callOn(core, 'contacts.import', input)).toMatchObject(expected);
  expect(await callOn(core, 'contacts.importStart', input)).toMatchObject(expected);
  expect(await callOn(core, 'contacts.importRejects', { ...input, problems: {} })).toMatchObject(expected);
}

describe('import: an Outlook export in another language', () => {
  it.each([
    ['French, Windows-1252', FRENCH_OUTLOOK],
    ['Dutch, UTF-8', DUTCH_OUTLOOK],
  ])('(%s) shows the mapping with a message asking for the name and e-mail columns; nothing is imported until they are chosen', async (_name, file) => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    const input = { fileName: 'contacts.csv', contentBase64: base64(file) };
    const preview = await mustCall(core, 'contacts.importPreview', input);
    expect(preview).toMatchObject({ format: 'mapped', separator: ',', mappingProblems: [{ messageKey: 'contacts.import.columnsUnknown', headers: [] }], rows: [], validCount: 0, errorCount: 0 });
    expect(preview.headers.length).toBeGreaterThan(5);
    await expectRefusedAtMapping(core, input, 'contacts.import.columnsUnknown');
    expect(await snapshot()).toEqual(before);
  });

  it('imports the French file once the person has chosen the columns', async () => {
    const { core } = await setup();
    const input = { fileName: 'contacts.csv', contentBase64: base64(FRENCH_OUTLOOK), mapping: FRENCH_MAPPING };
    const preview = await mustCall(core, 'contacts.importPreview', input);
    expect(preview).toMatchObject({ encoding: 'windows-1252', mappingProblems: [], validCount: 2, errorCount: 0 });
    expect(await mustCall(core, 'contacts.import', input)).toMatchObject({ created: 2 });
    const [jerome] = (await mustCall(core, 'contacts.list', { text: 'Lefevre' })).rows;
    expect(jerome).toMatchObject({ firstName: 'Jérôme', lastName: 'Lefèvre', emails: ['j.lefevre@example.org'] });
  });

  it('a mapping without a last-name column is refused with its own message (some columns were known)', async () => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    const input = { fileName: 'contacts.csv', contentBase64: base64(FRENCH_OUTLOOK), mapping: { ...FRENCH_MAPPING, Nom: 'note' } as const };
    expect(await mustCall(core, 'contacts.importPreview', input)).toMatchObject({ mappingProblems: [{ messageKey: 'contacts.import.noNameColumn' }], rows: [] });
    await expectRefusedAtMapping(core, input, 'contacts.import.noNameColumn');
    // A list that only has first names is no exception: the last name is what a contact needs.
    const firstNamesOnly = { fileName: 'l.csv', contentBase64: base64(excelCsv([['Vorname', 'E-Mail'], ['Anna', 'anna@example.org']])) };
    expect(await mustCall(core, 'contacts.importPreview', firstNamesOnly)).toMatchObject({ mappingProblems: [{ messageKey: 'contacts.import.noNameColumn' }] });
    await expectRefusedAtMapping(core, firstNamesOnly, 'contacts.import.noNameColumn');
    expect(await snapshot()).toEqual(before);
  });
});

describe('import: a field chosen for two columns', () => {
  const LIST = excelCsv([
    ['Name', 'Vorname', 'Mail', 'Mail privat', 'Straße', 'Hausnr.', 'Tel. Büro', 'Tel. Zentrale'],
    ['Schmidt', 'Anna', 'a.schmidt@example.org', 'anna@example.net', 'Am Sand', '3', '040 1', '040 2'],
  ]);
  const input = (mapping: Record<string, ImportTarget>) => ({ fileName: 'l.csv', contentBase64: base64(LIST), mapping });
  const base = { Name: 'lastName', Vorname: 'firstName', Mail: 'email', 'Mail privat': 'email2', Straße: 'street', 'Hausnr.': 'note', 'Tel. Büro': 'phoneWork', 'Tel. Zentrale': 'note' } as const;

  it.each([
    ['e-mail', { 'Mail privat': 'email' }, 'email', ['Mail', 'Mail privat']],
    ['last name', { Vorname: 'lastName' }, 'lastName', ['Name', 'Vorname']],
  ] as const)('two columns as %s: named at both columns, the import refused, nothing stored', async (_name, change, target, headers) => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    const preview = await mustCall(core, 'contacts.importPreview', input({ ...base, ...change }));
    expect(preview.mappingProblems).toEqual([{ messageKey: 'contacts.import.columnMappedTwice', params: { target, columns: headers.join(', ') }, headers }]);
    expect(preview.rows).toEqual([]);
    await expectRefusedAtMapping(core, input({ ...base, ...change }), 'contacts.import.columnMappedTwice');
    expect(await snapshot()).toEqual(before);
  });

  it('fields whose values add up may take several columns: street and house number, two work phones', async () => {
    const { core } = await setup();
    const mapping = { ...base, 'Hausnr.': 'street', 'Tel. Zentrale': 'phoneWork' } as const;
    expect((await mustCall(core, 'contacts.importPreview', input(mapping))).mappingProblems).toEqual([]);
    await mustCall(core, 'contacts.import', input(mapping));
    const [anna] = (await mustCall(core, 'contacts.list', { text: 'Schmidt' })).rows;
    expect(await mustCall(core, 'contacts.get', { id: anna!.id })).toMatchObject({
      street: 'Am Sand 3',
      phones: [{ kind: 'work', number: '040 1' }, { kind: 'work', number: '040 2' }],
      emails: ['a.schmidt@example.org', 'anna@example.net'],
    });
  });

  it("in an Outlook export its own columns share fields as Outlook's table says (first and middle name); another column chosen as e-mail is refused", async () => {
    const { core } = await setup();
    const file = outlookCompleteCsv([outlookRow({ Vorname: 'Anna', 'Weitere Vornamen': 'Maria', Nachname: 'Schmidt', 'E-Mail-Adresse': 'anna@example.org', 'Benutzer 1': 'b@example.org' })]);
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'o.csv', contentBase64: base64(file) });
    expect(preview).toMatchObject({ format: 'outlook', mappingProblems: [], validCount: 1 });
    const mapping = { ...preview.mapping, 'Benutzer 1': 'email' } as const;
    expect((await mustCall(core, 'contacts.importPreview', { fileName: 'o.csv', contentBase64: base64(file), mapping })).mappingProblems).toMatchObject([
      { messageKey: 'contacts.import.columnMappedTwice', headers: ['Benutzer 1', 'E-Mail-Adresse'] },
    ]);
  });
});

describe('import: separators and encodings as Excel saves them', () => {
  const HEADER = ['Nachname', 'Vorname', 'Organisation', 'E-Mail'];
  const ROW = ['Öztürk', 'Şükrü', 'Bürgerverein „Harburg“, Süd', 'oeztuerk@example.org'];
  // Windows-1252 has no "Ş": that file says "S".
  const ROW_1252 = ['Öztürk', 'Sükrü', 'Bürgerverein „Harburg“, Süd', 'oeztuerk@example.org'];
  const textOf = (rows: readonly (readonly string[])[], separator: string) =>
    rows.map((row) => row.map((cell) => (cell.includes(separator) || cell.includes('"') ? `"${cell.replace(/"/g, '""')}"` : cell)).join(separator)).join('\r\n') + '\r\n';
  const files = {
    'UTF-8 with byte order mark': (separator: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(textOf([HEADER, ROW], separator), 'utf8')]),
    'UTF-8 without mark': (separator: string) => Buffer.from(textOf([HEADER, ROW], separator), 'utf8'),
    'Windows-1252': (separator: string) => windows1252(textOf([HEADER, ROW_1252], separator)),
  };
  const cases = Object.entries(files).flatMap(([encodingName, make]) => ([';', '\t', ','] as const).map((separator) => [encodingName, JSON.stringify(separator), separator, make] as const));

  it.each(cases)('%s with %s: separator and encoding detected, umlauts and the comma inside a name intact', async (encodingName, _shown, separator, make) => {
    const { core } = await setup();
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'liste.csv', contentBase64: base64(make(separator)) });
    expect(preview).toMatchObject({ separator, encoding: encodingName === 'Windows-1252' ? 'windows-1252' : 'utf-8', headers: HEADER, mappingProblems: [], errorCount: 0 });
    expect(preview.previewRows[0]).toEqual(encodingName === 'Windows-1252' ? ROW_1252 : ROW);
  });

  it.each([
    ['commas inside names, not in every row', 'Nachname;Vorname, weitere;Notiz, intern, alt\r\nSchmidt;Anna;x\r\nMeier;Paul, Peter;y\r\n', ';'],
    ['as many commas as semicolons (German Excel writes ";")', 'Nachname;Vorname, weitere\r\nSchmidt;Anna, Maria\r\n', ';'],
    ['an Outlook export with ";" only inside quotes', '"Vorname","Nachname","Kategorien"\r\n"Anna","Schmidt","Presse;Medien"\r\n', ','],
    ['tabs, with commas in the cells', 'Nachname\tVorname\tNotiz\r\nSchmidt\tAnna\ta, b\r\n', '\t'],
  ])('the separator is the one every row agrees on: %s', async (_name, text, separator) => {
    const { core } = await setup();
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'l.csv', contentBase64: base64(Buffer.from(text, 'utf8')) });
    expect(preview).toMatchObject({ separator, mappingProblems: [] });
  });

  it('a wrongly guessed separator leaves the header as one column: the mapping is shown with a message, and the chosen separator reads it right', async () => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    // More commas than semicolons in every line: read with commas, no column is a known name.
    const file = Buffer.from('Nachname;Vorname, weitere;Notiz, intern, alt\r\nSchmidt;Anna, Maria;a, b, c\r\n', 'utf8');
    const guessed = await mustCall(core, 'contacts.importPreview', { fileName: 'l.csv', contentBase64: base64(file) });
    expect(guessed).toMatchObject({ separator: ',', mappingProblems: [{ messageKey: 'contacts.import.columnsUnknown' }] });
    await expectRefusedAtMapping(core, { fileName: 'l.csv', contentBase64: base64(file) }, 'contacts.import.columnsUnknown');
    expect(await snapshot()).toEqual(before);
    const chosen = await mustCall(core, 'contacts.importPreview', { fileName: 'l.csv', contentBase64: base64(file), separator: ';' });
    expect(chosen).toMatchObject({ separator: ';', headers: ['Nachname', 'Vorname, weitere', 'Notiz, intern, alt'], mappingProblems: [], validCount: 1 });
  });
});

describe('import: size', () => {
  it('a file above the limit (50 MB, 200,000 rows) is refused by every call with the limit in the message; nothing stored', async () => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    // 260 bytes a row: 51.8 MB (49.4 MiB), still under what the transports let through (about 52 MB).
    const row = `Vorname;Nachname;vorname.nachname@example.org;Straße 1;21073;Hamburg;${'x'.repeat(187)}\r\n`;
    const file = Buffer.from('Vorname;Nachname;E-Mail;Straße;PLZ;Ort;Notiz\r\n' + row.repeat(200_000), 'utf8');
    expect(file.length).toBeGreaterThan(50_000_000);
    const expected = { ok: false, error: { messageKey: 'contacts.import.tooLarge', params: { maxMegabytes: MAX_CONTACT_IMPORT_BYTES / 1024 / 1024 }, fields: [{ field: 'contentBase64' }] } };
    for (const call of ['contacts.importPreview', 'contacts.import', 'contacts.importStart'] as const) {
      expect(await callOn(core, call, { fileName: 'gross.csv', contentBase64: base64(file) })).toMatchObject(expected);
    }
    // Larger than the transports take (about 52 MB): the contract refuses it, still naming the limit at the file.
    const huge = Buffer.alloc(60 * 1024 * 1024, 'a');
    expect(await callOn(core, 'contacts.importStart', { fileName: 'gross.csv', contentBase64: base64(huge) })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'contentBase64', messageKey: 'validation.importFileTooLarge', params: { maxMegabytes: MAX_CONTACT_IMPORT_BYTES / 1024 / 1024 } }] },
    });
    // One byte over is over.
    const justOver = Buffer.concat([Buffer.from('Nachname\r\n'), Buffer.alloc(MAX_CONTACT_IMPORT_BYTES - 10 + 1, 'a')]);
    expect(await callOn(core, 'contacts.importPreview', { fileName: 'gross.csv', contentBase64: base64(justOver) })).toMatchObject(expected);
    expect(await snapshot()).toEqual(before);
  });

  it('a file just under the limit (20 MB, 200,000 rows) is read, checked and imported as a job with progress; the server keeps answering', { timeout: 60_000 }, async () => {
    const { core } = await setup();
    const rows = 200_000;
    // About 100 bytes a row: the note column fills the file up to just under the limit.
    const lines = ['Vorname;Nachname;E-Mail;PLZ;Ort;Notiz'];
    const note = 'x'.repeat(38);
    for (let index = 0; index < rows; index++) lines.push(`Vor${index};Nach${index};p${index}@example.org;21073;Hamburg-Harburg;${note}`);
    const file = Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
    expect(file.length).toBeLessThanOrEqual(MAX_CONTACT_IMPORT_BYTES);
    expect(file.length).toBeGreaterThan(MAX_CONTACT_IMPORT_BYTES * 0.95);
    let longestPause = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }, 20);
    try {
      const input = { fileName: 'gross.csv', contentBase64: base64(file) };
      const preview = await mustCall(core, 'contacts.importPreview', input);
      expect(preview).toMatchObject({ validCount: rows, errorCount: 0, mappingProblems: [] });
      const { jobId } = await mustCall(core, 'contacts.importStart', input);
      const seen: ImportJobDto[] = [];
      for (;;) {
        const job = await mustCall(core, 'contacts.importProgress', { jobId });
        seen.push(job);
        if (job.state !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(seen.at(-1)).toMatchObject({ state: 'done', done: rows, total: rows, result: { created: rows } });
      expect(seen.some((job) => job.state === 'running' && job.done > 0 && job.done < rows)).toBe(true);
      expect((await mustCall(core, 'contacts.list', { limit: 1 })).total).toBe(rows);
    } finally {
      clearInterval(ticker);
    }
    // Reading 20 MB at once takes a moment (about one second here); no pause comes near a freeze.
    expect(longestPause).toBeLessThan(3000);
  });
});
