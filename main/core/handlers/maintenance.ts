import type { maintenanceCalls } from '../../../contract/maintenance';
import { backupsContainingContact } from '../../services/maintenance/backup-contains';
import type { CoreState } from '../core-state';
import type { HandlerMap } from '../handler-map';
import type { ExportCallName } from './exports';

export type MaintenanceCallName = keyof typeof maintenanceCalls;
/** The export calls are maintenance calls too but need the platform (handlers/exports.ts). */
type OwnCallName = Exclude<MaintenanceCallName, ExportCallName>;

/** Backups, restore and the integrity check (export and import by file: handlers/exports.ts): served even while the data file is refused. */
export function maintenanceHandlers(core: CoreState): Pick<HandlerMap, OwnCallName> {
  return {
    'backups.overview': async () => core.backups.overview(),
    'backups.create': () => core.backups.create('manual'),
    'backups.configure': async (input) => core.backups.configure(input),
    'backups.restore': async ({ fileName }) => {
      await core.replaceDatabase(core.backups.pathOf(fileName));
      return { restored: true };
    },
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
