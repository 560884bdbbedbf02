import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import VCard from 'vcf';
import { DEFAULT_INPUT_BYTES, inputBytesLimit } from '../../../contract/input-limits';
import type { AppCore } from '../../core/app-core';
import { base64, excelCsv, outlookCsv, parseVcards, vcardParts, windows1252 } from '../../../test-support/contact-files';
import { callOn, mustCall, startTestCore } from '../../../test-support/core';
import { refuseContactNamed } from '../../../test-support/test-engine';
import { downloadExport, startTransferCore } from '../../../test-support/transfers';
import { CSV_HEADER } from './contact-columns';

const TABLES = ['contact', 'organization', 'body', 'membership', 'contact_organization'];

async function setup() {
  const core = await startTestCore();
  const snapshot = async () => Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await core.database!.query(`SELECT * FROM ${table} ORDER BY 1, 2`)])));
  return { core, snapshot };
}

const listContacts = async (core: AppCore, input: Parameters<typeof mustCall<'contacts.list'>>[2]) => (await mustCall(core, 'contacts.list', input)).rows;
const person = (lastName: string, extra: Record<string, unknown> = {}) => ({ lastName, ...extra });
const names = async (core: AppCore, text: string) => (await listContacts(core, { text })).map((row) => row.lastName);

describe('contacts: entry and refusals', () => {
  it('creates, reads and updates a contact with organisation, phones, languages and consent', async () => {
    const { core } = await setup();
    const org = await mustCall(core, 'organizations.create', { name: 'Verikom e. V.', kind: 'traeger' });
    const created = await mustCall(core, 'contacts.create', {
      salutation: 'Frau',
      title: 'Dr.',
      firstName: 'Leyla',
      lastName: 'Rahimi',
      function: 'Beraterin',
      organizationIds: [org.id],
      emails: ['l.rahimi@example.org'],
      phones: [{ kind: 'mobile', number: '0170 1234' }],
      languages: ['Farsi', 'Deutsch'],
      categories: ['Beratung'],
      consentPurpose: 'Einladungen zur Integrationskonferenz',
      consentDate: '2024-03-01',
      consentHow: 'schriftlich',
    });
    expect(created).toMatchObject({ lastName: 'Rahimi', organizations: [{ id: org.id, name: 'Verikom e. V.' }], consentWithdrawnOn: null });
    const { organizations: _o, erasedAt: _e, memberships: _m, origin: _origin, createdAt: _c, updatedAt: _u, ...fields } = created;
    const updated = await mustCall(core, 'contacts.update', {
      ...fields,
      emails: [...fields.emails],
      phones: [...fields.phones],
      languages: [...fields.languages],
      categories: [...fields.categories],
      organizationIds: [],
      consentWithdrawnOn: '2024-05-01',
    });
    expect(updated).toMatchObject({ organizations: [], consentWithdrawnOn: '2024-05-01' });
    expect(await listContacts(core, { consent: 'withdrawn' })).toHaveLength(1);
    expect(await listContacts(core, { consent: 'given' })).toHaveLength(0);
  });

  it('refuses an invalid e-mail at the field; nothing is stored', async () => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    const result = await callOn(core, 'contacts.create', person('Kowalski', { emails: ['kein-at-zeichen'] }));
    expect(result).toMatchObject({ ok: false, error: { fields: [{ field: 'emails.0', messageKey: 'validation.email' }] } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a membership that ends before it starts, and a duplicate body; nothing is stored', async () => {
    const { core, snapshot } = await setup();
    const contact = await mustCall(core, 'contacts.create', person('Nowak'));
    const body = await mustCall(core, 'bodies.create', { name: 'Sozialausschuss', kind: 'sozialausschuss' });
    const before = await snapshot();
    const backwards = await callOn(core, 'memberships.create', { contactId: contact.id, bodyId: body.id, from: '2024-05-01', to: '2024-01-01' });
    expect(backwards).toMatchObject({ ok: false, error: { fields: [{ field: 'to', messageKey: 'validation.membershipOrder' }] } });
    const duplicate = await callOn(core, 'bodies.create', { name: 'sozialausschuss', kind: 'sozialausschuss' });
    expect(duplicate).toMatchObject({ ok: false, error: { messageKey: 'contacts.errors.bodyExists' } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses consent withdrawn before it was given, and an unknown organisation; nothing is stored', async () => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    const backwards = await callOn(core, 'contacts.create', person('Kaya', { consentDate: '2024-05-01', consentWithdrawnOn: '2024-04-01' }));
    expect(backwards).toMatchObject({ ok: false, error: { fields: [{ field: 'consentWithdrawnOn', messageKey: 'validation.consentOrder' }] } });
    const unknown = await callOn(core, 'contacts.create', person('Kaya', { organizationIds: [99] }));
    expect(unknown).toMatchObject({ ok: false, error: { messageKey: 'contacts.errors.organizationNotFound', fields: [{ field: 'organizationIds' }] } });
    expect(await snapshot()).toEqual(before);
  });

  it('sorts as German phone books do (Ö with O) and pages with a total', async () => {
    const { core } = await setup();
    for (const lastName of ['Zielińska', 'Özdemir', 'Oberg', 'Ozan', 'Müller', 'Mueller']) await mustCall(core, 'contacts.create', person(lastName));
    const page = await mustCall(core, 'contacts.list', { limit: 4 });
    expect(page.total).toBe(6);
    expect(page.rows.map((row) => row.lastName)).toEqual(['Mueller', 'Müller', 'Oberg', 'Ozan']);
    expect((await listContacts(core, {})).map((row) => row.lastName).slice(4)).toEqual(['Özdemir', 'Zielińska']);
  });

  it('lists current and former members; body counts', async () => {
    const { core } = await setup();
    const body = await mustCall(core, 'bodies.create', { name: 'Harburger Integrationsrat', kind: 'integrationsrat', shortName: 'HIR' });
    const chair = await mustCall(core, 'contacts.create', person('Yılmaz', { emails: ['y@example.org'] }));
    const former = await mustCall(core, 'contacts.create', person('Schulz', { emails: ['s@example.org'] }));
    await mustCall(core, 'memberships.create', { contactId: chair.id, bodyId: body.id, role: 'chair', from: '2022-01-01' });
    await mustCall(core, 'memberships.create', { contactId: former.id, bodyId: body.id, from: '2018-01-01', to: '2021-12-31' });
    const members = await mustCall(core, 'memberships.list', { bodyId: body.id });
    expect(members.map((member) => [member.contactName, member.role, member.current])).toEqual([
      ['Schulz', 'member', false],
      ['Yılmaz', 'chair', true],
    ]);
    expect(await mustCall(core, 'bodies.list', {})).toMatchObject([{ currentMemberCount: 1, memberCount: 2 }]);
    expect(await listContacts(core, { bodyId: body.id })).toHaveLength(2);
  });
});

describe('contacts: search and filters', () => {
  it('finds names regardless of diacritics, and by organisation, function and e-mail', async () => {
    const { core } = await setup();
    const org = await mustCall(core, 'organizations.create', { name: 'Türkisch-Deutscher Elternbund', kind: 'verein' });
    await mustCall(core, 'contacts.create', person('Özdemir', { firstName: 'Cem', organizationIds: [org.id], categories: ['Presse'] }));
    await mustCall(core, 'contacts.create', person('Müller', { firstName: 'Hans', function: 'Schulleiter', emails: ['h.mueller@schule.example'] }));
    await mustCall(core, 'contacts.create', person('Wiśniewska', { firstName: 'Małgorzata' }));
    expect(await names(core, 'Ozdemir')).toEqual(['Özdemir']);
    expect(await names(core, 'Muller')).toEqual(['Müller']);
    expect(await names(core, 'wisniew')).toEqual(['Wiśniewska']);
    expect(await names(core, 'elternbund')).toEqual(['Özdemir']);
    expect(await names(core, 'schulleiter')).toEqual(['Müller']);
    expect(await names(core, 'h.mueller')).toEqual(['Müller']);
    expect(await listContacts(core, { category: 'presse' })).toMatchObject([{ lastName: 'Özdemir' }]);
    expect(await listContacts(core, { organizationId: org.id })).toMatchObject([{ lastName: 'Özdemir' }]);
  });
});

describe('contacts: import', () => {
  it('recognises Outlook\'s German export (Windows-1252, CRLF, multi-line note) and reports the duplicate', async () => {
    const { core } = await setup();
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'kontakte.csv', contentBase64: base64(outlookCsv()) });
    expect(preview).toMatchObject({ format: 'outlook', encoding: 'windows-1252', separator: ',', validCount: 3, errorCount: 0, duplicateCount: 1 });
    expect(preview.mapping).toMatchObject({ Vorname: 'firstName', Nachname: 'lastName', Firma: 'organization', Kategorien: 'categories' });
    // Line numbers count the line break inside the note: the third record starts on line 5.
    expect(preview.rows.map((row) => [row.line, row.name, row.duplicateOfLine, row.duplicateReason])).toEqual([
      [2, 'Jürgen Müller', null, null],
      [4, 'Ayse Öztürk', null, null],
      [5, 'Jürgen Müller', 2, 'email'],
    ]);
    const result = await mustCall(core, 'contacts.import', { fileName: 'kontakte.csv', contentBase64: base64(outlookCsv()) });
    expect(result).toEqual({ created: 2, merged: 0, skipped: 1, organizations: 0 });
    const [muller] = await listContacts(core, { text: 'Muller' });
    const detail = await mustCall(core, 'contacts.get', { id: muller!.id });
    expect(detail).toMatchObject({
      salutation: 'Herr',
      firstName: 'Jürgen',
      function: 'Vorsitzender',
      street: 'Schloßmühlendamm 1',
      postalCode: '21073',
      organizations: [{ name: 'Bürgerverein Harburg e. V.' }],
      emails: ['j.mueller@example.org'],
      phones: [{ kind: 'work', number: '040 123456' }],
      categories: ['Presse', 'Integrationsrat'],
      notes: 'Erste Zeile\nZweite Zeile mit „Zitat“',
    });
  });

  it('merges a duplicate on request: fills gaps, adds phones and categories; a repeated import is all duplicates', async () => {
    const { core } = await setup();
    const result = await mustCall(core, 'contacts.import', { fileName: 'k.csv', contentBase64: base64(outlookCsv()), decisions: { '5': 'merge' } });
    expect(result).toEqual({ created: 2, merged: 1, skipped: 0, organizations: 0 });
    const [muller] = await listContacts(core, { text: 'Müller' });
    const detail = await mustCall(core, 'contacts.get', { id: muller!.id });
    expect(detail.phones.map((phone) => phone.number)).toEqual(['040 123456', '0171 999']);
    expect(detail.categories).toEqual(['Presse', 'Integrationsrat', 'Newsletter']);
    expect(detail.notes).toBe('Erste Zeile\nZweite Zeile mit „Zitat“\naus Outlook');
    const again = await mustCall(core, 'contacts.importPreview', { fileName: 'k.csv', contentBase64: base64(outlookCsv()) });
    expect(again.rows.map((row) => row.duplicateOfContactId !== null)).toEqual([true, true, true]);
    expect(await mustCall(core, 'contacts.import', { fileName: 'k.csv', contentBase64: base64(outlookCsv()), decisions: { '4': 'new' } })).toEqual({
      created: 1,
      merged: 0,
      skipped: 2,
      organizations: 0,
    });
    expect(await listContacts(core, { text: 'Ozturk' })).toHaveLength(2);
  });

  it('reads an Excel CSV (semicolon, UTF-8 BOM) by its headers, and finds duplicates by name + organisation', async () => {
    const { core } = await setup();
    const org = await mustCall(core, 'organizations.create', { name: 'Caritas Harburg', kind: 'traeger' });
    await mustCall(core, 'contacts.create', person('Nowak', { firstName: 'Piotr', organizationIds: [org.id] }));
    const file = excelCsv([
      ['Vorname', 'Nachname', 'Organisation', 'E-Mail', 'Sprachen'],
      ['Piotr', 'Nowak', 'caritas harburg', '', 'Polnisch'],
      ['Olga', 'Ivanova', 'Caritas Harburg', 'o.ivanova@example.org', 'Russisch, Deutsch'],
    ]);
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'liste.csv', contentBase64: base64(file) });
    expect(preview).toMatchObject({ format: 'mapped', encoding: 'utf-8', separator: ';', headers: ['Vorname', 'Nachname', 'Organisation', 'E-Mail', 'Sprachen'] });
    expect(preview.rows.map((row) => row.duplicateReason)).toEqual(['nameAndOrganization', null]);
    expect(preview.previewRows[1]).toEqual(['Olga', 'Ivanova', 'Caritas Harburg', 'o.ivanova@example.org', 'Russisch, Deutsch']);
    await mustCall(core, 'contacts.import', { fileName: 'liste.csv', contentBase64: base64(file) });
    const [ivanova] = await listContacts(core, { text: 'Ivanova' });
    expect(await mustCall(core, 'contacts.get', { id: ivanova!.id })).toMatchObject({ languages: ['Russisch', 'Deutsch'], organizations: [{ id: org.id }] });
    expect((await mustCall(core, 'organizations.list', {})).rows).toHaveLength(1);
  });

  it('takes a column mapping and overrides for separator and encoding', async () => {
    const { core } = await setup();
    const file = windows1252('Spalte A\tSpalte B\tX\r\nGül\tKaya\tegal\r\n');
    const unmapped = await mustCall(core, 'contacts.importPreview', { fileName: 'x.txt', contentBase64: base64(file) });
    expect(unmapped).toMatchObject({ mappingProblems: [{ messageKey: 'contacts.import.columnsUnknown' }], rows: [] });
    expect(await callOn(core, 'contacts.import', { fileName: 'x.txt', contentBase64: base64(file) })).toMatchObject({ ok: false, error: { messageKey: 'contacts.import.columnsUnknown', fields: [{ field: 'mapping' }] } });
    const mapping = { 'Spalte A': 'firstName', 'Spalte B': 'lastName', X: 'ignore' } as const;
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'x.txt', contentBase64: base64(file), mapping });
    expect(preview).toMatchObject({ separator: '\t', encoding: 'windows-1252', rows: [{ name: 'Gül Kaya' }] });
    const forced = await mustCall(core, 'contacts.importPreview', { fileName: 'x.txt', contentBase64: base64(file), mapping, encoding: 'utf-8' });
    expect(forced.rows[0]!.name).not.toBe('Gül Kaya');
  });

  it('dry run reports bad rows with line numbers; the import refuses them until skipped, all or nothing', async () => {
    const { core, snapshot } = await setup();
    const file = excelCsv([
      ['Vorname', 'Nachname', 'E-Mail'],
      ['Fatma', 'Demir', 'f.demir@example.org'],
      ['Ali', '', ''],
      ['Mehmet', 'Arslan', 'kein-at'],
      ['Zu', 'viele', 'x@example.org', 'Spalte'],
      ['Nadia', 'Haddad', 'n.haddad@example.org'],
    ]);
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'f.csv', contentBase64: base64(file) });
    expect(preview.rows.filter((row) => row.errors.length > 0).map((row) => [row.line, row.errors[0]!.messageKey])).toEqual([
      [4, 'contacts.import.rowEmailInvalid'],
      [5, 'contacts.import.rowColumnCount'],
    ]);
    // "Ali" with no last name becomes the last name (a one-name person), not an error.
    expect(preview.rows[1]).toMatchObject({ line: 3, name: 'Ali', errors: [] });
    const before = await snapshot();
    const refused = await callOn(core, 'contacts.import', { fileName: 'f.csv', contentBase64: base64(file) });
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'contacts.import.rowsInvalid', params: { lines: '4, 5', count: 2 } } });
    expect(await snapshot()).toEqual(before);
    const result = await mustCall(core, 'contacts.import', { fileName: 'f.csv', contentBase64: base64(file), decisions: { '4': 'skip', '5': 'skip' } });
    expect(result).toEqual({ created: 3, merged: 0, skipped: 2, organizations: 0 });
  });

  it('a failure in the middle of the import leaves nothing behind', async () => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    // The database refuses the second row (a trigger standing in for a disk error mid-import).
    const allowAgain = await refuseContactNamed(core, 'fail_second', 'Zwei');
    const file = excelCsv([['Nachname', 'Organisation'], ['Eins', 'Neue Organisation'], ['Zwei', ''], ['Drei', '']]);
    const result = await callOn(core, 'contacts.import', { fileName: 'f.csv', contentBase64: base64(file) });
    expect(result.ok).toBe(false);
    await allowAgain();
    expect(await snapshot()).toEqual(before);
  });

  it('lets a 50 MB file through the transports so the service can answer with its own message', () => {
    for (const call of ['contacts.importPreview', 'contacts.import']) expect(inputBytesLimit(call)).toBeGreaterThan(Math.ceil((50 * 1024 * 1024) / 3) * 4);
    expect(inputBytesLimit('contacts.list')).toBe(DEFAULT_INPUT_BYTES);
  });

  it.each([
    ['unbalanced quotes', Buffer.from('Nachname;Vorname\r\n"Schmidt;Anna\r\nMeier;Paul\r\n'), 'contacts.import.unbalancedQuotes', { line: 2 }],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), 'contacts.import.binary', undefined],
    ['an empty file', Buffer.alloc(0), 'contacts.import.empty', undefined],
    ['only blank lines', Buffer.from('\r\n\r\n'), 'contacts.import.empty', undefined],
    ['a header without rows', Buffer.from('Vorname;Nachname\r\n'), 'contacts.import.noRows', undefined],
    ['a 50 MB file', Buffer.alloc(50 * 1024 * 1024, 'a'), 'contacts.import.tooLarge', { maxMegabytes: 20 }],
  ])('refuses %s with a message at the file; database unchanged', async (_name, bytes, messageKey, params) => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    for (const call of ['contacts.importPreview', 'contacts.import'] as const) {
      const result = await callOn(core, call, { fileName: 'f.csv', contentBase64: base64(bytes) });
      expect(result).toMatchObject({ ok: false, error: { messageKey, fields: [{ field: 'contentBase64', messageKey }], ...(params ? { params } : {}) } });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('contacts: export', () => {
  /** Exports go through `exports.save` as browser mode serves them (a one-time download, collected whole). */
  async function withContacts() {
    const { core, transfers } = await startTransferCore();
    const org = await mustCall(core, 'organizations.create', { name: 'Arabischer Kulturverein; Harburg', kind: 'verein' });
    const second = await mustCall(core, 'organizations.create', { name: 'Verikom e. V., Harburg', kind: 'traeger' });
    const a = await mustCall(core, 'contacts.create', person('Haddad', {
      firstName: 'Rania',
      salutation: 'Frau',
      function: '=HYPERLINK("http://evil")',
      organizationIds: [org.id, second.id],
      emails: ['r.haddad@example.org', 'rania@example.org', 'rh@example.org', 'haddad@example.org'],
      phones: [
        { kind: 'work', number: '+49 40 42871-0' },
        { kind: 'work', number: '040 42871-2' },
        { kind: 'other', number: '-SUMME(A1)' },
        { kind: 'fax', number: '040 42871-9' },
      ],
      department: 'Fachamt Sozialraummanagement',
      street2: 'Haus B, 2. OG',
      country: 'Deutschland',
      privateStreet: 'Lämmertwiete 4',
      privatePostalCode: '01067',
      privateCity: 'Dresden',
      privateCountry: 'Deutschland',
      website: 'https://kulturverein.example',
      birthday: '1978-02-28',
      languages: ['Arabisch', 'Deutsch'],
      categories: ['Presse, Medien', 'Newsletter'],
      consentPurpose: 'Einladungen zur Integrationskonferenz',
      consentDate: '2024-05-01',
      consentHow: 'schriftlich; per E-Mail',
      consentWithdrawnOn: '2025-01-31',
      notes: 'Zeile 1\nZeile 2; mit, Zeichen',
      street: 'Harburger Rathausplatz 4',
      postalCode: '21073',
      city: 'Hamburg',
    }));
    const b = await mustCall(core, 'contacts.create', person('Kowalczyk', { firstName: 'Zbigniew', title: 'Prof. Dr.', function: '@admin', emails: ['z.k@example.org'] }));
    return { core, transfers, a, b, org };
  }

  it('writes CSV for German Excel (BOM, semicolons, formulas neutralised) that imports back to the same data', async () => {
    const { core, transfers, a, b } = await withContacts();
    const file = await downloadExport(core, transfers, { kind: 'contactsCsv' });
    const bytes = file.bytes;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFAnrede;Titel;Vorname;Nachname;Funktion;Abteilung;Organisation/);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain(`;'@admin;`);
    // Only what a spreadsheet would run gets the apostrophe: a phone number stays as typed.
    expect(text).toContain(`;"+49 40 42871-0; 040 42871-2";`);
    expect(text).toContain(`;'-SUMME(A1);`);
    expect(text).toContain(`;"Arabisch; Deutsch";"Presse, Medien; Newsletter";`);
    expect(text).toContain(`;Einladungen zur Integrationskonferenz;01.05.2024;"schriftlich; per E-Mail";31.01.2025`);

    const { core: fresh } = await setup();
    await mustCall(fresh, 'contacts.import', { fileName: file.fileName, contentBase64: bytes.toString('base64') });
    const strip = (contact: Awaited<ReturnType<typeof mustCall<'contacts.get'>>>) => {
      // The origin tells the entries apart: typed in here, imported from the file there.
      const { id: _id, createdAt: _c, updatedAt: _u, origin: _origin, organizations, ...rest } = contact;
      return { ...rest, organizations: organizations.map((org) => org.name) };
    };
    const rows = await listContacts(fresh, {});
    const reimported = await Promise.all(rows.map((row) => mustCall(fresh, 'contacts.get', { id: row.id })));
    expect(reimported.map(strip)).toEqual([strip(a), strip(b)]);
  });

  it('writes an Excel workbook (.xlsx): text cells for phones and postcodes, dates as dates, header with filter, first row frozen; it imports back to the same data', async () => {
    const { core, transfers, a, b } = await withContacts();
    await mustCall(core, 'contacts.update', { id: b.id, ...person('Kowalczyk', { firstName: 'Zbigniew', title: 'Prof. Dr.', function: '@admin', emails: ['z.k@example.org'], postalCode: '01067', city: 'Dresden' }) });
    const file = await downloadExport(core, transfers, { kind: 'contactsXlsx' });
    expect(file.fileName).toMatch(/^\d{4}-\d{2}-\d{2}_Kontakte\.xlsx$/);
    // Read with exceljs as a third party would: what Excel will show.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Kontakte')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Anrede');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const column = (header: string) => CSV_HEADER.indexOf(header) + 1;
    const rania = sheet.getRow(2);
    expect(rania.getCell(column('Telefon')).value).toBe('+49 40 42871-0; 040 42871-2');
    expect(rania.getCell(column('Telefon')).type).toBe(ExcelJS.ValueType.String);
    expect(rania.getCell(column('Einwilligung: erteilt am')).value).toEqual(new Date(Date.UTC(2024, 4, 1)));
    expect(rania.getCell(column('Einwilligung: erteilt am')).numFmt).toBe('dd.mm.yyyy');
    const zbigniew = sheet.getRow(3);
    expect(zbigniew.getCell(column('PLZ')).value).toBe('01067');
    expect(zbigniew.getCell(column('PLZ')).numFmt).toBe('@');
    // A formula-like text stays text: the cell holds a string, no formula.
    expect(rania.getCell(column('Funktion')).type).toBe(ExcelJS.ValueType.String);

    const { core: fresh } = await setup();
    const preview = await mustCall(fresh, 'contacts.importPreview', { fileName: file.fileName, contentBase64: file.bytes.toString('base64') });
    expect(preview).toMatchObject({ fileType: 'xlsx', errorCount: 0, validCount: 2 });
    await mustCall(fresh, 'contacts.import', { fileName: file.fileName, contentBase64: file.bytes.toString('base64') });
    const strip = (contact: Awaited<ReturnType<typeof mustCall<'contacts.get'>>>) => {
      const { id: _id, createdAt: _c, updatedAt: _u, origin: _origin, organizations, ...rest } = contact;
      return { ...rest, organizations: organizations.map((org) => org.name) };
    };
    const reimported = await Promise.all((await listContacts(fresh, {})).map((row) => mustCall(fresh, 'contacts.get', { id: row.id })));
    expect(reimported.map(strip)).toEqual([strip(a), strip(await mustCall(core, 'contacts.get', { id: b.id }))]);
  });

  it('refuses a damaged workbook with a message at the file; nothing is stored', async () => {
    const { core, snapshot } = await setup();
    const before = await snapshot();
    const broken = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('xl/worksheets/sheet1.xml'), Buffer.alloc(200, 7)]);
    const result = await callOn(core, 'contacts.importPreview', { fileName: 'kaputt.xlsx', contentBase64: broken.toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'contacts.import.xlsxUnreadable', fields: [{ field: 'contentBase64' }] } });
    expect(await snapshot()).toEqual(before);
  });

  it('writes vCard 3.0 (UTF-8, escaped commas, semicolons, line breaks) that parses back', async () => {
    const { core, transfers, a, b } = await withContacts();
    const text = (await downloadExport(core, transfers, { kind: 'contactsVcard', ids: [a.id, b.id] })).bytes.toString('utf8');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const [first, second] = parseVcards(text);
    expect(first!.VERSION).toEqual(['3.0']);
    expect(vcardParts(first!.N![0]!, ';').slice(0, 2)).toEqual(['Haddad', 'Rania']);
    // The organisation, then its unit: the department.
    expect(vcardParts(first!.ORG![0]!, ';')).toEqual(['Arabischer Kulturverein; Harburg', 'Fachamt Sozialraummanagement']);
    expect(vcardParts(first!.NOTE![0]!, ';')).toEqual(['Zeile 1\nZeile 2; mit, Zeichen']);
    expect(vcardParts(first!.CATEGORIES![0]!, ',')).toEqual(['Presse, Medien', 'Newsletter']);
    expect(first!.EMAIL).toEqual(['r.haddad@example.org', 'rania@example.org', 'rh@example.org', 'haddad@example.org']);
    expect(vcardParts(first!.ADR![0]!, ';')).toEqual(['', 'Haus B, 2. OG', 'Harburger Rathausplatz 4', 'Hamburg', '', '21073', 'Deutschland']);
    expect(vcardParts(first!.ADR![1]!, ';')).toEqual(['', '', 'Lämmertwiete 4', 'Dresden', '', '01067', 'Deutschland']);
    expect(first!.BDAY).toEqual(['1978-02-28']);
    expect(vcardParts(second!.FN![0]!, ';')).toEqual(['Prof. Dr. Zbigniew Kowalczyk']);
    // A third-party parser (vcf) reads every card; plain ASCII values carry no charset.
    const cards = VCard.parse(text);
    expect(cards.map((card) => card.get('fn').valueOf())).toEqual(['Rania Haddad', 'Prof. Dr. Zbigniew Kowalczyk']);
    expect(cards[0]!.get('note').toJSON()[1]).toEqual({});
    const single = await downloadExport(core, transfers, { kind: 'contactsVcard', ids: [b.id] });
    expect(single.fileName).toMatch(/^\d{4}-\d\d-\d\d_Kontakt_Zbigniew-Kowalczyk\.vcf$/);
  });

  it('builds a body\'s distribution list: current members\' addresses and a BCC mailto link', async () => {
    const { core, a, b } = await withContacts();
    const body = await mustCall(core, 'bodies.create', { name: 'AG Integration', kind: 'arbeitsgruppe' });
    const noMail = await mustCall(core, 'contacts.create', person('Ohne', { firstName: 'Mail' }));
    await mustCall(core, 'memberships.create', { contactId: a.id, bodyId: body.id, role: 'chair' });
    await mustCall(core, 'memberships.create', { contactId: noMail.id, bodyId: body.id });
    await mustCall(core, 'memberships.create', { contactId: b.id, bodyId: body.id, from: '2019-01-01', to: '2020-12-31' });
    const list = await mustCall(core, 'contacts.distributionList', { bodyId: body.id });
    expect(list).toEqual({ addresses: ['r.haddad@example.org'], mailto: 'mailto:?bcc=r.haddad%40example.org', withoutEmail: ['Mail Ohne'] });
    expect((await mustCall(core, 'contacts.distributionList', { bodyId: body.id, includeFormer: true })).addresses).toEqual(['r.haddad@example.org', 'z.k@example.org']);
  });
});

describe('contacts: data protection', () => {
  it('exports everything about one person as JSON (Auskunft)', async () => {
    const { core } = await setup();
    const body = await mustCall(core, 'bodies.create', { name: 'SPD', kind: 'fraktion', shortName: 'SPD' });
    const contact = await mustCall(core, 'contacts.create', person('Petrov', { firstName: 'Irina', consentPurpose: 'Newsletter', consentDate: '2024-02-02' }));
    await mustCall(core, 'memberships.create', { contactId: contact.id, bodyId: body.id, role: 'member' });
    const file = await mustCall(core, 'contacts.disclosure', { id: contact.id });
    expect(file.fileName).toMatch(/^\d{4}-\d\d-\d\d_Auskunft_[A-Za-z-]*Petrov\.json$/);
    const document = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8'));
    expect(document.contact).toMatchObject({ firstName: 'Irina', lastName: 'Petrov', consentPurpose: 'Newsletter', consentDate: '2024-02-02' });
    expect(document.memberships).toMatchObject([{ bodyName: 'SPD', role: 'member' }]);
  });

  it('erases a person: personal data gone, membership kept with an anonymous placeholder, counts intact', async () => {
    const { core } = await setup();
    const org = await mustCall(core, 'organizations.create', { name: 'Moschee-Gemeinde', kind: 'religionsgemeinschaft' });
    const body = await mustCall(core, 'bodies.create', { name: 'Integrationsrat', kind: 'integrationsrat' });
    const contact = await mustCall(
      core,
      'contacts.create',
      person('Özdemir', {
        firstName: 'Cem', emails: ['c@example.org'], organizationIds: [org.id], notes: 'nur abends erreichbar', department: 'Gemeindearbeit', street2: 'Haus B',
        privateStreet: 'Lämmertwiete 4', privatePostalCode: '21073', privateCity: 'Hamburg', website: 'https://cem.example', birthday: '1980-01-02',
        phones: [{ kind: 'fax', number: '040 998877' }],
      }),
    );
    await mustCall(core, 'memberships.create', { contactId: contact.id, bodyId: body.id, role: 'chair', from: '2020-01-01' });
    await mustCall(core, 'contacts.erase', { id: contact.id });
    const rows = await core.database!.query<Array<Record<string, unknown>>>('SELECT * FROM contact');
    expect(JSON.stringify(rows)).not.toMatch(/Özdemir|Cem|c@example|abends|Gemeindearbeit|Haus B|Lämmertwiete|21073|cem\.example|1980-01-02|998877/);
    expect(await names(core, 'Ozdemir')).toEqual([]);
    expect(await listContacts(core, {})).toEqual([]);
    const members = await mustCall(core, 'memberships.list', { bodyId: body.id });
    expect(members).toMatchObject([{ contactId: contact.id, contactName: '—', role: 'chair', current: true }]);
    expect(await mustCall(core, 'bodies.list', {})).toMatchObject([{ memberCount: 1, currentMemberCount: 1 }]);
    expect((await mustCall(core, 'organizations.list', {})).rows).toMatchObject([{ contactCount: 0 }]);
    expect(await callOn(core, 'contacts.update', { id: contact.id, lastName: 'Neu' })).toMatchObject({ ok: false, error: { messageKey: 'contacts.errors.erased' } });
  });
});
