import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../contract/measures';
import { createEdition, mustCall, startTestCore } from '../../../test-support/core';
import { testEngine } from '../../../test-support/test-engine';
import { RANKED_MATCHES } from './measure-search';
import { toMatchQuery } from './measure-text';

async function setup() {
  const core = await startTestCore();
  const edition = await createEdition(core);
  const field = await mustCall(core, 'fieldsOfAction.create', { editionId: edition.id, name: 'Deutsch als Sprache', shortCode: 'DS' });
  const create = (title: string, description = '') =>
    mustCall(core, 'measures.create', { editionId: edition.id, fieldOfActionId: field.id, title, description });
  const search = (text: string) => mustCall(core, 'measures.search', { text, editionId: edition.id });
  return { core, edition, field, create, search };
}

describe('measure search (FTS5)', () => {
  it('finds "Sprachkurse" when typing "Sprachkurs" (prefix) and ignores case', async () => {
    const { create, search } = await setup();
    await create('Sprachkurse mit Kinderbetreuung');
    await create('Nachbarschaftsfest');
    expect((await search('sprachkurs')).map((hit) => hit.title)).toEqual(['Sprachkurse mit Kinderbetreuung']);
  });

  it('folds umlauts: "Bucherhalle" and "Bücherhalle" both find "Bücherhalle"', async () => {
    const { create, search } = await setup();
    await create('Lernplätze in der Bücherhalle');
    expect((await search('Bucherhalle')).length).toBe(1);
    expect((await search('Bücherhalle')).length).toBe(1);
    expect((await search('lernplatze')).length).toBe(1);
  });

  it('searches code, description and progress notes; every word must occur', async () => {
    const { core, create, search } = await setup();
    const cafe = await create('Sprachcafé', 'Offenes Angebot im Stadtteilzentrum Neuwiedenthal');
    await create('Elternabende', 'Mehrsprachig an Grundschulen');
    expect((await search('Neuwiedenthal')).map((hit) => hit.id)).toEqual([cafe.id]);
    expect((await search('DS-01')).map((hit) => hit.id)).toEqual([cafe.id]);
    expect(await search('Neuwiedenthal Grundschulen')).toEqual([]);
    await mustCall(core, 'measures.addNote', { measureId: cafe.id, notedOn: '2025-03-01', text: 'Warteliste wegen großer Nachfrage' });
    expect((await search('Warteliste')).map((hit) => hit.id)).toEqual([cafe.id]);
  });

  it('keeps the index in step when a measure is renamed', async () => {
    const { core, edition, field, create, search } = await setup();
    const measure = await create('Lesepatenschaften');
    await mustCall(core, 'measures.update', { id: measure.id, version: measure.version, fieldOfActionId: field.id, title: 'Vorlesepaten in Kitas' });
    expect(await search('Lesepatenschaften')).toEqual([]);
    expect((await search('Vorlesepaten')).map((hit) => hit.id)).toEqual([measure.id]);
    const rows = await core.database!.query<Array<{ n: number }>>('SELECT COUNT(*) AS n FROM measure_search');
    expect(rows[0]!.n).toBe(1);
    expect(edition.id).toBeGreaterThan(0);
  });

  it('marks the matches for highlighting without HTML', async () => {
    const { create, search } = await setup();
    await create('Sprachcafés <b>ausweiten</b>', 'In drei Stadtteilzentren');
    const [hit] = await search('sprachcaf');
    expect(hit!.titleHighlighted).toBe(`${HIGHLIGHT_START}Sprachcafés${HIGHLIGHT_END} <b>ausweiten</b>`);
  });

  it('turns any typed text into a safe query', async () => {
    const { create, search } = await setup();
    await create('Kurs');
    for (const text of ['"', 'NEAR(a b)', 'a OR', '*', 'title:x', '-', 'AND', '(((', "O'Brien"]) {
      await expect(search(text)).resolves.toBeInstanceOf(Array);
    }
    expect(toMatchQuery('  ')).toBeNull();
    expect(toMatchQuery('Sprach "kurs"')).toBe('"Sprach"* "kurs"*');
  });

  it('ranks among the newest thousand matches, and an older edition still finds its own (issue 17)', async () => {
    const { core, edition, create, search } = await setup();
    const own = await create('Sprachcafé im Bürgerhaus', 'Sprachcafé für Eltern');
    const newer = await createEdition(core, 'Nächste Ausgabe', 2025, 2027);
    const field = await mustCall(core, 'fieldsOfAction.create', { editionId: newer.id, name: 'Sprache', shortCode: 'SP' });
    // 1,200 newer matches in the other edition, written straight to the file (the FTS triggers index them).
    await core.database!.query(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${RANKED_MATCHES + 200})
       INSERT INTO measure (edition_id, field_of_action_id, code, title, created_at, updated_at) SELECT ?, ?, 'SP-' || i, 'Sprachkurs ' || i, 'x', 'x' FROM n`,
      [newer.id, field.id],
    );
    expect((await search('sprach')).map((hit) => hit.id)).toEqual([own.id]);
    const all = await mustCall(core, 'measures.search', { text: 'sprach', limit: 200 });
    expect(all).toHaveLength(200);
    expect(all.every((hit) => hit.editionId === newer.id && hit.titleHighlighted.includes(`${HIGHLIGHT_START}Sprachkurs${HIGHLIGHT_END}`))).toBe(true);
    expect(edition.id).not.toBe(newer.id);
  });
});

// SQLite's FTS5 prefix indexes only; PostgreSQL's prefix search is compared with FTS5 in database/postgres/search.test.ts.
describe.skipIf(testEngine === 'postgres')('measure search: prefix indexes for the first keystrokes (schemas 11 and 14)', () => {
  it('one to six letters (and longer words) find the same measures in the same order as the index without prefixes', async () => {
    const { core, create } = await setup();
    const titles = ['Sprachkurse mit Kinderbetreuung', 'Sprachcafé im Stadtteil', 'Sportverein für alle', 'Schule und Eltern', 'Spielplatzpaten', 'Stadtteilfest'];
    for (let index = 0; index < 60; index++) await create(`${titles[index % titles.length]!} ${index}`, index % 4 === 0 ? 'Sprechstunde für Eltern' : 'Begegnung');
    await core.database!.write(async (manager) => {
      // The index as schema 2 made it, filled with the same text: what any prefix index must agree with.
      await manager.query(`CREATE VIRTUAL TABLE plain_search USING fts5(code, title, description, goal, notes, tokenize = 'unicode61 remove_diacritics 2')`);
      await manager.query(`INSERT INTO plain_search (plain_search, rank) VALUES ('rank', 'bm25(4.0, 8.0, 1.0, 1.0, 0.5)')`);
      await manager.query('INSERT INTO plain_search (rowid, code, title, description, goal, notes) SELECT rowid, code, title, description, goal, notes FROM measure_search');
    });
    const [{ sql }] = await core.database!.read((manager) => manager.query(`SELECT sql FROM sqlite_master WHERE name = 'measure_search'`));
    expect(sql).toContain(`prefix = '1 2 3 4 5 6'`);
    for (const text of ['S', 'Sp', 'Spr', 'Spra', 'Sprac', 'Sprach', 'Sprachk', 'sch', 'Ü', 's e', 'Stadtt']) {
      const ranked = (table: string) =>
        core.database!.read(async (manager) =>
          ((await manager.query(`SELECT rowid AS id, rank FROM ${table} WHERE ${table} MATCH ? ORDER BY rank, rowid`, [toMatchQuery(text)])) as Array<{ id: number; rank: number }>).map(
            (row) => `${row.id}:${row.rank.toFixed(9)}`,
          ),
        );
      expect(await ranked('measure_search'), text).toEqual(await ranked('plain_search'));
    }
    // Through the service: "Spr" finds the Sprachkurse, the Sprachcafés and the Sprechstunden, nothing else.
    const hits = await mustCall(core, 'measures.search', { text: 'Spr', limit: 50 });
    expect(hits).toHaveLength(30);
    expect(hits.every((hit) => /^Sprach|Sprechstunde/.test(hit.title) || hit.snippet.includes('Sprechstunde'))).toBe(true);
  });
});
