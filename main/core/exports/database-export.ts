import fs from 'node:fs';
import path from 'node:path';
import { vacuumInto } from '../../../database/backup-file';
import { storageProblemOf } from '../../../database/storage-errors';
import { datedFileName } from '../../../documents/file-names';
import type { ExportFile } from '../../services/contacts/contact-export-stream';
import { DomainError } from '../../services/domain-error';
import { localStamp } from '../../services/maintenance/backup-names';
import { makeScratchDir, removeScratchDir } from '../data-temp';

/** Read in pieces of this size: a 400 MB database never sits in memory. */
const READ_BYTES = 1024 * 1024;

/**
 * The whole database as one file for another PC: a consistent snapshot (`VACUUM INTO` a scratch
 * file in the data folder's temp, see data-temp.ts), streamed, then removed whatever happens.
 */
export function databaseExport(databaseFile: string, dataDir: string): ExportFile {
  return {
    fileName: datedFileName(localStamp(new Date()).day, 'Leitbild-Werkstatt', [], 'sqlite'),
    mimeType: 'application/vnd.sqlite3',
    chunks: async function* () {
      const dir = makeScratchDir(dataDir);
      try {
        const snapshot = path.join(dir, 'datei.sqlite');
        try {
          await vacuumInto(databaseFile, snapshot);
        } catch (error) {
          // No room for the snapshot in the data folder: the same words as a full target disk.
          if (storageProblemOf(error) === 'disk-full') throw new DomainError('errors.saveDiskFull');
          throw error;
        }
        for await (const chunk of fs.createReadStream(snapshot, { highWaterMark: READ_BYTES })) yield chunk as Buffer;
      } finally {
        removeScratchDir(dir);
      }
    },
  };
}
