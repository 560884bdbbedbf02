import { describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import type { AppCore } from '../../core/app-core';
import { base64, excelCsv } from '../../../test-support/contact-files';
import { mustCall, startTestCore } from '../../../test-support/core';
import { testEngine } from '../../../test-support/test-engine';
import { toMatchQuery, toTsQuery } from '../measures/measure-text';
import { textSearchPage, type SearchThresholds, type TextSearchPlan } from './contact-search-plan';

/**
 * A small district shaped like the big one: surnames in blocks of the alphabet (the Özdemirs late),
 * a few first names for everyone, an organisation for some. Lowered thresholds reach every plan.
 */
const SURNAMES = ['Abel', 'Becker', 'Kaya', 'Müller', 'Nowak', 'Özdemir', 'Schulz', 'Yılmaz'];
const FIRST_NAMES = ['Anna', 'Ali', 'Olga', 'Piotr'];
const SMALL: SearchThresholds = { fewMatches: 10, fewOutliers: 20, listed: 150 };

async function district(): Promise<AppCore> {
  const core = await startTestCore();
  const rows = [['Vorname', 'Nachname', 'Organisation', 'Funktion']];
  for (let index = 0; index < 400; index++) {
    rows.push([FIRST_NAMES[index % FIRST_NAMES.length]!, `${SURNAMES[index % SURNAMES.length]!}-${index}`, index % 40 === 0 ? 'Sprachcafé Harburg' : '', 'Beratung']);
  }
  // Outliers of "Özd": a first name and an organisation, sorted under A and B.
  rows.push(['Özden', 'Abel-Özden', '', ''], ['Hans', 'Becker-Verein', 'Özdemir-Stiftung', '']);
  await mustCall(core, 'contacts.import', { fileName: 'bezirk.csv', contentBase64: base64(excelCsv(rows)) });
  return core;
}

/** The engine's full-text query of a text (FTS5 MATCH or tsquery) and the ids it matches. */
const matchQuery = (text: string) => (testEngine === 'postgres' ? toTsQuery(text) : toMatchQuery(text));
const MATCH_SET =
  testEngine === 'postgres'
    ? `SELECT id FROM contact_search WHERE document @@ to_tsquery('lbw_suche', ?)`
    : 'SELECT rowid FROM contact_search WHERE contact_search MATCH ?';

/** Every match sorted, the plain way: what any plan must give page by page. */
async function reference(manager: EntityManager, text: string): Promise<number[]> {
  const rows: Array<{ id: number }> = await manager.query(
    `SELECT c.id FROM contact c WHERE c.id IN (${MATCH_SET}) AND c.erased_at IS NULL ORDER BY c.sort_key, c.id`,
    [matchQuery(text)],
  );
  return rows.map((row) => row.id);
}

async function page(manager: EntityManager, text: string, offset: number, limit: number) {
  const plan = await textSearchPage(manager, { text, match: matchQuery(text)!, includeErased: false, perRowIndexed: /^\p{L}{3}$/u.test(text) }, offset, limit, SMALL);
  const ran: Array<{ id: number }> = await manager.query(plan.sql, plan.parameters);
  return { plan: plan.plan, total: plan.total, ids: plan.ids, fromSql: ran.map((row) => row.id) };
}

describe('contacts.list search: the plan follows where the matches lie', () => {
  const cases: Array<[string, TextSearchPlan]> = [
    ['Ozdemir-12', 'few'],
    ['Müll', 'surname-range'],
    ['Kaya', 'surname-range'],
    ['Özd', 'range-and-outliers'],
    ['Özdemir', 'range-and-outliers'],
    ['Olga', 'walk'],
    ['ber', 'walk-per-row'],
  ];

  it.each(cases)('"%s" (%s) gives every page exactly as sorting all matches would, with the right total', async (text, expected) => {
    const core = await district();
    await core.database!.read(async (manager) => {
      const all = await reference(manager, text);
      expect(all.length).toBeGreaterThan(0);
      for (const [offset, limit] of [[0, 7], [7, 7], [0, 100], [40, 30], [all.length - 3, 10], [all.length + 5, 10]] as const) {
        const result = await page(manager, text, Math.max(0, offset), limit);
        const want = all.slice(Math.max(0, offset), Math.max(0, offset) + limit);
        expect(result.plan, `${text} @${offset}`).toBe(expected);
        expect(result.fromSql, `${text} @${offset}: SQL`).toEqual(want);
        if (result.ids) expect(result.ids, `${text} @${offset}: census`).toEqual(want);
        if (result.total !== null) expect(result.total).toBe(all.length);
      }
    });
  });

  // SQLite's plan (EXPLAIN QUERY PLAN, INDEXED BY); PostgreSQL plans by its own statistics.
  it.skipIf(testEngine === 'postgres')('a surname range is read from the alphabetical index between its bounds, without sorting (query plan)', async () => {
    const core = await district();
    const detail = await core.database!.read(async (manager) => {
      const plan = await textSearchPage(manager, { text: 'Müll', match: toMatchQuery('Müll')!, includeErased: false, perRowIndexed: false }, 0, 100, SMALL);
      const steps: Array<{ detail: string }> = await manager.query(`EXPLAIN QUERY PLAN ${plan.sql}`, plan.parameters);
      return steps.map((step) => step.detail).join(' | ');
    });
    expect(detail).toMatch(/ix_contact_sort \(sort_key>\? AND sort_key<\?\)/);
    expect(detail).not.toContain('TEMP B-TREE');
  });

  it('a rare surname prefix late in the alphabet: the list shows exactly its contacts, "Ozdemir" as "Özdemir", total counted', async () => {
    const core = await district();
    const list = (text: string, offset = 0, limit = 100) => mustCall(core, 'contacts.list', { text, offset, limit });
    const ozdemir = await list('Ozdemir', 0, 20);
    expect(ozdemir.total).toBe(51);
    // The member of the Özdemir-Stiftung first (under B), then the Özdemirs in phone-book order.
    expect(ozdemir.rows.map((row) => row.lastName).slice(0, 4)).toEqual(['Becker-Verein', 'Özdemir-101', 'Özdemir-109', 'Özdemir-117']);
    expect(ozdemir.rows.slice(1).every((row) => row.lastName.startsWith('Özdemir-'))).toBe(true);
    expect(ozdemir.rows.map((row) => row.id)).toEqual((await list('Özdemir', 0, 20)).rows.map((row) => row.id));
    // "Özd" also finds the first name Özden and the Özdemir-Stiftung's member, sorted in with the rest.
    const ozd = await list('Özd', 0, 3);
    expect(ozd.total).toBe(52);
    expect(ozd.rows.map((row) => row.lastName)).toEqual(['Abel-Özden', 'Becker-Verein', 'Özdemir-101']);
    expect(await list('Özd', 52)).toEqual({ rows: [], total: 52 });
  });

  it('a dense word (everyone named Anna) still pages in list order with the total', async () => {
    const core = await district();
    const all = await core.database!.read((manager) => reference(manager, 'Anna'));
    const first = await mustCall(core, 'contacts.list', { text: 'Anna', limit: 5 });
    expect(first.total).toBe(100);
    expect(first.rows.map((row) => row.id)).toEqual(all.slice(0, 5));
    expect(first.rows.map((row) => row.lastName)).toEqual(['Abel-0', 'Abel-104', 'Abel-112', 'Abel-120', 'Abel-128']);
    const later = await mustCall(core, 'contacts.list', { text: 'Anna', offset: 95, limit: 10 });
    expect(later.total).toBe(100);
    expect(later.rows).toHaveLength(5);
  });
});
