import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupDto, BackupOverviewDto } from '../../../../contract';
import { useCall, type CallState } from '../../api/use-call';
import { useToasts } from '../../components/toasts';
import { rememberAfterReload, takeAfterReload } from './after-reload';
import { restorable, useBackupFormat } from './backup-format';
import { BackupList } from './BackupList';
import { DatabaseTransfer } from './DatabaseTransfer';
import { IntegrityCheck } from './IntegrityCheck';
import { useReload } from './reload';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import './backups.css';
import { CallLoadState } from '../../components/LoadState';

/**
 * Datensicherung: the backups (create, restore), the integrity check, and moving the whole database
 * to another PC. Where backups go and how many are kept is part of the settings form
 * (BackupSettingsFields, saved with the screen's one "Speichern").
 */
export function BackupSection() {
  return <BackupTools overview={useCall('backups.overview', {})} />;
}

/** The same with the overview loaded by the caller (the settings screen shares it with its form). */
export function BackupTools({ overview, title }: { overview: CallState<BackupOverviewDto>; title?: string }) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const format = useBackupFormat();
  const reload = useReload();
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
        {title ?? t('backups.title')}
      </h2>
      <p className="backup-section__intro">{t('backups.intro')}</p>
      {!data ? (
        <CallLoadState call={overview} className="card" />
      ) : (
        <>
          <BackupList overview={data} onCreated={overview.reload} onRestore={setRestoring} headingRef={listHeading} />
          <IntegrityCheck newestGood={restorable(data.backups)[0]} onRestore={setRestoring} />
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
