import path from 'node:path';
import sqlite3 from 'sqlite3';
import { expect, type Page } from '@playwright/test';
import { DATABASE_FILE_NAME } from '../database/schema-identity';
import { artifactPath } from './support/app-server';
import { expectNoAxeViolations } from './support/axe';
import { demoTest as test, OFFICE_LAPTOP } from './support/demo';

const EXTRA = 40;

/** EXTRA more past meetings of the demo's first body (weekly in 2019/20), written beside the running server. */
async function addPastMeetings(dataDir: string): Promise<void> {
  const db = new sqlite3.Database(path.join(dataDir, DATABASE_FILE_NAME));
  const run = (sql: string, parameters: unknown[] = []) =>
    new Promise<void>((resolve, reject) => db.run(sql, parameters, (error) => (error ? reject(error) : resolve())));
  const now = new Date().toISOString();
  for (let n = 0; n < EXTRA; n++) {
    const day = new Date(Date.UTC(2019, 0, 2 + 7 * n)).toISOString().slice(0, 10);
    await run(
      `INSERT INTO meeting (kind, body_id, number, title, starts_at, ends_at, place, state, created_at, updated_at)
       VALUES ('forum', NULL, NULL, ?, ?, ?, 'Bürgerhaus', 'held', ?, ?)`,
      [`Forum ${String(n + 1).padStart(2, '0')}`, `${day}T18:00`, `${day}T20:00`, now, now],
    );
  }
  await new Promise<void>((resolve) => db.close(() => resolve()));
}

async function openSessions(page: Page) {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sitzungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
}

test('Sitzungen: die letzten 25 vergangenen, die Summe je Gruppe, „Weitere Sitzungen laden“ holt den Rest', async ({ page, demo }) => {
  await page.setViewportSize(OFFICE_LAPTOP);
  await addPastMeetings(demo.dataDir);
  await openSessions(page);
  const past = page.getByRole('region', { name: /Vergangene Sitzungen/ });
  const heading = await past.getByRole('heading').textContent();
  const total = Number(/\((\d+)\)/.exec(heading ?? '')?.[1]);
  expect(total).toBeGreaterThan(EXTRA);
  await expect(past.getByRole('rowheader')).toHaveCount(25);
  await expect(past.getByText(`25 von ${total} Sitzungen angezeigt`)).toBeVisible();
  await expectNoAxeViolations(page);

  const more = past.getByRole('button', { name: 'Weitere Sitzungen laden' });
  await more.scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath('meetings-load-more.png') });
  await more.click();
  await expect(past.getByRole('rowheader')).toHaveCount(Math.min(50, total));
  // The oldest meetings come last; the button goes when all are shown.
  while (await more.isVisible()) await more.click();
  await expect(past.getByRole('rowheader')).toHaveCount(total);
  await expect(past.getByRole('rowheader').last().getByRole('link')).toHaveText('Forum 01');
  await expectNoAxeViolations(page);
});
