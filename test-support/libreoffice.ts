import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { required } from './required';

/**
 * The documents as an office without Word prints them: LibreOffice converts to PDF, pdftotext
 * reads it back. CI installs both and fails without them; elsewhere the tests say so and are skipped.
 */
const hasTool = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

const libreOfficeAvailable = hasTool('soffice') && hasTool('pdftotext');

/** `describe.skipIf(libreOffice.skip)(…, () => { beforeAll(libreOffice.check); … })` */
export const libreOffice = required(libreOfficeAvailable, 'soffice or pdftotext is not installed (apt-get install libreoffice-writer-nogui poppler-utils)');

/**
 * One LibreOffice run in a profile of its own, so parallel runs do not clash; the profile is removed
 * afterwards (not through vitest's temp folders: the Playwright specs convert too).
 */
function soffice(args: readonly string[]): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], { stdio: 'ignore', timeout: 120_000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Converts the files with one LibreOffice run. */
export function toPdf(files: readonly string[]): string[] {
  soffice(['--convert-to', 'pdf', '--outdir', path.dirname(files[0]!), ...files]);
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

/** Calc's CSV filter: semicolons, double quotes, UTF-8 (76), from line 1, as the app writes its CSV. */
const CALC_CSV = 'Text - txt - csv (StarCalc):59,34,76,1';

/**
 * A workbook (.xlsx) or the app's CSV as Calc opens it, saved again as CSV (UTF-8, semicolons): each
 * cell as Calc shows it, so a postcode Calc took for a number comes back without its leading 0. A
 * CSV is opened as a person confirming Calc's import dialog gets it: semicolon, UTF-8, every column
 * "Standard" (Calc's own guess of numbers and dates).
 */
export function calcShows(file: string): string[][] {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-calc-'));
  try {
    const csvIn = /\.csv$/i.test(file) ? [`--infilter=${CALC_CSV}`] : [];
    soffice([...csvIn, '--convert-to', `csv:${CALC_CSV}`, '--outdir', outDir, file]);
    return parseSemicolonCsv(fs.readFileSync(path.join(outDir, path.basename(file).replace(/\.[^.]+$/, '.csv')), 'utf8'));
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** Calc's CSV: ";" between cells, text cells with ";", '"' or a line break quoted ("" inside), rows ending in LF or CRLF. */
export function parseSemicolonCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') cell += text[++index];
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
