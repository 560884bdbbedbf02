import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { required } from './required';
import { tempDir } from './temp-dir';

/**
 * The documents as an office without Word prints them: LibreOffice converts to PDF, pdftotext
 * reads it back. CI installs both and fails without them; elsewhere the tests say so and are skipped.
 */
const hasTool = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

const libreOfficeAvailable = hasTool('soffice') && hasTool('pdftotext');

/** `describe.skipIf(libreOffice.skip)(…, () => { beforeAll(libreOffice.check); … })` */
export const libreOffice = required(libreOfficeAvailable, 'soffice or pdftotext is not installed (apt-get install libreoffice-writer-nogui poppler-utils)');

/** Converts the files with one LibreOffice run in a profile of its own, so parallel runs do not clash. */
export function toPdf(files: readonly string[]): string[] {
  const dir = path.dirname(files[0]!);
  const profile = tempDir('lbw-lo-profile-');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 120_000 });
  return files.map((file) => file.replace(/\.docx$/, '.pdf'));
}

/** The text of each page; Word's non-breaking hyphen and spaces read as plain ones. */
export function pagesOf(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.replace(/\u2011/g, '-').replace(/\u00a0/g, ' ').split('\f').slice(0, -1);
}

/** LibreOffice Calc (Debian: libreoffice-calc-nogui), for spreadsheets as an office without Excel opens them. */
const calcAvailable = libreOfficeAvailable && fs.existsSync('/usr/lib/libreoffice/program/libsclo.so');
export const libreOfficeCalc = required(calcAvailable, 'LibreOffice Calc is not installed (apt-get install libreoffice-calc-nogui)');

/**
 * A workbook as Calc opens it, saved again as CSV (UTF-8, semicolons): each cell as Calc shows it,
 * so a postcode Calc took for a number comes back without its leading 0.
 */
export function calcShows(workbook: string): string[][] {
  const dir = path.dirname(workbook);
  const profile = tempDir('lbw-lo-profile-');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,76,1', '--outdir', dir, workbook], { stdio: 'ignore', timeout: 120_000 });
  const csv = fs.readFileSync(workbook.replace(/\.xlsx$/, '.csv'), 'utf8');
  // Calc quotes text cells ("…") and leaves numbers bare; the cells here hold no ";" of their own.
  const unquote = (cell: string) => (/^".*"$/s.test(cell) ? cell.slice(1, -1).replace(/""/g, '"') : cell);
  return csv.trimEnd().split('\n').map((line) => line.replace(/\r$/, '').split(';').map(unquote));
}
