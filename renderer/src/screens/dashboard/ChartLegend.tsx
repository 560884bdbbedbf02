import { useTranslation } from 'react-i18next';
import type { MeasureStatus } from '../../../../contract';
import { PHASE_STATUSES, STATUS_COLOURS, STATUS_PHASES } from './status-colours';

/**
 * A legend the eye can read, grouped by phase like the colours; the chart with it is hidden from
 * screen readers (the table says the same). Only the statuses that occur are listed.
 */
export function ChartLegend({ statuses }: { statuses: readonly MeasureStatus[] }) {
  const { t } = useTranslation();
  const phases = STATUS_PHASES.map((phase) => ({ phase, shown: PHASE_STATUSES[phase].filter((status) => statuses.includes(status)) })).filter(
    ({ shown }) => shown.length > 0,
  );
  return (
    <div className="chart-legend">
      {phases.map(({ phase, shown }) => (
        <div key={phase} className="chart-legend__phase">
          <span className="chart-legend__phase-name">{t(`dashboard.byStatus.phases.${phase}`)}:</span>
          <ul className="chart-legend__items">
            {shown.map((status) => (
              <li key={status} className="chart-legend__item">
                <span className="chart-legend__swatch" style={{ background: STATUS_COLOURS[status].fill }} />
                {t(`status.measure.${status}`)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
