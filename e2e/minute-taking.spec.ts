import { expect, type Page } from '@playwright/test';
import { artifactPath } from './support/app-server';
import { demoTest, OFFICE_LAPTOP } from './support/demo';
import { docxText } from './support/docx-text';
import { dayFromToday } from '../test-support/calendar';

const test = demoTest;

test.use({ viewport: OFFICE_LAPTOP });

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

/** Yesterday, and as the screen writes it: "5. Dezember 2026". */
const YESTERDAY = dayFromToday(-1);
const longDate = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

test('Protokoll genehmigen: erst nach Bestätigung, mit dem Tag der genehmigenden Sitzung, einmal zurücknehmbar', async ({ page }) => {
  test.setTimeout(120_000);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sitzungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
  // The working group met yesterday (held): its item "Genehmigung des Protokolls" approves the last session's minutes.
  await page.getByRole('button', { name: 'AG-Sitzung aus offenen Maßnahmen planen' }).click();
  const plan = page.getByRole('dialog', { name: 'AG-Sitzung aus offenen Maßnahmen planen' });
  await plan.getByLabel(/^Titel/).fill('Sitzung von gestern');
  await plan.getByLabel('Datum', { exact: true }).fill(YESTERDAY);
  await plan.getByLabel('Beginn', { exact: true }).fill('17:00');
  await plan.getByLabel(/^Ende/).fill('19:00');
  await plan.getByRole('button', { name: 'AG-Sitzung anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzung von gestern' })).toBeVisible();
  const meetingUrl = page.url();
  await page.getByRole('button', { name: 'Als durchgeführt markieren' }).click();
  const held = page.getByRole('dialog', { name: 'Sitzung als durchgeführt markieren' });
  await held.getByRole('combobox', { name: 'Sitzungsleitung' }).fill('Katrin Albrecht');
  await held.getByRole('combobox', { name: 'Protokoll' }).fill('Julia Brandes');
  await held.getByRole('button', { name: 'Als durchgeführt markieren' }).click();
  await expect(page.getByText('Status: durchgeführt')).toBeVisible();

  // Under the item "Genehmigung des Protokolls", the only place the page offers it.
  const panel = page.getByRole('group', { name: 'Protokoll genehmigen' });
  const offer = panel.getByRole('button', { name: /^Protokoll von „.+“ genehmigen$/ }).first();
  const approvedTitle = /^Protokoll von „(.+)“ genehmigen$/.exec((await offer.getAttribute('aria-label')) ?? '')![1]!;
  // One click only asks: the dialog names the minutes, the vote and the day it is dated with.
  await offer.click();
  const confirm = page.getByRole('dialog', { name: 'Protokoll genehmigen' });
  await expect(confirm).toHaveAccessibleDescription(/^Protokoll der \d+\. Sitzung vom .+ genehmigen\?$/);
  await expect(confirm.getByText('einstimmig')).toBeVisible();
  await expect(confirm.getByText(`${longDate(YESTERDAY)} (Tag dieser Sitzung)`)).toBeVisible();
  await page.screenshot({ path: artifactPath('approval-confirmation.png') });
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await page.reload();
  await expect(offer).toBeVisible();

  await offer.click();
  await confirm.getByRole('button', { name: 'Genehmigen' }).click();
  await expect(page.getByText(`Das Protokoll von „${approvedTitle}“ ist genehmigt und gesperrt.`)).toBeVisible();
  // Dated with yesterday's meeting, not with today.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sitzungen' }).click();
  await page.getByRole('link', { name: approvedTitle, exact: true }).first().click();
  await expect(page.getByText(`Das Protokoll wurde am ${longDate(YESTERDAY)} genehmigt und ist gesperrt`, { exact: false })).toBeVisible();

  // The approval is a decision of the approving meeting: its own minutes (.docx) carry it.
  await page.goto(meetingUrl);
  const [minutes] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Protokoll (.docx)' }).click()]);
  expect(await docxText(minutes)).toMatch(/stimmt der Niederschrift der \d+\. Sitzung vom .+ einstimmig zu\./);

  // Taken back once: the minutes are open again, the entry stays in their history.
  const withdraw = panel.getByRole('button', { name: /^Genehmigung des Protokolls der .+ zurücknehmen$/ });
  await withdraw.click();
  const dialog = page.getByRole('dialog', { name: /^Genehmigung des Protokolls der .+ zurücknehmen$/ });
  await expect(dialog.getByLabel('Grund')).toHaveValue('Versehentlich genehmigt');
  await dialog.getByRole('button', { name: 'Genehmigung zurücknehmen' }).click();
  await expect(dialog).toBeHidden();
  await expect(withdraw).toHaveCount(0);
  await page.reload();
  await expect(offer).toBeVisible();
  await expect(withdraw).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sitzungen' }).click();
  await page.getByRole('link', { name: approvedTitle, exact: true }).first().click();
  await expect(page.getByText('Sitzung der Arbeitsgruppe · durchgeführt')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Verlauf des Protokolls' })).toContainText('Genehmigung zurückgenommen');
});
