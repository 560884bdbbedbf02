import { describe, expect, it } from 'vitest';
import { pack, paragraphsXml, paragraphText, paragraphTexts, styleOf } from '../testing/docx-inspect';
import { edition, measure, office, tinyPng } from '../testing/fixtures';
import { buildAntrag, type AntragInput } from './antrag-builder';
import { HARBURG_MOTION_CONVENTIONS } from '../../contract/settings';
import { motionHeading, motionKind } from './motion-wording';

const input: AntragInput = {
  office,
  logo: null,
  edition,
  date: '2026-11-26',
  fraktionen: ['SPD', 'GRÜNE', 'CDU'],
  subject: 'Neue Maßnahmen für das Integrationskonzept',
  sachverhalt: 'Erster Absatz.\nMit Zeilenumbruch.\n\nZweiter Absatz.',
  measures: [measure(1, 'ZL-06', { title: 'Offene Sportangebote', lead: 'TSV Neuwiedenthal' }), measure(2, 'DS-05', { periodFrom: null, periodTo: null })],
  signatories: [
    { name: 'Petra Albers', fraktion: 'SPD', role: 'Fraktionsvorsitzende' },
    { name: 'Deniz Yıldırım', fraktion: 'GRÜNE', role: '' },
  ],
};

describe('the Antrag', () => {
  it('is headed by one or several Fraktionen as Harburg writes it, or in another district\'s wording', () => {
    expect(motionHeading(['SPD'])).toBe('Antrag der SPD-Fraktion');
    expect(motionHeading(['SPD', 'CDU'])).toBe('Gemeinsamer Antrag der SPD-Fraktion und der CDU-Fraktion');
    expect(motionHeading(['SPD', 'GRÜNE', 'CDU'])).toBe('Gemeinsamer Antrag der SPD-Fraktion, der GRÜNE-Fraktion und der CDU-Fraktion');
    expect([motionKind(['SPD']), motionKind(['SPD', 'CDU'])]).toEqual(['Antrag', 'Gemeinsamer Antrag']);
    const altona = { ...HARBURG_MOTION_CONVENTIONS, singleHeading: 'Antrag der Fraktion {name}', jointHeading: 'Interfraktioneller Antrag der Fraktionen {fraktionen}', jointItem: '{name}' };
    expect(motionHeading(['SPD'], altona)).toBe('Antrag der Fraktion SPD');
    expect(motionHeading(['SPD', 'GRÜNE', 'CDU'], altona)).toBe('Interfraktioneller Antrag der Fraktionen SPD, GRÜNE und CDU');
  });

  it('carries district, date, heading, subject, Sachverhalt and Petitum in that order', async () => {
    const { xml } = await pack(buildAntrag(input));
    const texts = paragraphTexts(xml).filter((text) => text.trim() !== '');
    const at = (text: string) => texts.findIndex((line) => line.includes(text));
    expect(texts[0]).toBe('Bezirksversammlung Harburg');
    expect(texts).toContain('Datum: 26.11.2026');
    const order = [
      'Gemeinsamer Antrag der SPD-Fraktion, der GRÜNE-Fraktion und der CDU-Fraktion',
      'betr. Neue Maßnahmen für das Integrationskonzept',
      'Sachverhalt:',
      'Erster Absatz.\nMit Zeilenumbruch.',
      'Zweiter Absatz.',
      'Petitum/Beschluss:',
      'Die Bezirksversammlung möge beschließen:',
      'Die folgenden zwei Maßnahmen werden für den Zeitraum 2022–2024 in das Leitbild „Zusammenleben in Vielfalt“ aufgenommen:',
      'ZL-06 Offene Sportangebote',
      'DS-05 Maßnahme DS-05',
      'Die Bezirksamtsleitung wird gebeten, die Umsetzung dieser Maßnahmen zu veranlassen',
    ].map(at);
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('numbers one petitum point per measure, with description, lead and period', async () => {
    const { xml } = await pack(buildAntrag(input));
    const paragraphs = paragraphsXml(xml);
    const points = paragraphs.filter((p) => styleOf(p) === 'ListNumber');
    expect(points.map(paragraphText)).toEqual(['ZL-06 Offene Sportangebote', 'DS-05 Maßnahme DS-05']);
    expect(points.every((p) => p.includes('<w:numPr>'))).toBe(true);
    const details = paragraphs.filter((p) => styleOf(p) === 'ListContinue').map(paragraphText);
    expect(details).toEqual(['Beschreibung von ZL-06.', 'Federführung: TSV Neuwiedenthal\nZeitraum: 2022–2024', 'Beschreibung von DS-05.', 'Federführung: Bezirksamt Harburg, Fachamt Sozialraummanagement\nZeitraum: 2022–2024']);
  });

  it('ends with the signatures of the chairs, or a line per Fraktion to sign by hand', async () => {
    const signed = paragraphTexts((await pack(buildAntrag(input))).xml);
    expect(signed).toEqual(expect.arrayContaining(['Für die SPD-Fraktion', 'Petra Albers', 'Fraktionsvorsitzende', 'Für die GRÜNE-Fraktion', 'Deniz Yıldırım', 'Fraktionsvorsitz']));
    const unsigned = paragraphTexts((await pack(buildAntrag({ ...input, signatories: [] }))).xml);
    expect(unsigned.filter((text) => text.startsWith('Für die'))).toEqual(['Für die SPD-Fraktion', 'Für die GRÜNE-Fraktion', 'Für die CDU-Fraktion']);
  });

  it('uses real Word styles, A4 with a 25 mm left margin, and a footer with page fields', async () => {
    const packed = await pack(buildAntrag({ ...input, drucksache: '21-2433', logo: tinyPng }));
    const styles = await packed.part('word/styles.xml');
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'ListNumber', 'TOC1', 'Header', 'Footer', 'LbwTable']) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    expect(styles).toContain('w:ascii="Arial"');
    const paragraphs = paragraphsXml(packed.xml);
    expect(styleOf(paragraphs.find((p) => paragraphText(p) === 'Sachverhalt:')!)).toBe('Heading1');
    expect(styleOf(paragraphs.find((p) => paragraphText(p) === 'Petitum/Beschluss:')!)).toBe('Heading1');
    // A style, not bold text: Word's navigation pane lists it.
    expect(styleOf(paragraphs.find((p) => paragraphText(p) === 'Die Bezirksversammlung möge beschließen:')!)).toBe('Heading2');
    expect(styleOf(paragraphs.find((p) => paragraphText(p).startsWith('Gemeinsamer Antrag'))!)).toBe('Title');
    // An ordinary hyphen: "ZL-06" copied from the file finds the measure.
    expect(paragraphs.filter((p) => styleOf(p) === 'ListNumber').some((p) => p.includes('noBreakHyphen'))).toBe(false);
    expect(await packed.part('docProps/core.xml')).toContain('<dc:creator>Bezirksamt Harburg, Fachamt Sozialraummanagement</dc:creator>');
    expect(packed.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(packed.xml).toMatch(/<w:pgMar [^>]*w:left="1417"/);
    expect(paragraphTexts(packed.xml)).toContain('Drucksache\u00a021-2433');
    expect(packed.xml).toContain('<w:drawing>');
    const footer = await packed.part('word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(paragraphTexts(footer).join('')).toMatch(/^Gemeinsamer Antrag vom 26\.11\.2026\tSeite \d* von \d*$/);
    // Page 2 names the kind of motion: a joint one here, a plain "Antrag" for one Fraktion.
    expect(paragraphTexts(await packed.part('word/header1.xml'))).toEqual(['Bezirksversammlung Harburg\tGemeinsamer Antrag']);
    const single = await pack(buildAntrag({ ...input, fraktionen: ['SPD'], signatories: [] }));
    expect(paragraphTexts(await single.part('word/header1.xml'))).toEqual(['Bezirksversammlung Harburg\tAntrag']);
    expect(paragraphTexts(single.xml)).toContain('Antrag der SPD-Fraktion');
  });
});
