import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestCore } from '../../test-support/core';
import { tempDir } from '../../test-support/temp-dir';
import { downloadExport, importUploaded, startTransferCore } from '../../test-support/transfers';
import { cleanDataTemp, dataTempDir, makeScratchDir } from './data-temp';

/** A pid no process has (above Linux's pid_max and Windows' usual range). */
const DEAD_PID = 2_000_000_000;

describe('scratch copies of the data', () => {
  it('live in the data folder, and a dead process’s leftovers go at the next start while a running one’s stay', async () => {
    const dataDir = tempDir();
    const scratch = makeScratchDir(dataDir);
    expect(path.dirname(scratch)).toBe(dataTempDir(dataDir));

    // What `kill -9` mid-import leaves: a full copy in a folder of a process that is gone.
    const dead = path.join(dataTempDir(dataDir), `${DEAD_PID}-abc123`);
    fs.mkdirSync(dead);
    fs.writeFileSync(path.join(dead, 'datei.sqlite'), 'personenbezogene Daten');
    const stray = path.join(dataTempDir(dataDir), 'unbekannt.sqlite');
    fs.writeFileSync(stray, 'x');
    const running = path.join(dataTempDir(dataDir), `${process.ppid}-live`);
    fs.mkdirSync(running);

    const core = await startTestCore(dataDir);
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(stray)).toBe(false);
    expect(fs.existsSync(running)).toBe(true);
    expect(fs.existsSync(scratch)).toBe(true); // this process's own
    expect(core.status.database.state).toBe('ready');
  });

  it('export and import leave nothing behind in the data folder’s temp', async () => {
    const { core, transfers } = await startTransferCore();
    const exported = await downloadExport(core, transfers, { kind: 'database' });
    expect(fs.existsSync(dataTempDir(core.dataDir))).toBe(false);
    expect(await importUploaded(core, transfers, exported.fileName, exported.bytes)).toMatchObject({ ok: true });
    expect(fs.existsSync(dataTempDir(core.dataDir))).toBe(false);
  });

  it('cleans nothing when there is no temp folder', () => {
    expect(cleanDataTemp(tempDir())).toEqual([]);
  });
});
