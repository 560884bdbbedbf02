import { useTranslation } from 'react-i18next';
import type { DashboardDto } from '../../../../contract';
import { href, paths } from '../../app/paths';
import { LayersIcon } from '../../components/icons';
import { dashboardSeries } from './dashboard-series';
import { MeasuresByField } from './MeasuresByField';

/** Measures by field of action and status, or the way to the first field or measure. */
export function ByFieldCard({ summary }: { summary: DashboardDto }) {
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
