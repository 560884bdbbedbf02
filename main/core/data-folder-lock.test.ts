import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir';
import { acquireDataFolderLock, LOCK_FILE_NAME, type HeldLock, type LockAttempt } from './data-folder-lock';
import { osUserName } from './os-user';

const held: HeldLock[] = [];
afterEach(() => {
  for (const lock of held.splice(0)) lock.release();
});

function acquired(attempt: LockAttempt): HeldLock {
  if (!attempt.acquired) throw new Error(`lock refused: ${JSON.stringify(attempt.holder)}`);
  held.push(attempt.lock);
  return attempt.lock;
}

/** The id of a process that has just ended: certainly not running. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

function writeLock(dir: string, holder: Record<string, unknown>, ageMs = 0): string {
  const file = path.join(dir, LOCK_FILE_NAME);
  fs.writeFileSync(file, JSON.stringify(holder));
  const then = new Date(Date.now() - ageMs);
  fs.utimesSync(file, then, then);
  return file;
}

describe('data folder lock', () => {
  it('lets one holder in, names it to the next, and is free again after release', () => {
    const dir = tempDir();
    const first = acquired(acquireDataFolderLock(dir, 'browser'));
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname(), user: osUserName(), mode: 'browser' });

    const second = acquireDataFolderLock(dir, 'cli');
    expect(second).toMatchObject({ acquired: false, abandoned: false, holder: { pid: process.pid, host: os.hostname(), user: osUserName(), mode: 'browser' } });

    first.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    acquired(acquireDataFolderLock(dir, 'cli'));
    // No temporary files are left beside it.
    expect(fs.readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
  });

  it('takes over the lock of a process on this host that no longer runs, and logs it', () => {
    const dir = tempDir();
    writeLock(dir, { pid: deadPid(), host: os.hostname(), user: 'meier', since: new Date().toISOString(), mode: 'desktop', token: 'x' });
    const logged: string[] = [];
    const attempt = acquireDataFolderLock(dir, 'desktop', { log: (line) => logged.push(line) });
    acquired(attempt);
    expect(attempt).toMatchObject({ tookOverFrom: { user: 'meier' } });
    expect(logged.join('\n')).toMatch(/taking over stale lock .*is not running/);
  });

  it('takes over a lock written before this host booted (its process id may belong to another program now)', () => {
    const dir = tempDir();
    writeLock(dir, { pid: process.pid, host: os.hostname(), user: 'meier', since: '2020-01-01T08:00:00.000Z', mode: 'desktop' });
    acquired(acquireDataFolderLock(dir, 'desktop', { bootTime: () => new Date('2021-01-01T00:00:00Z') }));
  });

  it("respects another host's lock, and calls it abandoned only when it has not been refreshed for over an hour", () => {
    const dir = tempDir();
    const holder = { pid: deadPid(), host: 'PC-SOZIALAMT-07', user: 'schulz', since: '2026-12-01T07:30:00.000Z', mode: 'desktop' };
    writeLock(dir, holder, 5 * 60 * 1000);
    expect(acquireDataFolderLock(dir, 'browser')).toMatchObject({ acquired: false, abandoned: false, holder: { host: 'PC-SOZIALAMT-07', user: 'schulz' } });
    const file = writeLock(dir, holder, 3 * 60 * 60 * 1000);
    expect(acquireDataFolderLock(dir, 'browser')).toMatchObject({ acquired: false, abandoned: true, file });
    expect(fs.existsSync(file)).toBe(true);
  });

  it('waits for an unreadable lock that may be being written, but clears an old one', () => {
    const dir = tempDir();
    writeLock(dir, {}, 0);
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), '');
    expect(acquireDataFolderLock(dir, 'cli').acquired).toBe(false);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(dir, LOCK_FILE_NAME), old, old);
    acquired(acquireDataFolderLock(dir, 'cli'));
  });

  it('does not remove a lock that someone else took over meanwhile', () => {
    const dir = tempDir();
    const mine = acquired(acquireDataFolderLock(dir, 'browser'));
    const theirs = JSON.stringify({ pid: 1, host: 'ANDERER-PC', user: 'x', since: new Date().toISOString(), mode: 'desktop' });
    fs.writeFileSync(mine.file, theirs);
    mine.release();
    expect(fs.readFileSync(mine.file, 'utf8')).toBe(theirs);
  });

  it('is removed when the process exits without releasing it', () => {
    const dir = tempDir();
    const module = path.join(import.meta.dirname, 'data-folder-lock.ts');
    const script = `import { acquireDataFolderLock } from ${JSON.stringify(module)}; const a = acquireDataFolderLock(${JSON.stringify(dir)}, 'cli'); console.log(a.acquired); process.exit(0);`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: path.resolve(import.meta.dirname, '..', '..') });
    expect(child.stdout.trim()).toBe('true');
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  });
});
