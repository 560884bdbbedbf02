import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-call';
import { AlertIcon } from '../components/icons';
import { restorable, useBackupFormat } from '../screens/maintenance/backup-format';
import { RestoreBackupDialog } from '../screens/maintenance/RestoreBackupDialog';
import { useReload } from '../screens/maintenance/reload';
import { href, paths } from './paths';

/**
 * Over every screen while the data file is open read-only (it failed its integrity check but
 * still reads): says so, and offers the newest good backup. After the restore the app is loaded
 * again through App's `onReload`, as on the refused screen.
 */
export function ReadOnlyBanner({ onReload }: { onReload?: () => void }) {
  const { t } = useTranslation();
  const format = useBackupFormat();
  const contextReload = useReload();
  const reload = onReload ?? contextReload;
  const overview = useCall('backups.overview', {});
  const [restoring, setRestoring] = useState(false);
  const newest = overview.data ? restorable(overview.data.backups)[0] : undefined;

  return (
    <section className="read-only-banner" role="alert" aria-labelledby="read-only-title">
      <AlertIcon size={22} />
      <div className="read-only-banner__body">
        <h2 className="read-only-banner__title" id="read-only-title">
          {t('system.readOnly.title')}
        </h2>
        <p>{t('system.readOnly.text')}</p>
        {newest ? (
          <p className="read-only-banner__actions">
            <button type="button" className="button button--primary" onClick={() => setRestoring(true)}>
              {t('system.readOnly.restore')}
            </button>
            <span>{t('system.readOnly.newest', { when: format.whenLong(newest.createdAt) })}</span>
          </p>
        ) : overview.data ? (
          <p>
            {t('system.readOnly.noBackup')} <a href={href(paths.settings)}>{t('system.readOnly.settings')}</a>
          </p>
        ) : null}
      </div>
      {restoring && newest ? (
        <RestoreBackupDialog backup={newest} situation="refused" onClose={() => setRestoring(false)} onRestored={() => reload()} />
      ) : null}
    </section>
  );
}
