import { useEffect, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { BackupDto, DatabaseRefusal, DatabaseStatus } from '../../../contract';
import { useCall } from '../api/use-call';
import { AlertIcon } from '../components/icons';
import { restorable, useBackupFormat } from '../screens/maintenance/backup-format';
import { useReload } from '../screens/maintenance/reload';
import { RestoreBackupDialog } from '../screens/maintenance/RestoreBackupDialog';
import { InUseHelp, InUseLead } from './DataFolderInUse';

type Refused = Extract<DatabaseStatus, { state: 'refused' }>;
type ReasonKey = 'corrupt' | 'newerVersion' | 'foreignFile' | 'unreadable' | 'inUse' | 'notWritable' | 'diskFull' | 'ioError' | 'foreignSchema';

const reasonKey: Record<DatabaseRefusal, ReasonKey> = {
  corrupt: 'corrupt',
  'newer-version': 'newerVersion',
  'foreign-file': 'foreignFile',
  unreadable: 'unreadable',
  'in-use': 'inUse',
  // The disk, not the data: the file is fine, so restoring is only a fallback with a warning.
  'not-writable': 'notWritable',
  'disk-full': 'diskFull',
  'io-error': 'ioError',
  'foreign-schema': 'foreignSchema',
};

/**
 * Where restoring is the way out (damaged or foreign file, or one with a schema we did not write) it is offered first. A file of a
 * newer version, or one that cannot be read right now (network drive), is not lost: restoring
 * would throw away newer data, so it is only a secondary option with a warning.
 */
const restoreFirst = (reason: ReasonKey) => reason === 'corrupt' || reason === 'foreignFile' || reason === 'foreignSchema';

/** With a restore offered above, the reason's own steps (restore, keep the file) are done by it. */
function Steps({ reason, withRestore }: { reason: ReasonKey; withRestore: boolean }) {
  const { t } = useTranslation();
  return (
    <ol className="steps">
      {withRestore ? null : (
        <>
          <li>{t(`system.refused.steps.${reason}1`)}</li>
          <li>{t(`system.refused.steps.${reason}2`)}</li>
        </>
      )}
      <li>{t('system.refused.steps.support')}</li>
      <li>{t('system.refused.steps.restart')}</li>
    </ol>
  );
}

/** A select of restorable backups and a button; used for the older ones and for the fallback. */
function ChooseBackup({ backups, buttonClass, onChoose }: { backups: readonly BackupDto[]; buttonClass: string; onChoose: (backup: BackupDto) => void }) {
  const { t } = useTranslation();
  const format = useBackupFormat();
  const [chosen, setChosen] = useState(backups[0]?.fileName ?? '');
  const id = useId();
  const backup = backups.find((candidate) => candidate.fileName === chosen) ?? backups[0];
  return (
    <div className="refused-restore__choose">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-backup`}>
          {t('system.refused.restore.chooseLabel')}
        </label>
        <select id={`${id}-backup`} className="field__control field__control--medium" value={backup?.fileName ?? ''} onChange={(event) => setChosen(event.target.value)}>
          {backups.map((candidate) => (
            <option key={candidate.fileName} value={candidate.fileName}>
              {format.label(candidate)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className={`button ${buttonClass}`} onClick={() => backup && onChoose(backup)}>
        {t('system.refused.restore.chooseButton')}
      </button>
    </div>
  );
}

/** The way back from a refused file: the backups in the folder (the maintenance calls work while refused). */
function RestoreOffer({ reason, onRestore }: { reason: ReasonKey; onRestore: (backup: BackupDto) => void }) {
  const { t } = useTranslation();
  const format = useBackupFormat();
  const overview = useCall('backups.overview', {});
  const id = useId();

  if (!overview.data) {
    return (
      <>
        <Steps reason={reason} withRestore={false} />
        {overview.status === 'failed' ? (
          <p className="refused-restore__quiet">{t('system.refused.restore.unavailable')}</p>
        ) : (
          <p className="refused-restore__quiet" role="status">
            {t('system.refused.restore.looking')}
          </p>
        )}
      </>
    );
  }

  const backups = restorable(overview.data.backups);
  const newest = backups[0];
  if (!newest) {
    return (
      <>
        <p className="refused-restore__quiet refused-restore__none">
          {t('system.refused.restore.none')} <code className="path">{overview.data.folder}</code>
        </p>
        <Steps reason={reason} withRestore={false} />
      </>
    );
  }

  if (!restoreFirst(reason)) {
    return (
      <>
        <Steps reason={reason} withRestore={false} />
        <details className="refused-restore__fallback">
          <summary>{t('system.refused.restore.fallbackSummary')}</summary>
          <p className="backup-warning">
            <strong>{t('backups.restore.warningLabel')}</strong> {t(`system.refused.restore.fallbackWarning.${reason}`)}
          </p>
          <ChooseBackup backups={backups} buttonClass="button--secondary" onChoose={onRestore} />
        </details>
      </>
    );
  }

  const older = backups.slice(1);
  return (
    <>
      {reason === 'foreignFile' ? <p>{t('system.refused.steps.foreignFile1')}</p> : null}
      {reason === 'foreignSchema' ? <p>{t('system.refused.steps.foreignSchema2')}</p> : null}
      <section className="refused-restore" aria-labelledby={`${id}-title`}>
        <h3 className="refused-restore__title" id={`${id}-title`}>
          {t('system.refused.restore.title')}
        </h3>
        <p>
          <Trans
            i18nKey="system.refused.restore.newest"
            values={{ when: format.whenLong(newest.createdAt), kind: format.kind(newest.kind) }}
            components={{ strong: <strong /> }}
          />
        </p>
        <p>{t('system.refused.restore.consequence')}</p>
        <button type="button" className="button button--primary" onClick={() => onRestore(newest)}>
          {t('system.refused.restore.button')}
        </button>
        {older.length > 0 ? (
          <details className="refused-restore__older">
            <summary>{t('system.refused.restore.olderSummary', { count: older.length })}</summary>
            <ChooseBackup backups={older} buttonClass="button--secondary" onChoose={onRestore} />
          </details>
        ) : null}
      </section>
      <h3 className="refused-restore__next">{t('system.refused.restore.ifNotHelping')}</h3>
      <Steps reason={reason} withRestore />
    </>
  );
}

/**
 * Shown instead of the app when the main side refused the data file. Says what happened,
 * which file, that it was left alone, and what to do next – with the backups to restore.
 */
export function DatabaseRefusedScreen({ database, appVersion, onReload }: { database: Refused; appVersion: string; onReload?: () => void }) {
  const { t } = useTranslation();
  const contextReload = useReload();
  const reload = onReload ?? contextReload;
  const reason = reasonKey[database.reason] ?? 'unreadable';
  const title = t('system.refused.title');
  const [restoring, setRestoring] = useState<BackupDto | null>(null);
  useEffect(() => {
    document.title = t('common.pageTitle', { title });
  }, [t, title]);

  return (
    <main className="standalone">
      <div className="problem problem--large">
        <span className="problem__icon">
          <AlertIcon size={36} />
        </span>
        <div className="problem__body">
          <h1 className="problem__title">{title}</h1>
          <div role="alert">
            {reason === 'inUse' && database.holder ? <InUseLead holder={database.holder} /> : <p className="problem__lead">{t(`system.refused.reasons.${reason}`)}</p>}
            <p className="problem__reassure">{t('system.refused.unchanged')}</p>
          </div>
          <dl className="facts">
            <div className="facts__row">
              <dt>{t('system.refused.file')}</dt>
              <dd>
                <code className="path">{database.path}</code>
              </dd>
            </div>
          </dl>
          <h2 className="problem__subtitle">{t('system.refused.whatNow')}</h2>
          {reason === 'inUse' ? <InUseHelp holder={database.holder} onRetry={reload} /> : <RestoreOffer reason={reason} onRestore={setRestoring} />}
          <details className="problem__details">
            <summary>{t('system.refused.details')}</summary>
            <dl className="facts">
              <div className="facts__row">
                <dt>{t('system.refused.reason')}</dt>
                <dd>
                  <code>{database.reason}</code>
                </dd>
              </div>
              {database.detail ? (
                <div className="facts__row">
                  <dt>{t('system.refused.detail')}</dt>
                  <dd>
                    <code>{database.detail}</code>
                  </dd>
                </div>
              ) : null}
              <div className="facts__row">
                <dt>{t('system.refused.appVersion')}</dt>
                <dd>{appVersion}</dd>
              </div>
            </dl>
          </details>
        </div>
      </div>
      {restoring ? (
        <RestoreBackupDialog
          backup={restoring}
          situation="refused"
          warning={restoreFirst(reason) ? undefined : t(`system.refused.restore.fallbackWarning.${reason}`)}
          onClose={() => setRestoring(null)}
          onRestored={() => reload()}
        />
      ) : null}
    </main>
  );
}
