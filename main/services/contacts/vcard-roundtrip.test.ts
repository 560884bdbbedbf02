import { describe, expect, it } from 'vitest';
import { mustCall, startTestCore } from '../../../test-support/core';
import { downloadExport, startTransferCore } from '../../../test-support/transfers';

describe('contacts: vCard round trip of awkward text', () => {
  it('keeps backslashes, commas, semicolons, emoji, Arabic and long folded lines', async () => {
    const { core, transfers } = await startTransferCore();
    const org = await mustCall(core, 'organizations.create', { name: 'Verein C:\\Daten; Kultur, Sport', kind: 'verein' });
    const notes = `مرحبا بكم 👋🏽 — Pfad C:\\temp\\neu; a, b\n\nZweiter Absatz ${'ä👨‍👩‍👧'.repeat(30)}`;
    const created = await mustCall(core, 'contacts.create', {
      firstName: 'فاطمة', lastName: 'Al-Hassan 😀', function: 'Kasse\\Vorstand', organizationIds: [org.id], emails: ['f@example.org'],
      categories: ['Presse, Medien', 'Beirat'], languages: ['Arabisch'], notes,
    });
    const file = await downloadExport(core, transfers, { kind: 'contactsVcard', ids: [created.id] });
    const fresh = await startTestCore();
    await mustCall(fresh, 'contacts.import', { fileName: file.fileName, contentBase64: file.bytes.toString('base64') });
    const [row] = (await mustCall(fresh, 'contacts.list', {})).rows;
    const back = await mustCall(fresh, 'contacts.get', { id: row!.id });
    expect({ first: back.firstName, last: back.lastName, fn: back.function, org: back.organizations.map((o) => o.name), notes: back.notes, cats: back.categories }).toEqual({
      first: 'فاطمة', last: 'Al-Hassan 😀', fn: 'Kasse\\Vorstand', org: ['Verein C:\\Daten; Kultur, Sport'], notes, cats: ['Presse, Medien', 'Beirat'],
    });
  });

  it('brings every field back: department, both addresses with country and second line, website, birthday, phones of each kind (fax too)', async () => {
    const { core, transfers } = await startTransferCore();
    const org = await mustCall(core, 'organizations.create', { name: 'Bezirksamt Harburg', kind: 'behoerde' });
    const created = await mustCall(core, 'contacts.create', {
      salutation: 'Frau', title: 'Dr.', firstName: 'Grete', lastName: 'Weiß', function: 'Leitung', department: 'Fachamt Sozialraummanagement', organizationIds: [org.id],
      emails: ['g.weiss@example.org', 'grete@example.org'],
      phones: [
        { kind: 'work', number: '040 42871-1' },
        { kind: 'work', number: '040 42871-2' },
        { kind: 'mobile', number: '+49 170 5551234' },
        { kind: 'home', number: '0351 1234567' },
        { kind: 'other', number: '040 999' },
        { kind: 'fax', number: '040 42871-9' },
      ],
      street: 'Harburger Rathausplatz 4', street2: 'Haus B, 2. OG', postalCode: '21073', city: 'Hamburg', country: 'Deutschland',
      privateStreet: 'Königsbrücker Straße 12', privatePostalCode: '01067', privateCity: 'Dresden', privateCountry: 'Deutschland',
      website: 'https://harburg.example.org', birthday: '1961-03-12', categories: ['Presse'], languages: ['Deutsch', 'Polnisch'], notes: 'Zwei\nZeilen',
    });
    const file = await downloadExport(core, transfers, { kind: 'contactsVcard', ids: [created.id] });
    const fresh = await startTestCore();
    await mustCall(fresh, 'organizations.create', { name: 'Bezirksamt Harburg', kind: 'behoerde' });
    await mustCall(fresh, 'contacts.import', { fileName: file.fileName, contentBase64: file.bytes.toString('base64') });
    const [row] = (await mustCall(fresh, 'contacts.list', {})).rows;
    const back = await mustCall(fresh, 'contacts.get', { id: row!.id });
    // Consent is not part of a vCard; the rest comes back as it went out.
    const comparable = (contact: typeof created) => {
      const { id: _id, createdAt: _c, updatedAt: _u, origin: _o, memberships: _m, organizations, ...rest } = contact;
      return { ...rest, organizations: organizations.map((each) => each.name) };
    };
    expect(comparable(back)).toEqual(comparable(created));
  });
});
