import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callOn, mustCall, startTestCore } from '../../../test-support/core';
import { mountSmallDisk, remount, unmountSmallDisks } from '../../../test-support/small-disk';
import { tempDir } from '../../../test-support/temp-dir';
import { readLocalConfig, writeLocalConfig } from './local-config';
import { checkUserFolder, isSystemPath } from './user-path';

const posixOnly = process.platform === 'win32' ? it.skip : it;

describe('a folder the person typed', () => {
  it('refuses system folders and device names, also on Windows', () => {
    for (const folder of ['/proc', '/proc/x', '/sys/kernel', '/dev/null', '/dev/../dev/shm']) expect(isSystemPath(folder, 'linux')).toBe(true);
    for (const folder of ['/home/amt/Sicherungen', '/procedures', '/devices', '/srv/dev']) expect(isSystemPath(folder, 'linux')).toBe(false);
    for (const folder of ['\\\\.\\PhysicalDrive0', '\\\\?\\GLOBALROOT\\Device', 'C:\\Daten\\CON', 'NUL', 'H:\\com1.txt\\x', 'H:\\Sicherung\\lpt9 ']) {
      expect(isSystemPath(folder, 'win32')).toBe(true);
    }
    for (const folder of ['H:\\Sicherungen\\Leitbild', '\\\\server\\freigabe\\Sicherungen', '\\\\?\\C:\\lang\\pfad', 'C:\\Konto\\console']) {
      expect(isSystemPath(folder, 'win32')).toBe(false);
    }
  });

  posixOnly('creates missing levels, refuses files and system paths (also through a link), and writes no probe leftovers', async () => {
    const base = tempDir();
    const nested = path.join(base, 'a', 'b', 'Sicherungen');
    expect(await checkUserFolder(nested)).toEqual({ ok: true, folder: nested });
    expect(fs.readdirSync(nested)).toEqual([]);
    const aFile = path.join(base, 'datei.txt');
    fs.writeFileSync(aFile, 'x');
    expect(await checkUserFolder(aFile)).toEqual({ ok: false, problem: 'folderNotAFolder' });
    expect(await checkUserFolder(path.join(aFile, 'unter'))).toEqual({ ok: false, problem: 'folderNotAFolder' });
    fs.symlinkSync('/proc', path.join(base, 'verweis'));
    expect(await checkUserFolder(path.join(base, 'verweis', 'x'))).toEqual({ ok: false, problem: 'folderSystem' });
    expect(await checkUserFolder('/proc/x')).toEqual({ ok: false, problem: 'folderSystem' });
    expect(await checkUserFolder('/dev/null')).toEqual({ ok: false, problem: 'folderSystem' });
  });

  posixOnly('answers a read-only folder with "not writable"', async () => {
    // chmod does not stop root (CI runs as root): there the folder is a read-only mount instead.
    const asRoot = process.getuid?.() === 0;
    const locked = asRoot ? mountSmallDisk(1) : tempDir();
    if (asRoot) remount(locked, 'ro');
    else fs.chmodSync(locked, 0o500);
    try {
      expect(await checkUserFolder(path.join(locked, 'neu'))).toEqual({ ok: false, problem: 'folderNotWritable' });
      expect(await checkUserFolder(locked)).toEqual({ ok: false, problem: 'folderNotWritable' });
    } finally {
      if (asRoot) unmountSmallDisks();
      else fs.chmodSync(locked, 0o700);
    }
  });

  it('gives up after the timeout instead of waiting for a share that never answers', async () => {
    // Busy libuv threads stand in for a hung network share: no file system call answers for a while.
    const busy = Array.from({ length: 8 }, () => new Promise((resolve) => crypto.pbkdf2('x', 'y', 100_000, 64, 'sha512', resolve)));
    const started = Date.now();
    expect(await checkUserFolder(path.join(tempDir(), 'x'), { timeoutMs: 50 })).toEqual({ ok: false, problem: 'folderTimeout' });
    expect(Date.now() - started).toBeLessThan(1000);
    await Promise.all(busy);
  });

  posixOnly('backups.configure with /proc/x answers in German at the field within a second, and the app keeps answering', async () => {
    const core = await startTestCore();
    const started = Date.now();
    const result = await callOn(core, 'backups.configure', { folder: '/proc/x', keepDaily: 7, keepWeekly: 4 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ ok: false, error: { fields: [{ field: 'folder', messageKey: 'backups.errors.folderSystem', params: { folder: '/proc/x' } }] } });
    const de = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../locales/de/backups.json'), 'utf8')) as { errors: Record<string, string> };
    expect(de.errors.folderSystem).toContain('Systemordner');
    expect(await mustCall(core, 'backups.overview', {})).toMatchObject({ folder: path.join(core.dataDir, 'Sicherungen') });
  });

  posixOnly('a backup folder edited by hand to /proc/x is refused by backups.create and the raw copy, not spun on', async () => {
    const core = await startTestCore();
    writeLocalConfig(core.dataDir, { ...readLocalConfig(core.dataDir), backupFolder: '/proc/x' });
    expect(await callOn(core, 'backups.create', {})).toMatchObject({ ok: false, error: { messageKey: 'backups.errors.folderSystem' } });
    expect(() => core.backups.keepRawCopy('damaged')).toThrow('backups.errors.folderSystem');
  });
});
