import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { artifactPath, newDataDir, startServer, type RunningServer } from './support/app-server';
import { writeDemoData } from './support/demo';
import { reviewAccessibility, type UndecidedContrast } from './support/axe-review';
import { uiText, type UiLanguage } from './support/ui-text';
import { leaveLiveMinutes } from './support/live-minutes';

/**
 * Every screen and every dialog of the app, with the demo district, in German and in English:
 * axe-core finds no WCAG 2.1 AA violation, every colour contrast axe could not decide is explained
 * below, and each main screen is photographed at 1366×768 and at 200 % zoom (683×384) for a person
 * to look at (e2e/.artifacts/sweep-<language>-<size>-<screen>.png).
 */

const root = path.resolve(import.meta.dirname, '..');
const OFFICE = { width: 1366, height: 768 };
const ZOOM_200 = { width: 683, height: 384 };

/**
 * Contrast axe leaves "incomplete", with the reason a person checked it. Anything else fails the test,
 * so a new undecided colour is looked at, not waved through.
 */
const EXPLAINED_CONTRAST: readonly { readonly why: string; applies(node: UndecidedContrast): boolean }[] = [
  {
    why: 'The numbers on the bars and the axis of the start page chart: one or two digits are too short for axe to call them text. Each bar label takes dark or white ink by its bar colour for at least 4.5:1 (dashboard colour-math), and the table view shows the same numbers as plain text.',
    applies: (node) => node.reason === 'shortTextContent' && node.inSvg,
  },
  {
    why: 'The Handlungsfeld names on the chart axis: dark grey SVG text on the white card; axe does not compute backgrounds inside SVG.',
    applies: (node) => node.reason === 'imgNode' && node.inSvg,
  },
  {
    why: 'Arrows (← of "Zurück zu …", → in histories) hidden from screen readers beside their text, in the same colour as that text, which axe does check; axe does not rate a symbol alone.',
    applies: (node) => node.reason === 'nonBmp' && node.decorative && /^<span[^>]*>\s*[←→]\s*<\/span>$/.test(node.html),
  },
  {
    why: 'A form field that a sticky save bar ("Speichern", "Änderungen speichern") covers at the moment of the check; the same label and field styles are checked uncovered in the other fields.',
    applies: (node) => node.reason === 'bgOverlap' && node.coveredBy.startsWith('sticky '),
  },
];

const explained = (node: UndecidedContrast) => EXPLAINED_CONTRAST.some((entry) => entry.applies(node));

let server: RunningServer;
let dataDir: string;
let rendererCopy: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dataDir = newDataDir();
  writeDemoData(dataDir);
  // The sweep loads screens lazily for minutes; a copy of the build keeps a rebuild meanwhile from
  // swapping the chunks under it.
  rendererCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-renderer-'));
  fs.cpSync(path.join(root, 'dist', 'renderer'), rendererCopy, { recursive: true });
  server = await startServer(dataDir, ['--static-dir', rendererCopy]);
});

test.afterAll(async () => {
  await server?.stop();
  for (const dir of [dataDir, rendererCopy]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const setAddress = (page: Page, route: string) =>
  page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A screen by its address (the hash routes of renderer/src/app/paths.ts), once nothing on it says "Wird geladen …" any more. */
async function go(page: Page, route: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  const before = (await page.evaluate(() => window.location.hash)) === `#${route}` ? null : await heading.textContent();
  await setAddress(page, route);
  // Left with unsaved changes, the app asks and keeps the old screen: that must not pass as the new one.
  if (before !== null) await expect(heading, `${route} replaces the screen before`).not.toHaveText(before);
  await expect(heading).toBeVisible();
  const language = (await page.evaluate(() => document.documentElement.lang)) === 'en' ? 'en' : 'de';
  await expect(page.getByText(uiText(language, 'common.loading'), { exact: true })).toHaveCount(0);
}

/** The address a link on the current screen leads to (ids of the demo records, not guessed). */
async function linkTarget(links: Locator): Promise<string> {
  const href = await links.first().getAttribute('href', { timeout: 10_000 });
  if (!href?.startsWith('#/')) throw new Error(`no link found: ${String(href)}`);
  return href.slice(1);
}

/** Switches the interface language as a person does: Einstellungen → Persönlich → Sprache → Speichern. */
async function useLanguage(page: Page, language: UiLanguage): Promise<void> {
  if ((await page.evaluate(() => document.documentElement.lang)) === language) return;
  const shown: UiLanguage = language === 'de' ? 'en' : 'de';
  await go(page, '/einstellungen');
  const field = page.getByLabel(uiText(shown, 'settings.personal.language'), { exact: true });
  // Seen once in CI: the field never came (4 minutes). Fail soon, saying what the screen showed instead.
  await field.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
    const shownText = await page.locator('main').innerText().catch(() => '(no main)');
    throw new Error(`Einstellungen without the language field at ${page.url()}:\n${shownText.slice(0, 1500)}`, { cause: error });
  });
  await field.selectOption(language);
  await page.getByRole('button', { name: uiText(shown, 'settings.save'), exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('navigation', { name: uiText(language, 'nav.label') })).toBeVisible();
}

interface Sweep {
  readonly language: UiLanguage;
  readonly failures: string[];
  readonly undecided: string[];
}

/** axe on what is shown now; violations and unexplained undecided contrast are collected, not thrown, so one run lists them all. */
async function check(page: Page, sweep: Sweep, what: string, include?: string): Promise<void> {
  const started = Date.now();
  const review = await reviewAccessibility(page, include);
  if (process.env.SWEEP_TIMING) console.log(`${what}: axe ${Date.now() - started} ms`);
  for (const violation of review.violations) sweep.failures.push(`${what}: ${violation}`);
  for (const node of review.undecidedContrast) {
    const line = `${what}: ${node.reason}${node.coveredBy ? ` (under ${node.coveredBy})` : ''} at ${node.target} (${node.html})`;
    sweep.undecided.push(line);
    if (!explained(node)) sweep.failures.push(`unexplained undecided contrast – ${line}`);
  }
}

async function photograph(page: Page, sweep: Sweep, name: string): Promise<void> {
  const started = Date.now();
  await page.screenshot({ path: artifactPath(`sweep-${sweep.language}-1366-${name}.png`) });
  await page.setViewportSize(ZOOM_200);
  await page.screenshot({ path: artifactPath(`sweep-${sweep.language}-683-${name}.png`) });
  await page.setViewportSize(OFFICE);
  if (process.env.SWEEP_TIMING) console.log(`${name}: photos ${Date.now() - started} ms`);
}

/** Opens a dialog with its button, checks it, photographs it and closes it with Escape. */
async function checkDialog(page: Page, sweep: Sweep, name: string, open: () => Promise<void>): Promise<void> {
  await open();
  const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog')).last();
  await expect(dialog, `${name} opens`).toBeVisible();
  // The screen behind was checked on its own; the dialog alone keeps the run short.
  await check(page, sweep, `dialog ${name}`, '[role="dialog"], [role="alertdialog"]');
  await page.screenshot({ path: artifactPath(`sweep-${sweep.language}-1366-dialog-${name}.png`) });
  await page.keyboard.press('Escape');
  await expect(dialog, `${name} closes with Escape`).toBeHidden();
}

async function sweepEverything(page: Page, language: UiLanguage): Promise<Sweep> {
  const sweep: Sweep = { language, failures: [], undecided: [] };
  const text = (key: string, values?: Record<string, string | number>) => uiText(language, key, values);
  const button = (key: string, values?: Record<string, string | number>) => page.getByRole('button', { name: text(key, values), exact: true });
  /** A label with a name in it ("Mitgliedschaft von {{name}} beenden") as a pattern for any name. */
  const labelPattern = (key: string) => new RegExp(`^${text(key).split(/\{\{[^}]*\}\}/).map(escape).join('.+')}$`);
  const backPrefix = language === 'de' ? 'Zurück zu ' : 'Back to ';
  const screen = async (name: string, route: string) => {
    await go(page, route);
    await check(page, sweep, `screen ${name}`);
    // One way back (issue 16): every back link is the shared one and says where it leads.
    for (const back of await page.locator('.back-link__link').allInnerTexts()) {
      if (!back.replace(/^←\s*/, '').startsWith(backPrefix)) sweep.failures.push(`screen ${name}: back link "${back}" does not start with "${backPrefix}"`);
    }
    await photograph(page, sweep, name);
  };

  // The records the detail screens show, found by the links of their lists.
  await go(page, '/leitbild/ausgaben');
  const edition = await linkTarget(page.locator('main a[href^="#/leitbild/ausgaben/"]'));
  await go(page, '/leitbild/massnahmen');
  const measure = await linkTarget(page.locator('main a[href^="#/leitbild/massnahmen/"]'));
  await go(page, '/sitzungen');
  // The demo's next meeting (the list's first of the Integrationsrat) is planned, with an agenda: "durchgeführt", decisions and live mode apply.
  const meeting = await linkTarget(page.locator('main a[href^="#/sitzungen/"]').filter({ hasText: 'Harburger Integrationsrat' }));
  await go(page, '/kontakte');
  const contact = await linkTarget(page.locator('main a[href^="#/kontakte/personen/"]'));
  await go(page, '/kontakte/gremien');
  const body = await linkTarget(page.locator('main a[href^="#/kontakte/gremien/"]').filter({ hasText: 'Arbeitsgruppe Integrationskonzept' }));

  await screen('start', '/start');
  await screen('ausgaben', '/leitbild/ausgaben');
  await checkDialog(page, sweep, 'ausgabe-aus-der-letzten', () => button('editions.fromPrevious.open').click());
  await screen('ausgabe', edition);
  await screen('handlungsfelder', '/leitbild/handlungsfelder');
  await screen('massnahmen', '/leitbild/massnahmen');
  await checkDialog(page, sweep, 'neue-massnahme', () => button('measures.create.open').click());
  const firstRow = page.locator('main tbody input[type="checkbox"]').first();
  await firstRow.check();
  await checkDialog(page, sweep, 'status-mehrerer', () => button('measures.selection.changeStatus').click());
  await firstRow.uncheck();
  await screen('massnahme', measure);
  await checkDialog(page, sweep, 'status-aendern', () => button('measures.detail.changeStatus').click());
  await screen('planungswerkstatt', '/leitbild/planungswerkstatt');
  await screen('suche', '/leitbild/suche?q=Sprache');

  await screen('sitzungen', '/sitzungen');
  await checkDialog(page, sweep, 'neue-sitzung', () => button('meetings.list.newMeeting').click());
  await checkDialog(page, sweep, 'ag-sitzung-planen', () => button('meetings.list.fromBacklog').click());
  await screen('sitzung', meeting);
  await checkDialog(page, sweep, 'tagesordnungspunkt', () => button('meetings.agenda.editLabel', { number: 1 }).click());
  await checkDialog(page, sweep, 'beschluss', () => button('meetings.agenda.decisionLabel', { number: 1 }).click());
  await checkDialog(page, sweep, 'durchgefuehrt', () => button('meetings.page.markHeld').click());
  await checkDialog(page, sweep, 'sitzung-bearbeiten', () => button('meetings.edit.open').click());
  await checkDialog(page, sweep, 'sitzung-loeschen', () => button('meetings.page.delete').click());
  await screen('live', `${meeting}/live`);
  // Live mode's buttons carry their keys in the name ("Beschluss erfassen Alt + B").
  await checkDialog(page, sweep, 'live-tastenkuerzel', () => page.getByRole('button', { name: new RegExp(`^${escape(text('meetings.live.help'))}`) }).click());
  await checkDialog(page, sweep, 'live-beschluss', () => page.getByRole('button', { name: new RegExp(`^${escape(text('meetings.live.decision'))}`) }).click());
  await leaveLiveMinutes(page, language);
  await screen('aufgaben', '/sitzungen/aufgaben');

  await screen('kontakte', '/kontakte');
  await screen('kontakt-neu', '/kontakte/neu');
  await screen('kontakt', contact);
  await checkDialog(page, sweep, 'mitgliedschaft', () => button('contacts.memberships.add').click());
  await checkDialog(page, sweep, 'mitgliedschaft-beenden', () => page.getByRole('button', { name: labelPattern('contacts.memberships.endLabel') }).first().click());
  await checkDialog(page, sweep, 'zusammenfuehren', () => button('contacts.merge.open').click());
  await checkDialog(page, sweep, 'person-loeschen', () => button('contacts.erase.open').click());
  await screen('gremien', '/kontakte/gremien');
  await checkDialog(page, sweep, 'neues-gremium', () => button('contacts.bodies.create').click());
  await screen('gremium', body);
  await checkDialog(page, sweep, 'mitglied-hinzufuegen', () => button('contacts.bodies.addMember').click());
  await checkDialog(page, sweep, 'gremium-bearbeiten', () => button('contacts.bodies.editTitle').click());
  await screen('organisationen', '/kontakte/organisationen');
  await checkDialog(page, sweep, 'neue-organisation', () => button('contacts.organizations.create').click());
  await screen('kontakte-import', '/kontakte/import');

  await screen('dokumente', '/dokumente');
  await screen('antrag', '/dokumente/antrag');
  // Saving asks for at least one Fraktion first.
  await page.getByLabel(text('documents.antrag.fraktionen.name', { number: 1 }), { exact: true }).fill('SPD');
  await checkDialog(page, sweep, 'antrag-speichern', () => button('documents.antrag.actions.save').click());
  // Leaving the typed Fraktion unsaved: the app asks first.
  await checkDialog(page, sweep, 'ungespeicherte-aenderungen', () => setAddress(page, '/dokumente/leitbild-ausgabe'));
  await setAddress(page, '/dokumente/leitbild-ausgabe');
  await button('common.unsaved.discard').click();
  await screen('broschuere', '/dokumente/leitbild-ausgabe');
  await screen('sachstandsbericht', '/dokumente/sachstandsbericht');

  await screen('einstellungen', '/einstellungen');
  await page.getByRole('button', { name: text('settings.sections.backup'), exact: true }).click();
  await photograph(page, sweep, 'einstellungen-datensicherung');
  await checkDialog(page, sweep, 'sicherung-wiederherstellen', () => page.getByRole('button', { name: labelPattern('backups.list.restoreLabel') }).first().click());
  await checkDialog(page, sweep, 'datenbank-ersetzen', () =>
    page
      .locator('input[type="file"][accept*="sqlite"], input[type="file"][accept*=".db"]')
      .first()
      .setInputFiles({ name: '2026-11-20_Leitbild-Werkstatt.sqlite', mimeType: 'application/vnd.sqlite3', buffer: Buffer.from('SQLite format 3\u0000') }),
  );

  await screen('hilfe', '/hilfe');
  await screen('hilfe-anleitung', '/hilfe/sitzung');
  await screen('hilfe-ueber', '/hilfe/ueber');
  return sweep;
}

for (const language of ['de', 'en'] as const) {
  test(`Jeder Bildschirm und jeder Dialog ohne axe-Befund (${language})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(OFFICE);
    // A screen that breaks (the error boundary's "konnte nicht angezeigt werden") fails the sweep with its reason.
    const pageErrors: string[] = [];
    const noteError = (message: string) => {
      pageErrors.push(`${page.url().split('#')[1] ?? ''}: ${message}`);
      console.log(`page error: ${pageErrors.at(-1)}`);
    };
    page.on('pageerror', (error) => noteError(error.message));
    // The error boundary catches a broken screen and React reports it on the console.
    page.on('console', (message) => {
      if (message.type() === 'error') noteError(message.text().slice(0, 300));
    });
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await useLanguage(page, language);

    const sweep = await sweepEverything(page, language);

    // For the person reviewing the run: every undecided contrast and why it is accepted.
    if (sweep.undecided.length) console.log(`undecided colour contrast (${language}):\n  ${sweep.undecided.join('\n  ')}`);
    expect(pageErrors).toEqual([]);
    expect(sweep.failures).toEqual([]);
  });
}
