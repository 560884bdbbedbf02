import fs from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { artifactPath, newDataDir, startServer, type RunningServer } from './support/app-server';
import { writeDemoData } from './support/demo';
import { expectNoAxeViolations } from './support/axe';

/** Issue 15, "nothing typed is lost": the leave question, Ctrl+S, reload, and the sticky save bars. */


const test = base.extend<{ server: RunningServer }>({
  server: [
    async ({ page }, use) => {
      const dataDir = newDataDir();
      writeDemoData(dataDir);
      const server = await startServer(dataDir);
      // An office laptop.
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(server.url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await use(server);
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    { auto: true },
  ],
});

const titleField = (page: Page) => page.getByRole('textbox', { name: /^Titel/ });
const leaveDialog = (page: Page) => page.getByRole('dialog', { name: 'Ungespeicherte Änderungen' });
const sessions = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sitzungen' });

async function openMeasure(page: Page): Promise<string> {
  await page.evaluate(() => (window.location.hash = '#/leitbild/massnahmen/1'));
  await expect(titleField(page)).toBeVisible();
  return titleField(page).inputValue();
}

test('leaving an edited measure asks: Abbrechen keeps the text, Verwerfen keeps the stored value, Speichern saves', async ({ page }) => {
  const stored = await openMeasure(page);
  await titleField(page).fill(`${stored} (geändert)`);

  await sessions(page).click();
  const dialog = leaveDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Änderungen speichern' })).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Verwerfen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('ungespeicherte-aenderungen-dialog.png') });

  // Abbrechen: the measure stays, with the text.
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  await expect(titleField(page)).toHaveValue(`${stored} (geändert)`);
  expect(page.url()).toContain('#/leitbild/massnahmen/1');

  // Escape is Abbrechen too.
  await sessions(page).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(titleField(page)).toHaveValue(`${stored} (geändert)`);

  // Verwerfen: the sessions are shown, the measure keeps its stored title.
  await sessions(page).click();
  await dialog.getByRole('button', { name: 'Verwerfen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
  expect(await openMeasure(page)).toBe(stored);

  // Speichern: saved, then the sessions.
  await titleField(page).fill(`${stored} (gespeichert)`);
  await sessions(page).click();
  await dialog.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
  expect(await openMeasure(page)).toBe(`${stored} (gespeichert)`);
});

test('Ctrl+S saves the measure, and the save button stays in view on the long form', async ({ page }) => {
  const stored = await openMeasure(page);
  const save = page.getByRole('button', { name: 'Änderungen speichern' });
  await expect(save).toBeInViewport();
  await titleField(page).fill(`${stored} (Strg+S)`);
  await page.keyboard.press('Control+s');
  await expect(page.getByText(/wurden gespeichert/)).toBeVisible();
  await sessions(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
  expect(await openMeasure(page)).toBe(`${stored} (Strg+S)`);
});

test('reloading with unsaved changes asks (beforeunload); staying keeps the text', async ({ page }) => {
  const stored = await openMeasure(page);
  await titleField(page).fill(`${stored} (neu laden)`);

  const asked: string[] = [];
  page.once('dialog', (question) => {
    asked.push(question.type());
    void question.dismiss();
  });
  await page.reload({ timeout: 3_000 }).catch(() => undefined);
  expect(asked).toEqual(['beforeunload']);
  await expect(titleField(page)).toHaveValue(`${stored} (neu laden)`);

  page.once('dialog', (question) => {
    asked.push(question.type());
    void question.accept();
  });
  await page.reload();
  expect(asked).toEqual(['beforeunload', 'beforeunload']);
  await expect(titleField(page)).toHaveValue(stored);
});

test('the edition page: the sticky save bar never covers the focused field', async ({ page }) => {
  await page.evaluate(() => (window.location.hash = '#/leitbild/ausgaben/1'));
  const title = page.getByRole('textbox', { name: /^Titel/ }).first();
  await expect(title).toBeVisible();
  const bar = page.locator('.edition-form__actions');
  await expect(bar).toBeInViewport();

  // Every field reached with Tab from the title on stays above the bar.
  await title.focus();
  for (let step = 0; step < 16; step += 1) {
    await page.keyboard.press('Tab');
    const covered = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement | null;
      const actions = document.querySelector('.edition-form__actions');
      if (!focused || !actions || actions.contains(focused)) return false;
      const field = focused.getBoundingClientRect();
      const barTop = actions.getBoundingClientRect().top;
      // A text area taller than the room above the bar shows at least its start (where typing begins).
      const fits = field.height <= barTop;
      return fits ? (field.bottom > barTop + 0.5 ? `${focused.tagName} ${focused.id} ${focused.getAttribute("aria-label") ?? ""}: ${field.top}-${field.bottom}, bar ${barTop}` : false) : field.top + 40 > barTop ? `${focused.id}: ${field.top}-${field.bottom}, bar ${barTop}` : false;
    });
    expect(covered, `field ${step + 1} after the title`).toBe(false);
    if (step === 0) {
      await expect(page.getByRole('textbox', { name: /^Untertitel/ })).toBeFocused();
      await page.screenshot({ path: artifactPath('ausgabe-fokus-untertitel.png') });
    }
  }
});
