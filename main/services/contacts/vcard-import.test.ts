import { describe, expect, it } from 'vitest';
import type { ContactDto } from '../../../contract';
import type { AppCore } from '../../core/app-core';
import { base64, windows1252 } from '../../../test-support/contact-files';
import { callOn, mustCall, startTestCore } from '../../../test-support/core';
import { downloadExport, startTransferCore } from '../../../test-support/transfers';

const everything = async (core: AppCore) => {
  const { rows } = await mustCall(core, 'contacts.list', {});
  return Promise.all(rows.map((row) => mustCall(core, 'contacts.get', { id: row.id })));
};

/** What a vCard carries: everything but ids, times, memberships and consent (which no vCard holds). */
const portable = ({ id: _id, createdAt: _c, updatedAt: _u, memberships: _m, organizations, consentPurpose: _p, consentDate: _d, consentHow: _h, consentWithdrawnOn: _w, origin: _origin, ...rest }: ContactDto) => ({
  ...rest,
  organizations: organizations.map((org) => org.name),
});

describe('contacts: vCard import', () => {
  it('imports our own vCard export back to the same data (umlauts, several e-mails, notes with ; and , and line breaks)', async () => {
    const { core, transfers } = await startTransferCore();
    const org = await mustCall(core, 'organizations.create', { name: 'Türkischer Elternverein, Harburg', kind: 'verein' });
    await mustCall(core, 'contacts.create', {
      salutation: 'Frau',
      title: 'Dr.',
      firstName: 'Ayşe',
      lastName: 'Özdemir',
      function: 'Vorsitzende; Sprecherin',
      fraktion: 'GRÜNE',
      organizationIds: [org.id],
      emails: ['a.oezdemir@example.org', 'ayse@example.net'],
      phones: [
        { kind: 'work', number: '040 428 71-2417' },
        { kind: 'mobile', number: '+49 170 1234567' },
      ],
      street: 'Harburger Rathausplatz 4',
      postalCode: '21073',
      city: 'Hamburg',
      languages: ['Türkisch', 'Deutsch'],
      categories: ['Integrationsrat', 'Presse'],
      notes: 'Erreichbar ab 16 Uhr.\nBitte auf Türkisch; gern auch, wenn nötig, auf Deutsch.',
    });
    await mustCall(core, 'contacts.create', { firstName: 'Zbigniew', lastName: 'Kowalczyk', emails: ['z.k@example.org'] });
    const before = await everything(core);
    const exported = await downloadExport(core, transfers, { kind: 'contactsVcard', ids: before.map((contact) => contact.id) });
    const file = { fileName: exported.fileName, contentBase64: exported.bytes.toString('base64') };

    const fresh = await startTestCore();
    const preview = await mustCall(fresh, 'contacts.importPreview', { fileName: file.fileName, contentBase64: file.contentBase64 });
    expect(preview).toMatchObject({ format: 'vcard', validCount: 2, errorCount: 0, duplicateCount: 0 });
    expect(preview.rows.map((row) => row.line)).toEqual([1, expect.any(Number)]);
    await mustCall(fresh, 'contacts.import', { fileName: file.fileName, contentBase64: file.contentBase64 });
    expect((await everything(fresh)).map(portable)).toEqual(before.map(portable));
  });

  it("reads Outlook's vCard 2.1 (quoted-printable, Windows-1252), FN-only cards and grouped properties", async () => {
    const core = await startTestCore();
    const outlook = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;LANGUAGE=de;CHARSET=Windows-1252:Müller;Jürgen',
      'FN;CHARSET=Windows-1252:Jürgen Müller',
      'ORG;CHARSET=Windows-1252:Straßensozialarbeit Harburg e.V.',
      'TEL;WORK;VOICE:040 123',
      'TEL;CELL;VOICE:0170 999',
      'EMAIL;PREF;INTERNET:j.mueller@example.org',
      'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:Erste Zeile=0D=0AZweite Zeile mit =',
      '=C4rger',
      'END:VCARD',
      '',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Leyla Haddad',
      'item1.EMAIL;type=INTERNET:leyla@example.org',
      'END:VCARD',
      '',
    ].join('\r\n');
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'kontakte.vcf', contentBase64: base64(windows1252(outlook)) });
    expect(preview).toMatchObject({ format: 'vcard', encoding: 'windows-1252', validCount: 2 });
    expect(preview.rows.map((row) => [row.line, row.name])).toEqual([
      [1, 'Jürgen Müller'],
      [13, 'Leyla Haddad'],
    ]);
    await mustCall(core, 'contacts.import', { fileName: 'kontakte.vcf', contentBase64: base64(windows1252(outlook)) });
    const [haddad, mueller] = await everything(core);
    expect(mueller).toMatchObject({
      firstName: 'Jürgen',
      lastName: 'Müller',
      organizations: [{ name: 'Straßensozialarbeit Harburg e.V.' }],
      emails: ['j.mueller@example.org'],
      phones: [
        { kind: 'work', number: '040 123' },
        { kind: 'mobile', number: '0170 999' },
      ],
      notes: 'Erste Zeile\nZweite Zeile mit Ärger',
    });
    expect(haddad).toMatchObject({ firstName: 'Leyla', lastName: 'Haddad', emails: ['leyla@example.org'] });
  });

  it('refuses a vCard file without cards and reports a card without a name at its line', async () => {
    const core = await startTestCore();
    const empty = await callOn(core, 'contacts.importPreview', { fileName: 'leer.vcf', contentBase64: base64('BEGIN:VCARD\r\n') });
    expect(empty).toMatchObject({ ok: false, error: { messageKey: 'contacts.import.noRows' } });
    const nameless = 'BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:x@example.org\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Petersen;Jan;;;\r\nEMAIL:kein-at-zeichen\r\nEND:VCARD\r\n';
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'fehler.vcf', contentBase64: base64(nameless) });
    expect(preview.rows.map((row) => [row.line, row.errors.map((error) => error.messageKey)])).toEqual([
      [1, ['contacts.import.rowNameMissing']],
      [5, ['contacts.import.rowEmailInvalid']],
    ]);
  });
});
