import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../core/app-core';
import { base64 } from '../../../test-support/contact-files';
import { callOn, mustCall, startTestCore } from '../../../test-support/core';
import { testEngine } from '../../../test-support/test-engine';
import { contactPageQuery } from './contact-queries';

const SURNAMES = ['Özdemir', 'Oberg', 'Müller', 'Mueller', 'Kaya', 'Yılmaz', 'Schulz', 'Nowak', 'Becker', 'Şahin'];
const collator = new Intl.Collator('de', { sensitivity: 'base' });

/** `count` contacts in one CSV import: surnames cycle through SURNAMES with a number, all in one organisation. */
async function importPeople(core: AppCore, count: number, organization: string) {
  const lines = ['Vorname;Nachname;Organisation;E-Mail;Kategorien'];
  for (let i = 0; i < count; i++) lines.push(`Anna;${SURNAMES[i % SURNAMES.length]!}-${String(i).padStart(4, '0')};${organization};p${i}@example.org;${i % 3 === 0 ? 'Presse' : 'Verein'}`);
  const result = await mustCall(core, 'contacts.import', { fileName: 'liste.csv', contentBase64: base64(Buffer.from(lines.join('\r\n'), 'utf8')) });
  expect(result.created).toBe(count);
}

/** Every page of a filter, one after the other, as the table fetches them while scrolling. */
async function allPages(core: AppCore, filter: Record<string, unknown>, limit: number) {
  const names: string[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await mustCall(core, 'contacts.list', { ...filter, offset, limit });
    names.push(...page.rows.map((row) => row.lastName));
    if (page.rows.length < limit) return { names, total: page.total };
  }
}

const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
const phoneBookOrder = (names: readonly string[]) => [...names].sort((a, b) => collator.compare(fold(a), fold(b)) || (a < b ? -1 : 1));

describe('contacts.list: pages', () => {
  it('pages in phone-book order with the total; past the end gives no rows and the same total', async () => {
    const core = await startTestCore();
    await importPeople(core, 250, 'Verikom e. V.');
    const first = await mustCall(core, 'contacts.list', {});
    expect(first.rows).toHaveLength(100);
    expect(first.total).toBe(250);
    expect(first.rows[0]).toMatchObject({ organizations: ['Verikom e. V.'], emails: ['p8@example.org'], consent: 'none', erased: false });
    const { names, total } = await allPages(core, {}, 100);
    expect(total).toBe(250);
    expect(names).toHaveLength(250);
    expect(names).toEqual(phoneBookOrder(names));
    expect(names.slice(0, 3)).toEqual(['Becker-0008', 'Becker-0018', 'Becker-0028']);
    expect(await mustCall(core, 'contacts.list', { offset: 240, limit: 100 })).toMatchObject({ total: 250, rows: { length: 10 } });
    expect(await mustCall(core, 'contacts.list', { offset: 5000 })).toEqual({ rows: [], total: 250 });
    expect((await mustCall(core, 'contacts.matchingIds', {})).ids).toHaveLength(250);
  });

  it('refuses a page larger than 500 rows and a negative offset at the field', async () => {
    const core = await startTestCore();
    expect(await callOn(core, 'contacts.list', { limit: 501 })).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ field: 'limit' }] } });
    expect(await callOn(core, 'contacts.list', { offset: -1 })).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ field: 'offset' }] } });
  });

  it('keeps the filters while paging: organisation, category, consent, body, erased', async () => {
    const core = await startTestCore();
    await importPeople(core, 120, 'Verikom e. V.');
    const org = await mustCall(core, 'organizations.create', { name: 'Caritas Harburg' });
    const body = await mustCall(core, 'bodies.create', { name: 'Integrationsrat', kind: 'integrationsrat' });
    const given = await mustCall(core, 'contacts.create', { firstName: 'Olga', lastName: 'Ivanova', organizationIds: [org.id], consentDate: '2024-03-01' });
    const erased = await mustCall(core, 'contacts.create', { lastName: 'Aachen', organizationIds: [org.id] });
    await mustCall(core, 'memberships.create', { contactId: given.id, bodyId: body.id });
    await mustCall(core, 'contacts.erase', { id: erased.id });

    const presse = await allPages(core, { category: 'presse' }, 15);
    expect(presse.total).toBe(40);
    expect(presse.names).toEqual(phoneBookOrder(presse.names));
    expect(presse.names).toHaveLength(40);
    expect(await mustCall(core, 'contacts.list', { organizationId: org.id })).toMatchObject({ total: 1, rows: [{ lastName: 'Ivanova', organizations: ['Caritas Harburg'] }] });
    expect(await mustCall(core, 'contacts.list', { consent: 'given' })).toMatchObject({ total: 1, rows: [{ lastName: 'Ivanova', consent: 'given' }] });
    expect((await mustCall(core, 'contacts.list', { consent: 'none', offset: 100 })).total).toBe(120);
    expect(await mustCall(core, 'contacts.list', { bodyId: body.id })).toMatchObject({ total: 1, rows: [{ id: given.id }] });
    expect((await mustCall(core, 'contacts.list', {})).total).toBe(121);
    const withErased = await mustCall(core, 'contacts.list', { includeErased: true, offset: 100 });
    expect(withErased.total).toBe(122);
    expect(withErased.rows.at(-1)).toMatchObject({ id: erased.id, erased: true, displayName: '—' });
    expect(await mustCall(core, 'contacts.list', { category: 'Presse', offset: 40 })).toEqual({ rows: [], total: 40 });
  });
});

describe('contacts.list: search', () => {
  it('finds many matches in alphabetical order on the first page, and the same across pages as without the text', async () => {
    const core = await startTestCore();
    // More matches than the dense threshold (2,000): the page walks the alphabetical index.
    await importPeople(core, 2100, 'Bürgerverein Harburg');
    await mustCall(core, 'contacts.create', { firstName: 'Zoe', lastName: 'Anders' });
    const everyone = await allPages(core, {}, 500);
    const dense = await mustCall(core, 'contacts.list', { text: 'burgerverein' });
    expect(dense.total).toBe(2100);
    expect(dense.rows.map((row) => row.lastName)).toEqual(everyone.names.filter((name) => name !== 'Anders').slice(0, 100));
    const second = await mustCall(core, 'contacts.list', { text: 'Bürgerverein', offset: 100, limit: 50 });
    expect(second.rows.map((row) => row.lastName)).toEqual(everyone.names.filter((name) => name !== 'Anders').slice(100, 150));
    // Few matches: sorted directly; diacritics do not matter.
    const few = await mustCall(core, 'contacts.list', { text: 'Ozdemir-00' });
    expect(few.total).toBe(10);
    expect(few.rows.map((row) => row.lastName)).toEqual(phoneBookOrder(few.rows.map((row) => row.lastName)));
    expect(await mustCall(core, 'contacts.list', { text: 'Ozdemir-00', offset: 10 })).toEqual({ rows: [], total: 10 });
    expect(await mustCall(core, 'contacts.list', { text: 'Niemand' })).toEqual({ rows: [], total: 0 });
  });

  it('one or two letters find surnames that begin with them (ö as o), not every word with that letter', async () => {
    const core = await startTestCore();
    for (const [firstName, lastName] of [['Anna', 'Özdemir'], ['Olga', 'Kaya'], ['Jan', 'Oberg'], ['Emre', 'Ozan'], ['Ali', 'Müller']] as const) await mustCall(core, 'contacts.create', { firstName, lastName });
    expect((await mustCall(core, 'contacts.list', { text: 'Ö' })).rows.map((row) => row.lastName)).toEqual(['Oberg', 'Ozan', 'Özdemir']);
    expect((await mustCall(core, 'contacts.list', { text: 'oz' })).rows.map((row) => row.lastName)).toEqual(['Ozan', 'Özdemir']);
    expect(await mustCall(core, 'contacts.list', { text: 'mu', offset: 1 })).toEqual({ rows: [], total: 1 });
    // From three letters the full text: first names too.
    expect((await mustCall(core, 'contacts.list', { text: 'olg' })).rows.map((row) => row.lastName)).toEqual(['Kaya']);
  });

  // SQLite's plan (EXPLAIN QUERY PLAN, INDEXED BY); PostgreSQL plans by its own statistics.
  it.skipIf(testEngine === 'postgres')('reads the first page from the alphabetical index, without sorting all matches (query plan)', async () => {
    const core = await startTestCore();
    await importPeople(core, 2100, 'Bürgerverein Harburg');
    const plan = (filter: { text?: string }) =>
      core.database!.read(async (manager) => {
        const { sql, parameters } = await contactPageQuery(manager, { text: '', consent: 'any', includeErased: false, category: '', ...filter }, 0, 100);
        const rows: Array<{ detail: string }> = await manager.query(`EXPLAIN QUERY PLAN ${sql}`, parameters);
        return rows.map((row) => row.detail).join(' | ');
      });
    for (const filter of [{}, { text: 'mu' }, { text: 'burgerverein' }]) {
      const detail = await plan(filter);
      expect(detail).toContain('ix_contact_sort');
      expect(detail).not.toContain('TEMP B-TREE');
    }
    expect(await plan({ text: 'mu' })).toMatch(/sort_key>\? AND sort_key<\?/);
  });
});

describe('organizations.list: pages', () => {
  it('pages by name with the total and the contact counts; searches part of the name without diacritics', async () => {
    const core = await startTestCore();
    for (const name of ['Zukunft e. V.', 'Özdemir-Stiftung', 'Arbeiterwohlfahrt', 'Caritas Harburg', 'Bürgerverein Harburg']) await mustCall(core, 'organizations.create', { name });
    const caritas = (await mustCall(core, 'organizations.list', { text: 'caritas' })).rows[0]!;
    await mustCall(core, 'contacts.create', { lastName: 'Kaya', organizationIds: [caritas.id] });
    await mustCall(core, 'contacts.create', { lastName: 'Nowak', organizationIds: [caritas.id] });
    const first = await mustCall(core, 'organizations.list', { limit: 2 });
    expect(first).toMatchObject({ total: 5, rows: [{ name: 'Arbeiterwohlfahrt', contactCount: 0 }, { name: 'Bürgerverein Harburg' }] });
    // The order of the unique name index (case-insensitive; on SQLite "Ö" after "Z" as before, on PostgreSQL
    // German order, "Ö" with "O": migration 0004's collation).
    const third = testEngine === 'postgres' ? 'Özdemir-Stiftung' : 'Zukunft e. V.';
    expect((await mustCall(core, 'organizations.list', { offset: 2, limit: 2 })).rows).toMatchObject([{ name: 'Caritas Harburg', contactCount: 2 }, { name: third }]);
    expect(await mustCall(core, 'organizations.list', { offset: 10 })).toEqual({ rows: [], total: 5 });
    expect(await mustCall(core, 'organizations.list', { text: 'ozdem' })).toMatchObject({ total: 1, rows: [{ name: 'Özdemir-Stiftung' }] });
    expect(await mustCall(core, 'organizations.list', { text: 'HARBURG', offset: 1 })).toMatchObject({ total: 2, rows: [{ name: 'Caritas Harburg', contactCount: 2 }] });
    expect(await callOn(core, 'organizations.list', { limit: 1001 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
