import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { artifactPath } from './support/app-server';
import { demoTest as test, OFFICE_LAPTOP } from './support/demo';

/** Calls the main side like the page does (the secret from the printed address). */
async function call(page: Page, url: string, name: string, input: unknown): Promise<unknown> {
  const secret = new URL(url).searchParams.get('secret')!;
  const response = await page.request.post(`${new URL(url).origin}/api/${name}`, { data: input, headers: { 'X-Leitbild-Secret': secret } });
  const body = (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data;
}

test.use({ viewport: OFFICE_LAPTOP });

test('Maßnahmen: the table fetches the pages it shows; rows still loading are placeholders, then filled (issue 17)', async ({ page, demo }) => {
  test.setTimeout(120_000);
  // The demo's 40 measures and 260 more: three pages of 100.
  const [edition] = (await call(page, demo.server.url, 'editions.list', {})) as Array<{ id: number }>;
  const [field] = (await call(page, demo.server.url, 'fieldsOfAction.list', { editionId: edition!.id })) as Array<{ id: number }>;
  for (let i = 1; i <= 260; i++) {
    await call(page, demo.server.url, 'measures.create', { editionId: edition!.id, fieldOfActionId: field!.id, code: `ZZ-${i}`, title: `Weitere Maßnahme ${i}` });
  }

  // Pages after the first answer only when the test lets them, so the placeholders can be seen.
  const offsets: number[] = [];
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/measures.list', async (route) => {
    const offset = (route.request().postDataJSON() as { offset?: number }).offset ?? 0;
    offsets.push(offset);
    if (offset > 0) await held;
    await route.continue();
  });

  await page.goto(`${demo.server.url}#/leitbild/massnahmen`);
  await expect(page.getByRole('status').filter({ hasText: /^300 Maßnahmen$/ })).toBeVisible();
  await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '301');
  expect(offsets).toEqual([0]);

  // The last rows (ZZ-…, sorted by number: ZZ-260 last) are on the third page.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.locator('tbody[aria-busy="true"]')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Zeile wird geladen …' }).first()).toBeVisible();
  await page.screenshot({ path: artifactPath('measures-paging-placeholders-1366.png') });
  expect(offsets).toContain(200);
  expect(offsets).not.toContain(100);

  release();
  await expect(page.getByRole('rowheader', { name: 'Weitere Maßnahme 260' })).toBeVisible();
  await expect(page.locator('tbody[aria-busy="true"]')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Keyboard: Home goes to the first measure again (its page is still cached: no new call).
  const calls = offsets.length;
  await page.getByRole('link', { name: 'Weitere Maßnahme 260' }).focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('link', { name: /^Anerkennungsberatung/ })).toBeFocused();
  expect(offsets.length).toBe(calls);
});
