import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import validate from '@ooxml-tools/validate';
import { test as base, expect, type Download, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { paragraphText } from '../documents/testing/docx-inspect';
import { artifactPath, newDataDir, startServer, type RunningServer } from './support/app-server';
import { writeDemoData } from './support/demo';
import { expectNoAxeViolations } from './support/axe';

const root = path.resolve(import.meta.dirname, '..');

/** Every test gets the demo district (`npm run demo`: edition 2022–2024, five recommended measures) behind a fresh server. */
const test = base.extend<{ demo: { server: RunningServer; cspViolations: string[] } }>({
  demo: [
    async ({ page }, use) => {
      const dataDir = newDataDir();
      writeDemoData(dataDir);
      const server = await startServer(dataDir);
      // Chromium reports what the Content-Security-Policy blocked on the console.
      const cspViolations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      await page.goto(server.url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await use({ server, cspViolations });
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    { auto: true },
  ],
});

const today = (page: Page) => page.evaluate(() => new Date().toLocaleDateString('sv-SE'));

async function openDocuments(page: Page) {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Dokumente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dokumente' })).toBeVisible();
}

/** The downloaded file kept under a temporary folder, with its Word text (one line per paragraph). */
async function keep(download: Download): Promise<{ file: string; text: string; bytes: Uint8Array }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-docx-')), download.suggestedFilename());
  await download.saveAs(file);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const zip = await JSZip.loadAsync(bytes);
  expect(zip.file('[Content_Types].xml'), 'a Word package has [Content_Types].xml').not.toBeNull();
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => paragraphText(paragraph)).join('\n');
  return { file, text, bytes };
}

async function expectValidDocx(bytes: Uint8Array) {
  const errors = await validate(bytes, 'docx', 'Microsoft365');
  expect(errors.map((error) => `${error.path.partUri} ${error.path.xpath}: ${error.description}`)).toEqual([]);
}

test('Antrag: Maßnahmen und zwei Fraktionen wählen, Sachverhalt ergänzen, Vorschau, speichern und verzeichnen', async ({ page, demo }) => {
  test.setTimeout(180_000);
  await openDocuments(page);
  await expect(page.getByText('5 Maßnahmen sind empfohlen.')).toBeVisible();
  await expect(page.getByText('Für diese Ausgabe ist noch kein Antrag verzeichnet.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('dokumente-uebersicht.png'), fullPage: true });

  await page.getByRole('link', { name: 'Antrag erstellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Antrag an die Bezirksversammlung' })).toBeVisible();
  const measures = page.getByRole('group', { name: 'Maßnahmen im Petitum' });
  await expect(measures.getByText(/^5 von \d+ Maßnahmen ausgewählt$/)).toBeVisible();
  const ticked = measures.getByRole('checkbox', { checked: true });
  await expect(ticked).toHaveCount(5);
  const firstName = (await ticked.first().getAttribute('id'))!;
  const first = measures.locator(`label[for="${firstName}"]`);
  const firstCode = (await first.locator('.antrag-measure__code').textContent())!.trim();

  // One recommended measure out, one measure of another status in (it cannot be moved to "beantragt").
  await ticked.first().uncheck();
  await measures.getByRole('button', { name: /^Weitere Maßnahmen der Ausgabe zeigen/ }).click();
  const other = measures.locator('label.antrag-measure', { has: page.locator('.status-badge', { hasText: /^in Umsetzung$/ }) }).first();
  const otherCode = (await other.locator('.antrag-measure__code').textContent())!.trim();
  await measures.getByLabel('Maßnahmen filtern').fill(otherCode);
  await measures.getByRole('checkbox', { name: new RegExp(`^${otherCode} `) }).check();
  await expect(measures.getByText(/^5 von \d+ Maßnahmen ausgewählt$/)).toBeVisible();
  await measures.getByRole('button', { name: 'Nur empfohlene und ausgewählte zeigen' }).click();

  // Two Fraktionen, each with its chair; the heading follows.
  await page.getByLabel('Fraktion 1', { exact: true }).fill('SPD');
  await page.getByLabel('Vorsitz der Fraktion 1').fill('Petra Albers');
  await expect(page.getByText('Antrag der SPD-Fraktion', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Fraktion hinzufügen' }).click();
  await expect(page.getByLabel('Fraktion 2', { exact: true })).toBeFocused();
  await page.keyboard.type('GRÜNE');
  await page.getByLabel('Vorsitz der Fraktion 2').fill('Deniz Yıldırım');
  await expect(page.getByText('Gemeinsamer Antrag der SPD-Fraktion und der GRÜNE-Fraktion', { exact: true })).toBeVisible();

  // The Sachverhalt is drafted from the records; one sentence is added.
  const sachverhalt = page.getByLabel('Sachverhalt', { exact: true });
  await expect(sachverhalt).toHaveValue(/Arbeitsgruppe/);
  await sachverhalt.press('ControlOrMeta+End');
  await sachverhalt.pressSequentially('\n\nDer Integrationsrat hat die Empfehlungen einstimmig begrüßt.');

  // The measure in implementation was not recommended on the Antrag's date: said at the measure, nothing built.
  await page.getByRole('button', { name: 'Vorschau', exact: true }).click();
  await expect(measures.getByText(`${otherCode} war am`, { exact: false })).toBeVisible();

  // Saving with "beantragt": the measure in implementation refuses it, and nothing is written.
  await page.getByRole('button', { name: 'Speichern …' }).click();
  let dialog = page.getByRole('dialog', { name: 'Antrag speichern' });
  await dialog.getByLabel('Die 5 Maßnahmen jetzt auf „beantragt“ setzen').check();
  await dialog.getByRole('button', { name: 'Word-Datei speichern' }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('Es wurde nichts gespeichert:');
  await expect(refusal).toContainText(`Die Maßnahme ${otherCode} kann nicht beantragt werden`);
  await page.screenshot({ path: artifactPath('antrag-speichern-abgelehnt.png') });
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  await measures.getByRole('checkbox', { name: new RegExp(`^${otherCode} `) }).uncheck();

  await page.getByRole('button', { name: 'Vorschau', exact: true }).click();
  const preview = page.getByRole('region', { name: 'Vorschau des Antrags' });
  await expect(preview.getByText(/Gemeinsamer Antrag der SPD[-\u2011]Fraktion und der GRÜNE[-\u2011]Fraktion/)).toBeVisible();
  await expect(preview.getByText('Die Bezirksversammlung möge beschließen:')).toBeVisible();
  await expect(preview.getByText('Der Integrationsrat hat die Empfehlungen einstimmig begrüßt.')).toBeVisible();
  await expect(preview.getByText('Deniz Yıldırım')).toBeVisible();
  // The document's own styles apply (A4 page, white) although the CSP forbids inline <style>.
  const page1 = preview.locator('section.docx').first();
  await expect(page1).toBeVisible();
  const look = await page1.evaluate((element) => ({ width: element.getBoundingClientRect().width, background: getComputedStyle(element).backgroundColor }));
  expect(Math.round(look.width)).toBeGreaterThan(780);
  expect(Math.round(look.width)).toBeLessThan(800);
  expect(look.background).toBe('rgb(255, 255, 255)');
  expect(demo.cspViolations).toEqual([]);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('antrag-composer.png'), fullPage: true });
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath('antrag-vorschau.png') });

  await page.getByRole('button', { name: 'Speichern …' }).click();
  dialog = page.getByRole('dialog', { name: 'Antrag speichern' });
  const date = await today(page);
  await expect(dialog.getByText(`Der Antrag wird als Word-Datei „${date}_Antrag_Integration.docx“ gespeichert.`)).toBeVisible();
  await dialog.getByLabel('Die 4 Maßnahmen jetzt auf „beantragt“ setzen').check();
  await dialog.getByLabel('Drucksache').fill('21-1967');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('antrag-speichern.png') });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Word-Datei speichern' }).click()]);
  expect(download.suggestedFilename()).toBe(`${date}_Antrag_Integration.docx`);
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/4 Maßnahmen auf „beantragt“ gesetzt\.$/)).toBeVisible();
  await expect(measures.getByRole('checkbox', { checked: true })).toHaveCount(4);
  await expect(measures.locator('.status-badge', { hasText: /^beantragt$/ })).toHaveCount(4);

  const saved = await keep(download);
  await expectValidDocx(saved.bytes);
  expect(saved.text).toContain('Gemeinsamer Antrag der SPD-Fraktion und der GRÜNE-Fraktion');
  expect(saved.text).toContain('Die Bezirksversammlung möge beschließen:');
  expect(saved.text).toContain('Der Integrationsrat hat die Empfehlungen einstimmig begrüßt.');
  expect(saved.text).toMatch(/Drucksache\s21-1967/);
  expect(saved.text).toContain('Petra Albers');
  expect(saved.text).not.toContain(otherCode);
  expect(saved.text).not.toContain(`${firstCode} `);

  // The overview lists the recorded Antrag.
  await page.getByRole('link', { name: 'Zurück zu den Dokumenten' }).click();
  const motions = page.getByRole('region', { name: 'Verzeichnete Anträge' });
  const row = motions.getByRole('row', { name: /Gemeinsamer Antrag der SPD-Fraktion und der GRÜNE-Fraktion/ });
  await expect(row).toContainText('SPD, GRÜNE');
  await expect(row).toContainText('21-1967');
  await expect(row.getByRole('cell').nth(2)).toHaveText('4');
  await expect(page.getByText('1 Maßnahme ist empfohlen.')).toBeVisible();
  fs.rmSync(path.dirname(saved.file), { recursive: true, force: true });
});

test('Antrag: Fehler stehen am Feld', async ({ page }) => {
  await openDocuments(page);
  await page.getByRole('link', { name: 'Antrag erstellen' }).click();
  const measures = page.getByRole('group', { name: 'Maßnahmen im Petitum' });
  await measures.getByRole('button', { name: 'Keine auswählen' }).click();
  await page.getByLabel('Betreff', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Vorschau', exact: true }).click();
  await expect(measures.getByText('Bitte wählen Sie mindestens eine Maßnahme aus.')).toBeVisible();
  await expect(page.getByLabel('Fraktion 1', { exact: true })).toHaveAccessibleDescription(/Bitte tragen Sie mindestens eine Fraktion ein\./);
  await expect(page.getByLabel('Betreff', { exact: true })).toHaveAccessibleDescription(/Bitte geben Sie einen Betreff ein\./);
  await expect(measures.getByRole('checkbox').first()).toBeFocused();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('antrag-fehler.png'), fullPage: true });
});

test('Logo, Leitbild-Ausgabe und Sachstandsbericht: Vorschau und Word-Datei', async ({ page, demo }) => {
  test.setTimeout(180_000);
  await openDocuments(page);

  // A logo that is not a picture is refused at the field; a PNG is taken and shown.
  const upload = page.getByLabel('Logo hochladen');
  await upload.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('kein Bild') });
  await expect(upload).toHaveAccessibleDescription(/Das Logo muss eine PNG- oder JPEG-Datei sein\./);
  await upload.setInputFiles(path.join(root, 'resources', 'icon.png'));
  await expect(page.getByRole('img', { name: 'Aktuelles Logo für die Dokumente' })).toBeVisible();
  await expect(page.getByText('Das Logo wurde gespeichert.')).toBeVisible();
  await page.screenshot({ path: artifactPath('dokumente-briefkopf.png'), fullPage: true });

  await page.getByRole('link', { name: 'Broschüre erstellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leitbild-Ausgabe als Broschüre' })).toBeVisible();
  await page.getByRole('button', { name: 'Vorschau', exact: true }).click();
  const edition = page.getByRole('region', { name: 'Vorschau der Leitbild-Ausgabe' });
  await expect(edition.getByText('Zusammenleben in Vielfalt').first()).toBeVisible();
  await expect(edition.locator('img').first()).toBeVisible();
  await page.screenshot({ path: artifactPath('leitbild-ausgabe-vorschau.png') });
  const date = await today(page);
  const [editionDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word-Datei speichern' }).click()]);
  expect(editionDownload.suggestedFilename()).toBe(`${date}_Leitbild_2022-2024.docx`);
  const editionFile = await keep(editionDownload);
  await expectValidDocx(editionFile.bytes);
  expect(editionFile.text).toContain('Zusammenleben in Vielfalt');

  await page.getByRole('link', { name: 'Zurück zu den Dokumenten' }).click();
  await page.getByLabel('Stand', { exact: true }).fill('30.06.2024');
  await page.getByRole('link', { name: 'Bericht erstellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sachstandsbericht' })).toBeVisible();
  await expect(page.getByLabel('Stand', { exact: true })).toHaveValue('30.06.2024');
  await page.getByRole('button', { name: 'Vorschau', exact: true }).click();
  const report = page.getByRole('region', { name: 'Vorschau des Sachstandsberichts' });
  await expect(report.getByText('Stand: 30. Juni 2024').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('sachstandsbericht-vorschau.png') });
  const [reportDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Word-Datei speichern' }).click()]);
  expect(reportDownload.suggestedFilename()).toBe('2024-06-30_Sachstandsbericht.docx');
  const reportFile = await keep(reportDownload);
  await expectValidDocx(reportFile.bytes);
  expect(demo.cspViolations).toEqual([]);
  for (const file of [editionFile.file, reportFile.file]) fs.rmSync(path.dirname(file), { recursive: true, force: true });
});
