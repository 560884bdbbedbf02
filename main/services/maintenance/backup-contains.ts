import path from 'node:path';
import sqlite3 from 'sqlite3';
import type { BackupDto } from '../../../contract/maintenance';

/** Whether the backup file still holds the contact un-erased; an unreadable file counts as "may hold". */
function holdsContact(file: string, contactId: number): Promise<boolean> {
  return new Promise((resolve) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return resolve(true);
      db.get('SELECT 1 AS found FROM contact WHERE id = ? AND erased_at IS NULL', [contactId], (error, row) => {
        // An old backup without contacts (schema before version 4) cannot hold anyone.
        const noTable = error?.message.includes('no such table') === true;
        db.close(() => resolve(error ? !noTable : row !== undefined));
      });
    });
  });
}

/**
 * The backups that still contain a person, for the erase dialog (DSGVO Art. 17: the person is
 * told where copies remain until they are pruned). Each file is opened read-only, never changed.
 */
export async function backupsContainingContact(folder: string, backups: readonly BackupDto[], contactId: number): Promise<BackupDto[]> {
  const found: BackupDto[] = [];
  for (const backup of backups) if (await holdsContact(path.join(folder, backup.fileName), contactId)) found.push(backup);
  return found;
}
