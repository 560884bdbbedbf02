import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Where a command without --data-dir keeps its log in tests (never the home folder of the machine). */
export const cliDefaultDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-cli-home-'));
process.once('exit', () => fs.rmSync(cliDefaultDataDir, { recursive: true, force: true }));

/** Runs `npm run cli -- …` the way IT staff and scheduled tasks do (a separate process), in German. */
export function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LEITBILD_LANGUAGE: 'de', LEITBILD_DATA_DIR: cliDefaultDataDir },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}
