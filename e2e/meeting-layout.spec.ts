import { expect, type Page } from '@playwright/test';
import { artifactPath } from './support/app-server';
import { demoTest, OFFICE_LAPTOP, ZOOM_200 } from './support/demo';
import { expectNoAxeViolations } from './support/axe';

/**
 * The meeting page and live mode as an office worker meets them: at 1366×768 (the common office
 * laptop) the agenda is in the first screen; at 200 % zoom (683×384 CSS px) nothing scrolls
 * sideways; in English no German "TOP" is left.
 */

const test = demoTest;

const OFFICE = OFFICE_LAPTOP;
/** The demo council's next session (in two weeks): 15 people on the list, five items. */
const COUNCIL_NEXT = /^13\. Sitzung/;
/** The same session's name in English (built from number and body when shown). */
const COUNCIL_NEXT_EN = /^(13\. Sitzung|Meeting 13\b)/;

async function openMeeting(page: Page, name: RegExp = COUNCIL_NEXT): Promise<string> {
  await page.getByRole('navigation', { name: /^(Hauptnavigation|Main navigation)$/ }).getByRole('link', { name: /^(Sitzungen|Meetings)$/ }).click();
  const link = page.getByRole('link', { name }).first();
  const title = ((await link.textContent()) ?? '').trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return title;
}

/** Nothing wider than the window: no sideways scrolling (WCAG 1.4.10). */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** The screen's words without the user's data: German "TOP" must not be among them in English. */
async function expectNoTop(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\bTOPs?\b/);
  const labels = await page.evaluate(() => Array.from(document.querySelectorAll('[aria-label], [title]')).map((element) => `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''}`).join('\n'));
  expect(labels).not.toMatch(/\bTOPs?\b/);
}

/** Switches the interface to English in Einstellungen. */
async function switchToEnglish(page: Page) {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByLabel('Sprache', { exact: true }).selectOption('en');
  const save = page.getByRole('button', { name: /^(Speichern|Einstellungen speichern)$/ });
  if (await page.locator('html[lang="en"]').count() === 0 && (await save.count()) > 0) await save.first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

async function expectAgendaAboveTheFold(page: Page) {
  const heading = page.getByRole('heading', { level: 2, name: /^(Tagesordnung|Agenda)$/ });
  const firstItem = page.getByRole('list', { name: /^(Tagesordnung|Agenda)$/ }).getByRole('listitem').first();
  for (const element of [heading, firstItem]) {
    const box = (await element.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(OFFICE.height);
  }
}

test.use({ viewport: OFFICE });

test('Sitzungsseite bei 1366×768: Tagesordnung im ersten Bild, Springen zu mit Alt+1…4, Anwesenheit als Zahlen', async ({ page }) => {
  await openMeeting(page);
  await page.screenshot({ path: artifactPath('meeting-layout-1366-de.png') });
  await expectAgendaAboveTheFold(page);

  // Attendance collapsed to its counts; "Anwesenheit bearbeiten" opens the list of people.
  const attendance = page.getByRole('region', { name: 'Anwesenheit' });
  await expect(attendance.getByText(/^\d+ anwesend, \d+ entschuldigt, \d+ unentschuldigt, \d+ Gäste?$/)).toBeVisible();
  await expect(attendance.getByText(/^15 Personen erwartet/)).toBeVisible();
  await expect(page.getByRole('group', { name: /^Anwesenheit von / })).toHaveCount(0);
  const edit = attendance.getByRole('button', { name: 'Anwesenheit bearbeiten' });
  await expect(edit).toHaveAttribute('aria-expanded', 'false');

  // Springen zu: by key and by click, each to its section's heading.
  const jump = page.getByRole('navigation', { name: 'Springen zu' });
  await expect(jump.getByRole('link', { name: 'Tagesordnung' })).toHaveAttribute('aria-keyshortcuts', 'Alt+1');
  await expect(jump.getByRole('link', { name: 'Dateien' })).toHaveAttribute('title', 'Tastenkürzel: Alt + 4');
  for (const [key, name] of [['Alt+4', 'Dateien'], ['Alt+2', 'Anwesenheit'], ['Alt+3', 'Aufgaben'], ['Alt+1', 'Tagesordnung']] as const) {
    await page.keyboard.press(key);
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeFocused();
  }
  await jump.getByRole('link', { name: 'Anwesenheit' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Anwesenheit' })).toBeFocused();
  // From the heading, one Tab to "Anwesenheit bearbeiten" (not 50 through the list of people).
  await page.keyboard.press('Tab');
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(edit).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('group', { name: /^Anwesenheit von / })).toHaveCount(15);
  // Before the meeting's day nobody can be marked present.
  await expect(page.getByRole('button', { name: 'Alle Erwarteten als anwesend markieren' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('meeting-layout-1366-de-full.png'), fullPage: true });

  // Dateien: one button style, each label on one line; the message about the file covers neither the button pressed nor the others.
  const files = page.getByRole('region', { name: 'Dateien' });
  const buttons = files.getByRole('button');
  const classes = await buttons.evaluateAll((elements) => elements.map((element) => element.className));
  expect(new Set(classes).size).toBe(1);
  // One line box per label: a wrapped label would have two.
  const lines = await buttons.evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
    }),
  );
  expect(lines.every((count) => count === 1)).toBe(true);
  const ics = files.getByRole('button', { name: 'Kalendereintrag (.ics)' });
  await Promise.all([page.waitForEvent('download'), ics.click()]);
  const toast = page.getByRole('region', { name: /^Meldungen/ }).getByText(/wurde zum Speichern angeboten/);
  await expect(toast).toBeVisible();
  const toastBox = (await page.getByRole('region', { name: /^Meldungen/ }).boundingBox())!;
  for (const box of await buttons.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect))) {
    const overlaps = toastBox.x < box.right && box.left < toastBox.x + toastBox.width && toastBox.y < box.bottom && box.top < toastBox.y + toastBox.height;
    expect(overlaps).toBe(false);
  }
  await page.screenshot({ path: artifactPath('meeting-layout-1366-de-files-toast.png') });
});

test('Sitzung und Live-Protokoll bei 200 % (683×384): eine Spalte, nichts seitlich, Notiz bereit nach jedem Schritt', async ({ page }) => {
  const title = await openMeeting(page);
  await page.setViewportSize(ZOOM_200);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: artifactPath('meeting-layout-200-de.png') });
  await page.getByRole('button', { name: 'Anwesenheit bearbeiten' }).click();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: artifactPath('meeting-layout-200-de-full.png'), fullPage: true });

  await page.getByRole('link', { name: 'Live-Protokoll starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Live-Protokoll: ${title}` })).toBeVisible();
  const notes = page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 1' });
  await expect(notes).toBeFocused();
  await expectNoSidewaysScroll(page);
  // "Beschluss erfassen" stays inside its card.
  const card = (await page.getByRole('region', { name: /^TOP 1 / }).boundingBox())!;
  const decide = (await page.getByRole('button', { name: 'Beschluss erfassen' }).boundingBox())!;
  expect(decide.x + decide.width).toBeLessThanOrEqual(card.x + card.width);
  await page.screenshot({ path: artifactPath('live-200-de.png') });
  await expectNoAxeViolations(page);

  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 2' })).toBeFocused();
  // Each dialog: no axe violations, fits the window, and the cursor is back in the notes after it.
  for (const [key, name] of [['Alt+B', /^Beschluss zu TOP 2$/], ['Alt+A', /^Anwesenheit$/], ['Alt+N', /^Neue Aufgabe$/], ['F1', /^Tastenkürzel/]] as const) {
    await page.keyboard.press(key);
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: artifactPath(`live-200-de-${key.replace('+', '-')}.png`) });
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 2' })).toBeFocused();
  }
});

test('English: "Item", not "TOP", on the meeting page and in live mode; no axe violations; both sizes', async ({ page }) => {
  await switchToEnglish(page);
  const title = await openMeeting(page, COUNCIL_NEXT_EN);
  await expectAgendaAboveTheFold(page);
  await expect(page.getByRole('navigation', { name: 'Jump to' }).getByRole('link', { name: 'Agenda' })).toHaveAttribute('aria-keyshortcuts', 'Alt+1');
  await page.screenshot({ path: artifactPath('meeting-layout-1366-en.png') });
  await page.getByRole('button', { name: 'Edit attendance' }).click();
  await expectNoTop(page);
  await expectNoAxeViolations(page);
  await page.setViewportSize(ZOOM_200);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: artifactPath('meeting-layout-200-en.png') });
  await page.setViewportSize(OFFICE);

  await page.getByRole('link', { name: 'Start live minutes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Live minutes: ${title}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Item 1 / })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Minutes note on item 1' })).toBeFocused();
  await expectNoTop(page);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('live-1366-en.png') });
  for (const [key, name] of [['Alt+B', /^Decision on item 1$/], ['Alt+A', /^Attendance$/], ['Alt+N', /^New action item$/], ['F1', /^Keyboard shortcuts/]] as const) {
    await page.keyboard.press(key);
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await expectNoTop(page);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  await page.setViewportSize(ZOOM_200);
  await expect(page.getByRole('textbox', { name: 'Minutes note on item 1' })).toBeFocused();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: artifactPath('live-200-en.png') });
});

test('Live-Protokoll bei 1366×768 auf Deutsch: Dialoge ohne axe-Verstöße', async ({ page }) => {
  await openMeeting(page);
  await page.getByRole('link', { name: 'Live-Protokoll starten' }).click();
  await expect(page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 1' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('live-1366-de.png') });
  for (const [key, name] of [['Alt+B', /^Beschluss zu TOP 1$/], ['Alt+A', /^Anwesenheit$/], ['Alt+N', /^Neue Aufgabe$/], ['F1', /^Tastenkürzel/]] as const) {
    await page.keyboard.press(key);
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 1' })).toBeFocused();
  }
});
