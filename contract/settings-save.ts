import { z } from 'zod';
import { defineCall } from './define-call';
import { maintenanceCalls, type BackupOverviewDto } from './maintenance';
import { settingsSchema, type SettingsDto } from './settings';

export interface SettingsSaveResultDto {
  readonly settings: SettingsDto;
  /** The backup settings after the save; null when none were sent. */
  readonly backups: BackupOverviewDto | null;
}

/**
 * The Einstellungen screen's one "Speichern": shared settings, personal settings and the backup
 * settings together, all or nothing. Field errors come back at `settings.<name>` and `backups.<name>`.
 */
export const settingsSaveCalls = {
  'settings.save': defineCall<SettingsSaveResultDto>()(
    z.strictObject({
      settings: settingsSchema.partial(),
      backups: maintenanceCalls['backups.configure'].input.optional(),
    }),
  ),
} as const;
