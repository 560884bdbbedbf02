import { useTranslation } from 'react-i18next';
import { useAppData } from '../../app/app-data';
import { DatabaseIcon } from '../../components/icons';
import { formatNumber } from '../../i18n/format';

/** Where the data lives: file, schema and app version, Electron or browser mode. */
export function DatabaseCard() {
  const { t } = useTranslation();
  const { status } = useAppData();
  const database = status.database;
  return (
    <section className="card" aria-labelledby="start-database-title">
      <h2 className="card__title" id="start-database-title">
        <DatabaseIcon />
        {t('start.databaseCard.title')}
        {database.state === 'ready' ? <span className="badge badge--ok">{t('start.databaseCard.ready')}</span> : null}
      </h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('start.databaseCard.file')}</dt>
          <dd>
            <code className="path">{database.path}</code>
          </dd>
        </div>
        {database.state === 'ready' ? (
          <div className="facts__row">
            <dt>{t('start.databaseCard.schemaVersion')}</dt>
            <dd>{formatNumber(database.schemaVersion)}</dd>
          </div>
        ) : null}
        <div className="facts__row">
          <dt>{t('start.databaseCard.appVersion')}</dt>
          <dd>{status.appVersion}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('start.databaseCard.mode')}</dt>
          <dd>{t(status.transport === 'electron' ? 'start.databaseCard.modeElectron' : 'start.databaseCard.modeBrowser')}</dd>
        </div>
      </dl>
    </section>
  );
}
