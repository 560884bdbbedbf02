import { useTranslation } from 'react-i18next';
import type { DataFolderHolder } from '../../../contract';
import { useBackupFormat } from '../screens/maintenance/backup-format';

/** "Die Daten werden gerade von meier auf PC-0815 benutzt (seit …)." */
export function InUseLead({ holder }: { holder: DataFolderHolder }) {
  const { t } = useTranslation();
  const format = useBackupFormat();
  const user = holder.user || t('system.refused.inUse.unknownUser');
  return <p className="problem__lead">{t('system.refused.inUse.lead', { user, host: holder.host, since: format.when(holder.since) })}</p>;
}

/**
 * Another place writes the data: nothing to restore (that would pull the file from under it),
 * only waiting and trying again. A quiet lock of another PC tells IT how to clear it.
 */
export function InUseHelp({ holder, onRetry }: { holder: DataFolderHolder | undefined; onRetry: () => void }) {
  const { t } = useTranslation();
  const host = holder?.host ?? '?';
  return (
    <>
      <p>{t('system.refused.inUse.why')}</p>
      <ol className="steps">
        <li>{t('system.refused.inUse.step1', { host })}</li>
        <li>{t('system.refused.inUse.step2')}</li>
      </ol>
      {holder?.abandoned ? (
        <p className="backup-warning">
          {t('system.refused.inUse.abandoned', { host })} <code className="path">{holder.lockFile}</code>
        </p>
      ) : null}
      <p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('system.refused.inUse.retry')}
        </button>
      </p>
      <p className="refused-restore__quiet">{t('system.refused.inUse.shared')}</p>
    </>
  );
}
