import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput, CallResult, StartupTasksDto } from '../../contract';
import { databaseFileIn, openDatabase } from '../../database/open-database';
import { exec } from '../../test-support/data-folder-states';
import { fillDisk, mountSmallDisk, remount, rootForTmpfs, unmountSmallDisks } from '../../test-support/small-disk';
import { tempDir } from '../../test-support/temp-dir';
import { readLocalConfig, writeLocalConfig } from '../services/maintenance/local-config';
import { silentLogger } from '../services/logger';
import { DEFAULT_BACKUP_FOLDER_NAME } from '../services/maintenance/backup-service';
import { startAppCore, type AppCore } from './app-core';
import { plainPlatform } from './plain-platform';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const cores: AppCore[] = [];
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close();
});

/** The core as the app and browser mode start it: check and daily backup after start. */
async function startDeferred(dataDir: string, autoBackup = false): Promise<AppCore> {
  const core = await startAppCore({ dataDir, appVersion: '0.0.0-test', platform: plainPlatform, logger: silentLogger, autoBackup, integrityCheck: 'after-start' });
  cores.push(core);
  return core;
}

const call = <N extends CallName>(core: AppCore, name: N, input: CallInput<N>) => core.dispatch(name, input) as Promise<CallResult<CallOutput<N>>>;
const tasks = async (core: AppCore) => ((await call(core, 'system.startupTasks', {})) as { ok: true; data: StartupTasksDto }).data;

/** A data folder with a file as the app leaves it: WAL mode, checkpointed, with some pages of settings. */
async function goodDataDir(): Promise<string> {
  const dataDir = tempDir();
  const opened = await openDatabase(dataDir);
  await opened.database!.write(async (manager) => {
    for (let i = 0; i < 200; i++) await manager.query('INSERT INTO app_setting (key, value) VALUES (?, ?)', [`key${i}`, JSON.stringify('x'.repeat(500))]);
  });
  await opened.database!.close();
  return dataDir;
}

/** Overwrites 4 kB in the middle of the file (data pages): header and schema still read, quick_check fails. */
function damageMiddle(file: string): void {
  const bytes = fs.readFileSync(file);
  const middle = Math.floor(bytes.length / 2);
  bytes.fill(0xa5, middle - 2048, middle + 2048);
  fs.writeFileSync(file, bytes);
}

describe('the integrity check after start', () => {
  it('serves the first screen of a damaged file, refuses the write waiting for the check, and changes no byte', async () => {
    const dataDir = await goodDataDir();
    const file = databaseFileIn(dataDir);
    damageMiddle(file);
    const before = sha256(file);

    const core = await startDeferred(dataDir, true);
    expect(core.status.database.state).toBe('ready');
    expect(core.database!.writesHeld).toBe(true);
    expect((await tasks(core)).check.state).toBe('running');
    // The first screen: status and settings answer while the check runs.
    expect(await call(core, 'system.status', {})).toMatchObject({ ok: true });
    const write = call(core, 'contacts.create', { lastName: 'Yılmaz' });

    const done = await core.startupTasks;
    expect(done).toMatchObject({ check: { state: 'damaged' }, backup: { state: 'skipped' } });
    expect(await write).toMatchObject({ ok: false, error: { code: 'unavailable', messageKey: 'errors.readOnly' } });
    expect(await call(core, 'system.status', {})).toMatchObject({ ok: true, data: { database: { state: 'read-only' } } });
    expect(await call(core, 'contacts.create', { lastName: 'Yılmaz' })).toMatchObject({ ok: false, error: { messageKey: 'errors.readOnly' } });
    await core.close();
    expect(sha256(file)).toBe(before);
    // No daily backup of a damaged file either.
    expect(fs.existsSync(path.join(dataDir, DEFAULT_BACKUP_FOLDER_NAME))).toBe(false);
  });

  it('finds broken foreign keys after start too: read-only, with the count for IT', async () => {
    const dataDir = await goodDataDir();
    await exec(databaseFileIn(dataDir), "PRAGMA foreign_keys = OFF; INSERT INTO guideline (edition_id, position, title, text) VALUES (999, 1, 'Waise', ''); PRAGMA wal_checkpoint(TRUNCATE);");
    const core = await startDeferred(dataDir);
    expect(await core.startupTasks).toMatchObject({ check: { state: 'damaged' } });
    expect(core.status.database).toMatchObject({ state: 'read-only', detail: expect.stringContaining('foreign_key_check') });
  });

  it('lets a write issued during the check wait and then save it on a healthy file', async () => {
    const core = await startDeferred(await goodDataDir());
    expect((await tasks(core)).check.state).toBe('running');
    let checkWhenSaved: string | undefined;
    const write = call(core, 'contacts.create', { lastName: 'Yılmaz' }).then(async (result) => {
      checkWhenSaved = (await tasks(core)).check.state;
      return result;
    });
    // Reads do not wait.
    expect(await call(core, 'settings.get', {})).toMatchObject({ ok: true });
    expect(core.database!.writesHeld).toBe(true);

    expect(await write).toMatchObject({ ok: true, data: { lastName: 'Yılmaz' } });
    expect(checkWhenSaved).toBe('passed');
    expect(await core.startupTasks).toMatchObject({ check: { state: 'passed', percent: 100 } });
    expect(core.database!.writesHeld).toBe(false);
  });

  it('reports a failed daily backup (no room for the backup folder) and keeps the file writable', async () => {
    const dataDir = await goodDataDir();
    // A file where the backup folder belongs: as a full disk or a write-protected share, no backup can be written.
    fs.writeFileSync(path.join(dataDir, DEFAULT_BACKUP_FOLDER_NAME), 'kein Ordner');
    const core = await startDeferred(dataDir, true);

    const done = await core.startupTasks;
    expect(done.check.state).toBe('passed');
    expect(done.backup).toMatchObject({ state: 'failed', messageKey: expect.stringMatching(/^backups\.errors\./) });
    expect(await call(core, 'contacts.create', { lastName: 'Yılmaz' })).toMatchObject({ ok: true });
  });

  it('makes the daily backup after the check, once a day', async () => {
    const dataDir = await goodDataDir();
    const core = await startDeferred(dataDir, true);
    expect(await core.startupTasks).toMatchObject({ check: { state: 'passed' }, backup: { state: 'created' } });
    await core.close();
    cores.splice(0);
    const again = await startDeferred(dataDir, true);
    expect(await again.startupTasks).toMatchObject({ backup: { state: 'not-due' } });
  });

  it('checks a file that still needs a migration in full before opening it, as before', async () => {
    const dataDir = tempDir();
    fs.copyFileSync(path.join(__dirname, '../../database/fixtures/schema-1.sqlite'), databaseFileIn(dataDir));
    const core = await startDeferred(dataDir);
    expect(core.status.database.state).toBe('ready');
    expect(core.database!.writesHeld).toBe(false);
    expect(await tasks(core)).toMatchObject({ check: { state: 'not-needed' } });
  });
});

describe.skipIf(rootForTmpfs.skip)('the daily backup after start on a real disk that cannot take it', () => {
  beforeAll(rootForTmpfs.check);
  afterEach(() => unmountSmallDisks());

  it.each(['full', 'read-only'] as const)('a %s backup folder: the backup is reported as failed, work goes on', async (problem) => {
    const dataDir = await goodDataDir();
    const disk = mountSmallDisk(1);
    const folder = path.join(disk, 'Sicherungen');
    fs.mkdirSync(folder);
    writeLocalConfig(dataDir, { ...readLocalConfig(dataDir), backupFolder: folder });
    if (problem === 'full') fillDisk(disk);
    else remount(disk, 'ro');

    const core = await startDeferred(dataDir, true);
    const done = await core.startupTasks;
    expect(done).toMatchObject({ check: { state: 'passed' }, backup: { state: 'failed', messageKey: expect.stringMatching(/^backups\.errors\./) } });
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.sqlite'))).toEqual([]);
    expect(await call(core, 'contacts.create', { lastName: 'Yılmaz' })).toMatchObject({ ok: true });
    await core.close();
    cores.splice(0);
  });
});
