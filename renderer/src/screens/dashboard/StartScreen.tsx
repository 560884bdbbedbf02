import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardDto, EditionSummaryDto } from '../../../../contract';
import type { STALE_AFTER_DAYS } from '../../../../contract/dashboard';
import { useCall } from '../../api/use-call';
import { useAppData } from '../../app/app-data';
import { href, paths, toPath } from '../../app/paths';
import { AlertIcon, CompassIcon, DatabaseIcon, LayersIcon } from '../../components/icons';
import { Page } from '../../components/Page';
import { formatDateShort, formatNumber } from '../../i18n/format';
import { useEditions } from '../../leitbild/edition-context';
import { StatusBadge } from '../../leitbild/StatusBadge';
import { EditionStatusBadge, usePeriod } from '../editions/edition-parts';
import { dashboardSeries } from './dashboard-series';
import { ResumeMeetingBanner } from '../meetings/ResumeMeetingBanner';
import { MeasuresByField } from './MeasuresByField';
import './dashboard.css';
import { CallLoadState, LoadState } from '../../components/LoadState';

/** The contract's threshold; the type ties this copy to it without loading the contract's schemas. */
const STALE_DAYS: typeof STALE_AFTER_DAYS = 90;
/** Stalled measures shown before "Alle anzeigen". */
const STALE_PREVIEW = 6;

const measureHref = (id: number) => href(toPath(paths.measure, { id }));

function DatabaseCard() {
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

/** No edition yet: what an edition is, and the way to the first one. */
function NoEditionCard() {
  const { t } = useTranslation();
  return (
    <section className="card start-welcome" aria-labelledby="start-no-edition-title">
      <h2 className="card__title" id="start-no-edition-title">
        <CompassIcon />
        {t('start.noEdition.title')}
      </h2>
      <p>{t('start.noEdition.text')}</p>
      <ol className="steps start-welcome__steps">
        <li>{t('start.noEdition.stepEdition')}</li>
        <li>{t('start.noEdition.stepFields')}</li>
        <li>{t('start.noEdition.stepMeasures')}</li>
      </ol>
      <p className="start-welcome__action">
        <a className="button button--primary" href={href(paths.editions)}>
          {t('start.noEdition.action')}
        </a>
      </p>
    </section>
  );
}

/** Which edition the figures are about, with its counts and the ways into it. */
function EditionOverview({ edition }: { edition: EditionSummaryDto }) {
  const { t } = useTranslation();
  const period = usePeriod();
  return (
    <section className="card edition-overview" aria-labelledby="start-edition-title">
      <div className="edition-overview__main">
        <p className="edition-overview__label">{t('start.edition.label')}</p>
        <h2 className="edition-overview__title" id="start-edition-title">
          {t('start.edition.title', { title: edition.title, period: period(edition.periodFrom, edition.periodTo) })}
        </h2>
        <p className="edition-overview__status">
          <EditionStatusBadge status={edition.status} />
          {edition.adoptedOn ? <span className="muted">{t('start.edition.adoptedOn', { date: formatDateShort(edition.adoptedOn) })}</span> : null}
        </p>
      </div>
      <dl className="edition-overview__stats">
        <div className="edition-overview__stat">
          <dt>{t('start.edition.fields', { count: edition.fieldCount })}</dt>
          <dd>{formatNumber(edition.fieldCount)}</dd>
        </div>
        <div className="edition-overview__stat">
          <dt>{t('start.edition.measures', { count: edition.measureCount })}</dt>
          <dd>{formatNumber(edition.measureCount)}</dd>
        </div>
      </dl>
      <ul className="link-row edition-overview__links">
        <li>
          <a className="link-arrow" href={href(paths.measures)}>
            {t('start.edition.openMeasures')}
          </a>
        </li>
        <li>
          <a className="link-arrow" href={href(paths.fieldsOfAction)}>
            {t('start.edition.openFields')}
          </a>
        </li>
        <li>
          <a className="link-arrow" href={href(toPath(paths.edition, { id: edition.id }))}>
            {t('start.edition.openEdition')}
          </a>
        </li>
      </ul>
    </section>
  );
}

function ByFieldCard({ summary }: { summary: DashboardDto }) {
  const { t } = useTranslation();
  const series = dashboardSeries(summary);
  let body;
  if (series.rows.length === 0) {
    body = (
      <div className="empty-state empty-state--compact">
        <p className="empty-state__title">{t('dashboard.byStatus.noFields.title')}</p>
        <p>{t('dashboard.byStatus.noFields.text')}</p>
        <p>
          <a className="button button--secondary" href={href(paths.fieldsOfAction)}>
            {t('dashboard.byStatus.noFields.action')}
          </a>
        </p>
      </div>
    );
  } else if (series.grandTotal === 0) {
    body = (
      <div className="empty-state empty-state--compact">
        <p className="empty-state__title">{t('dashboard.byStatus.noMeasures.title')}</p>
        <p>{t('dashboard.byStatus.noMeasures.text')}</p>
        <p>
          <a className="button button--secondary" href={href(paths.intake)}>
            {t('dashboard.byStatus.noMeasures.action')}
          </a>
        </p>
      </div>
    );
  } else {
    body = <MeasuresByField series={series} />;
  }
  return (
    <section className="card by-field" aria-labelledby="start-by-field-title">
      <h2 className="card__title" id="start-by-field-title">
        <LayersIcon />
        {t('dashboard.byStatus.title')}
      </h2>
      {body}
    </section>
  );
}

function StaleCard({ summary }: { summary: DashboardDto }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const { stale, staleCount } = summary;
  const shown = expanded ? stale : stale.slice(0, STALE_PREVIEW);
  const listId = 'start-stale-list';

  return (
    <section className="card dashboard-list" aria-labelledby="start-stale-title">
      <h2 className="card__title" id="start-stale-title">
        <AlertIcon />
        {t('dashboard.stale.title', { days: STALE_DAYS })}
      </h2>
      {staleCount === 0 ? (
        <p className="dashboard-list__all-good">{t('dashboard.stale.none', { days: STALE_DAYS })}</p>
      ) : (
        <>
          <p className="stat dashboard-list__stat">
            <span className="stat__value">{formatNumber(staleCount)}</span>{' '}
            <span className="stat__label">{t('dashboard.stale.count', { count: staleCount })}</span>
          </p>
          <p className="dashboard-list__intro">{t('dashboard.stale.intro', { days: STALE_DAYS })}</p>
          <ul className="dashboard-list__items" id={listId}>
            {shown.map((measure) => (
              <li key={measure.id} className="dashboard-list__item">
                <a href={measureHref(measure.id)} className="measure-link">
                  <span className="measure-link__code">{measure.code}</span> <span className="measure-link__title">{measure.title}</span>
                </a>
                <span className="dashboard-list__meta">
                  {measure.lastActivityOn
                    ? t('dashboard.stale.lastActivity', { date: formatDateShort(measure.lastActivityOn) })
                    : t('dashboard.stale.noActivity')}
                </span>
              </li>
            ))}
          </ul>
          {stale.length > STALE_PREVIEW ? (
            <button type="button" className="button button--small button--secondary" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
              {expanded ? t('dashboard.stale.showFewer') : t('dashboard.stale.showAll', { count: stale.length, shown: formatNumber(stale.length) })}
            </button>
          ) : null}
          {staleCount > stale.length ? (
            <p className="dashboard-list__note muted">{t('dashboard.stale.limited', { shown: formatNumber(stale.length), count: formatNumber(staleCount) })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}

function RecentChangesCard({ summary }: { summary: DashboardDto }) {
  const { t } = useTranslation();
  return (
    <section className="card dashboard-list" aria-labelledby="start-recent-title">
      <h2 className="card__title" id="start-recent-title">
        <CompassIcon />
        {t('dashboard.recent.title')}
      </h2>
      {summary.recentChanges.length === 0 ? (
        <p className="muted">{t('dashboard.recent.none')}</p>
      ) : (
        <ul className="dashboard-list__items">
          {summary.recentChanges.map((change) => (
            <li key={change.id} className="dashboard-list__item recent-change">
              <a href={measureHref(change.measureId)} className="measure-link">
                <span className="measure-link__code">{change.code}</span> <span className="measure-link__title">{change.title}</span>
              </a>
              <span className="recent-change__line">
                <span className="recent-change__status">
                  {change.fromStatus ? (
                    <>
                      <span className="visually-hidden">{t('dashboard.recent.from')} </span>
                      <StatusBadge status={change.fromStatus} />{' '}
                      <span className="recent-change__arrow" aria-hidden="true">
                        →
                      </span>
                      <span className="visually-hidden"> {t('dashboard.recent.to')} </span>
                    </>
                  ) : (
                    <span className="visually-hidden">{t('dashboard.recent.new')} </span>
                  )}
                  <StatusBadge status={change.toStatus} />
                </span>{' '}
                <span className="dashboard-list__meta recent-change__meta">
                  <time dateTime={change.changedOn}>{formatDateShort(change.changedOn)}</time>
                  {change.enteredBy ? (
                    <>
                      <span aria-hidden="true"> · </span>
                      <span className="visually-hidden">, {t('dashboard.recent.by')} </span>
                      {change.enteredBy}
                    </>
                  ) : null}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Dashboard({ editionId }: { editionId: number }) {
  const summary = useCall('dashboard.summary', { editionId });

  if (!summary.data) {
    return <CallLoadState call={summary} className="card" />;
  }
  return (
    <>
      <ByFieldCard summary={summary.data} />
      <div className="card-grid dashboard-grid">
        <StaleCard summary={summary.data} />
        <RecentChangesCard summary={summary.data} />
      </div>
    </>
  );
}

/** Start: welcome, the current edition at a glance (measures by field and status, what stalls, what changed). */
export function StartScreen() {
  const { t } = useTranslation();
  const { settings } = useAppData();
  const { current, loading, editions, reload } = useEditions();
  const district = settings.districtName.trim();

  let content;
  if (loading) {
    content = (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    );
  } else if (current) {
    content = (
      <>
        <EditionOverview edition={current} />
        <Dashboard key={current.id} editionId={current.id} />
      </>
    );
  } else if (editions) {
    content = <NoEditionCard />;
  } else {
    content = <LoadState failed onRetry={reload} className="card" />;
  }

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
      <ResumeMeetingBanner />
      {content}
      <div className="card-grid start-footer">
        <DatabaseCard />
      </div>
    </Page>
  );
}
