import { describe, expect, it } from 'vitest';
import { base64, excelCsv } from '../../../test-support/contact-files';
import { POSTGRES_PHRASES, SQLITE_PHRASES } from '../../../database/sql-dialect';
import { mustCall, startTestCore } from '../../../test-support/core';
import { testEngine } from '../../../test-support/test-engine';
import { readImport } from './contact-import';
import { emailKey, nameOrgKeys, SEP } from './contact-records';
import { duplicateCandidates } from './import-candidates';

type Core = Awaited<ReturnType<typeof startTestCore>>;

const HEADER = ['Vorname', 'Nachname', 'Organisation', 'E-Mail'];

/** Every stored, not erased contact that shares an e-mail address or a name key with a valid row: what the old full comparison found. */
async function sharingAKey(core: Core, rows: readonly (readonly string[])[]): Promise<number[]> {
  const parsed = readImport({ contentBase64: base64(excelCsv([HEADER, ...rows])) });
  const keys = new Set<string>();
  for (const contact of parsed.contacts.filter((row) => row.errors.length === 0)) {
    for (const email of contact.emails) keys.add(`@${emailKey(email)}`);
    for (const key of nameOrgKeys(contact.firstName, contact.lastName, contact.organization)) keys.add(key);
  }
  const stored = (await core.database!.query(
    `SELECT c.id, c.first_name, c.last_name, c.emails,
            (SELECT ${(testEngine === 'postgres' ? POSTGRES_PHRASES : SQLITE_PHRASES).joined('o.name', SEP)} FROM contact_organization co JOIN organization o ON o.id = co.organization_id WHERE co.contact_id = c.id) AS orgs
     FROM contact c WHERE c.erased_at IS NULL ORDER BY c.id`,
  )) as Array<{ id: number; first_name: string; last_name: string; emails: string; orgs: string | null }>;
  return stored
    .filter((row) => {
      const emails = (JSON.parse(row.emails) as string[]).map((email) => `@${emailKey(email)}`);
      const names = (row.orgs ? row.orgs.split(SEP) : ['']).flatMap((org) => nameOrgKeys(row.first_name, row.last_name, org));
      return [...emails, ...names].some((key) => keys.has(key));
    })
    .map((row) => row.id);
}

async function candidateIds(core: Core, rows: readonly (readonly string[])[]): Promise<number[]> {
  const parsed = readImport({ contentBase64: base64(excelCsv([HEADER, ...rows])) });
  return (await core.database!.read((manager) => duplicateCandidates(manager, parsed.contacts))).map((row) => row.id);
}

const preview = async (core: Core, rows: readonly (readonly string[])[]) =>
  (await mustCall(core, 'contacts.importPreview', { fileName: 'liste.csv', contentBase64: base64(excelCsv([HEADER, ...rows])) })).rows.map((row) => [
    row.line,
    row.duplicateReason,
    row.duplicateOfContactId,
    row.duplicateOfLine,
  ]);

describe('contacts import: the duplicate check reads only the contacts that can match', () => {
  it('still finds umlauts written out, a second organisation, e-mail case, "|" in names and odd letters in stored addresses; not erased contacts', async () => {
    const core = await startTestCore();
    const verein = await mustCall(core, 'organizations.create', { name: 'Bürgerverein Harburg', kind: 'verein' });
    const sport = await mustCall(core, 'organizations.create', { name: 'Sportverein Süd', kind: 'verein' });
    const mueller = await mustCall(core, 'contacts.create', { firstName: 'Jürgen', lastName: 'Müller', organizationIds: [verein.id, sport.id], emails: ['j.mueller@example.org'] });
    const oeztuerk = await mustCall(core, 'contacts.create', { firstName: 'Ayşe', lastName: 'Öztürk' });
    const weber = await mustCall(core, 'contacts.create', { firstName: 'Anna|Lena', lastName: 'Weber' });
    const kate = await mustCall(core, 'contacts.create', { firstName: 'Kate', lastName: 'Brown', emails: ['kate@example.org'] });
    // Stored by an older version: a Kelvin sign that JavaScript lower-cases to "k" and SQLite's lower() does not.
    await core.database!.query('UPDATE contact SET emails = ? WHERE id = ?', [JSON.stringify(['\u212AATE@example.org']), kate.id]);
    const schulz = await mustCall(core, 'contacts.create', { firstName: 'Hans', lastName: 'Schulz', emails: ['hans@example.org'] });
    await mustCall(core, 'contacts.erase', { id: schulz.id });
    const rows = [
      ['Juergen', 'Mueller', 'Sportverein Sued', ''],
      ['Someone', 'Else', '', 'J.MUELLER@EXAMPLE.ORG'],
      ['Anna', 'Lena', 'Weber|', ''],
      ['Kate', 'Green', '', 'kate@example.org'],
      ['Hans', 'Schulz', '', 'hans@example.org'],
      ['Hans', 'Schulz', '', ''],
      ['Ayse', 'Oeztuerk', '', ''],
      ['Ayse', 'Oztürk', '', ''],
    ];
    expect(await preview(core, rows)).toEqual([
      [2, 'nameAndOrganization', mueller.id, null],
      [3, 'email', mueller.id, null],
      [4, 'nameAndOrganization', weber.id, null],
      [5, 'email', kate.id, null],
      [6, null, null, null],
      [7, 'nameAndOrganization', null, 6],
      [8, 'nameAndOrganization', oeztuerk.id, null],
      [9, 'nameAndOrganization', oeztuerk.id, null],
    ]);
    expect(await candidateIds(core, rows)).toEqual(expect.arrayContaining(await sharingAKey(core, rows)));
    // "|" separates the key's parts: a row with it in a name may match any stored name, so all are read.
    const shifted = [['Anna', 'Lena|Weber', '', '']];
    expect(await preview(core, shifted)).toEqual([[2, 'nameAndOrganization', weber.id, null]]);
    expect(await candidateIds(core, shifted)).toEqual([mueller.id, oeztuerk.id, weber.id, kate.id]);
  });

  it('many stored contacts and rows: every contact sharing a key with a row is among the candidates, and few others are', async () => {
    const core = await startTestCore();
    const first = ['Jürgen', 'Juergen', 'Ayşe', 'Özlem', 'Björn', 'Anna', 'Mehmet', 'Zoë'];
    const last = ['Müller', 'Mueller', 'Muller', 'Öztürk', 'Schäfer', 'Schaefer', 'Weiß', 'Weiss', 'Kaya', 'Nowak'];
    const orgs = await Promise.all(['Bürgerverein', 'Buergerverein', 'Kita Süd'].map((name) => mustCall(core, 'organizations.create', { name, kind: 'verein' })));
    for (let i = 0; i < 60; i++) {
      await mustCall(core, 'contacts.create', {
        firstName: first[i % first.length]!,
        lastName: `${last[(i * 7) % last.length]!}${i % 3 === 0 ? '' : ` ${i}`}`,
        organizationIds: i % 4 === 0 ? [] : [orgs[i % orgs.length]!.id],
        emails: i % 5 === 0 ? [`Person${i}@Example.org`] : [],
      });
    }
    const rows = Array.from({ length: 80 }, (_, i) => [
      first[(i * 3) % first.length]!,
      `${last[i % last.length]!}${i % 2 === 0 ? '' : ` ${i}`}`,
      i % 3 === 0 ? '' : ['Buergerverein', 'Kita Sued', 'Bürgerverein'][i % 3]!,
      i % 4 === 0 ? `PERSON${i}@example.ORG` : '',
    ]);
    const expected = await sharingAKey(core, rows);
    const candidates = await candidateIds(core, rows);
    expect(expected.length).toBeGreaterThan(5);
    expect(candidates).toEqual(expect.arrayContaining(expected));
    expect(candidates.length).toBeLessThan(60);
  });
});
