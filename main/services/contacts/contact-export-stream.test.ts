import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../core/app-core';
import { base64, excelCsv } from '../../../test-support/contact-files';
import { mustCall, startTestCore } from '../../../test-support/core';
import { collectText, contactBatches, CSV_HEADER, csvRowOf, prepareContactExport, type ContactSelection, type ReadWork } from './contact-export-stream';
import { loadContact } from './contact-records';
import { EXCEL_BOM, excelCsvLine } from './csv';
import { toVcard } from './vcard';

const EXPORTED_FIELDS = ['id', 'salutation', 'title', 'firstName', 'lastName', 'function', 'fraktion', 'emails', 'phones', 'street', 'postalCode', 'city', 'languages', 'categories', 'notes',
  'consentPurpose', 'consentDate', 'consentHow', 'consentWithdrawnOn', 'department', 'street2', 'country', 'privateStreet', 'privatePostalCode',
  'privateCity', 'privateCountry', 'website', 'birthday'] as const;
const ALL: ContactSelection = { filter: { text: '', category: '', consent: 'any' } };
const readOf = (core: AppCore): ReadWork => (work) => core.database!.read(work);

/** `count` people from a CSV import (fast), every third in "Presse", some with the same name (same sort key). */
async function district(count: number) {
  const core = await startTestCore();
  const rows = [['Vorname', 'Nachname', 'E-Mail', 'Organisation', 'Kategorien', 'Telefon']];
  for (let index = 0; index < count; index++) {
    const same = index % 10 === 0;
    rows.push([same ? 'Anna' : `Vorname${index}`, same ? 'Müller' : `Nachname${index}`, `p${index}@example.org`, `Verein ${index % 7}`, index % 3 === 0 ? 'Presse' : 'Newsletter', `040 ${index}`]);
  }
  await mustCall(core, 'contacts.import', { fileName: 'bezirk.csv', contentBase64: base64(excelCsv(rows)) });
  const { ids } = await mustCall(core, 'contacts.matchingIds', {});
  return { core, ids };
}

/** Each contact read on its own (`loadContact`, as `contacts.get` does): what the batched exports must match. */
const oneByOne = (core: AppCore, ids: readonly number[]) => core.database!.read(async (manager) => Promise.all(ids.map((id) => loadContact(manager, id))));

describe('contact batches: set-based', () => {
  it('gives the same contacts as one-by-one loading, with a few queries per thousand instead of four per contact', async () => {
    const { core, ids } = await district(2_100);
    let queries = 0;
    const counted: ReadWork = (work) =>
      core.database!.read((manager) => {
        const counting = new Proxy(manager, {
          get: (target, property, receiver) =>
            property === 'query'
              ? (...args: Parameters<EntityManager['query']>) => {
                  queries++;
                  return target.query(...args);
                }
              : (Reflect.get(target, property, receiver) as unknown),
        });
        return work(counting);
      });
    const loaded = [];
    for await (const batch of contactBatches(counted, { ids })) loaded.push(...batch);
    expect(queries).toBeLessThanOrEqual(3 * 3);
    // What an export writes of each person: the same as loaded one by one.
    const exported = (await oneByOne(core, ids.slice(0, 50))).map((contact) => ({
      ...Object.fromEntries(EXPORTED_FIELDS.map((field) => [field, contact[field]])),
      organizations: contact.organizations.map(({ name }) => ({ name })),
    }));
    expect(loaded.slice(0, 50)).toEqual(exported);
    expect(loaded.map((contact) => contact.id)).toEqual(ids);
  });
});

describe('streamed contact exports', () => {
  it('CSV: one line per contact as read one by one, BOM and header first', async () => {
    const { core, ids } = await district(1_300);
    const old = EXCEL_BOM + [CSV_HEADER, ...(await oneByOne(core, ids)).map(csvRowOf)].map(excelCsvLine).join('');
    const streamed = await collectText(await prepareContactExport(readOf(core), 'csv', { ids }));
    expect(streamed.split('\r\n')).toEqual(old.split('\r\n'));
    expect(streamed.startsWith('\uFEFFAnrede;Titel;Vorname;Nachname;')).toBe(true);
    // Every contact by filter: the same lines (in the list's order).
    const all = await collectText(await prepareContactExport(readOf(core), 'csv', ALL));
    expect(all.split('\r\n').sort()).toEqual(old.split('\r\n').sort());
  });

  it('vCard: one card per contact as read one by one, in the order asked for', async () => {
    const { core, ids } = await district(300);
    const old = (await oneByOne(core, ids)).map(toVcard).join('');
    expect(await collectText(await prepareContactExport(readOf(core), 'vcard', { ids }))).toBe(old);
  });

  it('pages by keyset without skipping or repeating people of the same name across batches', async () => {
    const { core, ids } = await district(95);
    const seen: number[] = [];
    for await (const batch of contactBatches(readOf(core), ALL, 4)) seen.push(...batch.map((contact) => contact.id));
    // Ten "Anna Müller" share one sort key (the import merged those of the same Verein).
    expect(ids.length).toBeGreaterThan(90);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(ids);
  });

  it('takes the list filter (category), not a page of it', async () => {
    const { core } = await district(60);
    const text = await collectText(await prepareContactExport(readOf(core), 'csv', { filter: { text: '', category: 'Presse', consent: 'any' } }));
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 20);
    expect(lines.slice(1).every((line) => line.includes(';Presse;'))).toBe(true);
  });

  it('exports phones stored as bare numbers (as a file written by other tools may hold them) instead of breaking off', async () => {
    const { core, ids } = await district(3);
    // The schema only checks for valid JSON; a bare string once made toVcard throw on the first batch.
    await core.database!.write((manager) => manager.query(`UPDATE contact SET phones = '["040 100000"]' WHERE id = ?`, [ids[1]]));
    const vcard = await collectText(await prepareContactExport(readOf(core), 'vcard', ALL));
    expect(vcard.match(/BEGIN:VCARD/g)).toHaveLength(3);
    expect(vcard).toContain('TEL;TYPE=WORK,VOICE:040 100000\r\n');
    const csv = await collectText(await prepareContactExport(readOf(core), 'csv', { ids: [ids[1]!] }));
    expect(csv.split('\r\n')[1]!.split(';')[CSV_HEADER.indexOf('Telefon')]).toBe('040 100000');
  });

  it('0 contacts: a CSV with the header only, an empty vCard file', async () => {
    const core = await startTestCore();
    const csv = await collectText(await prepareContactExport(readOf(core), 'csv', ALL));
    expect(csv).toBe(`\uFEFF${CSV_HEADER.join(';')}\r\n`);
    expect(await collectText(await prepareContactExport(readOf(core), 'vcard', ALL))).toBe('');
  });

  it('leaves erased people out: not in the filtered export, and an erased id refuses the export', async () => {
    const { core, ids } = await district(5);
    const gone = await mustCall(core, 'contacts.get', { id: ids[2]! });
    await mustCall(core, 'contacts.erase', { id: gone.id });
    const csv = await collectText(await prepareContactExport(readOf(core), 'csv', ALL));
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 4);
    expect(csv).not.toContain(gone.lastName);
    expect(await collectText(await prepareContactExport(readOf(core), 'vcard', ALL))).not.toContain(gone.lastName);
    await expect(prepareContactExport(readOf(core), 'vcard', { ids: [ids[0]!, gone.id] })).rejects.toMatchObject({ messageKey: 'contacts.errors.notFound' });
  });

  it('names one person\'s vCard after them; an id that is gone refuses the whole export before anything is written', async () => {
    const { core, ids } = await district(3);
    const single = await prepareContactExport(readOf(core), 'vcard', { ids: [ids[1]!] });
    expect(single.fileName).toMatch(/^\d{4}-\d\d-\d\d_Kontakt_Vorname\d-Nachname\d\.vcf$/);
    await expect(prepareContactExport(readOf(core), 'csv', { ids: [ids[0]!, 999_999] })).rejects.toMatchObject({ messageKey: 'contacts.errors.notFound' });
  });
});
