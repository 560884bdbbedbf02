import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MeasureStatus } from '../../../../contract';
import { formatNumber } from '../../i18n/format';
import { chartHeight } from './chart-size';
import { ChartLegend } from './ChartLegend';
import { chartData, type DashboardSeries } from './dashboard-series';
import { STATUS_COLOURS } from './status-colours';

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

/** The stacked bars (recharts, a chunk of its own loaded with the start page's chart). */
export default function StatusChart({ series }: { series: DashboardSeries }) {
  const { t } = useTranslation();
  const data = chartData(series);
  const height = chartHeight(series.rows.length);
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
      <ChartLegend statuses={series.statuses} />
    </div>
  );
}
