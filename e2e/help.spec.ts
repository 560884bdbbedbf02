import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { artifactPath } from './support/app-server';
import { demoTest, OFFICE_LAPTOP, ZOOM_200 } from './support/demo';
import { expectNoAxeViolations } from './support/axe';

/**
 * Help inside the app (issue 16): F1 and the help button open the guide for the screen, Hilfe →
 * Über has the technical facts the start page no longer shows, and the navigation stays calm
 * (the active entry on one line, in the same place on every screen, no sideways scroll at 200 %).
 */
const root = path.resolve(import.meta.dirname, '..');
const packageVersion = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

const test = demoTest;

const OFFICE = OFFICE_LAPTOP;

const mainNav = (page: Page) => page.getByRole('navigation', { name: /^(Hauptnavigation|Main navigation)$/ });

/** In a narrow window the entries are folded behind "Menü": open it. */
async function unfoldMenu(page: Page) {
  const toggle = mainNav(page).getByRole('button', { name: /^(Menü|Menu)$/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

async function openFromNav(page: Page, entry: RegExp | string, heading: RegExp | string) {
  await unfoldMenu(page);
  await mainNav(page).getByRole('link', { name: entry }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** The demo council's next session, as in meeting-layout.spec.ts. */
async function openMeeting(page: Page) {
  await openFromNav(page, /^(Sitzungen|Meetings)$/, /^(Sitzungen|Meetings)$/);
  const link = page.getByRole('link', { name: /^13\. Sitzung/ }).first();
  const title = ((await link.textContent()) ?? '').trim();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function switchToEnglish(page: Page) {
  await openFromNav(page, 'Einstellungen', 'Einstellungen');
  await page.getByLabel('Sprache', { exact: true }).selectOption('en');
  const save = page.getByRole('button', { name: /^(Speichern|Einstellungen speichern)$/ });
  if ((await page.locator('html[lang="en"]').count()) === 0 && (await save.count()) > 0) await save.first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/**
 * axe could decide every colour pair of the help screens (no "incomplete" contrast node left to
 * explain). The shared "Zurück zu …" link's arrow is left to the all-screens sweep, which owns it.
 */
async function expectContrastDecided(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).exclude('.back-link').analyze();
  expect(results.incomplete.flatMap((rule) => rule.nodes.map((node) => node.target.join(' ')))).toEqual([]);
}

/**
 * The chart is SVG, whose text axe cannot measure ("incomplete"): here every number and name is
 * measured as drawn – its fill against the bar segment (or the white card) under its centre.
 */
async function expectChartTextContrast(page: Page) {
  const pairs = await page.getByTestId('status-chart').evaluate((chart) => {
    const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => channel(parseInt(hex.slice(at, at + 2), 16) / 255)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    return Array.from(chart.querySelectorAll('svg text')).map((text) => {
      const box = text.getBoundingClientRect();
      const under = document
        .elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        .find((element) => (element.tagName === 'rect' || element.tagName === 'path') && element.getAttribute('fill')?.startsWith('#'));
      const fg = text.getAttribute('fill') ?? '#000000';
      const bg = under?.getAttribute('fill') ?? '#ffffff';
      const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
      return { text: text.textContent, fg, bg, ratio: (light + 0.05) / (dark + 0.05) };
    });
  });
  expect(pairs.filter((pair) => pair.bg !== '#ffffff').length, 'numbers on the bar segments').toBeGreaterThan(10);
  expect(pairs.filter((pair) => pair.ratio < 4.5)).toEqual([]);
}

/** Nothing wider than the window (WCAG 1.4.10); polled, as the chart measures its box after a resize. */
async function expectNoSidewaysScroll(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { message: 'sideways overflow in px' })
    .toBeLessThanOrEqual(0);
}

/** Where each entry of the main navigation sits: must be the same on every screen. */
async function navBoxes(page: Page) {
  const links = mainNav(page).getByRole('link');
  const boxes = [];
  for (const link of await links.all()) {
    if (!(await link.isVisible())) continue;
    const box = (await link.boundingBox())!;
    boxes.push({ x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) });
  }
  return boxes;
}

/** One line of text: the entry's label is no taller than one line. */
async function expectOneLine(link: Locator, what: string) {
  const { height, lineHeight } = await link.evaluate((element) => {
    const label = element.querySelector('span') ?? element;
    return { height: label.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(label).lineHeight) };
  });
  expect(height, what).toBeLessThanOrEqual(lineHeight * 1.2);
}

test('F1 auf „Maßnahmen“ öffnet „Vom Vorschlag zum Beschluss“, „Zurück“ führt wieder hin', async ({ page }) => {
  await page.setViewportSize(OFFICE);
  await openFromNav(page, 'Leitbild & Maßnahmen', 'Maßnahmen');
  await page.keyboard.press('F1');
  await expect(page.getByRole('heading', { level: 1, name: 'Vom Vorschlag zum Beschluss' })).toBeVisible();
  expect(page.url()).toContain('#/hilfe/vorschlag-beschluss');
  await expect(mainNav(page).getByRole('link', { name: 'Hilfe' })).toHaveAttribute('aria-current', 'page');
  // The steps name the buttons as the screens show them.
  await expect(page.getByText('Klicken Sie auf „Speichern und nächster Vorschlag“.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Beschluss der Bezirksversammlung/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectContrastDecided(page);
  await page.screenshot({ path: artifactPath('hilfe-vorschlag-beschluss-1366.png') });

  await page.getByRole('link', { name: 'Zurück zu „Leitbild & Maßnahmen“' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeVisible();
});

test('die Hilfe-Schaltfläche einer Sitzung öffnet „Sitzung vorbereiten und protokollieren“; im Live-Protokoll bleibt F1 die Tastenübersicht', async ({ page }) => {
  await page.setViewportSize(OFFICE);
  await openMeeting(page);
  const help = page.getByRole('link', { name: 'Hilfe zu dieser Seite', exact: true });
  await expect(help).toBeVisible();
  await expect(help).toHaveAttribute('aria-keyshortcuts', 'F1');
  await expect(help).toHaveAccessibleDescription('Anleitung „Sitzung vorbereiten und protokollieren“ öffnen (F1)');
  await page.screenshot({ path: artifactPath('hilfe-schaltflaeche-sitzung-1366.png') });
  await help.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzung vorbereiten und protokollieren' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Klicken Sie auf „Live-Protokoll starten“.' })).toBeVisible();
  await page.goBack();

  const live = page.getByRole('button', { name: 'Live-Protokoll starten' }).or(page.getByRole('link', { name: 'Live-Protokoll starten' }));
  await live.first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Live-Protokoll/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hilfe zu dieser Seite' })).toHaveCount(0);
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Tastenkürzel im Live-Protokoll' })).toBeVisible();
  expect(page.url()).toContain('/live');
});

test('Hilfe → Über zeigt Version und Datenordner; die Startseite zeigt keinen Datenbankpfad mehr', async ({ page, demo }) => {
  await page.setViewportSize(OFFICE);
  await openFromNav(page, 'Start', 'Willkommen in der Leitbild-Werkstatt');
  await expect(page.getByTestId('status-chart')).toBeVisible();
  const startText = await page.getByRole('main').innerText();
  expect(startText).not.toContain(demo.dataDir);
  expect(startText).not.toMatch(/Schemaversion|Programmversion|Datendatei|leitbild-werkstatt\.sqlite/);
  await expectNoAxeViolations(page);
  await expectChartTextContrast(page);
  await page.screenshot({ path: artifactPath('start-1366.png'), fullPage: true });
  await page.setViewportSize(ZOOM_200);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: artifactPath('start-683.png'), fullPage: true });
  await page.setViewportSize(OFFICE);

  await openFromNav(page, 'Hilfe', 'Hilfe');
  await expect(page.getByRole('link', { name: 'Vom Vorschlag zum Beschluss' })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectContrastDecided(page);
  await page.screenshot({ path: artifactPath('hilfe-1366.png') });

  await page.getByRole('link', { name: 'Über Leitbild-Werkstatt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Über Leitbild-Werkstatt' })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Technische Angaben' });
  const value = (label: string) => facts.locator('div').filter({ has: page.getByRole('term').getByText(label, { exact: true }) }).getByRole('definition');
  await expect(value('Programmversion')).toHaveText(packageVersion);
  await expect(value('Datenordner')).toHaveText(demo.dataDir);
  await expect(value('Datendatei')).toHaveText(path.join(demo.dataDir, 'leitbild-werkstatt.sqlite'));
  await expect(value('Protokolldatei')).toHaveText(path.join(demo.dataDir, 'logs', 'leitbild-werkstatt.log'));
  await expect(value('Schemaversion der Datenbank')).toHaveText(/^\d+$/);
  await expectNoAxeViolations(page);
  await expectContrastDecided(page);
  await page.screenshot({ path: artifactPath('hilfe-ueber-1366.png') });
});

test('Hilfe und Über auf Englisch: vollständig, ohne axe-Verstöße, auch bei 200 %', async ({ page }) => {
  await page.setViewportSize(OFFICE);
  await switchToEnglish(page);
  await openFromNav(page, 'Help', 'Help');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Prepare a meeting and take minutes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prepare a meeting and take minutes' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Open “Meetings”. Click “New meeting”.' })).toBeVisible();
  const guide = await page.getByRole('main').innerText();
  expect(guide).not.toMatch(/\b(Sitzung|Klicken|Öffnen|Hilfe|Zurück)\b/);
  await expectNoAxeViolations(page);
  await expectContrastDecided(page);
  await page.screenshot({ path: artifactPath('help-meeting-en-1366.png') });

  await page.goto(page.url().replace(/#.*$/, '#/hilfe/ueber'));
  await expect(page.getByRole('heading', { level: 1, name: 'About Leitbild-Werkstatt' })).toBeVisible();
  await expect(page.getByText('Program version')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('help-about-en-1366.png') });

  await page.setViewportSize(ZOOM_200);
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('help-about-en-683.png'), fullPage: true });
});

test('Dokumente: die Hilfe-Schaltfläche öffnet „Antrag erstellen“ und stört den gleichnamigen Link nicht', async ({ page }) => {
  await openFromNav(page, 'Dokumente', 'Dokumente');
  // Playwright matches names by substring: the help button must not be a second "Antrag erstellen".
  await expect(page.getByRole('link', { name: 'Antrag erstellen' })).toHaveCount(1);
  await page.getByRole('link', { name: 'Hilfe zu dieser Seite' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Antrag erstellen' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Klicken Sie auf „Word-Datei speichern“.' })).toBeVisible();
  await page.getByRole('link', { name: 'Zurück zu „Dokumente“' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dokumente' })).toBeVisible();
});

test('F1 in a list in English opens the English guide', async ({ page }) => {
  await switchToEnglish(page);
  await openFromNav(page, 'Contacts', /^Contacts$/);
  await page.keyboard.press('F1');
  await expect(page.getByRole('heading', { level: 1, name: 'Import contacts from Outlook' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to “Contacts”' })).toBeVisible();
});

test('Navigation: der aktive Eintrag bricht nicht um, das Menü springt nicht; bei 200 % kein seitliches Scrollen', async ({ page }) => {
  const screens: [RegExp | string, RegExp | string][] = [
    ['Start', 'Willkommen in der Leitbild-Werkstatt'],
    ['Leitbild & Maßnahmen', 'Maßnahmen'],
    ['Sitzungen', 'Sitzungen'],
    ['Kontakte', /^Kontakte$/],
    ['Dokumente', 'Dokumente'],
    ['Einstellungen', 'Einstellungen'],
    ['Hilfe', 'Hilfe'],
  ];
  for (const size of [OFFICE, ZOOM_200]) {
    await page.setViewportSize(size);
    let first: Awaited<ReturnType<typeof navBoxes>> | null = null;
    for (const [entry, heading] of screens) {
      await openFromNav(page, entry, heading);
      await page.evaluate(() => window.scrollTo(0, 0));
      await unfoldMenu(page);
      const active = mainNav(page).getByRole('link', { name: entry });
      await expect(active).toHaveAttribute('aria-current', 'page');
      await expectOneLine(active, `${String(entry)} at ${size.width}×${size.height}`);
      const boxes = await navBoxes(page);
      first ??= boxes;
      expect(boxes, `${String(entry)} at ${size.width}×${size.height}`).toEqual(first);
      expect(boxes).toHaveLength(screens.length);
      await expectNoSidewaysScroll(page);
    }
    await openFromNav(page, 'Leitbild & Maßnahmen', 'Maßnahmen');
    await page.screenshot({ path: artifactPath(`navigation-massnahmen-${size.width}.png`) });
  }
  // At 200 % the menu is folded after a choice: the screen's heading is in the first screen.
  const heading = (await page.getByRole('heading', { level: 1, name: 'Maßnahmen' }).boundingBox())!;
  expect(heading.y + heading.height).toBeLessThan(ZOOM_200.height / 2);
  await unfoldMenu(page);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('navigation-menue-offen-683.png') });
  await openMeeting(page);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: artifactPath('hilfe-schaltflaeche-sitzung-683.png') });
  await page.keyboard.press('F1');
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzung vorbereiten und protokollieren' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('hilfe-sitzung-683.png') });
  await page.screenshot({ path: artifactPath('hilfe-sitzung-683-ganz.png'), fullPage: true });
});
