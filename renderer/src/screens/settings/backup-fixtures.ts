import type { BackupDto, BackupOverviewDto } from '../../../../contract';
import { fail, ok, type FakeHandlers } from '../../test/fake-api';

export const DEFAULT_FOLDER = 'C:\\Users\\meier\\Leitbild-Werkstatt\\Sicherungen';

/** Newest first, like the service; one of each kind. */
export const sampleBackups: readonly BackupDto[] = [
  { fileName: 'Sicherung_2026-11-26_09-14-03_manuell.sqlite', kind: 'manual', createdAt: '2026-11-26T09:14:03', sizeBytes: 1_258_291 },
  { fileName: 'Sicherung_2026-11-26_08-00-12_taeglich.sqlite', kind: 'daily', createdAt: '2026-11-26T08:00:12', sizeBytes: 1_200_000 },
  { fileName: 'Sicherung_2026-11-20_16-45-00_vor-update.sqlite', kind: 'pre-migration', createdAt: '2026-11-20T16:45:00', sizeBytes: 870_400 },
  { fileName: 'Sicherung_2026-11-18_11-02-33_vor-wiederherstellung.sqlite', kind: 'pre-restore', createdAt: '2026-11-18T11:02:33', sizeBytes: 1_048_576 },
  { fileName: 'Sicherung_2026-11-17_07-59-59_beschaedigt.sqlite', kind: 'damaged', createdAt: '2026-11-17T07:59:59', sizeBytes: 524_288 },
];

export const overviewWith = (backups: readonly BackupDto[] = sampleBackups, changes: Partial<BackupOverviewDto> = {}): BackupOverviewDto => ({
  folder: DEFAULT_FOLDER,
  defaultFolder: DEFAULT_FOLDER,
  keepDaily: 7,
  keepWeekly: 4,
  keepManualMonths: 0,
  backups: [...backups],
  ...changes,
});

/**
 * The maintenance calls in memory: a manual backup is added on top, configure refuses
 * relative folders (as the service does) and keeps the numbers.
 */
export function backupHandlers(initial: BackupOverviewDto = overviewWith()) {
  let overview = initial;
  const handlers: FakeHandlers = {
    'backups.overview': () => ok(overview),
    'backups.create': () => {
      const backup: BackupDto = { fileName: 'Sicherung_2026-11-26_10-30-00_manuell.sqlite', kind: 'manual', createdAt: '2026-11-26T10:30:00', sizeBytes: 1_300_000 };
      overview = { ...overview, backups: [backup, ...overview.backups] };
      return ok(backup);
    },
    'backups.configure': ({ folder, keepDaily, keepWeekly, keepManualMonths }) => {
      const trimmed = folder.trim();
      if (trimmed !== '' && !/^([A-Za-z]:\\|\\\\|\/)/.test(trimmed)) {
        return fail({ messageKey: 'backups.errors.folderNotAbsolute', fields: [{ field: 'folder', messageKey: 'backups.errors.folderNotAbsolute' }] });
      }
      if (keepDaily > 60) {
        return fail({ code: 'invalid-input', messageKey: 'errors.invalidInput', fields: [{ field: 'keepDaily', messageKey: 'validation.tooLarge', params: { max: 60 } }] });
      }
      overview = { ...overview, folder: trimmed || overview.defaultFolder, keepDaily, keepWeekly, keepManualMonths: keepManualMonths ?? overview.keepManualMonths };
      return ok(overview);
    },
    'backups.restore': () => ok({ restored: true as const }),
  };
  return { handlers, current: () => overview };
}
