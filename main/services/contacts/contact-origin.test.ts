import { describe, expect, it } from 'vitest';
import { base64, excelCsv } from '../../../test-support/contact-files';
import { mustCall, startTestCore } from '../../../test-support/core';
import { todayIso } from '../text-compare';
import { originDay } from './contact-records';

const parse = (file: { contentBase64: string }) =>
  JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '')) as { contact: { origin: string }; art15: { source: string[] } };

describe('where a contact came from (Art. 15 (1) (g) DSGVO, issue 13)', () => {
  const today = originDay(todayIso());

  it('records a contact typed in by hand, keeps it when the contact is edited, and prints it under (g)', async () => {
    const core = await startTestCore();
    const created = await mustCall(core, 'contacts.create', { firstName: 'Ayşe', lastName: 'Özdemir' });
    expect(created.origin).toBe(`Von Hand erfasst am ${today}`);
    const edited = await mustCall(core, 'contacts.update', { id: created.id, firstName: 'Ayşe', lastName: 'Özdemir', city: 'Hamburg' });
    expect(edited.origin).toBe(`Von Hand erfasst am ${today}`);
    const data = parse(await mustCall(core, 'contacts.disclosure', { id: created.id }));
    expect(data.contact.origin).toBe(`Von Hand erfasst am ${today}`);
    expect(data.art15.source).toContain(`Herkunft der Angaben laut Kontaktverwaltung: Von Hand erfasst am ${today}.`);
  });

  it('records the file of an import; a contact filled in from a file gets the file added', async () => {
    const core = await startTestCore();
    const stored = await mustCall(core, 'contacts.create', { firstName: 'Jürgen', lastName: 'Müller', emails: ['j.mueller@example.org'] });
    const file = excelCsv([
      ['Vorname', 'Nachname', 'E-Mail-Adresse'],
      ['Piotr', 'Nowak', 'p.nowak@example.org'],
      ['Jürgen', 'Müller', 'j.mueller@example.org'],
    ]);
    await mustCall(core, 'contacts.import', { fileName: 'Outlook-Export.csv', contentBase64: base64(file), decisions: { '3': 'merge' } });
    const list = await mustCall(core, 'contacts.list', {});
    const nowak = list.rows.find((row) => row.lastName === 'Nowak')!;
    expect((await mustCall(core, 'contacts.get', { id: nowak.id })).origin).toBe(`Import aus „Outlook-Export.csv“ am ${today}`);
    expect((await mustCall(core, 'contacts.get', { id: stored.id })).origin).toBe(`Von Hand erfasst am ${today}; ergänzt durch Import aus „Outlook-Export.csv“ am ${today}`);
  });

  it('a merge keeps both origins', async () => {
    const core = await startTestCore();
    const keep = await mustCall(core, 'contacts.create', { firstName: 'Erika', lastName: 'Brandt' });
    await mustCall(core, 'contacts.import', { fileName: 'Verteiler.csv', contentBase64: base64(excelCsv([['Vorname', 'Nachname'], ['Erika', 'Brandt-Meyer']])), decisions: {} });
    const twin = (await mustCall(core, 'contacts.list', {})).rows.find((row) => row.lastName === 'Brandt-Meyer')!;
    const merged = await mustCall(core, 'contacts.merge', { keepId: keep.id, mergeId: twin.id });
    expect(merged.origin).toBe(`Zusammengeführt aus zwei Einträgen am ${today} (Von Hand erfasst am ${today}; Import aus „Verteiler.csv“ am ${today})`);
  });
});
