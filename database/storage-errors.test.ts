import path from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir';
import { asStorageError, DiskFullError, diskRefusal, NotWritableError, StorageIoError, storageProblemOf } from './storage-errors';

/** A real sqlite3 error: opening a file that does not exist, read-only. */
function cantOpen(file: string): Promise<Error> {
  return new Promise((resolve) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => {
      if (error) resolve(error);
      else db.close(() => resolve(new Error('opened')));
    });
  });
}

describe('disk problems are told apart from damage', () => {
  it('reads the code from sqlite3 errors, from TypeORM-wrapped ones and from Node fs errors', () => {
    expect(storageProblemOf(Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' }))).toBe('disk-full');
    // TypeORM's QueryFailedError keeps the driver's error.
    expect(storageProblemOf({ message: 'x', driverError: { code: 'SQLITE_IOERR' } })).toBe('io-error');
    expect(storageProblemOf(new Error('SQLITE_READONLY: attempt to write a readonly database'))).toBe('not-writable');
    expect(storageProblemOf(Object.assign(new Error('no space'), { code: 'ENOSPC' }))).toBe('disk-full');
    expect(storageProblemOf(new Error('SQLITE_CORRUPT: database disk image is malformed'))).toBeNull();
    expect(storageProblemOf(new Error('boom'))).toBeNull();
  });

  it('turns them into typed errors and leaves everything else alone', () => {
    expect(asStorageError(new Error('SQLITE_FULL: database or disk is full'))).toBeInstanceOf(DiskFullError);
    expect(asStorageError(new Error('SQLITE_CANTOPEN: unable to open database file'))).toBeInstanceOf(NotWritableError);
    expect(asStorageError(new Error('SQLITE_IOERR: disk I/O error'))).toBeInstanceOf(StorageIoError);
    const other = new Error('UNIQUE constraint failed');
    expect(asStorageError(other)).toBe(other);
  });

  it('a file SQLite cannot open in a writable folder is "unreadable", not "not-writable"', async () => {
    const file = path.join(tempDir(), 'fehlt.sqlite');
    const error = await cantOpen(file);
    expect(storageProblemOf(error)).toBe('not-writable');
    expect(diskRefusal(error, file)).toBe('unreadable');
  });

  it('"cannot open" while running is a vanished drive (I/O error) unless the folder is really write-protected', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'fehlt.sqlite');
    const error = await cantOpen(file);
    expect(asStorageError(error, file)).toBeInstanceOf(StorageIoError);
    // The network share is gone: the folder itself no longer exists.
    expect(asStorageError(error, path.join(dir, 'weg', 'leitbild-werkstatt.sqlite'))).toBeInstanceOf(StorageIoError);
  });
});
