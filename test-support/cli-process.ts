import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Runs `npm run cli -- …` the way IT staff and scheduled tasks do (a separate process), in German. */
export function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LEITBILD_LANGUAGE: 'de' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}
