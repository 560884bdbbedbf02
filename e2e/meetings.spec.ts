import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { artifactPath, newDataDir, startServer, type RunningServer } from './support/app-server';
import { writeDemoData } from './support/demo';
import { expectNoAxeViolations } from './support/axe';
import { docxText } from './support/docx-text';
import { dayFromToday } from '../test-support/calendar';


/** The demo district (`npm run demo`): measures in Beratung, the working group with members, the Fraktionen. */
interface Demo {
  server: RunningServer;
  readonly cspViolations: string[];
  /** Kills the server (as a crash would) and starts it again on the same data. */
  crashAndRestart(): Promise<RunningServer>;
}

const test = base.extend<{ demo: Demo }>({
  demo: [
    async ({ page }, use) => {
      const dataDir = newDataDir();
      writeDemoData(dataDir);
      const cspViolations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      const demo: Demo = {
        server: await startServer(dataDir),
        cspViolations,
        async crashAndRestart() {
          await demo.server.stop('SIGKILL');
          demo.server = await startServer(dataDir);
          return demo.server;
        },
      };
      await page.goto(demo.server.url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await use(demo);
      await demo.server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    { auto: true },
  ],
});

/**
 * Yesterday: a session is held in the past (presence and "durchgeführt" are recorded only from
 * its day on); the demo's AG sessions are all earlier.
 */
const AG_DAY = dayFromToday(-1);
/** Today: the next session approves the minutes while it takes place (a session still to come approves nothing). */
const NEXT_DAY = dayFromToday(0);
const AG_TITLE = 'Beratung der offenen Vorschläge';

async function openSessions(page: Page) {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sitzungen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeVisible();
}

async function fillWhen(dialog: Locator, day: string) {
  await dialog.getByLabel('Datum', { exact: true }).fill(day);
  await dialog.getByLabel('Beginn', { exact: true }).fill('17:00');
  await dialog.getByLabel(/^Ende/).fill('19:00');
}

/** The decision dialog of one TOP: result, vote, save; the dialog closes. */
async function decide(page: Page, item: Locator, result: string, vote: (dialog: Locator) => Promise<void>) {
  const button = item.getByRole('button', { name: /^Beschluss zu TOP / });
  const name = (await button.getAttribute('aria-label')) ?? '';
  await button.click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.getByLabel('Ergebnis').selectOption({ label: result });
  await vote(dialog);
  await dialog.getByRole('button', { name: 'Beschluss speichern' }).click();
  await expect(dialog).toBeHidden();
}


test('AG-Sitzung aus offenen Maßnahmen: Anwesenheit, drei Abstimmungen, Aufgabe, Genehmigung, Protokoll und Kalendereintrag', async ({ page, demo }) => {
  test.setTimeout(240_000);
  await openSessions(page);
  await expect(page.getByRole('region', { name: /Vergangene Sitzungen/ })).toBeVisible();
  await page.screenshot({ path: artifactPath('meetings-list.png'), fullPage: true });
  await expectNoAxeViolations(page);

  // Plan the session from the backlog: the dialog says how many measures are in Beratung.
  await page.getByRole('button', { name: 'AG-Sitzung aus offenen Maßnahmen planen' }).click();
  const plan = page.getByRole('dialog', { name: 'AG-Sitzung aus offenen Maßnahmen planen' });
  await plan.getByLabel('Leitbild-Ausgabe').selectOption({ label: 'Alle Ausgaben' });
  const backlogText = await plan.getByText(/Maßnahmen? (ist|sind) in Beratung/).textContent();
  const inReview = Number(/(\d+)/.exec(backlogText ?? '')?.[1]);
  expect(inReview).toBeGreaterThanOrEqual(3);
  await expect(plan.getByLabel(/^Gremium/)).toHaveValue(/\d+/);
  // The demo's working group met four times: the fifth session is suggested, where the last one met.
  await expect(plan.getByLabel(/^Nummer der Sitzung/)).toHaveValue('5');
  await expect(plan.getByText(/^Nummer, Ort und Uhrzeit sind vorgeschlagen nach/)).toBeVisible();
  await plan.getByLabel(/^Titel/).fill(AG_TITLE);
  await fillWhen(plan, AG_DAY);
  await plan.getByLabel(/^Ort/).fill('Rathaus Harburg, Raum 101');
  await page.screenshot({ path: artifactPath('meeting-backlog-dialog.png') });
  await plan.getByRole('button', { name: 'AG-Sitzung anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: AG_TITLE })).toBeVisible();
  const agenda = page.getByRole('list', { name: 'Tagesordnung' });
  // One item per measure in Beratung, between the standard items.
  const measureItems = agenda.getByRole('listitem').filter({ has: page.getByRole('link') });
  await expect(measureItems).toHaveCount(inReview);

  // Attendance: preloaded from the members as expected; on the day all are marked present, one is excused.
  await page.getByRole('button', { name: 'Anwesenheit bearbeiten' }).click();
  const people = page.getByRole('group', { name: /^Anwesenheit von / });
  await expect(people.first()).toBeVisible();
  const total = await people.count();
  await expect(people.first().getByRole('radio', { name: 'erwartet', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Alle Erwarteten als anwesend markieren' }).click();
  await people.last().getByRole('radio', { name: 'entschuldigt', exact: true }).check();
  await expect(page.getByText(`${total - 1} anwesend, 1 entschuldigt`)).toBeVisible();
  await expect(page.getByText(/^Beschlussfähig: /)).toBeVisible();
  // "Durchgeführt" asks for the end (prefilled from the planned one), the chair and the minute-taker.
  await page.getByRole('button', { name: 'Als durchgeführt markieren' }).click();
  const held = page.getByRole('dialog', { name: 'Sitzung als durchgeführt markieren' });
  await expect(held.getByLabel(/^Ende/)).toHaveValue('19:00');
  await held.getByLabel(/^Sitzungsleitung/).fill('Dr. Katrin Albrecht');
  await held.getByLabel(/^Protokoll/).fill('Julia Brandes');
  await held.getByRole('button', { name: 'Als durchgeführt markieren' }).click();
  await expect(page.getByText('Status: durchgeführt')).toBeVisible();

  // The measures of the first three items, to check their pages afterwards.
  const measureOf = (index: number) => measureItems.nth(index).getByRole('link').first();
  const measures = [await measureOf(0).textContent(), await measureOf(1).textContent(), await measureOf(2).textContent()];

  // TOP 1 by counts: everyone present votes yes → angenommen, the measure becomes "empfohlen".
  await decide(page, measureItems.nth(0), 'angenommen', async (dialog) => {
    const present = Number(/(\d+)/.exec((await dialog.getByText(/^Anwesend und stimmberechtigt: /).textContent()) ?? '')?.[1]);
    await expect(dialog.getByLabel(/^Neuer Status für /)).toHaveValue('recommended');
    await dialog.getByLabel('Ja', { exact: true }).fill(String(present - 1));
    await dialog.getByLabel('Nein', { exact: true }).fill('1');
  });
  // TOP 2 by Fraktion → abgelehnt.
  await decide(page, measureItems.nth(1), 'abgelehnt', async (dialog) => {
    await dialog.getByRole('radio', { name: 'Nach Fraktionen' }).check();
    await dialog.getByRole('group', { name: 'Stimme der Fraktion CDU' }).getByRole('radio', { name: 'dafür' }).check();
    await dialog.getByRole('group', { name: 'Stimme der Fraktion SPD' }).getByRole('radio', { name: 'dagegen' }).check();
    await dialog.getByRole('group', { name: 'Stimme der Fraktion GRÜNE' }).getByRole('radio', { name: 'dagegen' }).check();
    // Every Fraktion present is named (the main side refuses a vote that leaves one out).
    await dialog.getByRole('group', { name: 'Stimme der Fraktion FDP' }).getByRole('radio', { name: 'dafür' }).check();
    await dialog.getByRole('group', { name: 'Stimme der Fraktion LINKE' }).getByRole('radio', { name: 'dagegen' }).check();
    await expect(dialog.getByLabel(/^Neuer Status für /)).toHaveValue('rejected');
    await page.screenshot({ path: artifactPath('meeting-decision.png') });
  });
  // TOP 3 einstimmig → vertagt, the measure is "zurückgestellt".
  await decide(page, measureItems.nth(2), 'vertagt', async (dialog) => {
    await dialog.getByRole('radio', { name: 'Einstimmig' }).check();
    await expect(dialog.getByLabel(/^Neuer Status für /)).toHaveValue('deferred');
  });
  await expect(agenda.getByText(/: in Beratung → empfohlen$/)).toBeVisible();
  await expect(agenda.getByText(/: in Beratung → abgelehnt$/)).toBeVisible();
  await expect(agenda.getByText(/: in Beratung → zurückgestellt$/)).toBeVisible();

  // An action item.
  await page.getByLabel('Was', { exact: true }).fill('Kostenschätzung für das Sprachangebot einholen');
  await page.getByLabel(/^Wer/).fill('Fachamt Sozialraummanagement');
  await page.getByLabel(/^Bis wann/).fill('31.03.2031');
  await page.getByRole('button', { name: 'Aufgabe hinzufügen' }).click();
  await expect(page.getByText('Kostenschätzung für das Sprachangebot einholen')).toBeVisible();
  // Edit an item: a Drucksache and a measure found by the search.
  const last = agenda.getByRole('listitem').last();
  await last.getByRole('button', { name: /^TOP \d+ bearbeiten$/ }).click();
  const edit = page.getByRole('dialog', { name: /^TOP \d+ bearbeiten$/ });
  await edit.getByLabel(/^Drucksachen/).fill('21-1967');
  await edit.getByLabel('Maßnahme suchen').fill('Kulturfestival');
  await edit.getByRole('button', { name: /^[A-Z]{2}-\d{2} verknüpfen$/ }).first().click();
  await expect(edit.getByRole('button', { name: /^[A-Z]{2}-\d{2} entfernen$/ })).toBeVisible();
  await page.screenshot({ path: artifactPath('meeting-item-dialog.png') });
  await edit.getByRole('button', { name: 'Speichern' }).click();
  await expect(edit).toBeHidden();
  await expect(last.getByText('Drucksachen: 21-1967')).toBeVisible();
  await expect(last.getByRole('link', { name: /Kulturfestival/ })).toBeVisible();

  await page.screenshot({ path: artifactPath('meeting-page.png'), fullPage: true });
  await expectNoAxeViolations(page);
  const meetingUrl = page.url();

  // Live mode and its help overlay.
  await page.getByRole('link', { name: 'Live-Protokoll starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Live-Protokoll: ${AG_TITLE}` })).toBeVisible();
  const notes = page.getByRole('textbox', { name: /^Protokollnotiz zu TOP / });
  await notes.fill('Die Arbeitsgruppe berät die Vorschläge der Planungswerkstatt.');
  await expect(page.getByText(/^Gespeichert um \d{2}:\d{2}:\d{2}$/)).toBeVisible({ timeout: 3_000 });
  await notes.press('Alt+ArrowDown');
  await expect(page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 2' })).toBeFocused();
  await page.screenshot({ path: artifactPath('meeting-live.png'), fullPage: true });
  await expectNoAxeViolations(page);
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Tastenkürzel im Live-Protokoll' });
  await expect(help).toBeVisible();
  await page.screenshot({ path: artifactPath('meeting-live-help.png'), fullPage: true });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.getByRole('link', { name: 'Live-Protokoll beenden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: AG_TITLE })).toBeVisible();

  // The measures moved, with the meeting in their history.
  await page.getByRole('link', { name: measures[0]!, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: measures[0]! })).toBeVisible();
  await expect(page.getByText('empfohlen').first()).toBeVisible();
  await expect(page.getByText(/^Beschluss der 5\. Sitzung der AG, TOP \d+$/).first()).toBeVisible();
  await page.goto(meetingUrl);

  // The next session approves the minutes; they are locked then.
  await openSessions(page);
  await page.getByRole('button', { name: 'Neue Sitzung' }).click();
  const next = page.getByRole('dialog', { name: 'Neue Sitzung' });
  await next.getByLabel('Art der Sitzung').selectOption({ label: 'Sitzung der Arbeitsgruppe' });
  await next.getByLabel(/^Gremium/).selectOption({ label: 'Arbeitsgruppe Integrationskonzept' });
  await next.getByLabel(/^Titel/).fill('Folgesitzung der Arbeitsgruppe');
  await fillWhen(next, NEXT_DAY);
  await next.getByRole('button', { name: 'Sitzung anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Folgesitzung der Arbeitsgruppe' })).toBeVisible();
  await expect(page.getByText('Kostenschätzung für das Sprachangebot einholen')).toBeVisible(); // carried over
  // Offered once, under TOP "Genehmigung des Protokolls".
  await page.getByRole('button', { name: `Protokoll von „${AG_TITLE}“ genehmigen` }).click();
  await page.getByRole('dialog', { name: 'Protokoll genehmigen' }).getByRole('button', { name: 'Genehmigen' }).click();
  await expect(page.getByText(`Das Protokoll von „${AG_TITLE}“ ist genehmigt und gesperrt.`)).toBeVisible();

  await page.goto(meetingUrl);
  await expect(page.getByText(/Das Protokoll wurde am .* genehmigt und ist gesperrt/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Beschluss zu TOP 1' })).toHaveCount(0);
  await page.screenshot({ path: artifactPath('meeting-approved.png'), fullPage: true });

  // The minutes previewed as Word draws them.
  await page.getByRole('button', { name: 'Vorschau des Protokolls' }).click();
  const preview = page.getByRole('dialog', { name: 'Vorschau: Protokoll' });
  await expect(preview.getByText('Beratung und Beschlüsse')).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: artifactPath('meeting-minutes-preview.png') });
  await preview.getByRole('button', { name: 'Vorschau schließen' }).click();
  await expect(preview).toBeHidden();

  // Files: the minutes as Word, the appointment as a calendar entry.
  const [minutes] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Protokoll (.docx)' }).click()]);
  expect(minutes.suggestedFilename()).toMatch(new RegExp(`^${AG_DAY}_Protokoll_.*\\.docx$`));
  const text = await docxText(minutes);
  expect(text).toContain('Tagesordnung');
  expect(text).toContain(measures[0]!);
  expect(text).toMatch(/genehmigt/);
  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Kalendereintrag (.ics)' }).click()]);
  expect(ics.suggestedFilename()).toMatch(new RegExp(`^${AG_DAY}_.*\\.ics$`));
  const icsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-ics-')), ics.suggestedFilename());
  await ics.saveAs(icsFile);
  const calendar = fs.readFileSync(icsFile, 'utf8');
  expect(calendar).toContain('BEGIN:VCALENDAR');
  expect(calendar).toContain(`DTSTART;TZID=Europe/Berlin:${AG_DAY.replace(/-/g, '')}T170000`);
  expect(calendar).toMatch(/^SEQUENCE:0\r$/m);
  expect(demo.cspViolations).toEqual([]);
});

test('Aufgaben: offene Aufgaben aller Gremien, überfällige in Worten, erledigen', async ({ page }) => {
  await openSessions(page);
  await page.getByRole('link', { name: 'Alle offenen Aufgaben' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aufgaben aus Sitzungen' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'offen' })).toBeChecked();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: artifactPath('meeting-action-items.png'), fullPage: true });

  // The demo has an overdue item; it says so in words.
  const overdue = rows.filter({ hasText: 'überfällig' }).first();
  const title = (await overdue.getByRole('rowheader').textContent()) ?? '';
  await overdue.getByRole('button', { name: `„${title}“ als erledigt markieren` }).click();
  await expect(page.getByText(`„${title}“ ist erledigt.`)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: title })).toHaveCount(0);
  await page.getByRole('radio', { name: 'erledigt' }).check();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('erledigt am');
});

test('nach einem Absturz: der nächste Start öffnet das Live-Protokoll wieder bei TOP 2, die Notizen sind da', async ({ page, demo }) => {
  await openSessions(page);
  const upcoming = page.getByRole('region', { name: /Anstehende Sitzungen/ }).getByRole('link').first();
  const title = (await upcoming.textContent()) ?? '';
  await upcoming.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('link', { name: 'Live-Protokoll starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Live-Protokoll: ${title}` })).toBeVisible();
  await page.getByRole('textbox', { name: /^Protokollnotiz zu TOP / }).press('Alt+ArrowDown');
  const notes = page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 2' });
  await notes.pressSequentially('Frau Haddad berichtet vom Stand der Vorbereitung.');
  await expect(page.getByText(/^Gespeichert um /)).toBeVisible({ timeout: 3_000 });

  // The next start opens the live minutes again by itself, at TOP 2, with the notes.
  const server = await demo.crashAndRestart();
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1, name: `Live-Protokoll: ${title}` })).toBeVisible();
  await expect(page.getByText(`Das Live-Protokoll von „${title}“ ist wieder geöffnet`, { exact: false })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 2' })).toHaveValue('Frau Haddad berichtet vom Stand der Vorbereitung.');
  await page.screenshot({ path: artifactPath('meeting-resume.png'), fullPage: true });

  // Someone who goes to the start screen without ending it is offered to continue.
  await page.evaluate(() => {
    window.location.hash = '#/start';
  });
  const banner = page.getByRole('region', { name: 'Live-Protokoll fortsetzen' });
  await expect(banner).toContainText(`„${title}“`);
  await expect(banner).toContainText('bei TOP 2');
  await banner.getByRole('link', { name: 'Sitzung fortsetzen' }).click();
  await expect(page.getByRole('textbox', { name: 'Protokollnotiz zu TOP 2' })).toHaveValue('Frau Haddad berichtet vom Stand der Vorbereitung.');

  // Leaving live mode on purpose: no offer on the next start.
  await page.getByRole('link', { name: 'Live-Protokoll beenden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Live-Protokoll fortsetzen' })).toHaveCount(0);
});
