import { expect, type Page } from '@playwright/test';

/** Leitbild & Maßnahmen → a section tab ("Handlungsfelder", "Ausgaben", …). */
export async function openSection(page: Page, section: string, heading: string | RegExp = section): Promise<void> {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Leitbild & Maßnahmen' }).click();
  await page.getByRole('navigation', { name: 'Bereiche von Leitbild & Maßnahmen' }).getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

export const openFieldsOfAction = (page: Page) => openSection(page, 'Handlungsfelder');

/** Creates an edition through the form on "Ausgaben", as a person would. */
export async function createEdition(page: Page, title = 'Zusammenleben in Vielfalt', from = '2025', to = '2027'): Promise<void> {
  await openSection(page, 'Ausgaben', 'Ausgaben des Leitbilds');
  const form = page.getByRole('region', { name: 'Neue Ausgabe anlegen' }).or(page.locator('form').filter({ has: page.getByRole('button', { name: 'Ausgabe anlegen' }) }));
  await form.getByLabel('Titel', { exact: true }).fill(title);
  await form.getByLabel('von', { exact: true }).fill(from);
  await form.getByLabel('bis', { exact: true }).fill(to);
  await form.getByRole('button', { name: 'Ausgabe anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();
}
