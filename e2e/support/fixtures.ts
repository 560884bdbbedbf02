import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import { newDataDir, startServer, type RunningServer } from './app-server';

interface AppFixture {
  readonly dataDir: string;
  server: RunningServer;
  /** Stops the server and starts it again on the same data folder (new port, new secret). */
  restart(): Promise<RunningServer>;
}

/** Every test gets a fresh data folder, a running server, and the page opened at the printed URL. */
export const test = base.extend<{ app: AppFixture }>({
  app: [
    async ({ page }, use) => {
    const dataDir = newDataDir();
    const app: AppFixture = {
      dataDir,
      server: await startServer(dataDir),
      async restart() {
        await app.server.stop();
        app.server = await startServer(dataDir);
        return app.server;
      },
    };
    await page.goto(app.server.url);
    await use(app);
    await app.server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    },
    { auto: true },
  ],
});

export { expect };
