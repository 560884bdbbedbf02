import { Document, NoBreakHyphen, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { withVisibleHyphens } from './preview-file';

describe('the preview copy of a Word file', () => {
  it("shows Word's non-breaking hyphen as a character (docx-preview draws nothing for it)", async () => {
    const run = new TextRun({ children: ['Antrag der SPD', new NoBreakHyphen(), 'Fraktion'] });
    const file = await Packer.toBlob(new Document({ sections: [{ children: [new Paragraph({ children: [run] })] }] }));
    const preview = await withVisibleHyphens(file);
    const xml = await (await JSZip.loadAsync(await preview.arrayBuffer())).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('<w:noBreakHyphen/>');
    expect(xml).toContain('<w:t>\u2011</w:t>');
  });
});
