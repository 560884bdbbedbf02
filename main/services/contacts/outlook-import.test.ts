import { describe, expect, it } from 'vitest';
import { base64, OUTLOOK_COMPLETE_HEADER, outlookCompleteCsv, outlookRow } from '../../../test-support/contact-files';
import { mustCall, startTestCore } from '../../../test-support/core';
import { readImport } from './contact-import';
import { titleBeforeName, titleInSalutation } from './academic-title';

const EXCHANGE = '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=4f1c-jmueller';

const read = (rows: string[][]) => readImport({ contentBase64: base64(outlookCompleteCsv(rows)) });

describe('a complete German Outlook export', () => {
  it('maps every column to a field, to the notes, or (derived ones) leaves it out; none is unknown', () => {
    const parsed = read([outlookRow({ Vorname: 'Ayse', Nachname: 'Özdemir' })]);
    expect(parsed.format).toBe('outlook');
    expect(parsed.headers).toEqual([...OUTLOOK_COMPLETE_HEADER]);
    const ignored = Object.entries(parsed.mapping).filter(([, target]) => target === 'ignore').map(([header]) => header);
    expect(ignored).toEqual(['E-Mail: Angezeigter Name', 'E-Mail 2: Angezeigter Name', 'E-Mail 3: Angezeigter Name', 'Initialen']);
    expect(parsed.mapping).toMatchObject({
      'Weitere Vornamen': 'firstName', 'Telefon geschäftlich 2': 'phoneWork', Abteilung: 'department', Webseite: 'website', 'Straße geschäftlich 2': 'street2',
      'Straße privat': 'privateStreet', 'Postleitzahl privat': 'privatePostalCode', 'Fax geschäftlich': 'phoneFax', Geburtstag: 'birthday', Suffix: 'note',
    });
  });

  it('puts department, second street line, fax, website and birthday in their fields; keeps what has no field as "Spalte: Wert"; Outlook\'s defaults ("0.0.00", "Normal", "Aus") are nothing', () => {
    const [contact] = read([
      outlookRow({
        Vorname: 'Ayse', Nachname: 'Özdemir', Abteilung: 'Soziales', 'Straße geschäftlich 2': '2. OG', 'Straße geschäftlich 3': 'Eingang Hof', Webseite: 'https://verikom.de',
        'Land/Region geschäftlich': 'Deutschland', Hobby: 'Schach', 'Empfohlen von': 'Frau Schulz',
        'Fax geschäftlich': '040 111', 'Telefon geschäftlich': '040 765432', 'Telefon geschäftlich 2': '040 765433',
        Notizen: 'Kennt die Moscheegemeinden.\r\nSpricht Türkisch.', Geburtstag: '0.0.00', Priorität: 'Normal', Privat: 'Aus',
        'E-Mail-Adresse': 'a.oezdemir@example.org', 'E-Mail-Typ': 'SMTP', 'E-Mail: Angezeigter Name': 'Ayse Özdemir (a.oezdemir@example.org)',
      }),
    ]).contacts;
    expect(contact).toMatchObject({
      firstName: 'Ayse',
      lastName: 'Özdemir',
      emails: ['a.oezdemir@example.org'],
      phones: [
        { kind: 'work', number: '040 765432' },
        { kind: 'work', number: '040 765433' },
        { kind: 'fax', number: '040 111' },
      ],
      department: 'Soziales',
      street2: '2. OG, Eingang Hof',
      country: 'Deutschland',
      website: 'https://verikom.de',
      birthday: null,
      errors: [],
      notices: [],
    });
    expect(contact!.notes.split('\n')).toEqual(['Kennt die Moscheegemeinden.', 'Spricht Türkisch.', 'Empfohlen von: Frau Schulz', 'Hobby: Schach']);
  });

  it('passes over an Exchange-internal first address and uses the SMTP address after it, with a notice', () => {
    const [contact] = read([
      outlookRow({ Vorname: 'Jürgen', Nachname: 'Müller', 'E-Mail-Adresse': EXCHANGE, 'E-Mail-Typ': 'EX', 'E-Mail 2: Adresse': 'j.mueller@example.org', 'E-Mail 2: Typ': 'SMTP' }),
    ]).contacts;
    expect(contact).toMatchObject({ emails: ['j.mueller@example.org'], errors: [] });
    expect(contact!.notices).toEqual([{ messageKey: 'contacts.import.exchangeAddressSkipped', params: { address: `${EXCHANGE.slice(0, 79)}…` } }]);
    // Without the type column (a list from elsewhere), the "/o=" form alone tells it.
    const [untyped] = read([outlookRow({ Nachname: 'Müller', 'E-Mail-Adresse': EXCHANGE })]).contacts;
    expect(untyped).toMatchObject({ emails: [], errors: [] });
  });

  it('puts "Dr." from the Anrede into the title, keeps a postcode with its leading 0, and the private address in its fields', () => {
    const [contact] = read([
      outlookRow({
        Anrede: 'Frau Dr.', Vorname: 'Leyla', Nachname: 'Rahimi', 'Straße privat': 'Königsbrücker Str. 5', 'Straße privat 2': 'Hinterhaus', 'Postleitzahl privat': '01067',
        'Ort privat': 'Dresden', 'Land/Region privat': 'Deutschland', 'Fax privat': '0351 1', Geburtstag: '15.3.1970',
      }),
    ]).contacts;
    expect(contact).toMatchObject({
      salutation: 'Frau', title: 'Dr.', firstName: 'Leyla', privateStreet: 'Königsbrücker Str. 5, Hinterhaus', privatePostalCode: '01067', privateCity: 'Dresden',
      privateCountry: 'Deutschland', phones: [{ kind: 'fax', number: '0351 1' }], birthday: '1970-03-15', notes: '', errors: [],
    });
  });

  it('refuses a birthday that is no day or lies ahead, at its row', () => {
    const rows = read([outlookRow({ Nachname: 'Eins', Geburtstag: '31.2.1970' }), outlookRow({ Nachname: 'Zwei', Geburtstag: '1.1.2999' })]).contacts;
    expect(rows.map((row) => row.errors)).toEqual([
      [{ field: 'birthday', messageKey: 'contacts.import.rowDateInvalid' }],
      [{ field: 'birthday', messageKey: 'validation.birthdayRange' }],
    ]);
  });

  it('numbers rows as Excel shows them and also gives the physical line, after a multi-line note', () => {
    const parsed = read([
      outlookRow({ Nachname: 'Erste', Notizen: 'eins\r\nzwei\r\ndrei' }),
      outlookRow({ Nachname: 'Zweite' }),
    ]);
    expect(parsed.contacts.map(({ lastName, record, line }) => ({ lastName, record, line }))).toEqual([
      { lastName: 'Erste', record: 2, line: 2 },
      { lastName: 'Zweite', record: 3, line: 5 },
    ]);
  });

  it('reads Outlook\'s English export the same way', () => {
    const header = ['Title', 'First Name', 'Middle Name', 'Last Name', 'Company', 'E-mail Address', 'E-mail Type', 'E-mail 2 Address', 'Business Phone', 'Business Phone 2', 'Web Page', 'Birthday', 'Hobby'];
    const row = ['Dr.', 'Leyla', 'Maria', 'Rahimi', 'Verikom e. V.', EXCHANGE, 'EX', 'l.rahimi@example.org', '040 1', '040 2', 'https://verikom.de', '3/15/1970', 'Chess'];
    const csv = [header, row].map((cells) => cells.map((cell) => `"${cell}"`).join(',')).join('\r\n');
    const [contact] = readImport({ contentBase64: base64(csv) }).contacts;
    expect(contact).toMatchObject({
      title: 'Dr.', salutation: '', firstName: 'Leyla Maria', organization: 'Verikom e. V.', emails: ['l.rahimi@example.org'], website: 'https://verikom.de', birthday: '1970-03-15',
      notes: 'Hobby: Chess',
    });
    expect(contact!.phones).toHaveLength(2);
  });
});

describe('a company-only row', () => {
  it('becomes an organisation with its address, e-mail, phone and website; what it cannot hold is named', () => {
    const [row] = read([
      outlookRow({
        Firma: 'Verikom e. V.', 'Straße geschäftlich': 'Norderstraße 163', 'Postleitzahl geschäftlich': '20097', 'Ort geschäftlich': 'Hamburg',
        'Telefon geschäftlich': '040 6797320', 'E-Mail-Adresse': 'info@verikom.de', Webseite: 'https://verikom.de', Notizen: 'Träger der Beratung',
      }),
    ]).contacts;
    expect(row).toMatchObject({ kind: 'organization', organization: 'Verikom e. V.', street: 'Norderstraße 163', website: 'https://verikom.de', errors: [] });
    expect(row!.notices.map((notice) => notice.messageKey)).toEqual(['contacts.import.becomesOrganization', 'contacts.import.organizationLeftovers']);
    expect(row!.notices[1]!.params).toEqual({ values: 'Träger der Beratung' });
  });
});

describe('a complete Outlook export through the import', () => {
  it('brings every row in: people, the Exchange row by its SMTP address, the company as an organisation (filled in, not overwritten)', async () => {
    const core = await startTestCore();
    await mustCall(core, 'organizations.create', { name: 'Verikom e. V.', kind: 'traeger', city: 'Hamburg-Altona' });
    const file = {
      fileName: 'Outlook.CSV',
      contentBase64: base64(
        outlookCompleteCsv([
          outlookRow({ Anrede: 'Frau Dr.', Vorname: 'Leyla', Nachname: 'Rahimi', 'Postleitzahl privat': '01067', Notizen: 'erste\r\nzweite Zeile' }),
          outlookRow({ Vorname: 'Jürgen', Nachname: 'Müller', 'E-Mail-Adresse': EXCHANGE, 'E-Mail-Typ': 'EX', 'E-Mail 2: Adresse': 'j.mueller@example.org' }),
          outlookRow({ Firma: 'Verikom e. V.', 'Straße geschäftlich': 'Norderstraße 163', 'Ort geschäftlich': 'Hamburg', 'E-Mail-Adresse': 'info@verikom.de', 'Telefon geschäftlich': '040 6797320', Webseite: 'https://verikom.de' }),
        ]),
      ),
    };
    const preview = await mustCall(core, 'contacts.importPreview', file);
    expect(preview).toMatchObject({ format: 'outlook', errorCount: 0, validCount: 3 });
    expect(preview.rows.map(({ record, line, becomes, name }) => ({ record, line, becomes, name }))).toEqual([
      { record: 2, line: 2, becomes: 'person', name: 'Leyla Rahimi' },
      { record: 3, line: 4, becomes: 'person', name: 'Jürgen Müller' },
      { record: 4, line: 5, becomes: 'organization', name: 'Verikom e. V.' },
    ]);
    expect(await mustCall(core, 'contacts.import', file)).toEqual({ created: 2, merged: 0, skipped: 0, organizations: 1 });
    const { rows } = await mustCall(core, 'organizations.list', {});
    expect(rows).toEqual([
      expect.objectContaining({ name: 'Verikom e. V.', street: 'Norderstraße 163', city: 'Hamburg-Altona', email: 'info@verikom.de', phone: '040 6797320', website: 'https://verikom.de' }),
    ]);
    const people = (await mustCall(core, 'contacts.list', {})).rows;
    const leyla = await mustCall(core, 'contacts.get', { id: people.find((row) => row.lastName === 'Rahimi')!.id });
    expect(leyla).toMatchObject({ salutation: 'Frau', title: 'Dr.', notes: 'erste\nzweite Zeile', privatePostalCode: '01067' });
    const juergen = await mustCall(core, 'contacts.get', { id: people.find((row) => row.lastName === 'Müller')!.id });
    expect(juergen.emails).toEqual(['j.mueller@example.org']);
  });
});

describe('academic titles', () => {
  it('splits them off the salutation and off the front of a first name', () => {
    expect(titleInSalutation('Dr.')).toEqual({ title: 'Dr.', rest: '' });
    expect(titleInSalutation('Herr Prof. Dr.')).toEqual({ title: 'Prof. Dr.', rest: 'Herr' });
    expect(titleInSalutation('Frau Dr. med.')).toEqual({ title: 'Dr. med.', rest: 'Frau' });
    expect(titleInSalutation('Herr')).toEqual({ title: '', rest: 'Herr' });
    expect(titleBeforeName('Dr. Leyla')).toEqual({ title: 'Dr.', rest: 'Leyla' });
    expect(titleBeforeName('Prof. Dr. Hans Peter')).toEqual({ title: 'Prof. Dr.', rest: 'Hans Peter' });
    // A name that only looks like one stays a name.
    expect(titleBeforeName('Dr.')).toEqual({ title: '', rest: 'Dr.' });
    expect(titleBeforeName('Medina')).toEqual({ title: '', rest: 'Medina' });
  });
});
