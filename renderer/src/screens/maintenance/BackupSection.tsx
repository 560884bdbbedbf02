import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupDto } from '../../../../contract';
import { useCall } from '../../api/use-call';
import { useToasts } from '../../components/toasts';
import { rememberAfterReload, takeAfterReload } from './after-reload';
import { restorable, useBackupFormat } from './backup-format';
import { BackupList } from './BackupList';
import { BackupSettingsForm } from './BackupSettingsForm';
import { DatabaseTransfer } from './DatabaseTransfer';
import { IntegrityCheck } from './IntegrityCheck';
import { useReload } from './reload';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import './backups.css';
import { CallLoadState } from '../../components/LoadState';

/**
 * Datensicherung: the backups (create, restore), where they go and how many are kept, the
 * integrity check, and moving the whole database to another PC.
 */
export function BackupSection() {
  const { t } = useTranslation();
  const toasts = useToasts();
  const format = useBackupFormat();
  const reload = useReload();
  const overview = useCall('backups.overview', {});
  const [restoring, setRestoring] = useState<BackupDto | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  // The confirmation of a restore or import that ended with a reload.
  useEffect(() => {
    const note = takeAfterReload();
    if (note?.kind === 'restored') toasts.success(t('backups.restore.done', { when: format.whenLong(note.createdAt) }));
    if (note?.kind === 'imported') toasts.success(t('backups.transfer.imported', { fileName: note.fileName }));
    // Once, when the settings open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const data = overview.data;
  return (
    <section className="backup-section" aria-labelledby={`${id}-title`}>
      <h2 className="section__title" id={`${id}-title`}>
        {t('backups.title')}
      </h2>
      <p className="backup-section__intro">{t('backups.intro')}</p>
      {!data ? (
        <CallLoadState call={overview} className="card" />
      ) : (
        <>
          <BackupList overview={data} onCreated={overview.reload} onRestore={setRestoring} headingRef={listHeading} />
          <IntegrityCheck newestGood={restorable(data.backups)[0]} onRestore={setRestoring} />
          <BackupSettingsForm overview={data} onSaved={overview.setData} />
          <DatabaseTransfer />
        </>
      )}
      {restoring ? (
        <RestoreBackupDialog
          backup={restoring}
          situation="ready"
          onClose={() => {
            setRestoring(null);
            // "Diese Sicherung gibt es nicht mehr": the list may be out of date.
            overview.reload();
          }}
          onRestored={(backup) => {
            rememberAfterReload({ kind: 'restored', createdAt: backup.createdAt });
            reload();
          }}
          fallbackFocus={() => listHeading.current}
        />
      ) : null}
    </section>
  );
}
