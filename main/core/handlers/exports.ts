import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportKind, ParsedInput, SaveFileKind } from '../../../contract';
import type { exportsCalls } from '../../../contract/exports';
import { prepareContactExport, type ContactSelection, type ExportFile } from '../../services/contacts/contact-export-stream';
import { DomainError } from '../../services/domain-error';
import type { CoreState } from '../core-state';
import { DatabaseUnavailableError } from '../dispatch';
import { disposeChosen, type ChosenFile } from '../exports/browser-transfers';
import { databaseExport } from '../exports/database-export';
import { writeExport } from '../exports/write-export';
import type { HandlerMap } from '../handler-map';
import type { Platform } from '../platform';
import { TransferTokens } from '../transfer-tokens';

export type ExportCallName = keyof typeof exportsCalls;

/** The save dialog's filter and remembered folder per export. */
const FILE_KINDS: Readonly<Record<ExportKind, SaveFileKind>> = { contactsCsv: 'csv', contactsXlsx: 'xlsx', contactsVcard: 'vcf', contactsVcardZip: 'zip', database: 'sqlite' };
const CONTACT_FORMATS = { contactsCsv: 'csv', contactsXlsx: 'xlsx', contactsVcard: 'vcard', contactsVcardZip: 'vcardZip' } as const;

/** Desktop: a file chosen in the open dialog waits here for `backups.importChosen` (browser uploads wait in `platform.transfers`). */
const chosenOnDesktop = new WeakMap<Platform, TransferTokens<ChosenFile>>();

function chosenFilesOf(platform: Platform): TransferTokens<ChosenFile> {
  if (platform.transfers) return platform.transfers.uploads;
  let tokens = chosenOnDesktop.get(platform);
  if (!tokens) {
    tokens = new TransferTokens<ChosenFile>(randomBytes(32).toString('base64url'));
    chosenOnDesktop.set(platform, tokens);
  }
  return tokens;
}

/** What to write, checked now and produced when written; contacts need an open file, the database a writable one (as a backup does). */
async function prepareExport(core: CoreState, input: ParsedInput<'exports.save'>): Promise<ExportFile> {
  const db = core.database;
  if (input.kind === 'database') {
    if (!db || db.readOnly) throw new DatabaseUnavailableError();
    return databaseExport(core.status.database.path, core.dataDir);
  }
  if (!db) throw new DatabaseUnavailableError();
  const selection: ContactSelection = input.ids ? { ids: input.ids } : { filter: input.filter ?? { text: '', category: '', consent: 'any' as const } };
  return prepareContactExport((work) => db.read(work), CONTACT_FORMATS[input.kind], selection);
}

/**
 * Streamed exports and the database import by file: the desktop writes to the path chosen in its
 * save dialog (partial file, then rename: see write-export.ts); browser mode hands out a one-time
 * download address instead. Served whatever state the data file is in, like the other maintenance calls.
 */
export function exportHandlers(core: CoreState, platform: Platform): Pick<HandlerMap, ExportCallName> {
  return {
    'exports.save': async (input) => {
      const file = await prepareExport(core, input);
      if (platform.saveExport) {
        const result = await platform.saveExport({
          kind: FILE_KINDS[input.kind],
          fileName: file.fileName,
          write: async (target) => {
            await writeExport(target, file.chunks());
          },
        });
        return result.saved ? { state: 'saved', path: result.path, fileName: path.basename(result.path) } : { state: 'cancelled' };
      }
      if (platform.transfers) {
        const token = platform.transfers.downloads.issue(file);
        return { state: 'download', url: `/download/${token}`, fileName: file.fileName };
      }
      throw new DomainError('errors.exportUnavailable');
    },
    'backups.importChoose': async () => {
      if (!platform.chooseDatabaseFile) return { state: 'upload' };
      const chosen = await platform.chooseDatabaseFile();
      if (!chosen) return { state: 'cancelled' };
      const size = (await fs.promises.stat(chosen)).size;
      const fileName = path.basename(chosen);
      return { state: 'chosen', token: chosenFilesOf(platform).issue({ path: chosen, fileName, size, temporary: false }), fileName, size };
    },
    'backups.importChosen': async ({ token }) => {
      const file = chosenFilesOf(platform).take(token);
      if (!file) throw new DomainError('backups.errors.importExpired', { field: 'fileName' });
      try {
        await core.replaceDatabase(file.path);
      } finally {
        disposeChosen(file);
      }
      return { restored: true };
    },
  };
}
