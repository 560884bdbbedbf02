import validate from '@ooxml-tools/validate';
import { describe, expect, it } from 'vitest';
import { buildAntrag } from './antrag/antrag-builder';
import { pack, paragraphsXml, paragraphText, paragraphTexts } from './testing/docx-inspect';
import { edition, measure, office } from './testing/fixtures';

const MARKUP = `Kunst & Kultur <Vielfalt> "Zitat" 'einfach' „deutsch“ ]]> &amp;`;
const EMOJI = 'Fest 🎉 Hände 🤝🏽 Familie 👩‍👩‍👧';
const TURKISH = 'Çağrı Yılmaz aus İstanbul: ığüşöç ĞÜŞİÖÇ';
const ARABIC = 'محمد عبد الله';
const FARSI = 'فاطمه رضایی';

describe('text safety: what users type comes out of the document as typed', () => {
  const input = {
    office: { ...office, districtName: 'Bezirksamt Harburg & Wilhelmsburg' },
    logo: null,
    edition: { ...edition, title: `Zusammen <leben> & "Vielfalt"` },
    date: '2026-11-26',
    fraktionen: ['SPD', 'GRÜNE & Co'],
    subject: MARKUP,
    sachverhalt: `${EMOJI}\nZeile zwei mit ${TURKISH}\n\nBeraten mit ${ARABIC} und ${FARSI}.\u0007`,
    measures: [measure(1, 'ZL-01', { title: `${TURKISH} ${EMOJI}`, description: `Leitung: ${FARSI} (Farsi), ${ARABIC} (Arabisch)\nzweite Zeile`, lead: MARKUP })],
    signatories: [{ name: FARSI, fraktion: 'GRÜNE & Co', role: TURKISH }],
  };

  it('round-trips markup characters, quotes, line breaks, emoji, Turkish, Arabic and Farsi', async () => {
    const texts = paragraphTexts((await pack(buildAntrag(input))).xml);
    expect(texts).toContain(`betr. ${MARKUP}`);
    expect(texts).toContain(`${EMOJI}\nZeile zwei mit ${TURKISH}`);
    expect(texts).toContain(`Beraten mit ${ARABIC} und ${FARSI}.`);
    expect(texts).toContain(`ZL-01 ${TURKISH} ${EMOJI}`);
    expect(texts).toContain(`Leitung: ${FARSI} (Farsi), ${ARABIC} (Arabisch)\nzweite Zeile`);
    expect(texts).toContain(`Federführung: ${MARKUP}\nZeitraum: 2022–2024`);
    expect(texts).toEqual(expect.arrayContaining(['Gemeinsamer Antrag der SPD-Fraktion und der GRÜNE & Co-Fraktion', 'Für die GRÜNE & Co-Fraktion', FARSI, TURKISH]));
    expect(texts.join('')).not.toContain('\u0007');
  });

  it('marks right-to-left names as right-to-left runs with their language, and nothing else', async () => {
    const { xml } = await pack(buildAntrag(input));
    const runs = paragraphsXml(xml).flatMap((p) => [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) => match[1]!));
    const rtlRuns = runs.filter((run) => run.includes('<w:rtl/>'));
    const rtlTexts = rtlRuns.map((run) => paragraphText(`<w:p>${run}</w:p>`));
    expect(rtlTexts).toEqual(expect.arrayContaining([ARABIC, FARSI]));
    expect(rtlTexts.every((text) => /^[\u0600-\u06FF ]+$/.test(text))).toBe(true);
    expect(rtlRuns.find((run) => run.includes('رضایی'))).toContain('w:bidi="fa-IR"');
    expect(rtlRuns.find((run) => run.includes('محمد'))).toContain('w:bidi="ar-SA"');
  });

  it('stays a valid Office Open XML file', async () => {
    const { buffer } = await pack(buildAntrag(input));
    expect(await validate(new Uint8Array(buffer), 'docx', 'Microsoft365')).toEqual([]);
  });
});
