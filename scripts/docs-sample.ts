import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Packer } from 'docx';
import { buildEdition, documentFileName } from '../documents';
import { imageTypeOf } from '../documents/engine/image-size';
import { startAppCore } from '../main/core/app-core';
import { silentLogger } from '../main/services/logger';
import { seedDemo } from '../main/demo/seed-demo';
import { plainPlatform } from '../main/core/plain-platform';
import { disclosureSampleFile } from '../main/demo/disclosure-sample';
import { meetingSampleFiles } from '../main/demo/meeting-sample-set';
import { sampleDocuments } from '../main/demo/sample-set';
import { todayIso } from '../main/services/text-compare';
import { largeEditionInput, sampleLogo } from '../test-support/large-edition';

/**
 * `npm run docs:sample -- <dir> [--logo FILE] [--date YYYY-MM-DD] [--large]`: builds the demo
 * database in a temporary folder and writes every kind of Word document (and the meeting's .ics)
 * into <dir>; with --large also a Leitbild edition of 500 measures (long descriptions,
 * right-to-left names, a logo) to check the contents' page numbers. Nothing else is touched.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ args: process.argv.slice(2), options: { logo: { type: 'string' }, date: { type: 'string' }, large: { type: 'boolean' } }, allowPositionals: true });
  const target = positionals[0];
  if (!target) {
    console.error('Bitte einen Zielordner angeben: npm run docs:sample -- ORDNER [--logo DATEI.png] [--date JJJJ-MM-TT] [--large]');
    return 2;
  }
  const today = values.date ?? todayIso();
  const outDir = path.resolve(target);
  fs.mkdirSync(outDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-docs-sample-'));
  const core = await startAppCore({ dataDir, appVersion: 'docs-sample', platform: plainPlatform, logger: silentLogger });
  try {
    await seedDemo(core.dispatch);
    if (values.logo) {
      const bytes = fs.readFileSync(values.logo);
      const type = imageTypeOf(new Uint8Array(bytes));
      if (!type) throw new Error(`${values.logo} ist keine PNG- oder JPEG-Datei.`);
      const saved = await core.dispatch('documents.setLogo', { logo: { type, base64: bytes.toString('base64') } });
      if (!saved.ok) throw new Error(`Logo abgelehnt: ${saved.error.messageKey}`);
    }
    const editions = await core.dispatch('editions.list', {});
    if (!editions.ok) throw new Error(editions.error.messageKey);
    const [edition] = editions.data as Array<{ id: number }>;
    if (!edition) throw new Error('Die Demo enthält keine Leitbild-Ausgabe.');
    for (const sample of await sampleDocuments(core.dispatch, edition.id, today)) {
      const file = path.join(outDir, sample.fileName);
      fs.writeFileSync(file, await Packer.toBuffer(sample.document));
      console.log(`geschrieben: ${file}`);
    }
    if (values.large) {
      // The logo given (checked above), else the app's icon, so the cover's picture is laid out too.
      const bytes = values.logo ? new Uint8Array(fs.readFileSync(values.logo)) : null;
      const type = bytes ? imageTypeOf(bytes) : null;
      const logo = bytes && type ? { type, data: bytes } : sampleLogo();
      const file = path.join(outDir, documentFileName(today, 'Leitbild', '500-Massnahmen'));
      fs.writeFileSync(file, await Packer.toBuffer(buildEdition({ ...largeEditionInput(500, logo), issuedOn: today })));
      console.log(`geschrieben: ${file}`);
    }
    // The meeting files from the demo's meetings, as the Sitzungen screens build them.
    for (const sample of await meetingSampleFiles(core.dispatch, today)) {
      const file = path.join(outDir, sample.fileName);
      fs.writeFileSync(file, sample.content);
      console.log(`geschrieben: ${file}`);
    }
    // The DSGVO Auskunft of a demo person, with past and planned meetings.
    const disclosure = await disclosureSampleFile(core.dispatch, today);
    fs.writeFileSync(path.join(outDir, disclosure.fileName), disclosure.content);
    console.log(`geschrieben: ${path.join(outDir, disclosure.fileName)}`);
    return 0;
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
