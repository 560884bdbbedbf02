import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupDto, IntegrityDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { AlertIcon, CheckCircleIcon } from '../../components/icons';
import { useToasts } from '../../components/toasts';
import { errorText, useMessage } from '../../i18n/messages';
import { useBackupFormat } from './backup-format';

/** "Datenbank prüfen": quick_check and foreign keys; a problem offers the newest good backup. */
export function IntegrityCheck({ newestGood, onRestore }: { newestGood: BackupDto | undefined; onRestore: (backup: BackupDto) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  const format = useBackupFormat();
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<IntegrityDto | null>(null);
  const id = useId();

  const check = async () => {
    if (checking) return;
    setChecking(true);
    setResult(null);
    const answer = await api.call('maintenance.checkIntegrity', {});
    setChecking(false);
    if (!answer.ok) {
      toasts.error(errorText(message, answer.error));
      return;
    }
    setResult(answer.data);
  };

  const checkedAt = result ? format.whenLong(result.checkedAt) : '';
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 className="card__title" id={`${id}-title`}>
        {t('backups.integrity.title')}
      </h3>
      <p className="backup-card__text">{t('backups.integrity.text')}</p>
      <button type="button" className="button button--secondary" aria-disabled={checking || undefined} onClick={() => void check()}>
        {checking ? t('backups.integrity.checking') : t('backups.integrity.check')}
      </button>
      {/* Always in the document, so the result of a check is announced. */}
      <div role="status" className="backup-result__region">
        {result?.ok ? (
          <div className="backup-result backup-result--ok">
            <CheckCircleIcon />
            <div>
              <p className="backup-result__title">{t('backups.integrity.ok')}</p>
              <p>{t('backups.integrity.checkedAt', { when: checkedAt })}</p>
            </div>
          </div>
        ) : null}
      </div>
      {result && !result.ok ? (
        <div className="backup-result backup-result--problem" role="alert">
          <AlertIcon />
          <div>
            <p className="backup-result__title">{t('backups.integrity.problem')}</p>
            <p>{newestGood ? t('backups.integrity.problemAdvice') : t('backups.integrity.problemNoBackup')}</p>
            {newestGood ? (
              <button type="button" className="button button--primary" onClick={() => onRestore(newestGood)}>
                {t('backups.integrity.restoreNewest', { when: format.when(newestGood.createdAt) })}
              </button>
            ) : null}
            <details className="backup-result__details">
              <summary>{t('backups.integrity.details')}</summary>
              <p>{t('backups.integrity.checkedAt', { when: checkedAt })}</p>
              <pre>{result.detail || t('common.emptyValue')}</pre>
            </details>
          </div>
        </div>
      ) : null}
    </section>
  );
}
