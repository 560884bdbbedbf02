import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../database/migrations';
import { databaseFileIn } from '../../database/open-database';
import { preflight } from '../../database/preflight';
import { callServer, processExited, startServeProcess, stubStaticDir } from '../../test-support/serve-process';
import { tempDir } from '../../test-support/temp-dir';

const KILLS = 20;

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs at random moments`, { timeout: 240_000 }, async () => {
    const dataDir = tempDir();
    const staticDir = stubStaticDir();
    const acknowledged: string[] = [];
    let editionId = 0;

    for (let round = 0; round < KILLS; round++) {
      const server = await startServeProcess(dataDir, staticDir);
      if (round === 0) {
        const edition = await callServer(server, 'editions.create', { title: 'Absturztest', periodFrom: 2025, periodTo: 2027 });
        editionId = (edition.data as { id: number }).id;
      } else {
        // After each kill: everything acknowledged before is there.
        const list = await callServer(server, 'fieldsOfAction.list', { editionId });
        const names = new Set((list.data as Array<{ name: string }>).map((field) => field.name));
        expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
      }

      let stop = false;
      const writer = (async () => {
        for (let n = 0; !stop; n++) {
          const name = `Runde ${round} – Feld ${n}`;
          try {
            const result = await callServer(server, 'fieldsOfAction.create', { editionId, name });
            if (result.ok) acknowledged.push(name);
          } catch {
            return; // the connection died with the process
          }
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 400));
      server.child.kill('SIGKILL');
      stop = true;
      await processExited(server.child);
      await writer;
    }

    expect(acknowledged.length).toBeGreaterThan(KILLS);
    const file = databaseFileIn(dataDir);
    const final = await startServeProcess(dataDir, staticDir);
    try {
      expect(await callServer(final, 'maintenance.checkIntegrity', {})).toMatchObject({ ok: true, data: { ok: true } });
      const list = await callServer(final, 'fieldsOfAction.list', { editionId });
      const names = new Set((list.data as Array<{ name: string }>).map((field) => field.name));
      expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
    } finally {
      final.child.kill('SIGTERM');
      await processExited(final.child);
    }
    expect(await preflight(file, SCHEMA_VERSION)).toMatchObject({ ok: true });
  });
});
