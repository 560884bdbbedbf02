import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { newDataDir, startServer, type RunningServer } from './app-server';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The common office laptop, and the same screen at 200 % zoom (WCAG 1.4.10 reflow). */
export const OFFICE_LAPTOP = { width: 1366, height: 768 };
export const ZOOM_200 = { width: 683, height: 384 };

/** Writes the demo district into a data folder exactly as `npm run demo` does. */
export function writeDemoData(dataDir: string): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--data-dir', dataDir], { cwd: root, encoding: 'utf8' });
}

export interface DemoApp {
  readonly dataDir: string;
  readonly server: RunningServer;
}

/** The demo district on a fresh data folder, the page opened at the server's address. */
export const demoTest = base.extend<{ demo: DemoApp }>({
  demo: [
    async ({ page }, use) => {
      const dataDir = newDataDir();
      writeDemoData(dataDir);
      const demo = { server: await startServer(dataDir), dataDir };
      await page.goto(demo.server.url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await use(demo);
      await demo.server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    { auto: true },
  ],
});
