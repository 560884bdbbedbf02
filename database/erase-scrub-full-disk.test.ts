import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../main/core/app-core';
import { mustCall, startTestCore } from '../test-support/core';
import { canMount, fillDisk, mountSmallDisk, NOT_ROOT_REASON, rootForTmpfs, unmountSmallDisks } from '../test-support/small-disk';
import { databaseFileIn } from './open-database';
import { scrubPendingMarker } from './wal-checkpoint';

const cores: AppCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
  unmountSmallDisks();
});

/** The data file and its WAL as `strings` would read them. */
const bytesOf = (dataDir: string) =>
  Buffer.concat(['', '-wal'].map((suffix) => fs.readFileSync(`${databaseFileIn(dataDir)}${suffix}`, { flag: 'a+' })));

describe.skipIf(rootForTmpfs.skip)(`an erasure on a nearly full disk (${canMount ? 'tmpfs' : NOT_ROOT_REASON})`, () => {
  beforeAll(rootForTmpfs.check);
  it('is committed, says the scrub is owed, and the next start overwrites the old bytes', async () => {
    const dataDir = mountSmallDisk(10);
    const core = await startTestCore(dataDir);
    cores.push(core);
    // Enough data that VACUUM needs more room than is left, while the erase itself fits.
    for (let index = 0; index < 100; index++) await mustCall(core, 'contacts.create', { lastName: `Füllung ${index}`, notes: `${index} `.repeat(3000) });
    // As in a file from an earlier version: the person written and edited while freed space was not zeroed.
    await core.database!.query('PRAGMA secure_delete = OFF');
    const person = await mustCall(core, 'contacts.create', { lastName: 'Spurenreich', notes: 'Zuerst Spurenreich-Notiz' });
    for (const round of [1, 2, 3]) {
      await mustCall(core, 'contacts.update', { id: person.id, lastName: 'Spurenreich', notes: `Spurenreich-Notiz ${'lang '.repeat(200 * round)}` });
    }
    await core.database!.query('PRAGMA secure_delete = ON');
    // An empty WAL: VACUUM must grow it by the whole file, the erase by a few pages.
    await core.database!.query('PRAGMA wal_checkpoint(TRUNCATE)');
    const reserve = path.join(dataDir, 'reserve.bin');
    fs.writeFileSync(reserve, Buffer.alloc(512 * 1024));
    const filler = fillDisk(dataDir);
    fs.rmSync(reserve);

    const result = await mustCall(core, 'contacts.erase', { id: person.id });
    expect(result).toEqual({ erased: true, scrubbed: false });
    expect(fs.existsSync(scrubPendingMarker(databaseFileIn(dataDir)))).toBe(true);

    await core.database!.query('PRAGMA wal_checkpoint(PASSIVE)');
    // Without the owed scrub the old version would stay readable in free space.
    expect(bytesOf(dataDir).includes(Buffer.from('Spurenreich'))).toBe(true);
    await core.close();
    cores.splice(0);
    fs.rmSync(filler);
    const again = await startTestCore(dataDir);
    cores.push(again);
    expect(fs.existsSync(scrubPendingMarker(databaseFileIn(dataDir)))).toBe(false);
    expect(bytesOf(dataDir).includes(Buffer.from('Spurenreich'))).toBe(false);
    expect(await mustCall(again, 'contacts.get', { id: person.id })).toMatchObject({ lastName: '—', notes: '' });
  });
});
