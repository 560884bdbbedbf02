import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { osUserName } from './os-user';

export const LOCK_FILE_NAME = 'leitbild-werkstatt.lock';

/** Who writes: the desktop app, browser mode or a CLI command. */
export type LockMode = 'desktop' | 'browser' | 'cli';

/** What the lock file says about the one process that writes the data folder. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly user: string;
  /** ISO time the holder started. */
  readonly since: string;
  readonly mode: string;
  /** Tells our own lock from an equal-looking one written later (release only removes ours). */
  readonly token: string;
}

export interface HeldLock {
  readonly file: string;
  readonly holder: LockHolder;
  release(): void;
}

export type LockAttempt =
  | { readonly acquired: true; readonly lock: HeldLock; readonly tookOverFrom?: LockHolder }
  /** `abandoned`: another host's lock that was not refreshed for long (probably a crash there); still refused. */
  | { readonly acquired: false; readonly file: string; readonly holder: LockHolder; readonly abandoned: boolean };

/** The holder touches its lock this often, so another host can tell a quiet lock from a live one. */
const HEARTBEAT_MS = 10 * 60 * 1000;
/** Another host's lock untouched for this long is reported as probably abandoned. */
export const ABANDONED_AFTER_MS = 60 * 60 * 1000;
/** An unreadable lock this old is a leftover (a crash between create and write), not one being written. */
const UNREADABLE_GRACE_MS = 10 * 1000;

export interface LockEnvironment {
  readonly pid: number;
  readonly host: string;
  readonly user: string;
  readonly now: () => Date;
  /** Whether a process of this host runs with this id. */
  readonly isAlive: (pid: number) => boolean;
  /** When this host last booted: a lock from before cannot belong to a running process (PIDs are reused). */
  readonly bootTime: () => Date;
  readonly log: (message: string) => void;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

const defaultEnvironment = (): LockEnvironment => ({
  pid: process.pid,
  host: os.hostname(),
  user: osUserName(),
  now: () => new Date(),
  isAlive: isProcessAlive,
  bootTime: () => new Date(Date.now() - os.uptime() * 1000),
  log: () => {},
});

/** Locks held by this process, removed on exit even when nobody calls release (process.exit). */
const heldHere = new Set<HeldLock>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const lock of [...heldHere]) lock.release();
  });
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string' || typeof value.since !== 'string') return null;
    return { pid: value.pid, host: value.host, user: String(value.user ?? ''), since: value.since, mode: String(value.mode ?? ''), token: String(value.token ?? '') };
  } catch {
    return null;
  }
}

function readLock(file: string): { holder: LockHolder | null; text: string; modified: Date } | null {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return { holder: parseHolder(text), text, modified: fs.statSync(file).mtime };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Creates the lock file only if none exists, with its content complete from the first moment:
 * written to a private file, then hard-linked (fails if the name exists). Where links are not
 * supported (some network shares) an exclusive create with 'wx' is the fallback.
 */
function createExclusive(file: string, content: string): boolean {
  const temp = `${file}.${randomUUID()}.tmp`;
  fs.writeFileSync(temp, content);
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    try {
      const fd = fs.openSync(file, 'wx');
      try {
        fs.writeSync(fd, content);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      return true;
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallbackError;
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Moves a lock judged stale out of the way, but only if it is still the one judged: a process
 * that took it over meanwhile keeps its lock (it is put back).
 */
function removeIfUnchanged(file: string, judgedText: string): boolean {
  const aside = `${file}.${randomUUID()}.stale`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  const moved = fs.readFileSync(aside, 'utf8');
  if (moved === judgedText) {
    fs.rmSync(aside, { force: true });
    return true;
  }
  try {
    fs.linkSync(aside, file);
  } catch {
    // Someone created a new lock meanwhile; theirs stands.
  }
  fs.rmSync(aside, { force: true });
  return false;
}

/** Why a present lock may be taken over, or null when it must be respected. */
function staleReason(found: NonNullable<ReturnType<typeof readLock>>, env: LockEnvironment): string | null {
  const { holder } = found;
  if (!holder) return env.now().getTime() - found.modified.getTime() > UNREADABLE_GRACE_MS ? 'unreadable lock file' : null;
  if (holder.host !== env.host) return null;
  if (new Date(holder.since).getTime() < env.bootTime().getTime()) return `pid ${holder.pid} started before this host booted`;
  if (!env.isAlive(holder.pid)) return `pid ${holder.pid} is not running`;
  return null;
}

/**
 * Takes the one write lock of a data folder, before the database is opened. A lock of a dead
 * process on this host is taken over; a lock of another host is always respected (its
 * processes cannot be checked from here), only reported as abandoned when it went quiet.
 */
export function acquireDataFolderLock(dataDir: string, mode: LockMode, overrides: Partial<LockEnvironment> = {}): LockAttempt {
  const env = { ...defaultEnvironment(), ...overrides };
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const holder: LockHolder = { pid: env.pid, host: env.host, user: env.user, since: env.now().toISOString(), mode, token: randomUUID() };
  const content = `${JSON.stringify(holder, null, 2)}\n`;
  let tookOverFrom: LockHolder | undefined;

  for (let attempt = 0; attempt < 3; attempt++) {
    if (createExclusive(file, content)) return { acquired: true, lock: holdLock(file, holder, content), ...(tookOverFrom ? { tookOverFrom } : {}) };
    const found = readLock(file);
    if (!found) continue;
    const reason = staleReason(found, env);
    if (reason === null) {
      const other = found.holder ?? { pid: 0, host: '?', user: '?', since: found.modified.toISOString(), mode: '', token: '' };
      const quietFor = env.now().getTime() - found.modified.getTime();
      return { acquired: false, file, holder: other, abandoned: other.host !== env.host && quietFor > ABANDONED_AFTER_MS };
    }
    env.log(`taking over stale lock ${file}: ${reason} (${found.text.replace(/\s+/g, ' ').trim()})`);
    if (found.holder) tookOverFrom = found.holder;
    removeIfUnchanged(file, found.text);
  }
  const last = readLock(file);
  const other = last?.holder ?? { pid: 0, host: '?', user: '?', since: env.now().toISOString(), mode: '', token: '' };
  return { acquired: false, file, holder: other, abandoned: false };
}

function holdLock(file: string, holder: LockHolder, content: string): HeldLock {
  // Refreshes the file's time so another host sees the lock is alive; never keeps the process up.
  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      fs.utimesSync(file, now, now);
    } catch {
      // A lost network drive: the database will report it; the lock must not crash the app.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const lock: HeldLock = {
    file,
    holder,
    release() {
      if (!heldHere.delete(lock)) return;
      clearInterval(heartbeat);
      try {
        // Only our own lock: after a takeover by someone else the file is theirs.
        if (fs.readFileSync(file, 'utf8') === content) fs.rmSync(file, { force: true });
      } catch {
        // Already gone.
      }
    },
  };
  heldHere.add(lock);
  installExitHook();
  return lock;
}
