import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ContactDto, ContactListDto, OrganizationListDto } from '../contract';
import { calcShows, libreOfficeCalc } from '../test-support/libreoffice';
import { COMPANY, COMPLETE_EXPORT_PEOPLE, completeOutlookExport, EXCHANGE_ADDRESS } from '../test-support/outlook-complete-export';
import { artifactPath, newDataDir, startServer, type RunningServer } from './support/app-server';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { uiText } from './support/ui-text';

const de = (key: string, values: Record<string, string | number> = {}) => uiText('de', key, values);
const target = (field: string) => de(`contacts.importWizard.targets.${field}`);

/**
 * What Outlook's export holds beyond name and business address has fields of its own (schema 13):
 * department, second address line, country, fax, birthday and the private address; only columns
 * without a field (Hobby, "Empfohlen von") are kept in the notes as "Spalte: Wert". (The round trip
 * below compares every field of the contact generically.)
 */
const DETAIL_FIELDS = {
  mapping: {
    Abteilung: target('department'),
    'Straße geschäftlich 2': target('street2'),
    'Land/Region geschäftlich': target('country'),
    'Fax geschäftlich': target('phoneFax'),
    Geburtstag: target('birthday'),
    'Straße privat': target('privateStreet'),
    'Postleitzahl privat': target('privatePostalCode'),
    'Ort privat': target('privateCity'),
    'Land/Region privat': target('privateCountry'),
    Hobby: target('note'),
    'Empfohlen von': target('note'),
  } as Record<string, string>,
  /** Columns of the file that go into the notes (the preview's summary counts them): those without a field. */
  notesColumns: 2,
  /** Grete Weiß's private address (Dresden, postcode with a leading 0) as the app stores it. */
  privateAddressStored(weiss: ContactDto) {
    expect(weiss).toMatchObject({ privateStreet: 'Königsbrücker Straße 12', privatePostalCode: '01067', privateCity: 'Dresden', privateCountry: 'Deutschland', notes: '' });
    expect(weiss).toMatchObject({ street: '', postalCode: '', city: '' });
  },
  /** …and as Calc shows it in the exported workbook (`cell` reads her row by column header). */
  privateAddressInWorkbook(cell: (header: string) => string) {
    expect(cell('PLZ privat')).toBe('01067');
  },
};

/** Calls the server like the page does (the secret from the printed address). */
async function call<T>(page: Page, server: RunningServer, name: string, input: unknown): Promise<T> {
  const secret = new URL(server.url).searchParams.get('secret')!;
  const response = await page.request.post(`${server.origin}/api/${name}`, { data: input, headers: { 'X-Leitbild-Secret': secret } });
  const body = (await response.json()) as { ok: boolean; data?: T; error?: unknown };
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.data as T;
}

/**
 * Every field of every contact, as the app gives it out, without what names this copy rather than
 * the person: ids, timestamps and the origin line (it names the imported file). Sorted by name.
 */
async function contactsOf(page: Page, server: RunningServer): Promise<Array<Record<string, unknown>>> {
  const list = await call<ContactListDto>(page, server, 'contacts.list', { limit: 100 });
  const contacts = await Promise.all(list.rows.map((row) => call<ContactDto>(page, server, 'contacts.get', { id: row.id })));
  return contacts
    .map(({ id: _id, createdAt: _createdAt, updatedAt: _updatedAt, origin: _origin, organizations, memberships, ...fields }) => ({
      ...fields,
      organizations: organizations.map((organization) => organization.name),
      memberships: memberships.map(({ id: _m, contactId: _c, bodyId: _b, ...membership }) => membership),
    }))
    .sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'de'));
}

async function openContacts(page: Page, section: 'people' | 'organizations' | 'import', heading: string) {
  await page.getByRole('navigation', { name: de('nav.label') }).getByRole('link', { name: de('nav.contacts') }).click();
  await page.getByRole('navigation', { name: de('contacts.subnav.label') }).getByRole('link', { name: de(`contacts.subnav.${section}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Kontakte → Import with the file, through the review, to the result; the review page is left for the caller to look at before. */
async function chooseImportFile(page: Page, fileName: string, buffer: Buffer, mimeType: string) {
  await openContacts(page, 'import', de('contacts.importWizard.title'));
  await page.getByLabel(de('contacts.importWizard.file.label')).setInputFiles({ name: fileName, mimeType, buffer });
}

async function importAll(page: Page, people: number, organizations: number) {
  await page.getByRole('button', { name: de('contacts.importWizard.review.start') }).click();
  const done = de('contacts.importWizard.run.done', { created: people, merged: 0, skipped: 0 });
  const orgs = organizations > 0 ? ` ${de(`contacts.importWizard.run.organizations_${organizations === 1 ? 'one' : 'other'}`, { count: organizations })}` : '';
  await expect(page.getByText(done + orgs, { exact: true })).toBeVisible({ timeout: 30_000 });
}

/** "Liste exportieren …" in the shape chosen; the downloaded file, saved under its suggested name. */
async function exportList(page: Page, shape: 'contactsXlsx' | 'contactsCsv', folder: string): Promise<string> {
  await page.getByRole('button', { name: de('contacts.export.open') }).click();
  const dialog = page.getByRole('dialog', { name: de('contacts.export.title') });
  await dialog.getByRole('radio', { name: new RegExp(`^${escapeRegExp(de(`contacts.export.${shape}`))}`) }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: de('contacts.export.submit') }).click()]);
  const file = path.join(folder, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Calc's cells of one person's row, by the export's column header. */
function calcRow(shown: string[][], lastName: string): (header: string) => string {
  const [header, ...rows] = shown;
  const row = rows.find((cells) => cells[header!.indexOf('Nachname')] === lastName);
  expect(row, `${lastName} in Calc`).toBeDefined();
  return (name: string) => {
    expect(header).toContain(name);
    return row![header!.indexOf(name)]!;
  };
}

test.describe('Outlook-Rundreise (Issue 18)', () => {
  test.skip(libreOfficeCalc.skip, 'LibreOffice Calc is not installed');

  test('vollständiger deutscher Outlook-Export → App → .xlsx und CSV → Calc → leere App: dieselben Kontakte', async ({ page, app }) => {
    libreOfficeCalc.check();
    test.setTimeout(240_000);
    const folder = newDataDir();
    const original: RunningServer = app.server;

    // ---- Import: the preview shows the mapping --------------------------------------------------
    await chooseImportFile(page, 'Outlook-Kontakte.CSV', completeOutlookExport(), 'text/csv');
    await expect(page.getByText(de('contacts.importWizard.columns.detected', { fileName: 'Outlook-Kontakte.CSV', format: de('contacts.importWizard.format.outlook') }))).toBeVisible();
    await expect(page.getByLabel(de('contacts.importWizard.columns.separator'))).toHaveValue(',');
    await expect(page.getByLabel(de('contacts.importWizard.columns.encoding'))).toHaveValue('windows-1252');
    await expect(page.getByText(de('contacts.importWizard.columns.outlookMapped'))).toBeVisible();
    // 92 columns; 34 hold something in some row (Outlook's "0.0.00", "Normal", "Aus" count as nothing).
    const summary = [
      de('contacts.importWizard.columns.filledColumns_other', { count: 34 }),
      de('contacts.importWizard.columns.filledNotes_other', { count: DETAIL_FIELDS.notesColumns }),
      de('contacts.importWizard.columns.emptyHidden_other', { count: 58 }),
    ].join(' ');
    await expect(page.getByText(summary, { exact: true })).toBeVisible();
    const mapping = page.getByRole('table', { name: de('contacts.importWizard.columns.mappingTitle') });
    const mappedTo = (header: string) => mapping.getByRole('combobox', { name: de('contacts.importWizard.columns.targetFor', { header }) }).locator('option:checked');
    const expected: Record<string, string> = {
      Anrede: target('salutation'),
      'Weitere Vornamen': target('firstName'),
      Firma: target('organization'),
      Position: target('function'),
      'Postleitzahl geschäftlich': target('postalCode'),
      'Telefon geschäftlich 2': target('phoneWork'),
      'E-Mail-Adresse': target('email'),
      'E-Mail-Typ': target('emailType'),
      'E-Mail 2: Adresse': target('email2'),
      'E-Mail: Angezeigter Name': target('ignore'),
      Sprache: target('languages'),
      Webseite: target('website'),
      Notizen: target('notes'),
      ...DETAIL_FIELDS.mapping,
    };
    for (const [header, field] of Object.entries(expected)) await expect(mappedTo(header), header).toHaveText(field);
    await expect(mapping.getByRole('rowheader', { name: 'Postleitzahl privat' }).locator('xpath=..').getByRole('cell').first()).toHaveText('01067');
    // Empty in every row, or only Outlook's defaults: not listed.
    for (const header of ['Pager', 'Priorität', 'Privat', 'Jahrestag', 'Vertraulichkeit']) await expect(mapping.getByRole('rowheader', { name: header, exact: true })).toHaveCount(0);
    const rowsPreview = page.getByRole('table', { name: de('contacts.importWizard.columns.previewTitle_other', { count: 6 }) });
    await expect(rowsPreview.getByRole('cell', { name: 'Özdemir', exact: true })).toBeVisible();
    await expect(rowsPreview.getByRole('cell', { name: COMPANY, exact: true })).toBeVisible();
    // The wide row preview scrolls in its own box; the page does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifactPath('outlook-import-zuordnung.png'), fullPage: true });
    await page.getByRole('region', { name: de('contacts.importWizard.columns.previewTitle_other', { count: 6 }) }).screenshot({ path: artifactPath('outlook-import-vorschau.png') });

    // ---- The dry run: the company becomes an organisation, the Exchange address is passed over ----
    await page.getByRole('button', { name: de('contacts.importWizard.columns.next') }).click();
    await expect(page.getByText(de('contacts.importWizard.review.rows_other', { count: 6 }), { exact: true })).toBeVisible();
    await expect(page.getByText(de('contacts.importWizard.review.errors_zero'), { exact: true })).toBeVisible();
    const notices = page.getByRole('region', { name: de('contacts.importWizard.review.noticesTitle_other', { count: 2 }) });
    const notice = (record: number, name: string, text: string) => de('contacts.importWizard.review.notice', { row: de('contacts.importWizard.review.rowN', { record }), name, notices: text });
    await expect(notices.getByRole('listitem')).toHaveText([
      notice(3, 'Leyla Rahimi', de('contacts.import.exchangeAddressSkipped', { address: `${EXCHANGE_ADDRESS.slice(0, 79)}…` })),
      notice(4, COMPANY, de('contacts.import.becomesOrganization', { name: COMPANY })),
    ]);
    const plan = page.getByRole('region', { name: de('contacts.importWizard.review.planTitle') });
    await expect(plan.getByText(de('contacts.importWizard.review.plan', { created: 5, merged: 0, skipped: 0 }), { exact: true })).toBeVisible();
    await expect(plan.getByText(de('contacts.importWizard.review.planOrganizations_one', { count: 1 }), { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifactPath('outlook-import-pruefung.png'), fullPage: true });
    await importAll(page, 5, 1);

    // ---- All rows arrived: five people, the company under Organisationen with its address --------
    await openContacts(page, 'people', de('contacts.title'));
    await expect(page.getByText(de('contacts.count_other', { count: 5 }), { exact: true })).toBeVisible();
    const people = page.getByRole('table', { name: de('contacts.table.caption') });
    await expect(people.getByRole('rowheader')).toHaveText([...COMPLETE_EXPORT_PEOPLE]);
    await openContacts(page, 'organizations', de('contacts.organizations.title'));
    const organizations = page.getByRole('table', { name: de('contacts.organizations.listTitle') });
    await expect(organizations.getByRole('row', { name: new RegExp(`^${escapeRegExp(COMPANY)} .*Eißendorfer Straße 26, 21073 Hamburg`) })).toBeVisible();
    const company = (await call<OrganizationListDto>(page, original, 'organizations.list', { limit: 50 })).rows.find((organization) => organization.name === COMPANY);
    expect(company).toMatchObject({ email: 'info@sts-harburg.example.org', phone: '040 428 88-0', website: 'https://sts-harburg.example.org', contactCount: 0 });

    const before = await contactsOf(page, original);
    expect(before).toHaveLength(5);
    const byName = (lastName: string) => before.find((contact) => contact.lastName === lastName) as unknown as ContactDto;
    expect(byName('Rahimi').emails).toEqual(['l.rahimi@example.org']);
    expect(byName('Weiß')).toMatchObject({ salutation: 'Frau', title: 'Dr.', firstName: 'Grete' });
    DETAIL_FIELDS.privateAddressStored(byName('Weiß'));
    expect(byName('Özdemir').notes).toBe('Erste Zeile der Notiz\nZweite Zeile mit „Zitat“');
    expect(byName('Jansen').phones).toEqual([{ kind: 'work', number: '+49 40 428 71-0' }, { kind: 'mobile', number: '+49 170 5551234' }]);
    expect(byName('Müller').categories).toEqual(['Presse', 'Integrationsrat']);
    expect(byName('Müller')).toMatchObject({
      department: 'Vorstand', street2: 'Hinterhaus', country: 'Deutschland', birthday: '1961-03-12', website: 'https://buergerverein-harburg.example.org',
      notes: 'Empfohlen von: Frau Schulz\nHobby: Schach',
    });
    expect(byName('Müller').phones).toContainEqual({ kind: 'fax', number: '040 123457' });

    // ---- Export as .xlsx and as CSV; both as LibreOffice Calc shows them -------------------------
    await openContacts(page, 'people', de('contacts.title'));
    const workbook = await exportList(page, 'contactsXlsx', folder);
    const csv = await exportList(page, 'contactsCsv', folder);
    expect(path.basename(workbook)).toMatch(/^\d{4}-\d{2}-\d{2}_Kontakte\.xlsx$/);
    expect(path.basename(csv)).toMatch(/^\d{4}-\d{2}-\d{2}_Kontakte\.csv$/);

    const inWorkbook = calcShows(workbook);
    expect(inWorkbook).toHaveLength(6);
    const jansen = calcRow(inWorkbook, 'Jansen');
    expect(jansen('PLZ')).toBe('04315');
    expect(jansen('Telefon')).toBe('+49 40 428 71-0');
    expect(jansen('Mobil')).toBe('+49 170 5551234');
    DETAIL_FIELDS.privateAddressInWorkbook(calcRow(inWorkbook, 'Weiß'));
    expect(calcRow(inWorkbook, 'Özdemir')('Notizen')).toBe('Erste Zeile der Notiz\nZweite Zeile mit „Zitat“');

    const inCsv = calcShows(csv);
    expect(inCsv).toHaveLength(6);
    // The phone numbers are text in the CSV too (no apostrophe in front). The postcode is not: Calc
    // (as Excel) reads an unquoted 04315 in a CSV as the number 4315 unless the person sets the column
    // to "Text" in the import dialog. CSV has no cell types; the .xlsx is the way to keep it (issue 18).
    expect(calcRow(inCsv, 'Jansen')('Telefon')).toBe('+49 40 428 71-0');
    expect(calcRow(inCsv, 'Jansen')('Mobil')).toBe('+49 170 5551234');
    expect(calcRow(inCsv, 'Özdemir')('Notizen')).toBe('Erste Zeile der Notiz\nZweite Zeile mit „Zitat“');

    // ---- Each file into an empty app, through the screens: the same contacts ---------------------
    for (const [file, mimeType] of [
      [workbook, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [csv, 'text/csv'],
    ] as const) {
      const dataDir = newDataDir();
      const fresh = await startServer(dataDir);
      try {
        await page.goto(fresh.url);
        await chooseImportFile(page, path.basename(file), fs.readFileSync(file), mimeType);
        await expect(page.getByText(de('contacts.importWizard.columns.detected', { fileName: path.basename(file), format: de('contacts.importWizard.format.mapped') }))).toBeVisible();
        await page.getByRole('button', { name: de('contacts.importWizard.columns.next') }).click();
        await expect(page.getByText(de('contacts.importWizard.review.rows_other', { count: 5 }), { exact: true })).toBeVisible();
        await expect(page.getByText(de('contacts.importWizard.review.errors_zero'), { exact: true })).toBeVisible();
        await importAll(page, 5, 0);
        expect(await contactsOf(page, fresh), path.basename(file)).toEqual(before);
      } finally {
        await fresh.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
