import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir';

const root = path.resolve(import.meta.dirname, '..');

describe('npm run docs:sample', () => {
  it('writes every kind of document for the demo into the folder, named by date and kind', { timeout: 120_000 }, async () => {
    const out = path.join(tempDir('lbw-docs-sample-test-'), 'neu');
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'docs-sample.ts'), out, '--date', '2026-11-26', '--logo', path.join(root, 'resources', 'icon.png')], {
      cwd: root,
      stdio: 'pipe',
    });
    expect(fs.readdirSync(out).sort()).toEqual([
      '2022-03-16_Protokoll_AG-Integrationskonzept_3-Sitzung.docx',
      '2022-03-16_Protokoll_AG-Integrationskonzept_3-Sitzung_oeffentlich.docx',
      // Dated the day the demo's motion was filed, so it reads as it did then.
      '2022-05-24_Antrag_Integration.docx',
      // The DSGVO Auskunft of a demo person invited to the planned meeting.
      expect.stringMatching(/^2026-11-26_Auskunft_.+\.docx$/),
      '2026-11-26_Leitbild_2022-2024.docx',
      '2026-11-26_Sachstandsbericht.docx',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}_Anwesenheitsliste_Harburger-IR_13-Sitzung\.docx$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}_Einladung_Harburger-IR_13-Sitzung\.docx$/),
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}_Sitzung_Harburger-IR_13-Sitzung\.ics$/),
    ]);
    // The minutes come from the demo's meetings: its chair signs, the approval is noted.
    const minutes = await JSZip.loadAsync(fs.readFileSync(path.join(out, '2022-03-16_Protokoll_AG-Integrationskonzept_3-Sitzung.docx')));
    const minutesXml = await minutes.file('word/document.xml')!.async('string');
    expect(minutesXml).toContain('genehmigt');
    expect(minutesXml).toContain('mit den Stimmen von');
    // The Auskunft states the facts of its day: the planned meeting is an invitation, not attendance.
    const auskunft = fs.readdirSync(out).find((name) => name.includes('_Auskunft_'))!;
    const auskunftXml = await (await JSZip.loadAsync(fs.readFileSync(path.join(out, auskunft)))).file('word/document.xml')!.async('string');
    expect(auskunftXml).toContain('Vorgesehene Sitzungen (Einladung)');
    expect(auskunftXml).toContain('g) Herkunft der Daten');
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(out, '2026-11-26_Leitbild_2022-2024.docx')));
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(true);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Zusammenleben in Vielfalt');
  });

  it('asks for a folder when none is given', () => {
    let failure: { status?: number; stderr?: Buffer } = {};
    try {
      execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'docs-sample.ts')], { cwd: root, stdio: 'pipe' });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(2);
    expect(String(failure.stderr)).toContain('Zielordner');
  });
});
