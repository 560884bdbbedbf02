import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardDto } from '../../../../contract';
import type { STALE_AFTER_DAYS } from '../../../../contract/dashboard';
import { AlertIcon } from '../../components/icons';
import { formatDateShort, formatNumber } from '../../i18n/format';
import { measureHref } from './measure-href';

/** The contract's threshold; the type ties this copy to it without loading the contract's schemas. */
const STALE_DAYS: typeof STALE_AFTER_DAYS = 90;
/** Stalled measures shown before "Alle anzeigen". */
const STALE_PREVIEW = 6;

/** Measures without activity for STALE_DAYS days. */
export function StaleCard({ summary }: { summary: DashboardDto }) {
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
