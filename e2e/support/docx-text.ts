import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download } from '@playwright/test';
import JSZip from 'jszip';
import { paragraphText } from '../../documents/testing/docx-inspect';

/** The text of a downloaded Word file, one line per paragraph. */
export async function docxText(download: Download): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-docx-')), download.suggestedFilename());
  await download.saveAs(file);
  const zip = await JSZip.loadAsync(new Uint8Array(fs.readFileSync(file)));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => paragraphText(paragraph)).join('\n');
}
