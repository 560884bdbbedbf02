import { layoutDocument } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import { buildEdition, editionBlocks } from '../edition/edition-builder';
import { editionInput } from '../testing/fixtures';
import { largeEditionInput } from '../../test-support/large-edition';
import { heading, pageBreak, paragraph, type Block } from './blocks';
import { PIN_RESERVE_POINTS, planPages } from './pagination';
import { bodyHeightPoints } from './page-setup';
import { TYPOGRAPHY } from './typography';

const options = { chapterStartsNewPage: true, contentsLevels: 1, pinPageBreaks: true };
/** One-line paragraphs without space after, so the page arithmetic is plain. */
const line = (text = 'Zeile'): Block => paragraph(text);

describe('the page plan behind the table of contents', () => {
  it('starts each chapter on a new page, and a forced break starts one too', () => {
    const plan = planPages([paragraph('Titel'), pageBreak(), heading(1, 'Eins'), line(), heading(1, 'Zwei'), heading(2, 'nicht im Verzeichnis'), heading(1, 'Drei')], options);
    expect(plan.entryPages).toEqual([2, 3, 4]);
    expect(plan.pageCount).toBe(4);
  });

  it('moves a heading to the next page rather than leave it alone at the bottom', () => {
    // Filler that leaves room for the heading, but not for the heading and two lines of text.
    const perLine = TYPOGRAPHY.normal.line + TYPOGRAPHY.normal.after;
    const filler = Array.from({ length: Math.floor((bodyHeightPoints - 50) / perLine) }, () => line());
    const flowing = { chapterStartsNewPage: false, contentsLevels: 1 };
    expect(planPages([...filler, heading(1, 'Kapitel')], flowing).entryPages).toEqual([1]);
    expect(planPages([...filler, heading(1, 'Kapitel'), paragraph('Text '.repeat(200))], flowing).entryPages).toEqual([2]);
  });

  it('pins the breaks it plans and leaves a reserve at the foot of each page, so Word and LibreOffice break there too', () => {
    const perLine = TYPOGRAPHY.normal.line + TYPOGRAPHY.normal.after;
    const onFullPage = Math.floor((bodyHeightPoints - TYPOGRAPHY.normal.line) / perLine) + 1;
    const onPinnedPage = Math.floor((bodyHeightPoints - PIN_RESERVE_POINTS - TYPOGRAPHY.normal.line) / perLine) + 1;
    const blocks = Array.from({ length: onFullPage }, () => line());
    const loose = planPages(blocks, { ...options, pinPageBreaks: false });
    expect(loose.pageCount).toBe(1);
    expect(loose.pinnedBreaks.size).toBe(0);
    const pinned = planPages(blocks, options);
    expect(pinned.pageCount).toBe(2);
    expect([...pinned.pinnedBreaks]).toEqual([onPinnedPage]);
  });

  it('counts the lines of long text at the real text width', () => {
    // About 95 characters fit on a line of 11-point Arial across 165 mm.
    const plan = planPages([heading(1, 'A'), paragraph('Wort '.repeat(19 * 150)), heading(1, 'B')], options);
    expect(plan.entryPages[1]).toBeGreaterThan(2);
    expect(plan.pageCount).toBe(plan.entryPages[1]);
  });

  it.each([
    [3, 4],
    [4, 7],
    [2, 13],
  ])('agrees with a Word layout of the pages (docx/layout) for %i fields with %i measures each', (fields, perField) => {
    const input = editionInput(fields, perField);
    const plan = planPages(editionBlocks(input), options);
    const layout = layoutDocument(buildEdition(input), { guess: true });
    const titles = ['Vorwort', 'Leitbild und Leitlinien', ...input.fields.map((field, index) => `Handlungsfeld ${index + 1}: ${field.name}`), 'Wie diese Ausgabe entstanden ist', 'Kontakt'];
    const wordPages = titles.map(
      (title) => layout.pages.findIndex((page, index) => index > 1 && page.body.some((block) => block.type === 'paragraph' && block.lines.some((text) => text.text.trim() === title))) + 1,
    );
    expect(plan.entryPages).toEqual(wordPages);
    expect(plan.pageCount).toBe(layout.pages.length);
  });

  it.each([10, 100])('agrees with a Word layout (docx/layout) for %i measures with long descriptions, right-to-left names and a logo', { timeout: 120_000 }, (count) => {
    const input = largeEditionInput(count);
    const plan = planPages(editionBlocks(input), options);
    const layout = layoutDocument(buildEdition(input), { guess: true });
    const starts = (title: string) => layout.pages.findIndex((page, index) => index > 1 && page.body.some((block) => block.type === 'paragraph' && block.lines.some((text) => text.text.trim() === title))) + 1;
    const titles = ['Vorwort', 'Leitbild und Leitlinien', ...input.fields.map((field, index) => `Handlungsfeld ${index + 1}: ${field.name}`), 'Wie diese Ausgabe entstanden ist', 'Kontakt'];
    expect(titles.map(starts)).toEqual(plan.entryPages);
    expect(layout.pages.length).toBe(plan.pageCount);
  });
});
