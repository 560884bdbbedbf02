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
});
