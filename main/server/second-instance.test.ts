import os from 'node:os';
import { describe, expect, it } from 'vitest';
import type { SystemStatus } from '../../contract';
import { callServer, processExited, startServeProcess, stubStaticDir, type ServeProcess } from '../../test-support/serve-process';
import { tempDir } from '../../test-support/temp-dir';

const status = async (server: ServeProcess) => (await callServer<SystemStatus>(server, 'system.status', {})).data.database;

describe('a second browser-mode server on the same data folder', () => {
  it('is refused with the holder, writes nothing, and opens after the first has stopped', { timeout: 90_000 }, async () => {
    const dataDir = tempDir();
    const staticDir = stubStaticDir();
    const first = await startServeProcess(dataDir, staticDir);
    const second = await startServeProcess(dataDir, staticDir);
    try {
      expect(await status(first)).toMatchObject({ state: 'ready' });
      expect(await status(second)).toMatchObject({ state: 'refused', reason: 'in-use', holder: { host: os.hostname(), mode: 'browser' } });
      const write = await callServer(second, 'editions.create', { title: 'Vom zweiten Server', periodFrom: 2025, periodTo: 2027 });
      expect(write.ok).toBe(false);
      expect((await callServer(first, 'editions.create', { title: 'Vom ersten Server', periodFrom: 2025, periodTo: 2027 })).ok).toBe(true);

      // Ctrl+C on the first releases the folder; "Erneut versuchen" on the second reloads and gets it.
      first.child.kill('SIGTERM');
      await processExited(first.child);
      expect(await status(second)).toMatchObject({ state: 'ready' });
      const editions = await callServer<Array<{ title: string }>>(second, 'editions.list', {});
      expect(editions.data.map((edition) => edition.title)).toEqual(['Vom ersten Server']);
    } finally {
      for (const server of [first, second]) server.child.kill('SIGKILL');
      await Promise.all([processExited(first.child), processExited(second.child)]);
    }
  });
});
