import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabaseRefusal, DatabaseStatus } from '../../../contract';
import { AlertIcon } from '../components/icons';

type Refused = Extract<DatabaseStatus, { state: 'refused' }>;

const reasonKey: Record<DatabaseRefusal, 'corrupt' | 'newerVersion' | 'foreignFile' | 'unreadable'> = {
  corrupt: 'corrupt',
  'newer-version': 'newerVersion',
  'foreign-file': 'foreignFile',
  unreadable: 'unreadable',
};

/**
 * Shown instead of the app when the main side refused the data file. Says what happened,
 * which file, that it was left alone, and what to do next.
 */
export function DatabaseRefusedScreen({ database, appVersion }: { database: Refused; appVersion: string }) {
  const { t } = useTranslation();
  const reason = reasonKey[database.reason] ?? 'unreadable';
  const title = t('system.refused.title');
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
            <p className="problem__lead">{t(`system.refused.reasons.${reason}`)}</p>
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
          <ol className="steps">
            <li>{t(`system.refused.steps.${reason}1`)}</li>
            <li>{t(`system.refused.steps.${reason}2`)}</li>
            <li>{t('system.refused.steps.support')}</li>
            <li>{t('system.refused.steps.restart')}</li>
          </ol>
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
    </main>
  );
}
