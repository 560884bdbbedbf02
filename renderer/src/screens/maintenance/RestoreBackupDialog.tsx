import { useTranslation } from 'react-i18next';
import type { BackupDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { errorText, useMessage } from '../../i18n/messages';
import { useBackupFormat } from './backup-format';
import { ReplaceDatabaseDialog } from './ReplaceDatabaseDialog';
import './backups.css';

interface RestoreBackupDialogProps {
  readonly backup: BackupDto;
  /**
   * `ready`: the open database is backed up first. `refused`: the refused file is kept as it
   * is (the main side copies its bytes into the backup folder).
   */
  readonly situation: 'ready' | 'refused';
  /** A plain warning above the buttons (restoring over data of a newer version). */
  readonly warning?: string;
  readonly onClose: () => void;
  /** The data file has been replaced: the app must be loaded again. */
  readonly onRestored: (backup: BackupDto) => void;
  readonly fallbackFocus?: () => HTMLElement | null | undefined;
}

/** Says plainly what a restore does, then restores; failures stay in the dialog. */
export function RestoreBackupDialog({ backup, situation, warning, onClose, onRestored, fallbackFocus }: RestoreBackupDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useMessage();
  const format = useBackupFormat();

  const restore = async () => {
    const result = await api.call('backups.restore', { fileName: backup.fileName });
    if (!result.ok) return errorText(message, result.error);
    onRestored(backup);
    return null;
  };

  return (
    <ReplaceDatabaseDialog
      title={t('backups.restore.title')}
      description={
        <>
          <p>
            {t('backups.restore.stateOf', { when: format.whenLong(backup.createdAt) })} {t('backups.restore.laterLost')}
          </p>
          <p>{t(situation === 'ready' ? 'backups.restore.whatHappens' : 'backups.restore.whatHappensRefused')}</p>
        </>
      }
      replace={restore}
      confirmLabel={t('backups.restore.confirm')}
      busyLabel={t('backups.restore.restoring')}
      onClose={onClose}
      fallbackFocus={fallbackFocus}
    >
      {warning ? (
        <p className="backup-warning">
          <strong>{t('backups.restore.warningLabel')}</strong> {warning}
        </p>
      ) : null}
      <p className="backup-dialog__file">
        {t('backups.restore.backup', { kind: format.kind(backup.kind), size: format.size(backup.sizeBytes) })}
        <br />
        <code>{backup.fileName}</code>
      </p>
    </ReplaceDatabaseDialog>
  );
}
