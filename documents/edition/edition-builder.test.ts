import { describe, expect, it } from 'vitest';
import { pack, paragraphsXml, paragraphText, paragraphTexts, styleOf } from '../testing/docx-inspect';
import { editionInput, tinyPng } from '../testing/fixtures';
import { planPages } from '../engine/pagination';
import { buildEdition, editionBlocks } from './edition-builder';

describe('the Leitbild edition', () => {
  it('opens with a cover without header and footer: logo, title, subtitle, period, district, adoption', async () => {
    const packed = await pack(buildEdition(editionInput(2, 2, tinyPng)));
    const texts = paragraphTexts(packed.xml);
    const contentsAt = texts.indexOf('Inhalt');
    const cover = texts.slice(0, contentsAt).filter((text) => text.trim() !== '');
    expect(cover).toEqual([
      'Zusammenleben in Vielfalt',
      'Harburger Integrationskonzept',
      '2022–2024',
      'Bezirksamt Harburg',
      'Fachamt Sozialraummanagement',
      'Beschlossen von der Bezirksversammlung Harburg am 28. Juni 2022 (Drucksache\u00a021-2519)',
    ]);
    expect(packed.xml.indexOf('<w:drawing>')).toBeLessThan(packed.xml.indexOf('Zusammenleben in Vielfalt'));
    expect(packed.xml).toContain('<w:titlePg/>');
  });

  it('has a table of contents whose entries and page numbers are already in the file', async () => {
    const { xml } = await pack(buildEdition(editionInput(3, 4)));
    const entries = paragraphsXml(xml).filter((p) => styleOf(p) === 'TOC1').map(paragraphText);
    expect(entries.map((entry) => entry.split('\t')[0])).toEqual([
      'Vorwort',
      'Leitbild und Leitlinien',
      'Handlungsfeld 1: Handlungsfeld Nummer 1',
      'Handlungsfeld 2: Handlungsfeld Nummer 2',
      'Handlungsfeld 3: Handlungsfeld Nummer 3',
      'Wie diese Ausgabe entstanden ist',
      'Kontakt',
    ]);
    const pages = entries.map((entry) => Number(entry.split('\t')[1]));
    expect(pages[0]).toBe(3); // cover, contents, then the first chapter
    expect(pages.every((page, index) => index === 0 || page > pages[index - 1]!)).toBe(true);
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;/);
    expect(xml).not.toContain('w:dirty="true"');
  });

  it('writes the page breaks of its plan into the file: measures start pages where the contents counted them', async () => {
    const input = editionInput(2, 30);
    const plan = planPages(editionBlocks(input), { chapterStartsNewPage: true, contentsLevels: 1, pinPageBreaks: true });
    const { xml } = await pack(buildEdition(input));
    const pinned = paragraphsXml(xml).filter((p) => styleOf(p) === 'Heading2' && p.includes('<w:pageBreakBefore/>'));
    expect(plan.pinnedBreaks.size).toBeGreaterThan(2);
    expect(pinned).toHaveLength(plan.pinnedBreaks.size);
  });

  it('gives every field a chapter with its measures: code and title, description, goal, lead, partners, period', async () => {
    const { xml } = await pack(buildEdition(editionInput(2, 2)));
    const paragraphs = paragraphsXml(xml);
    expect(paragraphs.filter((p) => styleOf(p) === 'Heading1').map(paragraphText)).toContain('Handlungsfeld 2: Handlungsfeld Nummer 2');
    expect(paragraphs.filter((p) => styleOf(p) === 'Heading2').map(paragraphText)).toEqual(expect.arrayContaining(['Unser Leitbild', 'Leitlinien', 'H1-01  Maßnahme H1-01', 'H2-02  Maßnahme H2-02']));
    const facts = paragraphs.filter((p) => styleOf(p) === 'LbwFacts').map(paragraphText);
    expect(facts).toEqual(expect.arrayContaining(['Ziel\tZiel von H1-02.', 'Federführung\tBezirksamt Harburg, Fachamt Sozialraummanagement', 'Partner\tBücherhallen Hamburg, Harburger Integrationsrat', 'Zeitraum\t2022–2024', 'Stand\tin Umsetzung']));
    expect(facts).not.toContain('Zielgruppe\t');
  });

  it('tells how the edition came about and how to reach the office', async () => {
    const texts = paragraphTexts((await pack(buildEdition(editionInput(1, 1)))).xml);
    expect(texts).toContain('Wie diese Ausgabe entstanden ist');
    expect(texts.join('\n')).toContain('Die Bezirksversammlung Harburg hat sie am 28. Juni 2022 beschlossen (Drucksache\u00a021-2519).');
    expect(texts).toEqual(expect.arrayContaining(['Arbeitsgruppe\t4 Sitzungen: 17.11.2021, 26.01.2022, 16.03.2022, 04.05.2022', 'Kontakt', 'Bezirksamt Harburg\nFachamt Sozialraummanagement\nHarburger Ring 33\n21073 Hamburg', 'Telefon\t040 428 71-0', 'E-Mail\tsozialraummanagement@harburg.hamburg.de']));
  });

  it('names the motion in the district\'s wording and prints Drucksachen and codes with ordinary hyphens (issue 13)', async () => {
    const { xml } = await pack(buildEdition(editionInput(1, 1)));
    expect(paragraphTexts(xml).join('\n')).toContain(
      'Die empfohlenen Maßnahmen wurden am 24. Mai 2022 in die Bezirksversammlung Harburg eingebracht: Gemeinsamer Antrag der SPD-Fraktion, der GRÜNE-Fraktion und der CDU-Fraktion (Drucksache\u00a021-2433).',
    );
    expect(xml).not.toContain('der Fraktionen');
    // Copied from the file, "21-2433" and "H1-01" are the characters the council information system and the search know.
    expect(xml).toContain('21-2433');
    expect(xml).toContain('H1-01');
    expect(xml).not.toContain('noBreakHyphen');
    expect(xml).not.toContain('\u2011');
    const altona = { ...editionInput(1, 1).conventions, jointHeading: 'Interfraktioneller Antrag der Fraktionen {fraktionen}', jointItem: '{name}' };
    const other = paragraphTexts((await pack(buildEdition({ ...editionInput(1, 1), conventions: altona }))).xml).join('\n');
    expect(other).toContain('eingebracht: Interfraktioneller Antrag der Fraktionen SPD, GRÜNE und CDU (Drucksache\u00a021-2433).');
  });
});
