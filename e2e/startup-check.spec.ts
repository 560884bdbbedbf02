import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { artifactPath, newDataDir, startServer } from './support/app-server';
import { expectNoAxeViolations } from './support/axe';

const root = path.resolve(import.meta.dirname, '..');
const cli = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { cwd: root, encoding: 'utf8' });

test('Start mit vorhandenen Daten: Prüfung und tägliche Sicherung laufen nach dem ersten Bild, die Statusleiste räumt sich danach', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const dataDir = newDataDir();
  cli('demo', '--data-dir', dataDir);
  const server = await startServer(dataDir);
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Willkommen in der Leitbild-Werkstatt' })).toBeVisible();
    const secret = new URL(server.url).searchParams.get('secret')!;
    const tasks = async () => {
      const response = await page.request.post(`${server.origin}/api/system.startupTasks`, { data: {}, headers: { 'X-Leitbild-Secret': secret } });
      return ((await response.json()) as { data: unknown }).data;
    };
    // The file existed: it is checked after start, then backed up (the backup is due on a new folder).
    await expect.poll(tasks).toMatchObject({ check: { state: 'passed', percent: 100 }, backup: { state: 'created' } });
    await expect(page.getByText(/Datenbank wird geprüft|Sicherung wird erstellt/)).toHaveCount(0);
    expect(fs.readdirSync(path.join(dataDir, 'Sicherungen')).filter((name) => name.endsWith('_taeglich.sqlite'))).toHaveLength(1);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: artifactPath('start-nach-pruefung.png') });
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
