import fs from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { libreOffice, pagesOf, toPdf } from '../../../test-support/libreoffice';
import { buildEdition } from '../../../documents/edition/edition-builder';
import { editionInput } from '../../../documents/testing/fixtures';
import { tempDir } from '../../../test-support/temp-dir';
import { demoCore } from '../../../test-support/demo-fixture';
import { sampleDocuments } from '../../demo/sample-set';

/**
 * The documents as a district prints them: converted to PDF by LibreOffice (as offices without
 * Word do, and as the PDF for the Bezirksversammlung is often made), then read back with
 * pdftotext. CI installs both and fails without them; on a machine without them this test says so
 * and is skipped (test-support/required.ts).
 */

/** Contents lines ("Vorwort ........ 3") as title and page. */
const contentsOf = (page: string) =>
  page
    .split('\n')
    .map((line) => /^\s*(\S.*?)\s*\.{4,}\s*(\d+)\s*$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ title: match[1]!, page: Number(match[2]) }));

/** Every contents entry names the page its chapter really starts on in the PDF. */
function expectContentsTrue(pages: readonly string[]) {
  const entries = contentsOf(pages[1]!);
  expect(entries.length).toBeGreaterThan(3);
  for (const entry of entries) {
    const actual = pages.findIndex((page, index) => index > 1 && page.split('\n').some((line) => line.trim() === entry.title)) + 1;
    expect({ title: entry.title, page: actual }).toEqual(entry);
  }
  return entries;
}

describe.skipIf(libreOffice.skip)('documents in LibreOffice', () => {
  beforeAll(libreOffice.check);
  it('converts every sample; the texts, the codes and the contents with true page numbers come out', { timeout: 180_000 }, async () => {
    const { core, editionId } = await demoCore();
    const dir = tempDir('lbw-lo-docs-');
    const samples = await sampleDocuments(core.dispatch, editionId, '2026-11-26');
    const files = await Promise.all(
      samples.map(async (sample) => {
        const file = path.join(dir, sample.fileName);
        fs.writeFileSync(file, await Packer.toBuffer(sample.document));
        return file;
      }),
    );
    const [antragPdf, editionPdf, reportPdf] = toPdf(files);

    // The sample Antrag is dated the day the demo's motion was filed.
    const draft = await core.dispatch('documents.antragDraft', { editionId, asOf: '2022-05-24' });
    const edition = await core.dispatch('documents.editionData', { editionId });
    if (!draft.ok || !edition.ok) throw new Error('records refused');

    const antrag = pagesOf(antragPdf!).join('\n').replace(/\u2011/g, '-');
    expect(antrag).toContain('Gemeinsamer Antrag der SPD-Fraktion,');
    expect(antrag).toContain('Petitum/Beschluss:');
    expect(antrag).toContain('Die Bezirksversammlung möge beschließen:');
    expect(antrag).toContain('Sachverhalt');
    const records = draft.data as { measures: Array<{ code: string }>; fraktionen: Array<{ fraktion: string; chair: string }> };
    for (const measure of records.measures) expect(antrag).toContain(measure.code);
    // Signed by the chairs of that day, from the demo's memberships.
    for (const fraktion of ['SPD', 'GRÜNE', 'CDU']) expect(antrag).toContain(records.fraktionen.find((entry) => entry.fraktion === fraktion)!.chair);

    const editionPages = pagesOf(editionPdf!);
    expect(editionPages.length).toBeGreaterThan(1);
    const entries = expectContentsTrue(editionPages);
    expect(entries.map((entry) => entry.title)).toEqual([
      'Vorwort',
      'Leitbild und Leitlinien',
      'Handlungsfeld 1: Zusammenleben in Harburg',
      'Handlungsfeld 2: Deutsch als Sprache',
      'Handlungsfeld 3: Arbeit und Bildung',
      'Handlungsfeld 4: Antidiskriminierung',
      'Handlungsfeld 5: Ehrenamt',
      'Wie diese Ausgabe entstanden ist',
      'Kontakt',
    ]);
    const editionText = editionPages.join('\n');
    const adopted = (edition.data as { fields: Array<{ measures: Array<{ code: string }> }> }).fields.flatMap((field) => field.measures.map((measure) => measure.code));
    expect(adopted.length).toBeGreaterThan(10);
    for (const code of adopted) expect(editionText).toContain(code);
    expect(editionPages.at(-1)).toMatch(/Seite \d+ von \d+/);

    const report = pagesOf(reportPdf!).join('\n');
    expect(report).toContain('Stand: 26. November 2026');
    expect(report).toMatch(/Gesamt\s+5\s+3\s+4\s+5\s+3\s+20/); // the Leitbild's 20 measures (adopted or later)
    expect(report).toMatch(/2 Vorschläge wurden abgelehnt/);
  });

  it('keeps the contents true over a long edition (12 fields, 180 measures)', { timeout: 180_000 }, async () => {
    const dir = tempDir('lbw-lo-long-');
    const file = path.join(dir, 'lang.docx');
    fs.writeFileSync(file, await Packer.toBuffer(buildEdition(editionInput(12, 15))));
    const pages = pagesOf(toPdf([file])[0]!);
    expect(pages.length).toBeGreaterThan(40);
    expect(expectContentsTrue(pages)).toHaveLength(16);
  });
});
