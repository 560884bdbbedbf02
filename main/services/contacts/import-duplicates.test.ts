import { describe, expect, it } from 'vitest';
import { base64, excelCsv } from '../../../test-support/contact-files';
import { mustCall, startTestCore } from '../../../test-support/core';

describe('contacts import: duplicates', () => {
  it('"Mueller" in the file is the "Müller" already stored (umlaut written out), and "Muller" too', async () => {
    const core = await startTestCore();
    const org = await mustCall(core, 'organizations.create', { name: 'Bürgerverein Harburg', kind: 'verein' });
    const stored = await mustCall(core, 'contacts.create', { firstName: 'Jürgen', lastName: 'Müller', organizationIds: [org.id] });
    const file = excelCsv([
      ['Vorname', 'Nachname', 'Organisation'],
      ['Juergen', 'Mueller', 'Buergerverein Harburg'],
      ['Jurgen', 'Muller', 'Burgerverein Harburg'],
      ['Ayse', 'Oeztuerk', ''],
      ['Ayşe', 'Öztürk', ''],
    ]);
    const preview = await mustCall(core, 'contacts.importPreview', { fileName: 'liste.csv', contentBase64: base64(file) });
    expect(preview.rows.map((row) => [row.line, row.duplicateReason, row.duplicateOfContactId, row.duplicateOfLine])).toEqual([
      [2, 'nameAndOrganization', stored.id, null],
      [3, 'nameAndOrganization', stored.id, null],
      [4, null, null, null],
      [5, 'nameAndOrganization', null, 4],
    ]);
  });
});
