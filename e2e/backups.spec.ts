import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import sqlite3 from 'sqlite3';
import { artifactPath, newDataDir, startServer } from './support/app-server';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const root = path.resolve(import.meta.dirname, '..');
const DATA_FILE = 'leitbild-werkstatt.sqlite';

/** The command line for IT staff, exactly as documented (`node --import tsx scripts/cli.ts …`). */
const cli = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { cwd: root, encoding: 'utf8' });

const openSettings = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expect(page.getByRole('table', { name: /die neueste zuerst$/ })).toBeVisible();
};

const backupRows = (page: Page) => page.getByRole('table', { name: /die neueste zuerst$/ }).locator('tbody tr');

/** Calls the main side like the page does (the secret from the printed address). */
async function call(page: Page, url: string, name: string, input: unknown): Promise<unknown> {
  const secret = new URL(url).searchParams.get('secret')!;
  const response = await page.request.post(`${new URL(url).origin}/api/${name}`, { data: input, headers: { 'X-Leitbild-Secret': secret } });
  const body = (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

test.describe('Datensicherung in den Einstellungen', () => {
  test('Sicherung erstellen, danach Angelegtes ist nach dem Wiederherstellen wieder weg', async ({ page, app }) => {
    // The daily backup runs after the first screen (main/core/startup-tasks.ts): wait for it.
    await expect.poll(async () => ((await call(page, app.server.url, 'system.startupTasks', {})) as { backup: { state: string } }).backup.state).toBe('created');
    await openSettings(page);
    // The server made the daily backup at start.
    await expect(backupRows(page).filter({ hasText: 'täglich automatisch' })).toHaveCount(1);

    await page.getByRole('button', { name: 'Sicherung jetzt erstellen' }).click();
    await expect(page.getByRole('status').getByText(/Die Sicherung „Sicherung_.*_manuell\.sqlite“ wurde erstellt\./)).toBeVisible();
    await expect(backupRows(page).filter({ hasText: 'manuell' })).toHaveCount(1);

    // Work done after the backup: a new edition.
    await call(page, app.server.url, 'editions.create', { title: 'Zusammenleben in Vielfalt', periodFrom: 2025, periodTo: 2027 });
    await page.reload();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { name: 'Zusammenleben in Vielfalt 2025–2027' })).toBeVisible();

    await openSettings(page);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifactPath('einstellungen-datensicherung.png'), fullPage: true });
    await page.getByRole('region', { name: 'Datensicherung' }).screenshot({ path: artifactPath('einstellungen-datensicherung-bereich.png') });

    await backupRows(page).filter({ hasText: 'manuell' }).getByRole('button', { name: /^Sicherung vom .* wiederherstellen$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Sicherung wiederherstellen?' });
    await expect(dialog).toContainText('Der aktuelle Stand wird vorher gesichert. Danach wird die Anwendung neu geladen.');
    await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifactPath('einstellungen-wiederherstellen-dialog.png') });

    await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Wiederherstellen' }).click()]);

    // After the reload: the settings again, with the confirmation and the safety copy in the list.
    await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
    await expect(page.getByText(/Der Stand vom .* wurde wiederhergestellt\./)).toBeVisible();
    await expect(backupRows(page).filter({ hasText: 'vor einer Wiederherstellung' })).toHaveCount(1);
    await page.getByRole('region', { name: 'Sicherungen', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('einstellungen-nach-wiederherstellung.png') });

    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { name: 'Noch keine Leitbild-Ausgabe' })).toBeVisible();
    await expect(page.getByText('Zusammenleben in Vielfalt 2025–2027')).toHaveCount(0);
    expect(await call(page, app.server.url, 'editions.list', {})).toEqual([]);
  });

  test('prüfen, exportieren, eine beschädigte Datei beim Import abweisen, Ordner am Feld prüfen', async ({ page, app }) => {
    await openSettings(page);

    await page.getByRole('button', { name: 'Datenbank prüfen' }).click();
    await expect(page.getByText('Die Datenbank ist in Ordnung.')).toBeVisible();
    await page.getByRole('region', { name: 'Datenbank prüfen' }).screenshot({ path: artifactPath('einstellungen-pruefen.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Datenbank exportieren' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}_Leitbild-Werkstatt\.sqlite$/);
    const exported = fs.readFileSync((await download.path())!);
    expect(exported.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    await expect(page.getByText(/Die Datenbank wurde als „\d{4}-\d{2}-\d{2}_Leitbild-Werkstatt\.sqlite“ exportiert\./)).toBeVisible();

    // A damaged copy of the export is refused; nothing changes.
    const damaged = Buffer.from(exported);
    damaged.fill(0x5a, 0, 100);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Datenbank importieren …' }).click()]);
    await chooser.setFiles({ name: 'Altona.sqlite', mimeType: 'application/vnd.sqlite3', buffer: damaged });
    const dialog = page.getByRole('dialog', { name: 'Datenbank importieren?' });
    await expect(dialog).toContainText('Die Datei „Altona.sqlite“');
    await dialog.getByRole('button', { name: 'Importieren und ersetzen' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Die Datei ist beschädigt und wurde nicht übernommen. Ihre Daten wurden nicht verändert.');
    await dialog.screenshot({ path: artifactPath('einstellungen-import-abgewiesen.png') });
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(dialog).toBeHidden();

    // A folder that is not a full path is refused at the field.
    const folder = page.getByRole('textbox', { name: 'Sicherungsordner' });
    await folder.fill('Sicherungen');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(folder).toHaveAttribute('aria-invalid', 'true');
    await expect(folder).toBeFocused();
    await expect(page.getByText(/Bitte geben Sie einen vollständigen Ordnerpfad an/)).toBeVisible();

    const elsewhere = path.join(app.dataDir, 'Netzlaufwerk', 'Sicherungen');
    await folder.fill(elsewhere);
    await page.getByRole('spinbutton', { name: 'Tägliche Sicherungen behalten' }).fill('14');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Gespeichert$/ })).toBeVisible();
    await expect(page.locator('code', { hasText: elsewhere })).toBeVisible();
    await expect(page.getByText('Noch keine Sicherungen')).toBeVisible();
    await page.getByRole('button', { name: 'Sicherung jetzt erstellen' }).click();
    await expect(backupRows(page)).toHaveCount(1);
    expect(fs.readdirSync(elsewhere).filter((name) => name.endsWith('_manuell.sqlite'))).toHaveLength(1);
  });
});

test('Abnahme: beschädigte Datendatei – Start zeigt die Sicherung, Wiederherstellen bringt die Demodaten zurück', async ({ page }) => {
  const dataDir = newDataDir();
  const file = path.join(dataDir, DATA_FILE);
  cli('demo', '--data-dir', dataDir);
  cli('backup', '--data-dir', dataDir);
  const backupFolder = path.join(dataDir, 'Sicherungen');
  expect(fs.readdirSync(backupFolder).filter((name) => name.endsWith('_manuell.sqlite'))).toHaveLength(1);

  // Damage the data file: bytes in the middle and the header, no journal files beside it.
  const bytes = fs.readFileSync(file);
  bytes.fill(0x5a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 8192);
  bytes.fill(0x5a, 0, 100);
  fs.writeFileSync(file, bytes);
  for (const side of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${side}`, { force: true });
  const damaged = fs.readFileSync(file);

  const server = await startServer(dataDir);
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Die Datendatei wurde nicht geöffnet' })).toBeVisible();
    await expect(page.getByText(/Die Datendatei ist beschädigt/)).toBeVisible();
    const offer = page.getByRole('region', { name: 'Neueste Sicherung wiederherstellen' });
    await expect(offer).toContainText(/Die neueste Sicherung ist vom .* um \d{2}:\d{2} Uhr \(manuell\)\./);

    // Starting and showing the screen wrote nothing to the refused file.
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifactPath('beschaedigt-wiederherstellen.png'), fullPage: true });

    await offer.getByRole('button', { name: 'Neueste Sicherung wiederherstellen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sicherung wiederherstellen?' });
    await expect(dialog).toContainText('Die jetzige Datendatei wird vorher unverändert im Sicherungsordner aufbewahrt. Danach wird die Anwendung neu geladen.');
    await page.screenshot({ path: artifactPath('beschaedigt-wiederherstellen-dialog.png') });
    await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Wiederherstellen' }).click()]);

    await expect(page.getByRole('heading', { level: 1, name: 'Willkommen in der Leitbild-Werkstatt' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
    const measures = page.getByRole('term').filter({ hasText: /^Maßnahmen$/ });
    await expect(measures.locator('xpath=following-sibling::dd[1]')).toHaveText('40');
    await page.screenshot({ path: artifactPath('beschaedigt-nach-wiederherstellung.png'), fullPage: true });

    // The damaged file was kept, unchanged, for the IT support.
    const kept = fs.readdirSync(backupFolder).filter((name) => name.endsWith('_beschaedigt.sqlite'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(backupFolder, kept[0]!)).equals(damaged)).toBe(true);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('neuere Version: kein Drängen zum Wiederherstellen, nur ein Notfallweg mit Warnung', async ({ page }) => {
  const dataDir = newDataDir();
  const file = path.join(dataDir, DATA_FILE);
  cli('demo', '--data-dir', dataDir);
  cli('backup', '--data-dir', dataDir);
  // What a newer version leaves behind: a schema this version does not know.
  const db = new sqlite3.Database(file);
  await new Promise<void>((resolve, reject) => db.exec('PRAGMA user_version = 99', (error) => (error ? reject(error) : resolve())));
  await new Promise<void>((resolve) => db.close(() => resolve()));
  const before = fs.readFileSync(file);

  const server = await startServer(dataDir);
  try {
    await page.goto(server.url);
    await expect(page.getByText(/von einer neueren Version der Leitbild-Werkstatt geschrieben/)).toBeVisible();
    await expect(page.getByText(/Installieren Sie die neueste Version der Leitbild-Werkstatt/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Neueste Sicherung wiederherstellen' })).toHaveCount(0);
    const fallback = page.getByText('Nur im Notfall: eine ältere Sicherung wiederherstellen');
    await expect(fallback).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ausgewählte Sicherung wiederherstellen' })).toBeHidden();
    await fallback.click();
    await expect(page.getByText(/Alles, was mit der neueren Version eingegeben wurde, fehlt danach/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifactPath('neuere-version.png'), fullPage: true });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
