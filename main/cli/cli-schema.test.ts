import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFileIn } from '../../database/open-database';
import { tempDir } from '../../test-support/temp-dir';

const root = path.resolve(import.meta.dirname, '..', '..');
const fixture = path.join(root, 'database', 'fixtures', 'schema-6.sqlite');

/** `npm run cli -- …` as a separate process, like in cli.test.ts. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LEITBILD_LANGUAGE: 'de' },
    timeout: 60_000,
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function exec(file: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (openError) => {
      if (openError) return reject(openError);
      db.exec(sql, (error) => db.close(() => (error ? reject(error) : resolve())));
    });
  });
}

describe('cli check: only the schema we wrote', () => {
  it('fails with exit 1 and names an added trigger; the file stays byte-identical', async () => {
    const dataDir = tempDir();
    const file = databaseFileIn(dataDir);
    fs.copyFileSync(fixture, file);
    expect(cli('check', '--data-dir', dataDir)).toMatchObject({ code: 0 });
    await exec(file, 'CREATE TRIGGER contact_leak BEFORE UPDATE ON contact BEGIN SELECT 1; END;');
    const before = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const checked = cli('check', '--data-dir', dataDir);
    expect(checked.code).toBe(1);
    expect(checked.output).toContain('foreign-schema: zusätzlicher Trigger „contact_leak“');
    expect(createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before);
  });
});
