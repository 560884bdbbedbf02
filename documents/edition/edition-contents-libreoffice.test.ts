import fs from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { largeEditionInput } from '../../test-support/large-edition';
import { libreOffice, pagesOf, toPdf } from '../../test-support/libreoffice';
import { tempDir } from '../../test-support/temp-dir';
import { paragraph } from '../engine';
import { planPages } from '../engine/pagination';
import { buildEdition, editionBlocks } from './edition-builder';

/**
 * The contents of a Leitbild edition name the pages LibreOffice really lays its chapters out on,
 * from 5 to 500 measures, with long descriptions, right-to-left names and a logo. The numbers
 * are stored in the file (neither Word nor LibreOffice recomputes them on opening), so this is
 * what a reader sees. On CI (CI=true) a missing LibreOffice fails the test instead of skipping it.
 */
const SIZES = [5, 10, 100, 500] as const;

/** Contents lines ("Vorwort ........ 3") as title and page. */
const contentsOf = (page: string) =>
  page
    .split('\n')
    .map((line) => /^\s*(\S.*?)\s*\.{4,}\s*(\d+)\s*$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ title: match[1]!, page: Number(match[2]) }));

describe.skipIf(libreOffice.skip)('the contents of a long edition in LibreOffice', () => {
  const pdfs = new Map<number, string[]>();

  beforeAll(async () => {
    libreOffice.check();
    const dir = tempDir('lbw-lo-contents-');
    const files = await Promise.all(
      SIZES.map(async (count) => {
        const file = path.join(dir, `ausgabe-${count}.docx`);
        fs.writeFileSync(file, await Packer.toBuffer(buildEdition(largeEditionInput(count))));
        return file;
      }),
    );
    // One LibreOffice run for all four: the 500-measure edition alone takes 10–60 s on a busy machine.
    toPdf(files).forEach((pdf, index) => pdfs.set(SIZES[index]!, pagesOf(pdf)));
  }, 300_000);

  it.each(SIZES)('%i measures: every contents entry names the page its chapter starts on, and the page count holds', (count) => {
    const pages = pdfs.get(count)!;
    const entries = contentsOf(pages[1]!);
    expect(entries.map((entry) => entry.title)).toEqual(expect.arrayContaining(['Vorwort', 'Handlungsfeld 5: Ehrenamt', 'Kontakt']));
    for (const entry of entries) {
      const actual = pages.findIndex((page, index) => index > 1 && page.split('\n').some((line) => line.trim() === entry.title)) + 1;
      expect({ title: entry.title, page: actual }).toEqual(entry);
    }
    expect(pages.at(-1)).toContain(`Seite ${pages.length} von ${pages.length}`);
  });

  it.each(SIZES)('%i measures: every measure starts on the page the plan gives it, as the pinned breaks say', (count) => {
    // The plan of every measure heading: the same blocks, with the contents as one line (it fills page 2 alone).
    const blocks = editionBlocks(largeEditionInput(count)).map((block) => (block.type === 'tableOfContents' ? paragraph('Inhalt') : block));
    const plan = planPages(blocks, { chapterStartsNewPage: true, contentsLevels: 2, pinPageBreaks: true });
    const titles = blocks.flatMap((block) => (block.type === 'heading' && block.level <= 2 ? [block.text.replace(/\u2011/g, '-').replace(/\s+/g, ' ')] : []));
    const pages = pdfs.get(count)!;
    expect(pages).toHaveLength(plan.pageCount);
    // A measure is found by its code at the start of a line ("ZL-009"), other headings by their whole line.
    const startsWith = (title: string) => {
      const code = /^[A-Z]{2}-\d{3}\b/.exec(title)?.[0];
      return (page: string) => page.split('\n').some((line) => (code ? line.trimStart().startsWith(`${code} `) : line.trim().replace(/\s+/g, ' ') === title));
    };
    let from = 2;
    const actual = titles.map((title) => {
      const test = startsWith(title);
      const found = pages.findIndex((page, index) => index >= from && test(page));
      from = Math.max(from, found);
      return found + 1;
    });
    expect(actual).toEqual(plan.entryPages);
  });
});
