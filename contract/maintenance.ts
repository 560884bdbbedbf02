import { z } from 'zod';
import { noInput } from './common';
import { defineCall } from './define-call';
import { exportsCalls } from './exports';

import type { BackupKind } from './maintenance-constants';

export { BACKUP_KINDS, KEPT_FOR_SUPPORT, type BackupKind } from './maintenance-constants';

export interface BackupDto {
  readonly fileName: string;
  readonly kind: BackupKind;
  /** Local time the copy was made, ISO 8601 without zone (as in the file name). */
  readonly createdAt: string;
  readonly sizeBytes: number;
}

export interface BackupOverviewDto {
  readonly folder: string;
  readonly defaultFolder: string;
  readonly keepDaily: number;
  readonly keepWeekly: number;
  /** Manual backups older than this many months are removed; 0 = kept until deleted by hand. */
  readonly keepManualMonths: number;
  readonly backups: readonly BackupDto[];
}

export interface IntegrityDto {
  readonly ok: boolean;
  readonly checkedAt: string;
  readonly detail: string;
}

/** Backup file names the app made: nothing else can be restored by name (no paths). */
export const BACKUP_FILE_NAME = /^Sicherung_\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(-\d+)?_[a-z-]+\.sqlite$/;

/**
 * Maintenance calls work even while the database file is refused: that is when a person
 * needs to restore a backup.
 */
export const maintenanceCalls = {
  'backups.overview': defineCall<BackupOverviewDto>()(noInput),
  'backups.create': defineCall<BackupDto>()(noInput),
  'backups.configure': defineCall<BackupOverviewDto>()(
    z.strictObject({
      folder: z.string().trim().max(1000),
      keepDaily: z.number().int().min(1).max(60),
      keepWeekly: z.number().int().min(0).max(52),
      keepManualMonths: z.number().int().min(0).max(120).optional(),
    }),
  ),
  'backups.restore': defineCall<{ readonly restored: true }>()(
    z.strictObject({ fileName: z.string().regex(BACKUP_FILE_NAME, { message: 'validation.backupFileName' }) }),
  ),
  /** Backups that still hold this person un-erased (listed in the erase dialog, newest first). */
  'backups.containingContact': defineCall<BackupDto[]>()(z.strictObject({ contactId: z.number().int().positive() })),
  'maintenance.checkIntegrity': defineCall<IntegrityDto>()(noInput),
  ...exportsCalls,
} as const;
