import fs from 'node:fs';
import path from 'node:path';

/** What the disk (not the data) refused: each has its own message, none of them means "damaged". */
export type StorageProblem = 'disk-full' | 'not-writable' | 'io-error';

/** A write or read the disk refused; nothing of the unit was saved. */
export abstract class StorageError extends Error {
  abstract readonly problem: StorageProblem;
  constructor(readonly detail: string) {
    super(detail);
  }
}

export class DiskFullError extends StorageError {
  readonly problem = 'disk-full';
}

/** The data folder or file is read-only (write-protected drive, lost share rights). */
export class NotWritableError extends StorageError {
  readonly problem = 'not-writable';
}

export class StorageIoError extends StorageError {
  readonly problem = 'io-error';
}

/**
 * After a failed write the connection could not be brought back to a known state: every
 * further write is refused (the next write tries again) so nothing is reported saved that is not.
 */
export class WritesRefusedError extends Error {
  constructor(readonly detail: string) {
    super(`writes refused: ${detail}`);
  }
}

// SQLite's primary codes and the Node error codes that mean the same thing.
const PROBLEMS: ReadonlyArray<readonly [RegExp, StorageProblem]> = [
  [/^(SQLITE_FULL|ENOSPC|EDQUOT)/, 'disk-full'],
  [/^(SQLITE_READONLY|SQLITE_CANTOPEN|SQLITE_PERM|SQLITE_AUTH|EROFS|EACCES|EPERM)/, 'not-writable'],
  [/^(SQLITE_IOERR|EIO)/, 'io-error'],
];

/** The sqlite3 (or Node fs) error code, also when TypeORM wrapped it (QueryFailedError keeps `driverError`). */
export function errorCode(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
    const { code, driverError, cause } = current as { code?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string') return code;
    current = driverError ?? cause;
  }
  const message = error instanceof Error ? error.message : String(error);
  return /\b(SQLITE_[A-Z_]+)\b/.exec(message)?.[1];
}

export function storageProblemOf(error: unknown): StorageProblem | null {
  const code = errorCode(error);
  if (!code) return null;
  return PROBLEMS.find(([pattern]) => pattern.test(code))?.[1] ?? null;
}

/**
 * The typed error for a disk problem, or the error unchanged. With the data `file`, "cannot
 * open/write" in a folder that is writable is a vanished drive (network share gone): an I/O error.
 */
export function asStorageError(error: unknown, file?: string): unknown {
  if (error instanceof StorageError) return error;
  const problem = storageProblemOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (problem === 'disk-full') return new DiskFullError(detail);
  if (problem === 'not-writable' && file && !/^(EROFS|EACCES|EPERM)/.test(notWritableDetail(path.dirname(file), file) ?? '')) {
    return new StorageIoError(detail);
  }
  if (problem === 'not-writable') return new NotWritableError(detail);
  if (problem === 'io-error') return new StorageIoError(detail);
  return error;
}

/**
 * Why SQLite could not write in `dataDir` (file and its -wal/-shm beside it), or null. Asked
 * before opening, because SQLite opens a write-protected file silently read-only.
 */
export function notWritableDetail(dataDir: string, file: string): string | null {
  for (const target of [dataDir, file]) {
    if (target === file && !fs.existsSync(file)) continue;
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch (error) {
      const code = errorCode(error) ?? 'EACCES';
      return `${code}: ${target}`;
    }
  }
  return null;
}

/** Below this much free space an I/O error at start is reported as a full disk. */
const NEARLY_FULL_BYTES = 1024 * 1024;

/**
 * Why a file could not be opened or read, when the disk (not the data) is the cause; null for
 * anything else. Refused writes in a folder that is writable mean no read access: 'unreadable'.
 */
export function diskRefusal(error: unknown, file: string): StorageProblem | 'unreadable' | null {
  const problem = storageProblemOf(error);
  const dir = path.dirname(file);
  if (problem === 'not-writable') return notWritableDetail(dir, file) ? 'not-writable' : 'unreadable';
  if (problem === 'io-error' && nearlyFull(dir)) return 'disk-full';
  return problem;
}

/** Less than a megabyte left where `dir` lives: SQLite cannot reliably write a transaction there. */
export const nearlyFull = (dir: string): boolean => freeBytes(dir) < NEARLY_FULL_BYTES;

function freeBytes(dir: string): number {
  try {
    const stats = fs.statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Creates the data folder if needed; the reason SQLite could not write there, or null. */
export function dataFolderProblem(dataDir: string, file: string): { reason: StorageProblem; detail: string } | null {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    return { reason: storageProblemOf(error) ?? 'not-writable', detail: String((error as Error).message) };
  }
  const detail = notWritableDetail(dataDir, file);
  return detail ? { reason: 'not-writable', detail } : null;
}
