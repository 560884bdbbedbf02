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
    const anna = await openAppOf(browser, 'becker');
    await openSection(anna, 'Planungswerkstatt');
    await anna.getByLabel('Titel', { exact: true }).fill('Sprachcafé im Stadtteilzentrum');
    await anna.getByLabel('Titel', { exact: true }).press('Enter');
    await expect(anna.getByRole('heading', { name: 'Zuletzt erfasst (1)' })).toBeVisible();

    const lars = await openAppOf(browser, 'ohm');
    await openSection(lars, 'Maßnahmen');
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
});
