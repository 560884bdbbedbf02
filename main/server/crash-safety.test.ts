import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../database/migrations';
import { databaseFileIn } from '../../database/open-database';
import { preflight } from '../../database/preflight';
import { tempDir } from '../../test-support/temp-dir';

const root = path.resolve(import.meta.dirname, '..', '..');
const KILLS = 20;

interface Running {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly secret: string;
}

/** Starts browser mode as a real child process, exactly as `npm run serve` runs it. */
function startServer(dataDir: string, staticDir: string): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--data-dir', dataDir, '--static-dir', staticDir, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?secret=([\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, origin: match[1]!, secret: match[2]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

async function call(server: Running, name: string, input: unknown): Promise<{ ok: boolean; data?: unknown }> {
  const response = await fetch(`${server.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Leitbild-Secret': server.secret },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; data?: unknown };
}

const killed = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve())));

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs at random moments`, { timeout: 240_000 }, async () => {
    const dataDir = tempDir();
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Test</title>');
    const acknowledged: string[] = [];
    let editionId = 0;

    for (let round = 0; round < KILLS; round++) {
      const server = await startServer(dataDir, staticDir);
      if (round === 0) {
        const edition = await call(server, 'editions.create', { title: 'Absturztest', periodFrom: 2025, periodTo: 2027 });
        editionId = (edition.data as { id: number }).id;
      } else {
        // After each kill: everything acknowledged before is there.
        const list = await call(server, 'fieldsOfAction.list', { editionId });
        const names = new Set((list.data as Array<{ name: string }>).map((field) => field.name));
        expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
      }

      let stop = false;
      const writer = (async () => {
        for (let n = 0; !stop; n++) {
          const name = `Runde ${round} – Feld ${n}`;
          try {
            const result = await call(server, 'fieldsOfAction.create', { editionId, name });
            if (result.ok) acknowledged.push(name);
          } catch {
            return; // the connection died with the process
          }
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 400));
      server.child.kill('SIGKILL');
      stop = true;
      await killed(server.child);
      await writer;
    }

    expect(acknowledged.length).toBeGreaterThan(KILLS);
    const file = databaseFileIn(dataDir);
    const final = await startServer(dataDir, staticDir);
    try {
      expect(await call(final, 'maintenance.checkIntegrity', {})).toMatchObject({ ok: true, data: { ok: true } });
      const list = await call(final, 'fieldsOfAction.list', { editionId });
      const names = new Set((list.data as Array<{ name: string }>).map((field) => field.name));
      expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
    } finally {
      final.child.kill('SIGTERM');
      await killed(final.child);
    }
    expect(await preflight(file, SCHEMA_VERSION)).toMatchObject({ ok: true });
  });
});
