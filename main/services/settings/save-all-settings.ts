import type { ParsedInput, SettingsSaveResultDto } from '../../../contract';
import type { BackupService } from '../maintenance/backup-service';
import { readLocalConfig, writeLocalConfig } from '../maintenance/local-config';
import { DomainError } from '../domain-error';
import type { Logger } from '../logger';
import type { SettingsService } from './settings-service';

export interface SaveAllDeps {
  readonly settings: SettingsService;
  readonly backups: BackupService;
  readonly dataDir: string;
  readonly logger: Logger;
}

/** A refusal of the backup part, pinned to its field in the screen's one form (`backups.folder`). */
function atBackupField(error: unknown, logger: Logger): DomainError {
  if (error instanceof DomainError) return new DomainError(error.messageKey, { ...error.options, field: error.options.field ? `backups.${error.options.field}` : undefined });
  logger.error('backup settings not saved', error);
  return new DomainError('settings.errors.backupNotSaved');
}

/**
 * The Einstellungen screen's one save, all or nothing. The backup settings go first: their folder
 * is the part most likely refused (not absolute, unreachable), and they are one small file whose
 * previous content is put back if the shared or personal part fails afterwards.
 */
export async function saveAllSettings({ settings, backups, dataDir, logger }: SaveAllDeps, input: ParsedInput<'settings.save'>): Promise<SettingsSaveResultDto> {
  const previousBackupConfig = input.backups ? readLocalConfig(dataDir) : null;
  const savedBackups = input.backups ? await backups.configure(input.backups).catch((error: unknown) => Promise.reject(atBackupField(error, logger))) : null;
  try {
    return { settings: await settings.update(input.settings), backups: savedBackups };
  } catch (error) {
    if (previousBackupConfig) {
      try {
        writeLocalConfig(dataDir, previousBackupConfig);
        logger.info('backup settings put back: the other settings were not saved');
      } catch (restoreError) {
        logger.error('backup settings could not be put back', restoreError);
      }
    }
    throw error;
  }
}
