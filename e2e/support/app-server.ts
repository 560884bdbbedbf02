import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

export interface RunningServer {
  readonly url: string;
  readonly origin: string;
  readonly process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `scripts/serve.ts` exactly as `npm run serve` does (without the build) and reads the printed URL. */
export function startServer(dataDir: string, extraArgs: string[] = []): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--data-dir', dataDir, '--port', '0', ...extraArgs], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+\/\?secret=[\w-]+/);
      if (!match) return;
      clearTimeout(timer);
      const url = match[0];
      resolve({
        url,
        origin: new URL(url).origin,
        process: child,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

export const newDataDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-e2e-'));

/** Screenshots are written here for a person to look at (not committed). */
export const artifactPath = (name: string): string => {
  const dir = path.join(root, 'e2e', '.artifacts');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
};
