import fs from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stagedFileOf } from '../../database/backup-file';
import { databaseFileIn } from '../../database/open-database';
import { DiskFullError } from '../../database/storage-errors';
import { mustCall, startTestCore } from '../../test-support/core';
import { canMount, fillDisk, mountSmallDisk, NOT_ROOT_REASON, rootForTmpfs, unmountSmallDisks } from '../../test-support/small-disk';
import { tempDir } from '../../test-support/temp-dir';
import type { AppCore } from './app-core';

const cores: AppCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  unmountSmallDisks();
});

/** A good database file with one contact, made outside the small disk. */
async function goodCopyWith(lastName: string): Promise<string> {
  const source = await startTestCore(tempDir());
  await mustCall(source, 'contacts.create', { lastName });
  await source.close();
  return databaseFileIn(source.dataDir);
}

describe.skipIf(rootForTmpfs.skip)(`restoring onto a full disk (${canMount ? 'tmpfs' : NOT_ROOT_REASON})`, () => {
  beforeAll(rootForTmpfs.check);
  it.each([
    ['the backup of the current state', false],
    ['the staged copy (backups on another drive)', true],
  ])('fails at %s: refused with "disk full", the current data stay open and unchanged, no staged copy; works once space is back', async (_step, backupsElsewhere) => {
    const incoming = await goodCopyWith('Aus der Sicherung');
    const dataDir = mountSmallDisk(3);
    const core = await startTestCore(dataDir);
    cores.push(core);
    if (backupsElsewhere) await mustCall(core, 'backups.configure', { folder: tempDir(), keepDaily: 7, keepWeekly: 4 });
    await mustCall(core, 'contacts.create', { lastName: 'Vor dem Wiederherstellen' });
    const filler = fillDisk(dataDir);

    await expect(core.replaceDatabase(incoming)).rejects.toBeInstanceOf(DiskFullError);
    expect(fs.existsSync(stagedFileOf(databaseFileIn(dataDir)))).toBe(false);
    // The open data still answers, with what it had.
    const before = await mustCall(core, 'contacts.list', {});
    expect(before.rows.map((row) => row.lastName)).toEqual(['Vor dem Wiederherstellen']);

    fs.rmSync(filler);
    await core.replaceDatabase(incoming);
    const after = await mustCall(core, 'contacts.list', {});
    expect(after.rows.map((row) => row.lastName)).toEqual(['Aus der Sicherung']);
  });
});

describe('a restore killed between staging and rename', () => {
  it('leaves a staged copy that the next start of the lock holder removes', async () => {
    const dataDir = tempDir();
    const first = await startTestCore(dataDir);
    await first.close();
    const staged = stagedFileOf(databaseFileIn(dataDir));
    fs.writeFileSync(staged, 'halb kopiert');
    const core = await startTestCore(dataDir);
    cores.push(core);
    expect(fs.existsSync(staged)).toBe(false);
  });
});
