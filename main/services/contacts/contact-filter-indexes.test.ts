import { describe, expect, it } from 'vitest';
import { base64, excelCsv } from '../../../test-support/contact-files';
import { mustCall, startTestCore } from '../../../test-support/core';
import { testEngine } from '../../../test-support/test-engine';
import { collectText, prepareContactExport, type ReadWork } from './contact-export-stream';
import { contactPageQuery } from './contact-queries';

const FILTER: { text: string; category: string; consent: 'any' | 'given' | 'withdrawn' | 'none'; includeErased: boolean } = { text: '', category: '', consent: 'any', includeErased: false };

async function contacts() {
  const core = await startTestCore();
  const create = (lastName: string, extra: Record<string, unknown> = {}) => mustCall(core, 'contacts.create', { lastName, firstName: 'A', ...extra });
  await create('Özdemir', { categories: ['Presse', 'Newsletter'], consentPurpose: 'Einladungen', consentDate: '2024-01-01', consentHow: 'schriftlich' });
  await create('Brandt', { categories: ['presse'] });
  await create('Nowak', { consentPurpose: 'Einladungen', consentDate: '2024-01-01', consentHow: 'schriftlich', consentWithdrawnOn: '2025-01-01' });
  const erased = await create('Weg', { categories: ['Presse'], consentPurpose: 'Einladungen', consentDate: '2024-01-01', consentHow: 'schriftlich' });
  await mustCall(core, 'contacts.erase', { id: erased.id });
  return core;
}

/** SQLite's plans only (EXPLAIN QUERY PLAN, its index names); PostgreSQL plans by its own statistics. */
const onSqlite = testEngine === 'sqlite';

const plan = async (core: Awaited<ReturnType<typeof startTestCore>>, filter: Partial<typeof FILTER>) =>
  core.database!.read(async (manager) => {
    const { sql, parameters } = await contactPageQuery(manager, { ...FILTER, ...filter }, 0, 100);
    const steps: Array<{ detail: string }> = await manager.query(`EXPLAIN QUERY PLAN ${sql}`, parameters);
    return steps.map((step) => step.detail).join('; ');
  });

describe('contact filters read indexes (issue 17)', () => {
  it('finds the consent state through ix_contact_consent, in list order without a sort', async () => {
    const core = await contacts();
    if (onSqlite) {
      const consentPlan = await plan(core, { consent: 'given' });
      expect(consentPlan).toMatch(/USING (COVERING )?INDEX ix_contact_consent/);
      expect(consentPlan).not.toContain('TEMP B-TREE');
    }
    const names = async (consent: 'given' | 'withdrawn' | 'none') => (await mustCall(core, 'contacts.list', { consent })).rows.map((row) => row.lastName);
    expect(await names('given')).toEqual(['Özdemir']);
    expect(await names('withdrawn')).toEqual(['Nowak']);
    expect(await names('none')).toEqual(['Brandt']);
  });

  it('finds a category through contact_category, in any case, kept current on edit and erase', async () => {
    const core = await contacts();
    if (onSqlite) {
      expect(await plan(core, { category: 'Presse' })).toMatch(/contact_category/);
      expect(await plan(core, { category: 'Presse' })).not.toMatch(/json_each/);
    }
    const list = async (category: string) => {
      const result = await mustCall(core, 'contacts.list', { category, limit: 1 });
      return [result.total, (await mustCall(core, 'contacts.list', { category })).rows.map((row) => row.lastName)];
    };
    expect(await list('PRESSE')).toEqual([2, ['Brandt', 'Özdemir']]);
    expect(await mustCall(core, 'contacts.categories', {})).toEqual(['Newsletter', 'Presse']);
    const brandt = (await mustCall(core, 'contacts.list', { text: 'Brandt' })).rows[0]!;
    await mustCall(core, 'contacts.update', { id: brandt.id, lastName: 'Brandt', firstName: 'A', categories: ['Politik'] });
    expect(await list('Presse')).toEqual([1, ['Özdemir']]);
    expect(await mustCall(core, 'contacts.categories', {})).toEqual(['Newsletter', 'Politik', 'Presse']);
  });

  it('exports exactly what the list shows for the same filter, short surname prefixes included', async () => {
    const core = await contacts();
    const read: ReadWork = (work) => core.database!.read(work);
    for (const filter of [{ category: 'presse' }, { consent: 'withdrawn' as const }, { text: 'Ö' }, { text: 'Brandt' }]) {
      const shown = (await mustCall(core, 'contacts.list', filter)).rows.map((row) => row.lastName);
      const csv = await collectText(await prepareContactExport(read, 'csv', { filter: { ...FILTER, ...filter } }));
      const exported = csv.split('\r\n').slice(1).filter(Boolean).map((line) => line.split(';')[3]);
      expect(exported, JSON.stringify(filter)).toEqual(shown);
    }
  });

  // Which of the walks (match set or a lookup per contact) is chosen by density: contact-search-plan.test.ts.
  it('a common three-letter search walks the alphabetical index without sorting its matches; same rows as the longer word', async () => {
    const core = await startTestCore();
    const rows = [['Vorname', 'Nachname', 'Funktion']];
    for (let index = 0; index < 2_100; index++) rows.push([`Vorname${index}`, `Nachname${index % 300}`, index % 2 ? 'Vorstand' : 'Vorsitz']);
    await mustCall(core, 'contacts.import', { fileName: 'bezirk.csv', contentBase64: base64(excelCsv(rows)) });
    if (onSqlite) {
      const threeLetters = await plan(core, { text: 'vor' });
      expect(threeLetters).toContain('INDEX ix_contact_sort');
      expect(threeLetters).not.toContain('TEMP B-TREE');
      expect(await plan(core, { text: 'vors' })).toContain('INDEX ix_contact_sort');
    }
    const page = async (text: string) => mustCall(core, 'contacts.list', { text, limit: 50 });
    const [short, long] = [await page('vor'), await page('Vors')];
    expect(short.total).toBe(2_100);
    expect(short.rows.map((row) => row.id)).toEqual(long.rows.map((row) => row.id));
  });
});
