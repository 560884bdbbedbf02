import { execFileSync, spawnSync } from 'node:child_process';
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
