import { describe, expect, it } from 'vitest';
import { pack, paragraphsXml, paragraphText, paragraphTexts, styleOf } from '../testing/docx-inspect';
import { reportInput } from '../testing/fixtures';
import { buildReport } from './report-builder';

const tablesOf = (xml: string) =>
  [...xml.matchAll(/<w:tbl>(?:(?!<w:tbl>)[\s\S])*?w:val="LbwTable"[\s\S]*?<\/w:tbl>/g)].map((table) => [...table[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => paragraphTexts(row[0])));

describe('the Sachstandsbericht', () => {
  it('says as of which date it reports', async () => {
    const packed = await pack(buildReport(reportInput()));
    expect(paragraphTexts(packed.xml)).toContain('Stand: 26. November 2026');
    expect(paragraphTexts(await packed.part('word/footer1.xml')).join('')).toMatch(/^Stand: 26\.11\.2026\t/);
  });

  it('sums the measures of the Leitbild (adopted or later) by status and field; proposals in a table of their own', async () => {
    const { xml } = await pack(buildReport(reportInput()));
    const [leitbild, proposals] = tablesOf(xml);
    expect(leitbild).toEqual([
      ['Status', 'ZL', 'DS', 'Gesamt'],
      ['In Umsetzung', '2', '2', '4'],
      ['Beschlossen', '1', '1', '2'],
      ['Gesamt', '3', '3', '6'],
    ]);
    expect(proposals).toEqual([
      ['Status', 'ZL', 'DS', 'Gesamt'],
      ['Empfohlen', '1', '1', '2'],
      ['Vorschlag', '1', '1', '2'],
      ['Gesamt', '2', '2', '4'],
    ]);
    expect(paragraphTexts(xml)).toContain(
      'Am 26. November 2026 umfasste das Leitbild „Zusammenleben in Vielfalt“ 6 Maßnahmen in 2 Handlungsfeldern, von der Bezirksversammlung beschlossen. 4 Vorschläge waren noch nicht beschlossen (nicht Teil des Leitbilds). Die Tabelle zeigt, in welchem Stand die Maßnahmen sich befanden.',
    );
  });

  it('does not count rejected proposals as measures of the Leitbild and names how many were rejected', async () => {
    const input = reportInput();
    const rejected = { ...input, fields: input.fields.map((field) => ({ ...field, measures: field.measures.map((measure, index) => (index === 3 ? { ...measure, status: 'rejected' as const } : measure)) })) };
    const texts = paragraphTexts((await pack(buildReport(rejected))).xml);
    const overview = texts.find((text) => text.startsWith('Am 26. November 2026'));
    expect(overview).toContain('6 Maßnahmen in 2 Handlungsfeldern');
    expect(overview).toContain('2 Vorschläge waren noch nicht beschlossen; 2 Vorschläge wurden abgelehnt (nicht Teil des Leitbilds).');
  });

  it('lists measures by field and status with their latest notes', async () => {
    const paragraphs = paragraphsXml((await pack(buildReport(reportInput()))).xml);
    const headings = paragraphs.filter((p) => ['Heading1', 'Heading2'].includes(styleOf(p))).map(paragraphText);
    expect(headings.slice(0, 6)).toEqual(['Überblick', 'Handlungsfeld 1', 'In Umsetzung (2)', 'Beschlossen (1)', 'Empfohlen (1)', 'Vorschlag (1)']);
    const facts = paragraphs.filter((p) => styleOf(p) === 'LbwFacts').map(paragraphText);
    expect(facts).toEqual(expect.arrayContaining(['Status\tin Umsetzung seit 01.09.2022', 'Sachstand\t02.11.2026: Fest mit 900 Gästen.', 'Sachstand\t02.05.2026: Planung läuft.']));
  });
});
