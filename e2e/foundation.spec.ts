import fs from 'node:fs';
import path from 'node:path';
import { artifactPath, newDataDir, startServer } from './support/app-server';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { createEdition, openFieldsOfAction } from './support/leitbild';

test.describe('Grundgerüst im Browser-Modus', () => {
  test('die deutsche Oberfläche erscheint mit Navigation und Startseite', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1, name: 'Willkommen in der Leitbild-Werkstatt' })).toBeVisible();
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    for (const entry of ['Start', 'Leitbild & Maßnahmen', 'Sitzungen', 'Kontakte', 'Dokumente', 'Einstellungen', 'Hilfe']) {
      await expect(navigation.getByRole('link', { name: entry })).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifactPath('start.png'), fullPage: true });
  });

  test('Handlungsfelder anlegen, umbenennen, sortieren – nach Neuladen und Neustart noch da', async ({ page, app }) => {
    await createEdition(page);
    await openFieldsOfAction(page);

    for (const [name, code] of [
      ['Zusammenleben in Harburg', 'ZL'],
      ['Deutsch als Sprache', 'DS'],
      ['Arbeit und Bildung', 'AB'],
    ]) {
      await page.getByLabel('Name', { exact: true }).fill(name!);
      await page.getByLabel(/^Kürzel/).fill(code!);
      await page.getByRole('button', { name: 'Handlungsfeld anlegen' }).click();
      await expect(page.getByRole('rowheader', { name: name!, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 2, name: '3 Handlungsfelder' })).toBeVisible();

    // Rename by keyboard: the dialog saves on Enter.
    await page.getByRole('button', { name: '„Arbeit und Bildung“ bearbeiten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Handlungsfeld bearbeiten' });
    await dialog.getByLabel('Name', { exact: true }).fill('Arbeit, Ausbildung und Bildung');
    await dialog.getByLabel('Name', { exact: true }).press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('rowheader', { name: 'Arbeit, Ausbildung und Bildung', exact: true })).toBeVisible();

    // Reorder: move the renamed field to the top.
    await page.getByRole('button', { name: '„Arbeit, Ausbildung und Bildung“ nach oben verschieben' }).click();
    await page.getByRole('button', { name: '„Arbeit, Ausbildung und Bildung“ nach oben verschieben' }).click();
    const expected = ['Arbeit, Ausbildung und Bildung', 'Zusammenleben in Harburg', 'Deutsch als Sprache'];
    await expect(page.getByRole('table').locator('tbody tr').first()).toContainText(expected[0]!);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifactPath('handlungsfelder.png'), fullPage: true });

    const order = async () => (await page.getByRole('table').locator('tbody tr').allInnerTexts()).map((row) => expected.find((name) => row.includes(name)));
    await expect.poll(order).toEqual(expected);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Handlungsfelder' })).toBeVisible();
    await expect.poll(order).toEqual(expected);

    const restarted = await app.restart();
    await page.goto(restarted.url);
    await openFieldsOfAction(page);
    await expect.poll(order).toEqual(expected);
  });

  test('ungültige Eingaben: deutsche Meldung am Feld, nichts gespeichert', async ({ page }) => {
    await createEdition(page);
    await openFieldsOfAction(page);
    await page.getByRole('button', { name: 'Handlungsfeld anlegen' }).click();
    const name = page.getByLabel('Name', { exact: true });
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toBeFocused();
    await expect(page.getByText('Bitte füllen Sie dieses Feld aus.')).toBeVisible();

    await name.fill('Ehrenamt');
    await page.getByLabel(/^Kürzel/).fill('E1');
    await page.getByRole('button', { name: 'Handlungsfeld anlegen' }).click();
    await expect(page.getByLabel(/^Kürzel/)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/Das Kürzel darf nur aus höchstens vier Buchstaben bestehen/)).toBeVisible();
    await expect(page.getByText('Noch keine Handlungsfelder')).toBeVisible();
  });

  test('ohne den Schlüssel aus der Adresse: 403, keine Daten, keine Änderung', async ({ app, request, playwright }) => {
    const origin = app.server.origin;
    const anonymous = await playwright.request.newContext();
    // The page itself holds no data; every call needs the secret in its header.
    expect((await anonymous.get(`${origin}/`)).status()).toBe(200);
    const call = await anonymous.post(`${origin}/api/fieldsOfAction.create`, { data: { name: 'Eingeschleust' } });
    expect(call.status()).toBe(403);
    await anonymous.dispose();
    // With the secret from the printed URL (as the page sends it) the data are there, unchanged.
    const list = await request.post(`${origin}/api/editions.list`, { data: {}, headers: { 'X-Leitbild-Secret': new URL(app.server.url).searchParams.get('secret')! } });
    expect(await list.json()).toEqual({ ok: true, data: [] });
  });
});

test('eine beschädigte Datei wird abgewiesen, verständlich erklärt und nicht verändert', async ({ page }) => {
  const dataDir = newDataDir();
  const file = path.join(dataDir, 'leitbild-werkstatt.sqlite');
  fs.writeFileSync(file, Buffer.alloc(16_384, 0x5a));
  const before = fs.readFileSync(file);
  const server = await startServer(dataDir);
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Die Datendatei wurde nicht geöffnet' })).toBeVisible();
    await expect(page.getByText(/Die Datendatei ist beschädigt/)).toBeVisible();
    await expect(page.getByText(file)).toBeVisible();
    await expect(page.getByText('Die Leitbild-Werkstatt hat die Datei nicht verändert.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifactPath('beschaedigt.png'), fullPage: true });
  } finally {
    await server.stop();
  }
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
