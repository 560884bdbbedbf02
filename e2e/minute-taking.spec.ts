import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { artifactPath, newDataDir, startServer, type RunningServer } from './support/app-server';

const root = path.resolve(import.meta.dirname, '..');

/** The demo district on a fresh data folder, the page opened at the server's address. */
const test = base.extend<{ demo: { server: RunningServer } }>({
  demo: [
    async ({ page }, use) => {
      const dataDir = newDataDir();
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--data-dir', dataDir], { cwd: root, encoding: 'utf8' });
      const demo = { server: await startServer(dataDir) };
      await page.goto(demo.server.url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await use(demo);
      await demo.server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    { auto: true },
  ],
});

test.use({ viewport: { width: 1366, height: 768 } });

async function openUpcoming(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sitzungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
  const upcoming = page.getByRole('region', { name: /Anstehende Sitzungen/ }).getByRole('link').first();
  const title = (await upcoming.textContent()) ?? '';
  await upcoming.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return title;
}

test('Live-Protokoll: sofort lostippen – der erste Tastendruck landet in der Notiz und ist nach dem Neuladen da', async ({ page }) => {
  const title = await openUpcoming(page);
  await page.getByRole('link', { name: 'Live-Protokoll starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Live-Protokoll: ${title}` })).toBeVisible();
  // No click into the field: the keyboard goes straight to the notes of the first item.
  await page.keyboard.type('Frau Demir begrüßt alle.');
  const first = page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 1' });
  await expect(first).toBeFocused();
  await expect(first).toHaveValue('Frau Demir begrüßt alle.');
  await page.screenshot({ path: artifactPath('live-mode-ready-to-type.png') });

  // Alt+↓: the next item's notes have the focus, typing goes on there.
  await page.keyboard.press('Alt+ArrowDown');
  const second = page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 2' });
  await expect(second).toBeFocused();
  await page.keyboard.type('Wortmeldung von Herrn Yılmaz.');
  await expect(page.getByText(/^Gespeichert um /)).toBeVisible({ timeout: 3_000 });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Live-Protokoll: ${title}` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 2' })).toHaveValue('Wortmeldung von Herrn Yılmaz.');
  await expect(page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 2' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 1' })).toHaveValue('Frau Demir begrüßt alle.');
});
