import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSeries } from './dashboard-series';
import { StatusChart } from './StatusChart';
import { StatusTable } from './StatusTable';

export type SeriesView = 'chart' | 'table';

const VIEW_KEY = 'leitbild-werkstatt.dashboardView';

function storedView(): SeriesView {
  try {
    return window.localStorage.getItem(VIEW_KEY) === 'table' ? 'table' : 'chart';
  } catch {
    return 'chart';
  }
}

/**
 * Measures by field and status: a stacked bar chart or a table. The table is always in the page
 * for screen readers (visually hidden while the chart is shown); the chart never is.
 */
export function MeasuresByField({ series }: { series: DashboardSeries }) {
  const { t } = useTranslation();
  const [view, setView] = useState<SeriesView>(storedView);
  const switchId = useId();
  const caption = t('dashboard.byStatus.title');

  const choose = (next: SeriesView) => {
    setView(next);
    try {
      window.localStorage.setItem(VIEW_KEY, next);
    } catch {
      // Storage blocked: the choice lasts until the screen changes.
    }
  };

  return (
    <>
      <div className="view-switch" role="group" aria-labelledby={`${switchId}-label`}>
        <span className="view-switch__label" id={`${switchId}-label`}>
          {t('dashboard.byStatus.view.label')}
        </span>
        {(['chart', 'table'] as const).map((option) => (
          <button key={option} type="button" className="view-switch__button" aria-pressed={view === option} onClick={() => choose(option)}>
            {t(`dashboard.byStatus.view.${option}`)}
          </button>
        ))}
      </div>
      {view === 'chart' ? (
        <>
          <StatusChart series={series} />
          <div className="visually-hidden">
            <StatusTable series={series} caption={caption} />
          </div>
        </>
      ) : (
        <StatusTable series={series} caption={caption} scrollable />
      )}
    </>
  );
}
