import { artifactPath } from './support/app-server';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { createEdition, openFieldsOfAction, openSection } from './support/leitbild';
import type { Page } from '@playwright/test';

const PROPOSALS = [
  ['Interkulturelles Nachbarschaftsfest', 'Jährliches Fest mit Vereinen und Schulen'],
  ['Begegnungscafé in der Bücherhalle', 'Wöchentlicher Treffpunkt in der Innenstadt'],
  ['Willkommensmappe in sieben Sprachen', 'Angebote im Bezirk für Neuzugezogene'],
  ['Stadtteilspaziergänge für Geflüchtete', 'Geführter Kiezspaziergang zu Beratungsstellen'],
  ['Runder Tisch der Religionen', 'Vierteljährliche Treffen der Gemeinden'],
  ['Offene Sportangebote am Wochenende', 'Schulsporthalle mit Übungsleitungen'],
  ['Seniorentreff gegen Einsamkeit', 'Begleitung auf Türkisch und Russisch'],
  ['Kulturfestival Harburger Vielfalt', 'Musik, Lesungen und Theater'],
  ['Sprachpatenschaften', 'Ehrenamtliche begleiten beim Deutschlernen'],
  ['Lesepatenschaften in Kitas', 'Vorlesen auch in den Familiensprachen'],
] as const;

/** The measures list: tick the given codes, open "Status ändern …", choose, confirm. */
async function moveStatus(page: Page, codes: readonly string[], status: string, drucksache = '') {
  for (const code of codes) await page.getByRole('checkbox', { name: new RegExp(`^${code} `) }).check();
  await page.getByRole('button', { name: 'Status ändern …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Status ändern' });
  await dialog.getByLabel('Neuer Status').selectOption({ label: status });
  await dialog.getByLabel('Begründung').fill(`Sitzung der Arbeitsgruppe: ${status}`);
  if (drucksache) await dialog.getByLabel('Drucksache').fill(drucksache);
  await dialog.getByRole('button', { name: `Status von ${codes.length} Maßnahmen ändern` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${codes.length} Maßnahmen auf „${status}“ gesetzt`)).toBeVisible();
}

test('vom Vorschlag zum Beschluss und in die nächste Ausgabe', async ({ page }) => {
  test.setTimeout(180_000);
  await createEdition(page, 'Zusammenleben in Vielfalt', '2022', '2024');

  await openFieldsOfAction(page);
  for (const [name, code] of [
    ['Zusammenleben in Harburg', 'ZL'],
    ['Deutsch als Sprache', 'DS'],
  ] as const) {
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel(/^Kürzel/).fill(code);
    await page.getByRole('button', { name: 'Handlungsfeld anlegen' }).click();
    await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  }

  // Planungswerkstatt: ten proposals with the keyboard only (Enter saves and starts the next).
  await openSection(page, 'Planungswerkstatt');
  await expect(page.getByLabel('Titel', { exact: true })).toBeFocused();
  for (const [title, description] of PROPOSALS) {
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.type(description);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Titel', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Titel', { exact: true })).toHaveValue('');
  }
  await expect(page.getByRole('heading', { name: 'Zuletzt erfasst (10)' })).toBeVisible();
  await page.screenshot({ path: artifactPath('planungswerkstatt.png'), fullPage: true });

  // Three measures through the working group and the district assembly.
  await openSection(page, 'Maßnahmen');
  await expect(page.getByText('10 Maßnahmen', { exact: true })).toBeVisible();
  const chosen = ['ZL-01', 'ZL-02', 'ZL-04'];
  await moveStatus(page, chosen, 'in Beratung');
  await moveStatus(page, chosen, 'empfohlen');
  await moveStatus(page, chosen, 'beantragt');
  await moveStatus(page, chosen, 'beschlossen', '21-1234');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('massnahmen.png'), fullPage: true });

  // The history of one of them.
  await page.getByRole('link', { name: 'Stadtteilspaziergänge für Geflüchtete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ZL-04 – Stadtteilspaziergänge für Geflüchtete' })).toBeVisible();
  const history = page.getByRole('region', { name: 'Verlauf' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Verlauf' }) }));
  for (const status of ['Vorschlag', 'in Beratung', 'empfohlen', 'beantragt', 'beschlossen']) {
    await expect(history.getByText(status, { exact: true }).first()).toBeVisible();
  }
  await expect(history.getByText('Drucksache 21-1234')).toBeVisible();
  await page.screenshot({ path: artifactPath('massnahme-verlauf.png'), fullPage: true });

  // Found by a word of its description (a word beginning is enough).
  await openSection(page, 'Suche');
  await page.getByLabel('Suchbegriff').fill('Kiezspazier');
  await page.getByLabel('Suchbegriff').press('Enter');
  await expect(page.getByRole('link', { name: /Stadtteilspaziergänge für Geflüchtete/ })).toBeVisible();
  await expect(page.locator('mark', { hasText: 'Kiezspaziergang' })).toBeVisible();

  // A new edition from this one, carrying two measures over.
  await openSection(page, 'Ausgaben', 'Ausgaben des Leitbilds');
  await page.getByRole('button', { name: 'Neue Ausgabe aus der letzten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neue Ausgabe aus der letzten anlegen' });
  await dialog.getByRole('button', { name: 'Keine auswählen' }).click();
  await dialog.getByRole('checkbox', { name: /^ZL-01 / }).check();
  await dialog.getByRole('checkbox', { name: /^ZL-04 / }).check();
  await expect(dialog.getByText('2 von 10 Maßnahmen werden übernommen')).toBeVisible();
  await dialog.getByRole('button', { name: 'Neue Ausgabe anlegen' }).click();
  await expect(dialog).toBeHidden();
  await openSection(page, 'Maßnahmen');
  await expect(page.getByLabel('Leitbild-Ausgabe')).toHaveValue(/.+/);
  await expect(page.getByText('2 Maßnahmen', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Interkulturelles Nachbarschaftsfest' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Stadtteilspaziergänge für Geflüchtete' })).toBeVisible();
});
