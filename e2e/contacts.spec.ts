import fs from 'node:fs';
import validate from '@ooxml-tools/validate';
import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import { paragraphText } from '../documents/testing/docx-inspect';
import { parseVcards, windows1252 } from '../test-support/contact-files';
import { artifactPath, newDataDir, startServer } from './support/app-server';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';

/** Calls the main side like the page does (the secret from the printed address). */
async function call<T>(page: Page, url: string, name: string, input: unknown): Promise<T> {
  const secret = new URL(url).searchParams.get('secret')!;
  const response = await page.request.post(`${new URL(url).origin}/api/${name}`, { data: input, headers: { 'X-Leitbild-Secret': secret } });
  const body = (await response.json()) as { ok: boolean; data?: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data as T;
}

const OUTLOOK_HEADER = ['Anrede', 'Vorname', 'Nachname', 'Firma', 'Position', 'Telefon geschäftlich', 'Mobiltelefon', 'E-Mail-Adresse', 'Kategorien', 'Notizen'];

/** Outlook's German export: comma, all quoted, CRLF, Windows-1252; Müller is already in the app (same e-mail). */
function outlookFile(): Buffer {
  const rows = [
    OUTLOOK_HEADER,
    ['Frau', 'Ayse', 'Özdemir', 'Türkischer Elternbund Harburg', 'Sprecherin', '040 765432', '0170 5551234', 'a.oezdemir@example.org', 'Integrationsrat;Elternarbeit', 'Erste Zeile der Notiz\r\nZweite Zeile mit „Zitat“'],
    ['Herr', 'Jürgen', 'Müller', 'Bürgerverein Harburg e. V.', 'Vorsitzender', '040 123456', '', 'j.mueller@example.org', 'Presse', 'aus Outlook'],
    ['Frau', 'Grete', 'Weiß', 'Bücherhalle Harburg', 'Leiterin', '', '0171 2223334', 'g.weiss@example.org', 'Bildung', ''],
  ];
  return windows1252(rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n');
}

async function openContacts(page: Page, section: string, heading: string | RegExp) {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Kontakte' }).click();
  await page.getByRole('navigation', { name: 'Bereiche der Kontakte' }).getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

async function saved(download: Download): Promise<Buffer> {
  return fs.readFileSync((await download.path())!);
}

interface Person {
  readonly firstName: string;
  readonly lastName: string;
  readonly emails: readonly string[];
  readonly phones: readonly { kind: string; number: string }[];
}

const essentials = (people: readonly Person[]) =>
  people.map((person) => ({ name: `${person.firstName} ${person.lastName}`, emails: [...person.emails], phones: person.phones.map((phone) => phone.number) })).sort((a, b) => a.name.localeCompare(b.name));

test('Kontakte: Outlook-Import mit Dublette, Suche ohne Umlaute, Integrationsrat, Export als vCard und CSV', async ({ page, app }) => {
  test.setTimeout(180_000);
  // Already in the app: Jürgen Müller (without phone) and the Integrationsrat.
  await call(page, app.server.url, 'contacts.create', { firstName: 'Jürgen', lastName: 'Müller', emails: ['j.mueller@example.org'], categories: ['Newsletter'] });
  await call(page, app.server.url, 'bodies.create', { name: 'Harburger Integrationsrat', kind: 'integrationsrat', shortName: 'HIR' });

  // ---- Import wizard ------------------------------------------------------------------------
  await openContacts(page, 'Import', 'Kontakte importieren');
  await expectNoAxeViolations(page);
  await page.getByLabel('CSV-, Excel- oder vCard-Datei').setInputFiles({ name: 'Outlook-Kontakte.CSV', mimeType: 'text/csv', buffer: outlookFile() });
  await expect(page.getByText('„Outlook-Kontakte.CSV“: Outlook-Export.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Trennzeichen')).toHaveValue(',');
  await expect(page.getByLabel('Zeichensatz')).toHaveValue('windows-1252');
  const preview = page.getByRole('table', { name: 'Vorschau: die ersten 3 Zeilen' });
  await expect(preview.getByRole('cell', { name: 'Özdemir' })).toBeVisible();
  await expect(preview.getByRole('cell', { name: /Zweite Zeile mit „Zitat“/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('kontakte-import-spalten.png'), fullPage: true });

  await page.getByRole('button', { name: 'Weiter zur Prüfung' }).click();
  await expect(page.getByText('3 Zeilen mit Kontakten')).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 mögliche Dublette' })).toBeVisible();
  const duplicate = page.getByRole('group', { name: /^Zeile \d+: Jürgen Müller – gleiche E-Mail-Adresse wie ein vorhandener Kontakt/ });
  await expect(duplicate.getByRole('radio', { name: 'überspringen' })).toBeChecked();
  await duplicate.getByRole('radio', { name: 'zusammenführen' }).check();
  await expect(page.getByText('Neu angelegt: 2 · zusammengeführt: 1 · übersprungen: 0')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('kontakte-import-pruefung.png'), fullPage: true });

  await page.getByRole('button', { name: 'Jetzt einlesen' }).click();
  await expect(page.getByText('Fertig: 2 neu angelegt, 1 zusammengeführt, 0 übersprungen.')).toBeVisible();
  await page.screenshot({ path: artifactPath('kontakte-import-fertig.png'), fullPage: true });

  // ---- Find without diacritics --------------------------------------------------------------
  await openContacts(page, 'Personen', 'Kontakte');
  await expect(page.getByText('3 Kontakte')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Suche' }).fill('Ozdemir');
  const table = page.getByRole('table', { name: /^Kontakte, alphabetisch/ });
  await expect(page.getByText('1 Kontakt', { exact: true })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Özdemir, Ayse' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('kontakte-liste.png'), fullPage: true });
  // The filtered list exports just what it shows.
  await page.getByRole('button', { name: 'Liste exportieren …' }).click();
  const vcardDialog = page.getByRole('dialog', { name: 'Liste exportieren' });
  await vcardDialog.getByRole('radio', { name: /^vCard: eine Datei mit allen Kontakten/ }).check();
  await expectNoAxeViolations(page);
  await vcardDialog.screenshot({ path: artifactPath('kontakte-export-dialog.png') });
  const [listVcard] = await Promise.all([page.waitForEvent('download'), vcardDialog.getByRole('button', { name: 'Exportieren' }).click()]);
  expect(parseVcards((await saved(listVcard)).toString('utf8')).map((card) => card.FN)).toEqual([['Ayse Özdemir']]);

  // ---- Her page: the merged note came through, and she joins the Integrationsrat as chair ----
  await table.getByRole('link', { name: 'Özdemir, Ayse' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ayse Özdemir' })).toBeVisible();
  await expect(page.getByLabel('Notizen')).toHaveValue('Erste Zeile der Notiz\nZweite Zeile mit „Zitat“');
  await expect(page.getByRole('group', { name: 'Einwilligung (DSGVO)' })).toBeVisible();
  await page.getByRole('button', { name: 'Mitgliedschaft hinzufügen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mitgliedschaft hinzufügen' });
  await dialog.getByLabel('Gremium').selectOption({ label: 'Harburger Integrationsrat' });
  await dialog.getByLabel('Rolle').selectOption({ label: 'Vorsitz' });
  await dialog.getByLabel(/^Von/).fill('01.01.2024');
  await dialog.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(dialog).toBeHidden();
  const memberships = page.getByRole('table', { name: 'Mitgliedschaften von Ayse Özdemir' });
  await expect(memberships.getByRole('row', { name: /Harburger Integrationsrat Vorsitz 01\.01\.2024 andauernd/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('kontakt-person.png'), fullPage: true });

  // ---- The body: Müller joins by search, then the exports --------------------------------------
  await openContacts(page, 'Gremien', 'Gremien');
  await page.getByRole('link', { name: 'Harburger Integrationsrat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Harburger Integrationsrat' })).toBeVisible();
  await page.getByRole('button', { name: 'Mitglied hinzufügen' }).click();
  const add = page.getByRole('dialog', { name: 'Mitgliedschaft hinzufügen' });
  await add.getByRole('searchbox', { name: 'Person suchen' }).fill('Muller');
  await add.getByRole('radio', { name: /Jürgen Müller/ }).check();
  await add.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(add).toBeHidden();
  const current = page.getByRole('table', { name: 'Aktuelle Mitglieder von Harburger Integrationsrat' });
  await expect(current.getByRole('row', { name: /Ayse Özdemir Vorsitz/ })).toBeVisible();
  await expect(current.getByRole('row', { name: /Jürgen Müller Mitglied/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'E-Mail an alle (Bcc)' })).toHaveAttribute('href', 'mailto:?bcc=j.mueller%40example.org,a.oezdemir%40example.org');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('kontakte-gremium.png'), fullPage: true });

  await page.getByRole('button', { name: 'Mitglieder als vCard' }).click();
  const [vcardDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog', { name: 'Als vCard exportieren' }).getByRole('button', { name: 'Exportieren' }).click()]);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Mitglieder als CSV (Excel)' }).click()]);
  expect(vcardDownload.suggestedFilename()).toMatch(/\.vcf$/);
  expect(csvDownload.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}_Kontakte\.csv$/);
  const vcard = await saved(vcardDownload);
  const csv = await saved(csvDownload);

  // What the app holds about the two members.
  const members = await call<Array<{ contactId: number }>>(page, app.server.url, 'memberships.list', { bodyId: 1 });
  const originals = await Promise.all(members.map((member) => call<Person>(page, app.server.url, 'contacts.get', { id: member.contactId })));
  expect(essentials(originals)).toEqual([
    { name: 'Ayse Özdemir', emails: ['a.oezdemir@example.org'], phones: ['040 765432', '0170 5551234'] },
    { name: 'Jürgen Müller', emails: ['j.mueller@example.org'], phones: ['040 123456'] },
  ]);

  // The CSV imports into a fresh data folder (through the same calls as the wizard) to the same people.
  const fresh = await startServer(newDataDir());
  try {
    const input = { fileName: csvDownload.suggestedFilename(), contentBase64: csv.toString('base64') };
    const check = await call<{ format: string; errorCount: number; duplicateCount: number }>(page, fresh.url, 'contacts.importPreview', input);
    expect(check).toMatchObject({ errorCount: 0, duplicateCount: 0 });
    await call(page, fresh.url, 'contacts.import', input);
    const list = await call<{ rows: Array<{ id: number }> }>(page, fresh.url, 'contacts.list', {});
    const reimported = await Promise.all(list.rows.map((row) => call<Person>(page, fresh.url, 'contacts.get', { id: row.id })));
    expect(essentials(reimported)).toEqual(essentials(originals));
  } finally {
    await fresh.stop();
  }

  // The vCard file goes through the import wizard of a fresh app, as a person would take it over.
  const freshForVcard = await startServer(newDataDir());
  try {
    await page.goto(freshForVcard.url);
    await openContacts(page, 'Import', 'Kontakte importieren');
    await page.getByLabel('CSV-, Excel- oder vCard-Datei').setInputFiles({ name: vcardDownload.suggestedFilename(), mimeType: 'text/vcard', buffer: vcard });
    await expect(page.getByText('vCard-Datei (.vcf)', { exact: false })).toBeVisible();
    await expect(page.getByText('Die Felder der vCards werden automatisch zugeordnet.')).toBeVisible();
    await page.getByRole('button', { name: 'Weiter zur Prüfung' }).click();
    await expect(page.getByText('2 Zeilen mit Kontakten')).toBeVisible();
    await page.getByRole('button', { name: 'Jetzt einlesen' }).click();
    await expect(page.getByText('Fertig: 2 neu angelegt, 0 zusammengeführt, 0 übersprungen.')).toBeVisible();
    const list = await call<{ rows: Array<{ id: number }> }>(page, freshForVcard.url, 'contacts.list', {});
    const reimported = await Promise.all(list.rows.map((row) => call<Person>(page, freshForVcard.url, 'contacts.get', { id: row.id })));
    expect(essentials(reimported)).toEqual(essentials(originals));
  } finally {
    await freshForVcard.stop();
  }
});

test('Kontakte: Fehler stehen auf Deutsch am Feld, Organisationen und Gremien, Person löschen', async ({ page, app }) => {
  await call(page, app.server.url, 'organizations.create', { name: 'Verikom e. V.', kind: 'traeger' });
  await openContacts(page, 'Personen', 'Kontakte');
  await expect(page.getByText('Noch keine Kontakte erfasst.')).toBeVisible();
  await page.getByRole('link', { name: 'Neuer Kontakt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neuer Kontakt' })).toBeVisible();
  await page.getByLabel('Nachname').fill('Rahimi');
  await page.getByLabel('Vorname').fill('Leyla');
  await page.getByRole('textbox', { name: 'E-Mail-Adresse 1' }).fill('kein-at-zeichen');
  await page.getByLabel('Eingewilligt am').fill('01.05.2024');
  await page.getByLabel('Widerrufen am').fill('01.03.2024');
  await page.getByRole('button', { name: 'Kontakt anlegen' }).click();
  await expect(page.getByText('Bitte geben Sie eine gültige E-Mail-Adresse ein', { exact: false })).toBeVisible();
  await expect(page.getByText('Der Widerruf kann nicht vor der Einwilligung liegen.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('kontakt-fehler.png'), fullPage: true });

  await page.getByRole('textbox', { name: 'E-Mail-Adresse 1' }).fill('l.rahimi@example.org');
  await page.getByLabel('Widerrufen am').fill('');
  // The organisation choice is searched on the server: part of the name, any case.
  await page.getByLabel('Organisation suchen').fill('VERI');
  await expect(page.getByLabel('Organisation hinzufügen').getByRole('option', { name: 'Verikom e. V.' })).toBeAttached();
  await page.getByRole('group', { name: 'Organisationen' }).screenshot({ path: artifactPath('kontakt-organisation-suchen.png') });
  await page.getByLabel('Organisation hinzufügen').selectOption({ label: 'Verikom e. V.' });
  await expect(page.getByRole('button', { name: 'Organisation „Verikom e. V.“ entfernen' })).toBeVisible();
  await page.getByRole('button', { name: 'Kontakt anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leyla Rahimi' })).toBeVisible();

  // Auskunft (Art. 15 DSGVO): a valid Word file that reads well, and the JSON.
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Auskunft (DSGVO) als Word' }).click()]);
  expect(word.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}_Auskunft_Leyla-Rahimi\.docx$/);
  const docx = new Uint8Array(await saved(word));
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const text = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => paragraphText(paragraph));
  expect(text).toEqual(expect.arrayContaining(['Auskunft nach Art. 15 DSGVO über die zu Ihrer Person gespeicherten Daten', 'Nachname\tRahimi', 'E-Mail\tl.rahimi@example.org', 'Verikom e. V.', 'Keine Mitgliedschaften gespeichert.']));
  const errors = await validate(docx, 'docx', 'Microsoft365');
  expect(errors.map((error) => `${error.path.partUri} ${error.path.xpath}: ${error.description}`)).toEqual([]);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Auskunft (DSGVO) als JSON' }).click()]);
  expect(JSON.parse((await saved(json)).toString('utf8'))).toMatchObject({ contact: { firstName: 'Leyla', lastName: 'Rahimi', emails: ['l.rahimi@example.org'] } });

  await page.getByRole('button', { name: 'Person löschen' }).click();
  const erase = page.getByRole('dialog', { name: 'Leyla Rahimi löschen?' });
  await expect(erase.getByText(/anonymer Eintrag „Person gelöscht“/)).toBeVisible();
  await erase.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Person gelöscht' })).toBeVisible();

  await openContacts(page, 'Organisationen', 'Organisationen');
  await page.getByRole('button', { name: 'Neue Organisation' }).click();
  const orgDialog = page.getByRole('dialog', { name: 'Neue Organisation' });
  await orgDialog.getByLabel('Name', { exact: true }).fill('verikom e. V.');
  await orgDialog.getByRole('button', { name: 'Organisation anlegen' }).click();
  await expect(orgDialog.getByText('Eine Organisation mit diesem Namen gibt es schon.')).toBeVisible();
  await orgDialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('kontakte-organisationen.png'), fullPage: true });

  await openContacts(page, 'Gremien', 'Gremien');
  await page.getByRole('button', { name: 'Neues Gremium' }).click();
  const bodyDialog = page.getByRole('dialog', { name: 'Neues Gremium' });
  await bodyDialog.getByLabel('Name', { exact: true }).fill('AG Leitbild');
  await bodyDialog.getByLabel('Art', { exact: true }).selectOption({ label: 'Arbeitsgruppe' });
  await bodyDialog.getByRole('button', { name: 'Gremium anlegen' }).click();
  await expect(page.getByRole('link', { name: 'AG Leitbild' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('kontakte-gremien.png'), fullPage: true });
});
