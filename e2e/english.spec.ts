import fs from 'node:fs';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { artifactPath, newDataDir, startServer, type RunningServer } from './support/app-server';
import { writeDemoData } from './support/demo';
import { expectNoAxeViolations } from './support/axe';
import { docxText } from './support/docx-text';
import { uiText, type UiLanguage } from './support/ui-text';
import { leaveLiveMinutes } from './support/live-minutes';

/**
 * English complete: with the demo district in English, no screen shows a German word of the
 * interface, dates and times in the fields follow the app's language (not the browser's), and
 * axe finds nothing. Screens are photographed at 1366×768 (e2e/.artifacts/english-<screen>.png).
 */

const OFFICE = { width: 1366, height: 768 };

/**
 * German words of the interface. Whole words, case-sensitive ("Neue" but not "Neuenfelde").
 * Each one is a label, button or heading the German interface really has.
 */
const GERMAN_UI_WORDS = [
  'Speichern',
  'Abbrechen',
  'Schließen',
  'Sitzung',
  'Sitzungen',
  'Maßnahme',
  'Maßnahmen',
  'Vorsitz',
  'Mitglied',
  'Mitglieder',
  'Stellvertretung',
  'Gast',
  'Tagesordnung',
  'Tagesordnungspunkt',
  'Bearbeiten',
  'bearbeiten',
  'Neue',
  'Neuer',
  'Neues',
  'Einstellungen',
  'Kontakte',
  'Zurück',
  'Löschen',
  'Hinzufügen',
  'Suchen',
  'Aufgaben',
  'Dokumente',
  'Hilfe',
  'Anwesend',
  'anwesend',
  'entschuldigt',
  'erwartet',
  'Beschluss',
  'Begrüßung',
  'Verschiedenes',
  'Genehmigung',
  'Protokoll',
  'Handlungsfeld',
  'Handlungsfelder',
  'Ausgabe',
  'Leitlinie',
  'Leitlinien',
  'Planungswerkstatt',
  'Sachstandsbericht',
  'Broschüre',
  'Antrag',
  'Datum',
  'Uhrzeit',
  'Beginn',
  'Ende',
  'Weitere',
  'Filter zurücksetzen',
  'Übersicht',
  'Person gelöscht',
  'keine Angabe',
  'Wird geladen',
  'tt.mm.jjjj',
  'TT.MM.JJJJ',
  'mm/dd/yyyy',
  'Datei auswählen',
  'Keine Datei',
  'Choose File',
  'No file chosen',
  'TOP',
];

/**
 * Record text of the demo district that stays German in an English interface, because it is what
 * was recorded: reasons in a measure's history (typed, or written by a decision as the minutes
 * word it: "Beschluss der 3. Sitzung der AG, TOP 5").
 */
const DEMO_DATA: readonly RegExp[] = [/^Beschluss der \d+\. Sitzung der (?:AG|BV), TOP (?:Ö )?\d+$/, /^Gemeinsamer Antrag der SPD-Fraktion, der GRÜNE-Fraktion und der CDU-Fraktion an die Bezirksversammlung$/];

/** The interface texts shown now: labels, buttons, headings, hints, accessible names; quoted examples of German documents left out. */
async function interfaceTexts(page: Page): Promise<Array<{ readonly where: string; readonly text: string }>> {
  return page.evaluate(() => {
    const CHROME =
      'h1, h2, h3, h4, h5, button, label, legend, caption, thead th, summary, dt, nav a, [role="tab"], [role="status"], [role="alert"], .field__hint, .field__error, .typed-input__format, .file-input__name, option, p, .badge, .muted, .empty-value, .visually-hidden';
    const shown = (element: Element) => !element.closest('[hidden], [aria-hidden="true"], template') && (element.getClientRects().length > 0 || element.classList.contains('visually-hidden'));
    const found: Array<{ where: string; text: string }> = [];
    const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}>`;
    // German text marked as such (`lang="de"`, e.g. a motion heading as the German document prints it) is meant to be German.
    const textOf = (element: Element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('[lang="de"]')) text += node.textContent ?? '';
      return text;
    };
    for (const element of document.querySelectorAll(CHROME)) {
      if (!shown(element) || element.closest('td, [lang="de"]')) continue;
      const text = textOf(element).replace(/\s+/g, ' ').trim();
      if (text) found.push({ where: describe(element), text });
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [aria-roledescription]')) {
      if (!shown(element)) continue;
      // A table cell's tooltip repeats the cell's data (a contact's function, an e-mail address).
      const names = element.closest('td') ? ['aria-label', 'placeholder'] : ['aria-label', 'title', 'placeholder', 'aria-roledescription'];
      for (const name of names) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.push({ where: `${describe(element)} @${name}`, text: value });
      }
    }
    const title = document.title.trim();
    if (title) found.push({ where: '<title>', text: title });
    return found;
  });
}

/**
 * Text in quotes is an example of the German documents ("zur 13. Sitzung des …"), and file names
 * are those of the German documents ("2026-12-07_Sachstandsbericht.docx"): both stay German on purpose.
 */
const withoutDocumentText = (text: string) => text.replace(/[„“”"][^„“”"]*[“”"]/g, '…').replace(/\S+\.(?:docx|ics|csv|vcf|sqlite)\b/g, '…');

const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
const PATTERNS = GERMAN_UI_WORDS.map((word) => ({ word, pattern: wordPattern(word) }));

/** German interface words on the screen shown now, as "screen: word in <tag> “text”". */
async function germanLeaks(page: Page, screen: string): Promise<string[]> {
  const leaks: string[] = [];
  for (const { where, text } of await interfaceTexts(page)) {
    if (DEMO_DATA.some((data) => data.test(text))) continue;
    const checked = withoutDocumentText(text);
    for (const { word, pattern } of PATTERNS) if (pattern.test(checked)) leaks.push(`${screen}: “${word}” in ${where} “${text}”`);
  }
  return leaks;
}

/** Date and time fields show the app language's format; no native date, time or file control is in sight. */
async function inputLeaks(page: Page, screen: string, language: UiLanguage): Promise<string[]> {
  const leaks: string[] = [];
  const native = await page.locator('input[type="date"], input[type="time"], input[type="datetime-local"], input[type="month"]').count();
  if (native > 0) leaks.push(`${screen}: ${native} native date/time field(s) (they follow the browser's language)`);
  for (const file of await page.locator('input[type="file"]').all()) {
    const box = await file.boundingBox();
    if (box && box.width > 2) leaks.push(`${screen}: a native file field is in sight ("Choose File"/"Datei auswählen" in the browser's language)`);
  }
  const day = language === 'en' ? /^\d{2}\/\d{2}\/\d{4}$/ : /^\d{2}\.\d{2}\.\d{4}$/;
  for (const field of await page.locator('input.typed-input__control--date').all()) {
    const value = await field.inputValue();
    if (value !== '' && !day.test(value)) leaks.push(`${screen}: date field shows “${value}”`);
  }
  for (const field of await page.locator('input.typed-input__control--time').all()) {
    const value = await field.inputValue();
    if (value !== '' && !/^\d{2}:\d{2}$/.test(value)) leaks.push(`${screen}: time field shows “${value}”`);
  }
  return leaks;
}

let server: RunningServer;
let dataDir: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dataDir = newDataDir();
  writeDemoData(dataDir);
  // LBW_E2E_STATIC_DIR: a renderer build of one's own, so a build by someone else meanwhile does not swap the files mid-run.
  const staticDir = process.env.LBW_E2E_STATIC_DIR;
  server = await startServer(dataDir, staticDir ? ['--static-dir', staticDir] : []);
});

test.afterAll(async () => {
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A screen by its address, once nothing on it is loading any more. */
async function go(page: Page, route: string, language: UiLanguage): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(uiText(language, 'common.loading'), { exact: true })).toHaveCount(0);
}

/** The address a link on the current screen leads to (the demo's records, not guessed ids). */
async function linkTarget(links: Locator): Promise<string> {
  const href = await links.first().getAttribute('href');
  if (!href?.startsWith('#/')) throw new Error(`no link found: ${String(href)}`);
  return href.slice(1);
}

/** Switches the language as a person does: Einstellungen → Sprache → Speichern. */
async function useLanguage(page: Page, language: UiLanguage): Promise<void> {
  const shown: UiLanguage = language === 'de' ? 'en' : 'de';
  await go(page, '/einstellungen', shown);
  await page.getByLabel(uiText(shown, 'settings.personal.language'), { exact: true }).selectOption(language);
  await page.getByRole('button', { name: uiText(shown, 'settings.save'), exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

test('Englisch: kein deutsches Wort der Oberfläche, Datumsfelder im Format der App, axe ohne Befund', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize(OFFICE);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await useLanguage(page, 'en');

  const en = (key: string, values?: Record<string, string | number>) => uiText('en', key, values);
  const leaks: string[] = [];
  const visit = async (name: string, route: string) => {
    await go(page, route, 'en');
    await look(name);
  };
  const look = async (name: string) => {
    const broken = page.getByRole('heading', { name: en('common.errorBoundary.title') });
    if (await broken.isVisible()) {
      await page.getByText(en('common.errorBoundary.details')).click();
      throw new Error(`${name} could not be displayed: ${await page.locator('main').innerText()}`);
    }
    leaks.push(...(await germanLeaks(page, name)), ...(await inputLeaks(page, name, 'en')));
    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifactPath(`english-${name}.png`) });
  };
  const dialog = async (name: string, open: () => Promise<void>) => {
    await open();
    const shown = page.getByRole('dialog').or(page.getByRole('alertdialog')).last();
    await expect(shown).toBeVisible();
    await look(`dialog-${name}`);
    await page.keyboard.press('Escape');
    await expect(shown).toBeHidden();
  };
  const button = (key: string, values?: Record<string, string | number>) => page.getByRole('button', { name: en(key, values), exact: true });

  await go(page, '/leitbild/ausgaben', 'en');
  const edition = await linkTarget(page.locator('main a[href^="#/leitbild/ausgaben/"]'));
  await go(page, '/leitbild/massnahmen', 'en');
  const measure = await linkTarget(page.locator('main a[href^="#/leitbild/massnahmen/"]'));
  await go(page, '/sitzungen', 'en');
  const meetingLinks = page.locator('main a[href^="#/sitzungen/"]:not([href$="/aufgaben"])');
  const meeting = await linkTarget(meetingLinks.filter({ hasText: /13/ }));
  await go(page, '/kontakte', 'en');
  const contact = await linkTarget(page.locator('main a[href^="#/kontakte/personen/"]'));
  await go(page, '/kontakte/gremien', 'en');
  const body = await linkTarget(page.locator('main a[href^="#/kontakte/gremien/"]'));

  await visit('start', '/start');
  await visit('editions', '/leitbild/ausgaben');
  await visit('edition', edition);
  await visit('fields-of-action', '/leitbild/handlungsfelder');
  await visit('measures', '/leitbild/massnahmen');
  await dialog('new-measure', () => button('measures.create.open').click());
  await visit('measure', measure);
  await dialog('change-status', () => button('measures.detail.changeStatus').click());
  await visit('planning-workshop', '/leitbild/planungswerkstatt');
  await visit('search', '/leitbild/suche?q=Sprache');

  await visit('meetings', '/sitzungen');
  await dialog('new-meeting', () => button('meetings.list.newMeeting').click());
  await visit('meeting', meeting);
  // Standard items and member roles are stored as German text the app wrote; English shows them in English.
  await expect(page.locator('.agenda-item__title').filter({ hasText: en('meetings.standardTitle.welcome') })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`^(${en('meetings.attendance.edit')}|${en('meetings.attendance.show')})`) }).click();
  await expect(page.locator('.attendance-row__role').first()).toBeVisible();
  await look('meeting-attendance');
  // The documents stay German: the attendance sheet, made from the English interface, prints the German names and roles.
  const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en('meetings.exports.attendanceSheet'), exact: true }).click()]);
  const sheetText = await docxText(sheet);
  expect(sheetText).toContain('13. Sitzung des Harburger Integrationsrats');
  expect(sheetText).toMatch(/\bVorsitz\b/);
  expect(sheetText).not.toMatch(/\b(?:Chair|Member|Meeting)\b/);
  const [invitation] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en('meetings.exports.invitation'), exact: true }).click()]);
  expect(await docxText(invitation)).toContain('Begrüßung und Feststellung der Beschlussfähigkeit');
  // The two "offered for saving" messages would cover the next screenshots.
  const dismiss = page.getByRole('button', { name: en('common.toasts.dismiss') });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await dialog('edit-meeting', async () => {
    await button('meetings.edit.open').click();
    const form = page.getByRole('dialog');
    await expect(form.getByLabel(en('meetings.form.startDate'), { exact: true })).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
    await expect(form.getByLabel(en('meetings.form.startTime'), { exact: true })).toHaveValue(/^\d{2}:\d{2}$/);
  });
  await dialog('agenda-item', () => button('meetings.agenda.editLabel', { number: 1 }).click());
  await visit('live', `${meeting}/live`);
  await leaveLiveMinutes(page, 'en');
  await visit('action-items', '/sitzungen/aufgaben');
  // Untitled meetings in the list of action items are named in English too (the table's cells are not checked above).
  const actionItemMeetings = page.locator('main td a[href^="#/sitzungen/"]');
  await expect(actionItemMeetings.first()).toBeVisible();
  await expect(actionItemMeetings.filter({ hasText: /\d+\. Sitzung/ })).toHaveCount(0);

  await visit('contacts', '/kontakte');
  await visit('new-contact', '/kontakte/neu');
  await visit('contact', contact);
  await dialog('membership', () => button('contacts.memberships.add').click());
  await visit('bodies', '/kontakte/gremien');
  await visit('body', body);
  await visit('organisations', '/kontakte/organisationen');
  await visit('contacts-import', '/kontakte/import');

  await visit('documents', '/dokumente');
  await expect(page.getByLabel(en('documents.report.asOf'), { exact: true })).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await visit('motion', '/dokumente/antrag');
  await visit('edition-document', '/dokumente/leitbild-ausgabe');
  await visit('progress-report', '/dokumente/sachstandsbericht');

  await visit('settings', '/einstellungen');
  await page.getByRole('button', { name: en('settings.sections.backup'), exact: true }).click();
  await look('settings-backup');
  await visit('help', '/hilfe');
  await visit('help-guide', '/hilfe/sitzung');
  await visit('help-about', '/hilfe/ueber');

  expect(leaks).toEqual([]);
});

test('Deutsch: Datums- und Zeitfelder zeigen TT.MM.JJJJ und HH:MM, ein unmöglicher Tag wird am Feld genannt', async ({ page }) => {
  await page.setViewportSize(OFFICE);
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'de') await useLanguage(page, 'de');
  await go(page, '/dokumente', 'de');
  const asOf = page.getByLabel('Stand', { exact: true });
  await expect(asOf).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/);
  await expect(page.getByText('Format: TT.MM.JJJJ').first()).toBeVisible();
  // An impossible day is named at the field, in German; the list of documents stays usable.
  await asOf.fill('31.02.2026');
  await asOf.press('Tab');
  await expect(asOf).toHaveAccessibleDescription(/Dieses Datum gibt es nicht/);
  await asOf.fill('30.06.2024');
  await asOf.press('Tab');
  await expect(asOf).toHaveValue('30.06.2024');
  expect(await inputLeaks(page, 'dokumente', 'de')).toEqual([]);

  await go(page, '/sitzungen', 'de');
  await page.getByRole('button', { name: uiText('de', 'meetings.list.newMeeting'), exact: true }).click();
  const dialog = page.getByRole('dialog');
  const date = dialog.getByLabel(uiText('de', 'meetings.form.startDate'), { exact: true });
  await date.fill('3.2.27');
  await date.press('Tab');
  await expect(date).toHaveValue('03.02.2027');
  const start = dialog.getByLabel(uiText('de', 'meetings.form.startTime'), { exact: true });
  await start.fill('1830');
  await start.press('Tab');
  await expect(start).toHaveValue('18:30');
  expect(await inputLeaks(page, 'neue-sitzung', 'de')).toEqual([]);
  await page.screenshot({ path: artifactPath('german-new-meeting-dates.png') });
  // At 200 % zoom the date and time fields with their format hints still fit without sideways scrolling.
  await page.setViewportSize({ width: 683, height: 384 });
  await date.scrollIntoViewIfNeeded();
  expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  await page.screenshot({ path: artifactPath('german-new-meeting-dates-200.png') });
});
