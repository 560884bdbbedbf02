import fs from 'node:fs';
import path from 'node:path';
import type { maintenanceCalls } from '../../../contract/maintenance';
import { vacuumInto } from '../../../database/backup-file';
import { backupsContainingContact } from '../../services/maintenance/backup-contains';
import { datedFileName } from '../../../documents/file-names';
import { localStamp } from '../../services/maintenance/backup-names';
import type { CoreState } from '../core-state';
import { makeScratchDir, removeScratchDir } from '../data-temp';
import { DatabaseUnavailableError } from '../dispatch';
import type { HandlerMap } from '../handler-map';
import type { ExportCallName } from './exports';

export type MaintenanceCallName = keyof typeof maintenanceCalls;
/** The export calls are maintenance calls too but need the platform (handlers/exports.ts). */
type OwnCallName = Exclude<MaintenanceCallName, ExportCallName>;

/** A scratch file in the data folder's own temp (see data-temp), removed whatever happens. */
async function withScratchFile<T>(dataDir: string, work: (file: string) => Promise<T>): Promise<T> {
  const dir = makeScratchDir(dataDir);
  try {
    return await work(path.join(dir, 'datei.sqlite'));
  } finally {
    removeScratchDir(dir);
  }
}

/** Backups, restore, export/import and the integrity check: served even while the data file is refused. */
export function maintenanceHandlers(core: CoreState): Pick<HandlerMap, OwnCallName> {
  return {
    'backups.overview': async () => core.backups.overview(),
    'backups.create': () => core.backups.create('manual'),
    'backups.configure': async (input) => core.backups.configure(input),
    'backups.restore': async ({ fileName }) => {
      await core.replaceDatabase(core.backups.pathOf(fileName));
      return { restored: true };
    },
    'backups.export': async () => {
      if (!core.database || core.database.readOnly) throw new DatabaseUnavailableError();
      return withScratchFile(core.dataDir, async (file) => {
        await vacuumInto(core.status.database.path, file);
        return { fileName: datedFileName(localStamp(new Date()).day, 'Leitbild-Werkstatt', [], 'sqlite'), contentBase64: fs.readFileSync(file).toString('base64') };
      });
    },
    'backups.import': async ({ contentBase64 }) =>
      withScratchFile(core.dataDir, async (file) => {
        fs.writeFileSync(file, Buffer.from(contentBase64, 'base64'));
        await core.replaceDatabase(file);
        return { restored: true };
      }),
    'backups.containingContact': ({ contactId }) => backupsContainingContact(core.backups.folder(), core.backups.list(), contactId),
    'maintenance.checkIntegrity': async () => {
      const checkedAt = new Date().toISOString();
      if (!core.database) return { ok: false, checkedAt, detail: core.status.database.state === 'refused' ? core.status.database.detail : '' };
      try {
        const quick = await core.database.query<Array<{ quick_check: string }>>('PRAGMA quick_check');
        const orphans = await core.database.query<unknown[]>('PRAGMA foreign_key_check');
        const ok = quick.length === 1 && quick[0]?.quick_check === 'ok' && orphans.length === 0;
        const detail = ok ? 'ok' : [...quick.map((row) => row.quick_check), orphans.length ? `foreign_key_check: ${orphans.length}` : ''].filter(Boolean).join('; ');
        return { ok, checkedAt, detail };
      } catch (error) {
        // Badly damaged pages make the check itself fail ("database disk image is malformed").
        return { ok: false, checkedAt, detail: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
