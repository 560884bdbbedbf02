import { useTranslation } from 'react-i18next';
import type { DashboardDto } from '../../../../contract';
import { CompassIcon } from '../../components/icons';
import { formatDateShort } from '../../i18n/format';
import { StatusBadge } from '../../leitbild/StatusBadge';
import { measureHref } from './measure-href';

/** The last status changes, with who entered them. */
export function RecentChangesCard({ summary }: { summary: DashboardDto }) {
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
