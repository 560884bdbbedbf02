import fs from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../main/core/app-core';
import { callOn, startTestCore } from '../test-support/core';
import { canMount, fillDisk, mountSmallDisk, NOT_ROOT_REASON, rootForTmpfs, unmountSmallDisks } from '../test-support/small-disk';
import { databaseFileIn } from './open-database';

const cores: AppCore[] = [];
afterEach(async () => {
  // Cores first: a mounted filesystem with open files cannot be unmounted cleanly.
  for (const core of cores.splice(0)) await core.close();
  unmountSmallDisks();
});

/** Contact ids a separate connection sees: what is really on disk, not in this process's view. */
function idsSeenBySeparateConnection(file: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.all('SELECT id FROM contact ORDER BY id', (error, rows: Array<{ id: number }>) => {
        db.close(() => (error ? reject(error) : resolve(rows.map((row) => row.id))));
      });
    });
  });
}

const contact = (index: number) => ({ lastName: `Person ${index}`, notes: `Notiz ${index} `.repeat(900) });

describe.skipIf(rootForTmpfs.skip)(`a full disk (${canMount ? 'tmpfs' : NOT_ROOT_REASON})`, () => {
  beforeAll(rootForTmpfs.check);
  it('acknowledges only committed writes, says "disk full", and saves again once space is back', async () => {
    const dataDir = mountSmallDisk(3);
    const core = await startTestCore(dataDir);
    cores.push(core);
    const reserve = path.join(dataDir, 'reserve.bin');
    fs.writeFileSync(reserve, Buffer.alloc(256 * 1024));
    const filler = fillDisk(dataDir);
    fs.rmSync(reserve); // a little room: the first creates fit, the later ones do not

    const acknowledged: number[] = [];
    const failures: string[] = [];
    // Sent at once, as a busy office would: they queue on the one connection.
    const results = await Promise.all(Array.from({ length: 80 }, (_, index) => callOn(core, 'contacts.create', contact(index))));
    for (const result of results) {
      if (result.ok) acknowledged.push(result.data.id);
      else failures.push(result.error.messageKey);
    }
    // The disk really ran full, and every refusal says so – never "internal".
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(failures.length).toBeGreaterThan(0);
    expect(new Set(failures)).toEqual(new Set(['errors.diskFull']));

    fs.rmSync(filler);
    for (let index = 100; index < 103; index++) {
      const result = await callOn(core, 'contacts.create', contact(index));
      expect(result.ok).toBe(true);
      if (result.ok) acknowledged.push(result.data.id);
    }

    // A separate reader sees exactly the acknowledged rows, no more, no less.
    const file = databaseFileIn(dataDir);
    expect(await idsSeenBySeparateConnection(file)).toEqual([...acknowledged].sort((a, b) => a - b));

    await core.close();
    const reopened = await startTestCore(dataDir);
    cores.push(reopened);
    expect(reopened.status.database.state).toBe('ready');
    const list = await callOn(reopened, 'contacts.matchingIds', {});
    expect(list.ok && [...list.data.ids].sort((a, b) => a - b)).toEqual([...acknowledged].sort((a, b) => a - b));
  });
});
