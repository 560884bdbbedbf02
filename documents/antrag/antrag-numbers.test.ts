import { describe, expect, it } from 'vitest';
import { pack, paragraphsXml, paragraphText, styleOf } from '../testing/docx-inspect';
import { edition, measure, office, process } from '../testing/fixtures';
import { buildAntrag } from './antrag-builder';
import { draftSachverhalt } from './sachverhalt-draft';

const WORDS = ['null', 'eine', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];
const asNumber = (word: string) => (WORDS.includes(word) ? WORDS.indexOf(word) : Number(word));

/** The Antrag as filed: its Sachverhalt drafted from the same list its petitum names. */
async function antragText(count: number, recommended: number) {
  const measures = Array.from({ length: count }, (_, index) => measure(index + 1, `ZL-${String(index + 1).padStart(2, '0')}`));
  const facts = { ...process, agVotes: { ...process.agVotes, recommended } };
  const document = buildAntrag({
    office,
    logo: null,
    edition,
    date: '2022-05-24',
    fraktionen: ['SPD', 'CDU'],
    subject: 'Maßnahmen',
    sachverhalt: draftSachverhalt({ edition, process: facts, measureCount: measures.length }),
    measures,
    signatories: [],
  });
  const paragraphs = paragraphsXml((await pack(document)).xml);
  const text = paragraphs.map(paragraphText).join('\n');
  return { text, points: paragraphs.filter((p) => styleOf(p) === 'ListNumber').length };
}

describe('the numbers of an Antrag', () => {
  it.each([
    [5, 28],
    [28, 28],
    [1, 1],
  ])('agree between Sachverhalt and Petitum (%i listed of %i recommended)', async (count, recommended) => {
    const { text, points } = await antragText(count, recommended);
    expect(points).toBe(count);
    const intro = /Die folgenden? (\S+ )?Maßnahmen? wird|Die folgenden (\S+) Maßnahmen werden/.exec(text);
    expect(intro).not.toBeNull();
    if (count > 1) expect(asNumber(intro![2]!)).toBe(count);
    const asked = /soll die Bezirksversammlung (?:die (\S+) empfohlenen Maßnahmen|die empfohlene Maßnahme|(\S+) der (\S+) empfohlenen Maßnahmen)/.exec(text)!;
    const named = asked[1] ?? asked[2];
    expect(named === undefined ? 1 : asNumber(named)).toBe(count);
    if (asked[3]) expect(asNumber(asked[3])).toBe(recommended);
    // The vote sentence and the purpose sentence name the same number of recommendations.
    expect(text).toContain(`wurden ${recommended === 1 ? 'einer' : WORDS[recommended] ?? recommended} zur Umsetzung empfohlen`);
  });
});
