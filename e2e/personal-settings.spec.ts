import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { artifactPath, newDataDir, startServer, type RunningServer } from './support/app-server';
import { expectNoAxeViolations } from './support/axe';

/**
 * Issue 16: name and language are each person's own. Two people (two settings folders, as two
 * Windows profiles have two userData folders) work on ONE data folder, one after the other (the
 * folder lock admits one writer at a time). Each keeps their own name and language across
 * restarts, and the measure's history names who entered each status change.
 */

const OFFICE = { width: 1366, height: 768 };
/** 1366×768 at 200 % zoom. */
const ZOOMED = { width: 683, height: 384 };

async function call(page: Page, server: RunningServer, name: string, input: unknown): Promise<unknown> {
  const secret = new URL(server.url).searchParams.get('secret')!;
  const response = await page.request.post(`${server.origin}/api/${name}`, { data: input, headers: { 'X-Leitbild-Secret': secret } });
  const body = (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

/** One edition, one field of action, one measure (set up through the API: the test is about who enters what). */
async function seedMeasure(page: Page, server: RunningServer): Promise<number> {
  const edition = (await call(page, server, 'editions.create', { title: 'Zusammenleben in Vielfalt', periodFrom: 2025, periodTo: 2027 })) as { id: number };
  const field = (await call(page, server, 'fieldsOfAction.create', { editionId: edition.id, name: 'Zusammenleben in Harburg', shortCode: 'ZL' })) as { id: number };
  const measure = (await call(page, server, 'measures.create', { editionId: edition.id, fieldOfActionId: field.id, title: 'Sprachcafés in Stadtteilzentren' })) as { id: number };
  return measure.id;
}

async function openSettings(page: Page, navigation: string, link: string) {
  await page.getByRole('navigation', { name: navigation }).getByRole('link', { name: link }).click();
}

interface Person {
  readonly userDir: string;
  readonly name: string;
  readonly language: 'de' | 'en';
  /** The labels they see, in their language. */
  readonly ui: { nav: string; settings: string; yourName: string; language: string; save: string; saved: string; changeStatus: string; newStatus: string; reason: string; enteredBy: string };
}

const ANNA: Person = {
  userDir: newDataDir(),
  name: 'Anna Becker',
  language: 'en',
  ui: { nav: 'Main navigation', settings: 'Settings', yourName: 'Your name', language: 'Language', save: 'Save', saved: 'Saved', changeStatus: 'Change status', newStatus: 'New status', reason: 'Reason', enteredBy: 'entered by' },
};

const BERND: Person = {
  userDir: newDataDir(),
  name: 'Bernd Yilmaz',
  language: 'de',
  ui: { nav: 'Hauptnavigation', settings: 'Einstellungen', yourName: 'Ihr Name', language: 'Sprache', save: 'Speichern', saved: 'Gespeichert', changeStatus: 'Status ändern', newStatus: 'Neuer Status', reason: 'Begründung', enteredBy: 'eingetragen von' },
};

/** The settings screen, opened from the navigation in whatever language the person sees now. */
async function settingsShowsOwn(page: Page, person: Person) {
  await expect(page.locator('html')).toHaveAttribute('lang', person.language);
  await openSettings(page, person.ui.nav, person.ui.settings);
  await expect(page.getByRole('heading', { level: 1, name: person.ui.settings })).toBeVisible();
  await expect(page.getByRole('textbox', { name: person.ui.yourName })).toHaveValue(person.name);
  await expect(page.getByRole('combobox', { name: person.ui.language, exact: true })).toHaveValue(person.language);
}

async function changeStatus(page: Page, server: RunningServer, measureId: number, person: Person, status: string) {
  await page.goto(`${server.url}#/leitbild/massnahmen/${measureId}`);
  await page.getByRole('button', { name: person.ui.changeStatus, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: person.ui.changeStatus });
  await dialog.getByLabel(person.ui.newStatus).selectOption({ label: status });
  await dialog.getByLabel(new RegExp(`^${person.ui.reason}`)).fill(`${person.name}: ${status}`);
  await dialog.getByRole('button', { name: person.ui.changeStatus, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('two people on one data folder keep their own name and language; the history names who entered each change', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize(OFFICE);
  const dataDir = newDataDir();
  const startAs = (person: Person) => startServer(dataDir, ['--user-dir', person.userDir]);

  // Anna: a German start (nothing chosen yet), then her name and English, saved with one click.
  let server = await startAs(ANNA);
  const measureId = await seedMeasure(page, server);
  await page.goto(server.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await openSettings(page, BERND.ui.nav, BERND.ui.settings);
  await expect(page.getByText('Nur für Sie auf diesem PC. Ihre Kolleginnen und Kollegen behalten ihre eigenen Angaben.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('einstellungen-de-1366.png'), fullPage: false });
  await page.getByRole('textbox', { name: 'Ihr Name' }).fill(ANNA.name);
  await page.getByRole('combobox', { name: 'Sprache', exact: true }).selectOption('en');
  await expect(page.getByText('Nicht gespeicherte Änderungen')).toBeVisible();
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('einstellungen-en-1366.png'), fullPage: false });
  await page.getByRole('heading', { level: 2, name: 'Personal' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath('einstellungen-en-persoenlich-1366.png'), fullPage: false });

  await changeStatus(page, server, measureId, ANNA, 'under review');
  await expect(page.getByText(/entered by Anna Becker/)).toBeVisible();
  await server.stop();

  // Bernd, on the same data with his own settings folder: German, nobody's name yet.
  server = await startAs(BERND);
  await page.goto(server.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await openSettings(page, BERND.ui.nav, BERND.ui.settings);
  await expect(page.getByRole('textbox', { name: 'Ihr Name' })).toHaveValue('');
  await page.getByRole('textbox', { name: 'Ihr Name' }).fill(BERND.name);
  await page.getByRole('combobox', { name: 'Sprache', exact: true }).selectOption('de');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Gespeichert$/ })).toBeVisible();
  await page.setViewportSize(ZOOMED);
  await page.screenshot({ path: artifactPath('einstellungen-de-683.png'), fullPage: false });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await page.setViewportSize(OFFICE);

  await changeStatus(page, server, measureId, BERND, 'empfohlen');
  await expect(page.getByText(/eingetragen von Bernd Yilmaz/)).toBeVisible();
  await expect(page.getByText(/eingetragen von Anna Becker/)).toBeVisible();
  await server.stop();

  // Each restart keeps each person's own name and language.
  for (const person of [ANNA, BERND, ANNA]) {
    server = await startAs(person);
    await page.goto(server.url);
    await settingsShowsOwn(page, person);
    await server.stop();
  }
  // The shared data folder holds no personal file: both live in their own folders.
  expect(fs.existsSync(`${dataDir}/Benutzer`)).toBe(false);
  await page.setViewportSize(ZOOMED);
  server = await startAs(ANNA);
  await page.goto(`${server.url}#/einstellungen`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.screenshot({ path: artifactPath('einstellungen-en-683.png'), fullPage: false });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  await server.stop();
  for (const dir of [dataDir, ANNA.userDir, BERND.userDir]) fs.rmSync(dir, { recursive: true, force: true });
});
