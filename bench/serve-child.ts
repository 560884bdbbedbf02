import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { processMemory, sleep } from './bench-support';

export const root = path.resolve(import.meta.dirname, '..');
const BUNDLE = path.join(root, 'dist', 'bench', 'serve.cjs');

/**
 * Browser mode bundled as the Electron main process is bundled (esbuild, sqlite3 and typeorm
 * external): a start through tsx would time the TypeScript compiler, not the app.
 */
export async function bundleServe(): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/serve.ts'],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node24',
    keepNames: true,
    logLevel: 'error',
    external: ['electron', 'sqlite3', 'typeorm', 'reflect-metadata', 'pg', 'pg-connection-string'],
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': '__benchImportMetaUrl' },
    banner: { js: `const __benchImportMetaUrl = require('node:url').pathToFileURL(__filename).href;` },
  });
}

export interface ServeChild {
  readonly child: ChildProcess;
  readonly origin: string;
  readonly secret: string;
  /** From spawn until the address was printed. */
  readonly listeningMs: number;
  readonly spawnedAt: number;
}

/** `npm run serve -- --data-dir DIR` as a child process (bundled), resolved once it prints its address. */
export function startServe(dataDir: string, staticDir: string, extraArgs: readonly string[] = []): Promise<ServeChild> {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [BUNDLE, '--data-dir', dataDir, '--static-dir', staticDir, '--port', '0', ...extraArgs], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?secret=([\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, origin: match[1]!, secret: match[2]!, listeningMs: performance.now() - spawnedAt, spawnedAt });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited ${code}:\n${output}`)));
  });
}

export interface CallAnswer<T> {
  readonly ok: boolean;
  readonly data: T;
  readonly bytes: number;
}

/**
 * Keep-alive as a browser does, but idle sockets are dropped after 1 s: the server closes them
 * after 5 s, and reusing one at that moment would end in a connection reset that no user sees.
 */
const agent = new http.Agent({ keepAlive: true, timeout: 1000 });

/** One call as the renderer makes it: POST, JSON both ways, the per-start secret. */
export function callServe<T = unknown>(server: ServeChild, name: string, input: unknown): Promise<CallAnswer<T>> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const request = http.request(`${server.origin}/api/${name}`, {
      method: 'POST',
      agent,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Leitbild-Secret': server.secret },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve({ ...(JSON.parse(text) as { ok: boolean; data: T }), bytes: text.length });
        } catch (error) {
          reject(new Error(`${name}: no JSON (${response.statusCode}): ${text.slice(0, 200)}`, { cause: error }));
        }
      });
    });
    request.on('error', (error) => reject(new Error(`${name}: ${error.message}`, { cause: error })));
    request.end(body);
  });
}

/** Like callServe, but a refused call stops the bench: a figure of an error page would be a lie. */
export async function mustCallServe<T = unknown>(server: ServeChild, name: string, input: unknown): Promise<CallAnswer<T>> {
  const answer = await callServe<T>(server, name, input);
  if (!answer.ok) throw new Error(`${name} refused: ${JSON.stringify(answer.data ?? answer).slice(0, 500)}`);
  return answer;
}

/** Time from spawn until `name` first answers ok (a start that is still checking may refuse for a moment). */
export async function untilFirstAnswer(server: ServeChild, name: string, input: unknown, timeoutMs = 120_000): Promise<number> {
  for (;;) {
    const answer = await callServe(server, name, input).catch(() => null);
    if (answer?.ok) return performance.now() - server.spawnedAt;
    if (performance.now() - server.spawnedAt > timeoutMs) throw new Error(`${name} never answered`);
    await sleep(10);
  }
}

export const serveMemory = (server: ServeChild) => processMemory(server.child.pid!);

export async function stopServe(server: ServeChild): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill('SIGTERM');
  const hard = setTimeout(() => server.child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(hard);
}

/** The built renderer; built now when missing, so the bench never reads a stale or absent bundle silently. */
export function rendererDir(): string {
  return path.join(root, 'dist', 'renderer');
}

export const rendererBuilt = () => fs.existsSync(path.join(rendererDir(), 'index.html'));
