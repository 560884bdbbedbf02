import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MeasureStatus } from '../../../../contract';
import { formatNumber } from '../../i18n/format';
import { chartData, type DashboardSeries } from './dashboard-series';
import { PHASE_STATUSES, STATUS_COLOURS, STATUS_PHASES } from './status-colours';

export type SeriesView = 'chart' | 'table';

const VIEW_KEY = 'leitbild-werkstatt.dashboardView';

function storedView(): SeriesView {
  try {
    return window.localStorage.getItem(VIEW_KEY) === 'table' ? 'table' : 'chart';
  } catch {
    return 'chart';
  }
}

/** Height per field (bar plus gap) and the room for the axis below. */
const ROW_HEIGHT = 46;
const AXIS_HEIGHT = 36;
/** jsdom and the first paint have no layout: the chart starts at this size until it is measured. */
const FALLBACK_WIDTH = 760;

interface SegmentLabelProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly width?: number | string;
  readonly height?: number | string;
  readonly value?: unknown;
}

/** The count on a segment, when the segment is wide enough to hold it. */
function segmentLabel(status: MeasureStatus) {
  function SegmentLabel({ x, y, width, height, value }: SegmentLabelProps) {
    const [left, top, w, h] = [x, y, width, height].map(Number) as [number, number, number, number];
    if (!value || !Number.isFinite(w) || w < 22) return null;
    return (
      <text x={left + w / 2} y={top + h / 2} dy="0.35em" textAnchor="middle" fill={STATUS_COLOURS[status].label} fontSize={13} fontWeight={600}>
        {formatNumber(Number(value))}
      </text>
    );
  }
  return SegmentLabel;
}

/**
 * A legend the eye can read, grouped by phase like the colours; the chart with it is hidden from
 * screen readers (the table says the same). Only the statuses that occur are listed.
 */
function Legend({ statuses }: { statuses: readonly MeasureStatus[] }) {
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

export function StatusChart({ series }: { series: DashboardSeries }) {
  const { t } = useTranslation();
  const data = chartData(series);
  const height = series.rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  return (
    <div className="status-chart" aria-hidden="true" data-testid="status-chart">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: FALLBACK_WIDTH, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barCategoryGap={9} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#e8ecef" />
          <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => formatNumber(value)} stroke="#7b8894" tick={{ fill: '#56636f', fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={210} stroke="#7b8894" tick={{ fill: '#1c2833', fontSize: 13 }} tickLine={false} interval={0} />
          <Tooltip
            cursor={{ fill: 'rgba(10, 91, 115, 0.06)' }}
            formatter={(value, name) => [formatNumber(Number(value)), name]}
            contentStyle={{ borderRadius: 8, borderColor: '#d6dde3', fontSize: 13 }}
          />
          {series.statuses.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              stackId="measures"
              name={t(`status.measure.${status}`)}
              fill={STATUS_COLOURS[status].fill}
              stroke="#ffffff"
              strokeWidth={1}
              isAnimationActive={false}
            >
              <LabelList dataKey={status} content={segmentLabel(status)} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
      <Legend statuses={series.statuses} />
    </div>
  );
}

/** The same numbers as a real table: a row per field, a column per status, with totals. */
export function StatusTable({ series, caption, scrollable = false }: { series: DashboardSeries; caption: string; scrollable?: boolean }) {
  const { t } = useTranslation();
  const count = (value: number, key: string, strong = false) => (
    <td key={key} className={['status-table__num', value === 0 ? 'status-table__zero' : '', strong ? 'status-table__total' : ''].filter(Boolean).join(' ')}>{formatNumber(value)}</td>
  );
  // With many statuses the table can be wider than the window; then it scrolls, by keyboard too.
  // Hidden behind the chart it needs no scrolling (and must not be a tab stop).
  const wrap = scrollable ? { className: 'table-wrap status-table-wrap', tabIndex: 0, role: 'region', 'aria-label': t('dashboard.byStatus.tableRegion') } : {};
  return (
    <div {...wrap}>
      <table className="table status-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.byStatus.field')}</th>
            {series.statuses.map((status) => (
              <th key={status} scope="col" className="status-table__num">
                <span className="status-table__swatch" style={{ background: STATUS_COLOURS[status].fill }} aria-hidden="true" />
                {t(`status.measure.${status}`)}
              </th>
            ))}
            <th scope="col" className="status-table__num">
              {t('dashboard.byStatus.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {series.rows.map((row) => (
            <tr key={row.fieldOfActionId}>
              <th scope="row" className="status-table__field">
                {row.name}
              </th>
              {series.statuses.map((status) => count(row.counts[status], status))}
              {count(row.total, 'total', true)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('dashboard.byStatus.allFields')}</th>
            {series.statuses.map((status) => count(series.totals[status], status, true))}
            {count(series.grandTotal, 'total', true)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
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
