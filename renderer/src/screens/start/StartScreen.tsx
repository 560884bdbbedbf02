import { useTranslation } from 'react-i18next';
import { useEditions } from '../../leitbild/edition-context';
import { useAppData } from '../../app/app-data';
import { href, paths } from '../../app/paths';
import { DatabaseIcon, LayersIcon } from '../../components/icons';
import { Page } from '../../components/Page';
import { formatNumber } from '../../i18n/format';
import { errorText, useMessage } from '../../i18n/messages';

function FieldsOfActionCard() {
  const { t } = useTranslation();
  const { current, loading } = useEditions();
  const count = loading ? undefined : (current?.fieldCount ?? 0);

  return (
    <section className="card stat-card">
      <h2 className="card__title" id="start-fields-title">
        <LayersIcon />
        {t('start.fieldsCard.title')}
      </h2>
      {count === undefined ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : count === 0 ? (
        <>
          <p className="stat-card__empty">{t('start.fieldsCard.empty')}</p>
          <a className="button button--primary" href={href(paths.fieldsOfAction)}>
            {t('start.fieldsCard.linkEmpty')}
          </a>
        </>
      ) : (
        <>
          <p className="stat">
            <span className="stat__value">{formatNumber(count)}</span>{' '}
            <span className="stat__label">{t('start.fieldsCard.count', { count })}</span>
          </p>
          <a className="link-arrow" href={href(paths.fieldsOfAction)}>
            {t('start.fieldsCard.link')}
          </a>
        </>
      )}
    </section>
  );
}

function DatabaseCard() {
  const { t } = useTranslation();
  const { status } = useAppData();
  const database = status.database;
  return (
    <section className="card">
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

/** Start: welcome, the district, two short cards and what to do next. */
export function StartScreen() {
  const { t } = useTranslation();
  const { settings } = useAppData();
  const district = settings.districtName.trim();

  return (
    <Page
      title={t('start.heading')}
      windowTitle={t('start.title')}
      breadcrumb={district || undefined}
      intro={
        <>
          <p>{t('start.intro')}</p>
          {district ? null : (
            <p className="notice">
              {t('start.districtMissing')} <a href={href(paths.settings)}>{t('start.districtMissingLink')}</a>
            </p>
          )}
        </>
      }
    >
      <div className="card-grid">
        <FieldsOfActionCard />
        <DatabaseCard />
      </div>
      <section className="section">
        <h2 className="section__title" id="start-next-title">
          {t('start.nextSteps.title')}
        </h2>
        <ol className="steps">
          <li>
            {t('start.nextSteps.settings')} <a href={href(paths.settings)}>{t('start.nextSteps.settingsLink')}</a>
          </li>
          <li>
            {t('start.nextSteps.fields')} <a href={href(paths.fieldsOfAction)}>{t('start.nextSteps.fieldsLink')}</a>
          </li>
          <li>{t('start.nextSteps.later')}</li>
        </ol>
      </section>
    </Page>
  );
}
