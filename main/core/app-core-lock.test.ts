import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callOn, createEdition, mustCall, startTestCore } from '../../test-support/core';
import { tempDir } from '../../test-support/temp-dir';
import { startAppCore } from './app-core';
import { LOCK_FILE_NAME } from './data-folder-lock';
import type { Platform } from './handlers';
import { silentLogger } from '../services/logger';
import { osUserName } from './os-user';

const platform: Platform = { transport: 'browser', osUserName: 'test', openExternal: async () => false };
const startCore = (dataDir: string, access?: 'write' | 'read') =>
  startAppCore({ dataDir, appVersion: '0.0.0-test', platform, logger: silentLogger, ...(access ? { access } : {}) });

describe('one writer per data folder', () => {
  it('refuses a second core on the same folder with the holder, and opens once the first has closed', async () => {
    const dataDir = tempDir();
    const first = await startCore(dataDir);
    expect(first.status.database.state).toBe('ready');
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(true);

    const second = await startCore(dataDir);
    try {
      expect(second.status.database).toMatchObject({
        state: 'refused',
        reason: 'in-use',
        holder: { user: osUserName(), host: os.hostname(), mode: 'browser', lockFile: path.join(dataDir, LOCK_FILE_NAME), abandoned: false },
      });
      expect(second.database).toBeNull();
      // Nothing of the holder's file may be swapped from here.
      await expect(second.replaceDatabase(path.join(dataDir, 'leitbild-werkstatt.sqlite'))).rejects.toMatchObject({ messageKey: 'backups.errors.inUse' });
      expect((await callOn(second, 'editions.list', {})).ok).toBe(false);
    } finally {
      await second.close();
    }
    // Closing a refused core leaves the holder's lock alone.
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(true);

    await first.close();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    const third = await startCore(dataDir);
    expect(third.status.database.state).toBe('ready');
    await third.close();
  });

  it('tries again when the refused screen reloads (system.status)', async () => {
    const dataDir = tempDir();
    const first = await startCore(dataDir);
    const second = await startCore(dataDir);
    try {
      expect(await mustCall(second, 'system.status', {})).toMatchObject({ database: { reason: 'in-use' } });
      await first.close();
      expect(await mustCall(second, 'system.status', {})).toMatchObject({ database: { state: 'ready' } });
      await createEdition(second);
      expect(await mustCall(second, 'editions.list', {})).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('lets a reading core look beside the writer without changing anything', async () => {
    const writer = await startTestCore();
    await createEdition(writer, 'Ausgabe des Schreibers');
    const reader = await startCore(writer.dataDir, 'read');
    try {
      expect(reader.status.database.state).toBe('ready');
      expect(reader.database?.readOnly).toBe(true);
      expect((await mustCall(reader, 'editions.list', {})).map((edition) => edition.title)).toEqual(['Ausgabe des Schreibers']);
      expect((await callOn(reader, 'editions.create', { title: 'Von der Seite', periodFrom: 2025, periodTo: 2027 })).ok).toBe(false);
      await expect(reader.replaceDatabase(path.join(writer.dataDir, 'leitbild-werkstatt.sqlite'))).rejects.toMatchObject({ messageKey: 'backups.errors.inUse' });
    } finally {
      await reader.close();
    }
    // The writer's lock survives the reader, and it keeps writing.
    expect(fs.existsSync(path.join(writer.dataDir, LOCK_FILE_NAME))).toBe(true);
    await createEdition(writer, 'Noch eine');
  });

  it('gives a reading core the lock when nobody holds it', async () => {
    const dataDir = tempDir();
    const reader = await startCore(dataDir, 'read');
    try {
      expect(reader.database?.readOnly).toBe(false);
      const writer = await startCore(dataDir);
      expect(writer.status.database).toMatchObject({ reason: 'in-use' });
      await writer.close();
    } finally {
      await reader.close();
    }
  });

  it('keeps the in-app restore working while it holds the lock', async () => {
    const core = await startTestCore();
    await createEdition(core, 'Vorher');
    const backup = await core.backups.create('manual');
    await createEdition(core, 'Nachher');
    await core.replaceDatabase(core.backups.pathOf(backup.fileName));
    expect((await mustCall(core, 'editions.list', {})).map((edition) => edition.title)).toEqual(['Vorher']);
    expect(fs.existsSync(path.join(core.dataDir, LOCK_FILE_NAME))).toBe(true);
  });
});
