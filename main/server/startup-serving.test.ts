import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StartupTasksDto } from '../../contract';
import { tempDir } from '../../test-support/temp-dir';
import { startAppCore, type AppCore } from '../core/app-core';
import { plainPlatform } from '../core/plain-platform';
import { silentLogger } from '../services/logger';
import { startBrowserServer, type BrowserServer } from './browser-server';

const servers: BrowserServer[] = [];
const cores: AppCore[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const core of cores.splice(0)) await core.close();
});

describe('browser mode at start', () => {
  it('serves the page before the core is open, answers calls once it is, and reports the check after start', async () => {
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Leitbild-Werkstatt</title>');
    let openCore: (core: AppCore) => void = () => undefined;
    const coreReady = new Promise<AppCore>((resolve) => (openCore = resolve));
    // As scripts/serve.ts wires it: the server first, calls wait for the core.
    const server = await startBrowserServer({ dispatch: async (name, input) => (await coreReady).dispatch(name, input), staticDir, port: 0 });
    servers.push(server);
    const base = `http://127.0.0.1:${server.port}`;
    const post = (name: string) =>
      fetch(`${base}/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Leitbild-Secret': server.secret }, body: '{}' });

    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    let answered = false;
    const status = post('system.status').then((response) => {
      answered = true;
      return response.json();
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);

    const core = await startAppCore({ dataDir: tempDir(), appVersion: '0.0.0-test', platform: plainPlatform, logger: silentLogger, integrityCheck: 'after-start' });
    cores.push(core);
    openCore(core);
    expect(await status).toMatchObject({ ok: true, data: { database: { state: 'ready' } } });
    await core.startupTasks;
    const tasks = (await (await post('system.startupTasks')).json()) as { ok: true; data: StartupTasksDto };
    // A new file needs no check after start; nothing waits.
    expect(tasks.data).toMatchObject({ check: { state: 'not-needed' }, backup: { state: 'skipped' } });
  });
});
