import { describe, expect, it } from 'vitest';
import { pack, paragraphsXml, paragraphText, paragraphTexts, styleOf } from '../testing/docx-inspect';
import { reportInput } from '../testing/fixtures';
import { buildReport } from './report-builder';

describe('the Sachstandsbericht', () => {
  it('says as of which date it reports', async () => {
    const packed = await pack(buildReport(reportInput()));
    expect(paragraphTexts(packed.xml)).toContain('Stand: 26. November 2026');
    expect(paragraphTexts(await packed.part('word/footer1.xml')).join('')).toMatch(/^Stand: 26\.11\.2026\t/);
  });

  it('sums the measures by status and field in a table', async () => {
    const { xml } = await pack(buildReport(reportInput()));
    const table = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?w:val="LbwTable"[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => paragraphTexts(row[0]));
    expect(rows).toEqual([
      ['Status', 'ZL', 'DS', 'Gesamt'],
      ['In Umsetzung', '2', '2', '4'],
      ['Beschlossen', '1', '1', '2'],
      ['Empfohlen', '1', '1', '2'],
      ['Vorschlag', '1', '1', '2'],
      ['Gesamt', '5', '5', '10'],
    ]);
  });

  it('lists measures by field and status with their latest notes', async () => {
    const paragraphs = paragraphsXml((await pack(buildReport(reportInput()))).xml);
    const headings = paragraphs.filter((p) => ['Heading1', 'Heading2'].includes(styleOf(p))).map(paragraphText);
    expect(headings.slice(0, 6)).toEqual(['Überblick', 'Handlungsfeld 1', 'In Umsetzung (2)', 'Beschlossen (1)', 'Empfohlen (1)', 'Vorschlag (1)']);
    const facts = paragraphs.filter((p) => styleOf(p) === 'LbwFacts').map(paragraphText);
    expect(facts).toEqual(expect.arrayContaining(['Status\tin Umsetzung seit 01.09.2022', 'Sachstand\t02.11.2026: Fest mit 900 Gästen.', 'Sachstand\t02.05.2026: Planung läuft.']));
  });
});
