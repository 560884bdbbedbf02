import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp-dir';

const root = path.resolve(import.meta.dirname, '..');

export interface ServeProcess {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly secret: string;
}

/** A folder with a stand-in page: the crash tests need the server, not the built renderer. */
export function stubStaticDir(): string {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Test</title>');
  return staticDir;
}

/**
 * Browser mode as a real child process, as `npm run serve` runs it, so it can be killed for real.
 * `crashBeforeCommitOfUnit: N` makes it SIGKILL itself inside its N-th write unit, before COMMIT
 * (database/test-crash-point.ts).
 */
export function startServeProcess(dataDir: string, staticDir: string, options: { crashBeforeCommitOfUnit?: number } = {}): Promise<ServeProcess> {
  const env = { ...process.env };
  delete env.LEITBILD_TEST_CRASH_AT;
  if (options.crashBeforeCommitOfUnit !== undefined) env.LEITBILD_TEST_CRASH_AT = `before-commit:${options.crashBeforeCommitOfUnit}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--data-dir', dataDir, '--static-dir', staticDir, '--port', '0'], {
    cwd: root,
    env,
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

/** One call over HTTP with the per-start secret, as the renderer makes it. */
export async function callServer<T = unknown>(server: ServeProcess, name: string, input: unknown): Promise<{ ok: boolean; data: T }> {
  const response = await fetch(`${server.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Leitbild-Secret': server.secret },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; data: T };
}

export const processExited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve())));
