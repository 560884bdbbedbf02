import fs from 'node:fs';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { artifactPath, newDataDir, startServer, type RunningServer } from './support/app-server';
import { writeDemoData } from './support/demo';
import { expectNoAxeViolations } from './support/axe';
import { uiText, type UiLanguage } from './support/ui-text';

/*
 * Maßnahmen and Kontakte on the office laptop (1366×768) and at 200 % zoom (683×384 CSS px):
 * lists that start with rows on the page's one scrollbar, full cell text by keyboard, no
 * sideways scrolling, and the measure page's actions first after its heading.
 */

const LAPTOP = { width: 1366, height: 768 };
const ZOOM_200 = { width: 683, height: 384 };

/** One demo district for the whole file (`npm run demo`: 40 measures, 60 contacts); the tests only read it. */
const test = base.extend<object, { demo: RunningServer }>({
  demo: [
    // A worker fixture that needs no other fixture (Playwright asks for the object pattern).
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dataDir = newDataDir();
      writeDemoData(dataDir);
      const server = await startServer(dataDir);
      await use(server);
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

async function open(page: Page, demo: RunningServer, hash: string, heading: string | RegExp) {
  await page.goto(`${demo.url}#${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

async function openMeasures(page: Page, demo: RunningServer) {
  await open(page, demo, '/leitbild/massnahmen', 'Maßnahmen');
  await expect(page.getByRole('status').filter({ hasText: /^40 Maßnahmen$/ })).toBeVisible();
}

async function openContacts(page: Page, demo: RunningServer) {
  await open(page, demo, '/kontakte', 'Kontakte');
  await expect(page.getByRole('status').filter({ hasText: /^60 Kontakte$/ })).toBeVisible();
}

/** The table's data rows lying wholly inside the window. */
const rowsInView = (page: Page) =>
  page.evaluate(() => {
    const rows = [...document.querySelectorAll('table tbody tr[aria-rowindex]')];
    return rows.filter((row) => {
      const box = row.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    }).length;
  });

/** Elements that scroll on their own (besides the page), with what they hold. */
const innerScrollBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const scrollsY = /(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
        const scrollsX = /(auto|scroll)/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
        return scrollsY || scrollsX;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );

const pageScrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** Whether the element's text is cut (ellipsis or clipping) where it stands now. */
const isCut = (locator: Locator) => locator.evaluate((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);

/** Presses Tab until `target` has the focus; the number of presses (fails after `limit`). */
async function tabsUntil(page: Page, target: Locator, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`not reached within ${limit} Tab presses`);
}

test.describe('1366×768', () => {
  test.use({ viewport: LAPTOP });

  test('Maßnahmen: the first screen shows at least 10 rows, on the page’s one scrollbar', async ({ page, demo }) => {
    await openMeasures(page, demo);
    await page.screenshot({ path: artifactPath('lists-measures-1366.png') });
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(10);
    expect(await innerScrollBoxes(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight)).toBe(true);

    // Search and Handlungsfeld in view; the rest behind "Weitere Filter".
    await expect(page.getByRole('searchbox', { name: 'Suche' })).toBeVisible();
    await expect(page.getByLabel('Handlungsfeld')).toBeVisible();
    await expect(page.getByLabel('Federführung')).toBeHidden();
    const more = page.getByRole('button', { name: 'Weitere Filter' });
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await page.getByLabel('Federführung').selectOption({ index: 1 });
    await expect(page.getByRole('button', { name: 'Weitere Filter (1)' })).toBeVisible();
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^40 Maßnahmen$/ })).toBeVisible();
    await more.click();

    // The table's head stays on top while the page scrolls …
    await page.mouse.wheel(0, 600);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const head = await page.getByRole('columnheader', { name: 'Titel' }).boundingBox();
    expect(head?.y).toBeLessThanOrEqual(1);
    // … and a row reached with Shift+Tab comes into view below it, not under it.
    await page.locator('[data-row-index="30"]').focus();
    const focused = page.locator('[data-row-index="20"]');
    for (let presses = 0; presses < 40 && !(await focused.evaluate((element) => element === document.activeElement).catch(() => false)); presses += 1) {
      await page.keyboard.press('Shift+Tab');
    }
    await expect(focused).toBeFocused();
    const title = await focused.boundingBox();
    const stuckHead = await page.getByRole('columnheader', { name: 'Titel' }).boundingBox();
    expect(title!.y).toBeGreaterThanOrEqual(stuckHead!.y + stuckHead!.height - 1);
  });

  test('Kontakte: the first screen shows at least 10 rows, on the page’s one scrollbar', async ({ page, demo }) => {
    await openContacts(page, demo);
    await page.screenshot({ path: artifactPath('lists-contacts-1366.png') });
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(10);
    expect(await innerScrollBoxes(page)).toEqual([]);
    await expect(page.getByRole('searchbox', { name: 'Suche' })).toBeVisible();
    await expect(page.getByLabel('Kategorie')).toBeVisible();
    await expect(page.getByLabel('Gremium')).toBeHidden();
  });

  test('“Neu …” sits beside the heading on every list, in the same style', async ({ page, demo }) => {
    const lists = [
      ['/leitbild/massnahmen', 'Maßnahmen', page.getByRole('button', { name: 'Neue Maßnahme' })],
      ['/kontakte', 'Kontakte', page.getByRole('link', { name: 'Neuer Kontakt' })],
      ['/sitzungen', 'Sitzungen', page.getByRole('button', { name: 'Neue Sitzung' })],
    ] as const;
    for (const [hash, heading, action] of lists) {
      await open(page, demo, hash, heading);
      const title = await page.getByRole('heading', { level: 1 }).boundingBox();
      const box = await action.boundingBox();
      // On the heading's line, and first in the tab order after it.
      expect(Math.abs(box!.y + box!.height / 2 - (title!.y + title!.height / 2))).toBeLessThan(12);
      await expect(action).toHaveClass(/\bbutton--primary\b/);
      await page.getByRole('heading', { level: 1 }).focus();
      expect(await tabsUntil(page, action, 1)).toBe(1);
    }
  });

  test('a measure’s full title and lead, and a contact’s e-mail, by keyboard', async ({ page, demo }) => {
    await openMeasures(page, demo);
    const links = page.locator('.mt__link');
    // A measure (not the first: the arrow keys lead there) whose title and lead the one-line row cuts.
    const index = await links.evaluateAll((all) =>
      all.findIndex((link, position) => {
        if (position === 0) return false;
        const lead = link.closest('tr')?.querySelector<HTMLElement>('.mt__lead .mt__text');
        return link.scrollWidth > link.clientWidth + 1 && lead !== null && lead !== undefined && lead.scrollWidth > lead.clientWidth + 1;
      }),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const target = links.nth(index);
    const title = (await target.getAttribute('title')) ?? '';
    expect(await isCut(target)).toBe(true);

    // From the heading to the first title takes a few Tab presses (log), from the search field at
    // most 8: Handlungsfeld, Weitere Filter, Status ändern, all rows, the sort buttons (one stop),
    // the first row's checkbox, its title.
    await page.getByRole('heading', { level: 1 }).focus();
    const presses = await tabsUntil(page, links.first(), 25);
    test.info().annotations.push({ type: 'Tab presses from the heading to the first measure', description: String(presses) });
    await page.getByRole('searchbox', { name: 'Suche' }).focus();
    expect(await tabsUntil(page, links.first(), 8)).toBeLessThanOrEqual(8);
    // Then down the list with the arrow keys.
    for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
    await expect(target).toBeFocused();
    expect(await isCut(target)).toBe(false);
    await expect(target).toHaveText(title);
    const row = target.locator('xpath=ancestor::tr');
    expect(await isCut(row.locator('.mt__lead .mt__text'))).toBe(false);
    expect(await isCut(row.locator('.mt__field .mt__text'))).toBe(false);
    await page.screenshot({ path: artifactPath('lists-measures-focused-row-1366.png') });

    await openContacts(page, demo);
    const names = page.locator('.ct__link');
    const cut = await names.evaluateAll((all) =>
      all.findIndex((name, position) => position > 0 && [...(name.closest('tr')?.querySelectorAll<HTMLElement>('.ct__text') ?? [])].some((text) => text.scrollWidth > text.clientWidth + 1)),
    );
    expect(cut).toBeGreaterThanOrEqual(0);
    await names.first().focus();
    for (let step = 0; step < cut; step += 1) await page.keyboard.press('ArrowDown');
    await expect(names.nth(cut)).toBeFocused();
    const cells = names.nth(cut).locator('xpath=ancestor::tr').locator('.ct__text');
    for (const cell of await cells.all()) expect(await isCut(cell)).toBe(false);
    await page.screenshot({ path: artifactPath('lists-contacts-focused-row-1366.png') });
  });

  test('Maßnahme: “Status ändern” within 5 Tab presses from the heading', async ({ page, demo }) => {
    await openMeasures(page, demo);
    await page.locator('.mt__link').first().click();
    const heading = page.getByRole('heading', { level: 1, name: / – / });
    await expect(heading).toBeVisible();
    await page.screenshot({ path: artifactPath('lists-measure-1366.png') });
    await heading.focus();
    expect(await tabsUntil(page, page.getByRole('button', { name: 'Status ändern' }), 5)).toBeLessThanOrEqual(5);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Notiz hinzufügen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('form', { name: 'Neue Fortschrittsnotiz' }).getByLabel('Notiz')).toBeFocused();
  });

  test('axe: no violations on both lists (filters open too) and the measure page', async ({ page, demo }) => {
    await openMeasures(page, demo);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Weitere Filter' }).click();
    await page.locator('.mt__link').nth(2).focus();
    await expectNoAxeViolations(page);
    await page.locator('.mt__link').first().click();
    await expect(page.getByRole('button', { name: 'Status ändern' })).toBeVisible();
    await expectNoAxeViolations(page);
    await openContacts(page, demo);
    await page.getByRole('button', { name: 'Weitere Filter' }).click();
    await expectNoAxeViolations(page);
  });
});

test.describe('200 % zoom (683×384)', () => {
  test.use({ viewport: ZOOM_200 });

  test('Maßnahmen and Kontakte without sideways scrolling; titles readable in full', async ({ page, demo }) => {
    await openMeasures(page, demo);
    expect(await pageScrollsSideways(page)).toBe(false);
    const title = page.locator('.mt__link').first();
    await title.scrollIntoViewIfNeeded();
    expect(await isCut(title)).toBe(false);
    expect((await title.boundingBox())!.width).toBeGreaterThan(250);
    await page.screenshot({ path: artifactPath('lists-measures-200.png') });
    await page.getByRole('button', { name: 'Weitere Filter' }).click();
    expect(await pageScrollsSideways(page)).toBe(false);
    await page.locator('.list-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('lists-measures-200-filters.png') });
    await expectNoAxeViolations(page);

    await openContacts(page, demo);
    expect(await pageScrollsSideways(page)).toBe(false);
    const email = page.getByRole('row').nth(1).locator('.ct__text').nth(2);
    await email.scrollIntoViewIfNeeded();
    expect(await isCut(email)).toBe(false);
    await page.screenshot({ path: artifactPath('lists-contacts-200.png') });
    await expectNoAxeViolations(page);

    await page.goto(`${demo.url}#/leitbild/massnahmen/1`);
    await expect(page.getByRole('button', { name: 'Status ändern' })).toBeVisible();
    expect(await pageScrollsSideways(page)).toBe(false);
    await page.screenshot({ path: artifactPath('lists-measure-200.png') });
  });
});

/** Switches the language as a person does: Einstellungen → Sprache → Speichern. */
async function useLanguage(page: Page, demo: RunningServer, language: UiLanguage) {
  const shown: UiLanguage = language === 'de' ? 'en' : 'de';
  await open(page, demo, '/einstellungen', uiText(shown, 'settings.title'));
  await page.getByLabel(uiText(shown, 'settings.personal.language'), { exact: true }).selectOption(language);
  await page.getByRole('button', { name: uiText(shown, 'settings.save'), exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

// Last in the file: the language is a setting of the (shared) demo folder until switched back.
test.describe('English', () => {
  test.use({ viewport: LAPTOP });

  test('both lists and the measure page in English: no axe violations, the same layout', async ({ page, demo }) => {
    await useLanguage(page, demo, 'en');
    try {
      await open(page, demo, '/leitbild/massnahmen', 'Measures');
      await expect(page.getByRole('status').filter({ hasText: /^40 measures$/ })).toBeVisible();
      expect(await rowsInView(page)).toBeGreaterThanOrEqual(10);
      await expect(page.getByRole('button', { name: 'New measure' })).toBeVisible();
      await page.getByRole('button', { name: 'More filters' }).click();
      await page.locator('.mt__link').nth(1).focus();
      await page.screenshot({ path: artifactPath('lists-measures-1366-en.png') });
      await expectNoAxeViolations(page);

      await page.locator('.mt__link').first().click();
      await expect(page.getByRole('button', { name: 'Change status' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Add note' })).toBeVisible();
      await expectNoAxeViolations(page);

      await open(page, demo, '/kontakte', 'Contacts');
      await expect(page.getByRole('status').filter({ hasText: /^60 contacts$/ })).toBeVisible();
      expect(await rowsInView(page)).toBeGreaterThanOrEqual(10);
      await page.getByRole('button', { name: 'More filters' }).click();
      await page.screenshot({ path: artifactPath('lists-contacts-1366-en.png') });
      await expectNoAxeViolations(page);

      await page.setViewportSize(ZOOM_200);
      await open(page, demo, '/leitbild/massnahmen', 'Measures');
      expect(await pageScrollsSideways(page)).toBe(false);
      await page.locator('.list-card').scrollIntoViewIfNeeded();
      await page.screenshot({ path: artifactPath('lists-measures-200-en.png') });
    } finally {
      await page.setViewportSize(LAPTOP);
      await useLanguage(page, demo, 'de');
    }
  });
});
