import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../main/core/app-core';
import { callOn, startTestCore } from '../test-support/core';
import { canMount, fillDisk, mountSmallDisk, NOT_ROOT_REASON, remount, rootForTmpfs, unmountSmallDisks } from '../test-support/small-disk';
import { SCHEMA_VERSION } from './migrations';
import { databaseFileIn, openDatabase } from './open-database';
import { preflight } from './preflight';

const root = path.resolve(import.meta.dirname, '..');
const cores: AppCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  unmountSmallDisks();
});

/** `npm run cli -- <command>` as IT runs it: a separate process. */
function cli(command: string, dataDir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', command, '--data-dir', dataDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LEITBILD_LANGUAGE: 'de' },
    timeout: 60_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

/** A data folder on its own small disk, holding an intact file with one contact. */
async function folderWithData(): Promise<{ dataDir: string; file: string }> {
  const dataDir = mountSmallDisk(3);
  const core = await startTestCore(dataDir);
  const created = await callOn(core, 'contacts.create', { lastName: 'Yılmaz' });
  expect(created.ok).toBe(true);
  await core.close();
  return { dataDir, file: databaseFileIn(dataDir) };
}

describe.skipIf(rootForTmpfs.skip)(`the disk, not the data (${canMount ? 'tmpfs' : NOT_ROOT_REASON})`, () => {
  beforeAll(rootForTmpfs.check);
  it('a write-protected data folder with an intact file is "not-writable", never "corrupt", and stays untouched', async () => {
    const { dataDir, file } = await folderWithData();
    const before = fs.readFileSync(file);
    remount(dataDir, 'ro');

    expect(await preflight(file, SCHEMA_VERSION)).toMatchObject({ ok: false, reason: 'not-writable' });
    const opened = await openDatabase(dataDir);
    expect(opened.status).toMatchObject({ state: 'refused', reason: 'not-writable' });

    const core = await startTestCore(dataDir);
    cores.push(core);
    expect(core.status.database).toMatchObject({ state: 'refused', reason: 'not-writable' });

    const check = cli('check', dataDir);
    expect(check.code).toBe(1);
    expect(check.output).toContain('schreibgeschützt');
    expect(check.output).not.toMatch(/fehlerhaft|corrupt|beschädigt:/);
    // A command that opens the data says the same, in one line.
    const migrate = cli('migrate', dataDir);
    expect(migrate.code).toBe(1);
    expect(migrate.output).toContain('schreibgeschützt');
    expect(fs.readFileSync(file).equals(before)).toBe(true);

    // Once write access is back, the same file opens as usual.
    await core.close();
    remount(dataDir, 'rw');
    const again = await startTestCore(dataDir);
    cores.push(again);
    expect(again.status.database.state).toBe('ready');
    const list = await callOn(again, 'contacts.list', { limit: 10 });
    expect(list.ok && list.data.rows.map((row) => row.lastName)).toEqual(['Yılmaz']);
  });

  it('a full disk at start: an intact file opens and check says "disk full", a new file is refused as "disk-full"', async () => {
    const { dataDir } = await folderWithData();
    const filler = fillDisk(dataDir);

    const check = cli('check', dataDir);
    expect(check.code).toBe(1);
    expect(check.output).toContain('Laufwerk voll');
    expect(check.output).not.toMatch(/fehlerhaft|corrupt/);

    const core = await startTestCore(dataDir);
    cores.push(core);
    expect(['ready', 'refused']).toContain(core.status.database.state);
    if (core.status.database.state === 'refused') expect(core.status.database.reason).toBe('disk-full');
    await core.close();

    // A second data folder on the same full disk: the new file cannot be created.
    const fresh = path.join(dataDir, 'neu');
    fs.rmSync(filler);
    fs.mkdirSync(fresh);
    fillDisk(dataDir);
    const opened = await openDatabase(fresh);
    expect(opened.status).toMatchObject({ state: 'refused', reason: 'disk-full' });
  });
});
