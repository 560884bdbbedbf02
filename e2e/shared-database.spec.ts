import { test as base, expect, type Browser, type Page } from '@playwright/test';
import fs from 'node:fs';
import { startPostgresCore } from '../main/core/postgres-core';
import { plainPlatform } from '../main/core/plain-platform';
import { silentLogger } from '../main/services/logger';
import { postgresServer, startPostgres, type TestPostgres } from '../test-support/postgres-server';
import { loginUrl, setUpSharedDatabase } from '../test-support/shared-database';
import { artifactPath, newDataDir, startServer, type RunningServer } from './support/app-server';
import { expectNoAxeViolations } from './support/axe';
import { openSection } from './support/leitbild';

/**
 * Shared office mode: two colleagues on one PostgreSQL database, each with their own login and
 * their own browser-mode app (`npm run serve -- --database postgres://…`), as on two office PCs.
 */
const test = base;
let server: TestPostgres;
let databaseUrl: string;
const running: RunningServer[] = [];
const folders: string[] = [];


/** The app of one colleague: their login, their PC's folder, a browser window of its own. */
async function openAppOf(browser: Browser, login: string): Promise<Page> {
  const dataDir = newDataDir();
  folders.push(dataDir);
  const app = await startServer(dataDir, ['--database', loginUrl(databaseUrl, login)]);
  running.push(app);
  const page = await (await browser.newContext()).newPage();
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

test.describe('Gemeinsame Datenbank: zwei Anmeldungen, eine Bearbeitung und eine zum Lesen', () => {
  test.skip(postgresServer.skip, 'kein PostgreSQL-Server installiert');

  test.beforeAll(async () => {
    postgresServer.check();
    server = await startPostgres();
    databaseUrl = await setUpSharedDatabase(server, 'bezirksamt', [
      ['yilmaz', 'verwaltung', 'Frau Yılmaz'],
      ['becker', 'bearbeitung', 'Anna Becker'],
      ['ohm', 'lesen', 'Lars Ohm'],
    ]);
    // The Fachamt (Verwaltung) has set up the edition and its fields of action.
    const office = await startPostgresCore({ url: loginUrl(databaseUrl, 'yilmaz'), dataDir: newDataDir(), appVersion: 'e2e', platform: plainPlatform, logger: silentLogger });
    const edition = await office.dispatch('editions.create', { title: 'Zusammenleben in Vielfalt', periodFrom: 2026, periodTo: 2028 });
    if (!edition.ok) throw new Error('edition not created');
    await office.dispatch('fieldsOfAction.create', { editionId: (edition.data as { id: number }).id, name: 'Zusammenleben im Bezirk', shortCode: 'ZB' });
    await office.close();
  });

  test.afterAll(async () => {
    for (const app of running.splice(0)) await app.stop();
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
    await server?.stop();
  });

  test('Anna erfasst einen Vorschlag; Lars sieht ihn mit ihrem Namen, darf aber nichts ändern', async ({ browser }) => {
    test.setTimeout(120_000);
    // Lars has the (still empty) list of measures open on his PC.
    const lars = await openAppOf(browser, 'ohm');
    await openSection(lars, 'Maßnahmen');

    const anna = await openAppOf(browser, 'becker');
    await openSection(anna, 'Planungswerkstatt');
    await anna.getByLabel('Titel', { exact: true }).fill('Sprachcafé im Stadtteilzentrum');
    await anna.getByLabel('Titel', { exact: true }).press('Enter');
    await expect(anna.getByRole('heading', { name: 'Zuletzt erfasst (1)' })).toBeVisible();

    // Her proposal appears on Lars's open list without him doing anything (LISTEN/NOTIFY; the bench times it).
    await lars.getByRole('link', { name: 'Sprachcafé im Stadtteilzentrum' }).click();
    await expect(lars.getByRole('heading', { level: 1, name: 'ZB-01 – Sprachcafé im Stadtteilzentrum' })).toBeVisible();
    // Who entered it is Anna's login, not a name typed on Lars's PC.
    await expect(lars.getByText('Anna Becker').first()).toBeVisible();

    // Lars's login may only read: the server refuses, the app says so in German, nothing is kept.
    await openSection(lars, 'Planungswerkstatt');
    await lars.getByLabel('Titel', { exact: true }).fill('Darf ich das?');
    await lars.getByLabel('Titel', { exact: true }).press('Enter');
    await expect(lars.getByText(/Ihre Anmeldung an der gemeinsamen Datenbank hat dafür keine Rechte/).first()).toBeVisible();
    await expectNoAxeViolations(lars);
    await lars.screenshot({ path: artifactPath('shared-lesen-refused.png'), fullPage: true });
    expect((await server.query<{ title: string }>('SELECT title FROM measure ORDER BY id', [], 'bezirksamt')).map((row) => row.title)).toEqual([
      'Sprachcafé im Stadtteilzentrum',
    ]);
  });

  test('Anna und Frau Yılmaz ändern dieselbe Maßnahme: die zweite Speicherung zeigt beide Fassungen, nichts geht verloren', async ({ browser }) => {
    test.setTimeout(120_000);
    const open = async (login: string) => {
      const page = await openAppOf(browser, login);
      await page.setViewportSize({ width: 1366, height: 768 });
      await openSection(page, 'Maßnahmen');
      await page.getByRole('link', { name: 'Sprachcafé im Stadtteilzentrum' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'ZB-01 – Sprachcafé im Stadtteilzentrum' })).toBeVisible();
      return page;
    };
    const [anna, yilmaz] = [await open('becker'), await open('yilmaz')];

    // Both have the measure open. Anna is typing a new title and goal …
    await anna.getByLabel('Titel', { exact: true }).fill('Sprachcafé für Eltern');
    await anna.getByRole('textbox', { name: 'Ziel (optional)' }).fill('Eltern kommen ins Gespräch');
    // … while Frau Yılmaz saves another lead and goal.
    await yilmaz.getByRole('textbox', { name: /^Federführung/ }).fill('Bürgerhaus Wilhelmsburg');
    await yilmaz.getByRole('textbox', { name: 'Ziel (optional)' }).fill('Deutsch im Alltag üben');
    await yilmaz.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(yilmaz.getByText('Die Änderungen an ZB-01 wurden gespeichert.').first()).toBeVisible();

    // Her save reaches Anna's open page, but what Anna typed stays in the form.
    await anna.waitForTimeout(1_500);
    await expect(anna.getByLabel('Titel', { exact: true })).toHaveValue('Sprachcafé für Eltern');
    await expect(anna.getByRole('textbox', { name: 'Ziel (optional)' })).toHaveValue('Eltern kommen ins Gespräch');
    await anna.getByRole('button', { name: 'Änderungen speichern' }).click();
    const dialog = anna.getByRole('dialog', { name: 'Inzwischen von Frau Yılmaz geändert' });
    await expect(dialog).toBeVisible();
    const goal = dialog.getByRole('group', { name: 'Ziel – von beiden geändert' });
    await expect(goal).toContainText('Eltern kommen ins Gespräch');
    await expect(goal).toContainText('Deutsch im Alltag üben');
    // Each field says who changed it: the lead only Frau Yılmaz (hers is chosen first), the title only Anna.
    await expect(dialog.getByRole('group', { name: 'Federführung – nur von Frau Yılmaz geändert' }).getByRole('radio', { name: 'Fassung von Frau Yılmaz' })).toBeChecked();
    await expect(dialog.getByRole('group', { name: 'Titel – nur von Ihnen geändert' }).getByRole('radio', { name: 'Meine Fassung' })).toBeChecked();
    // Nothing of Anna's is stored before she chooses.
    const stored = async () => (await server.query<{ title: string; goal: string; lead: string; updated_by: string }>('SELECT title, goal, lead, updated_by FROM measure', [], 'bezirksamt'))[0];
    expect(await stored()).toEqual({ title: 'Sprachcafé im Stadtteilzentrum', goal: 'Deutsch im Alltag üben', lead: 'Bürgerhaus Wilhelmsburg', updated_by: 'Frau Yılmaz' });
    await expectNoAxeViolations(anna);
    await anna.screenshot({ path: artifactPath('shared-conflict.png') });

    // She keeps Frau Yılmaz's goal and her own title (by keyboard: arrow keys move within the group).
    await goal.getByRole('radio', { name: 'Meine Fassung' }).focus();
    await anna.keyboard.press('ArrowDown');
    await expect(goal.getByRole('radio', { name: 'Fassung von Frau Yılmaz' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Auswahl speichern' }).click();
    await expect(dialog).toBeHidden();
    await expect(anna.getByText('Die Änderungen an ZB-01 wurden gespeichert.').first()).toBeVisible();
    await expect.poll(stored).toEqual({ title: 'Sprachcafé für Eltern', goal: 'Deutsch im Alltag üben', lead: 'Bürgerhaus Wilhelmsburg', updated_by: 'Anna Becker' });
    // Frau Yılmaz's page, with nothing typed, follows: the new title in the heading and in the form.
    await expect(yilmaz.getByRole('heading', { level: 1, name: 'ZB-01 – Sprachcafé für Eltern' })).toBeVisible();
    await expect(yilmaz.getByLabel('Titel', { exact: true })).toHaveValue('Sprachcafé für Eltern');

    // Lars (Lesen) cannot change the measure either: the server refuses, the form says so.
    const lars = await openAppOf(browser, 'ohm');
    await openSection(lars, 'Maßnahmen');
    await lars.getByRole('link', { name: 'Sprachcafé für Eltern' }).click();
    await lars.getByRole('textbox', { name: /^Federführung/ }).fill('Lars');
    await lars.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(lars.getByText(/Ihre Anmeldung an der gemeinsamen Datenbank hat dafür keine Rechte/).first()).toBeVisible();
    expect((await stored())!.lead).toBe('Bürgerhaus Wilhelmsburg');
    // His name comes from his login; the settings offer no field to type another.
    await lars.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Einstellungen' }).click();
    await lars.getByRole('dialog', { name: 'Ungespeicherte Änderungen' }).getByRole('button', { name: 'Verwerfen' }).click();
    await expect(lars.getByText('Ihr Name in der gemeinsamen Datenbank: Lars Ohm.')).toBeVisible();
    await expect(lars.getByLabel(/^Ihr Name/)).toHaveCount(0);
    await expect(lars.getByText(/Sicherungen und Wiederherstellung macht dort die IT/)).toBeVisible();
    await expectNoAxeViolations(lars);
    await lars.screenshot({ path: artifactPath('shared-settings.png'), fullPage: true });
  });
});
