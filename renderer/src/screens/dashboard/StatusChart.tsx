import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { AXIS_HEIGHT, chartHeight, ROW_HEIGHT } from './chart-size';
import { ChartLegend } from './ChartLegend';
import type { DashboardSeries } from './dashboard-series';
import { STATUS_COLOURS } from './status-colours';

/**
 * The stacked bars, drawn as plain SVG (2 kB instead of recharts with d3 and redux, 415 kB).
 * Hidden from screen readers: the table beside it says the same.
 */

/** jsdom and the first paint have no layout: the chart starts at this width until it is measured. */
const FALLBACK_WIDTH = 760;
/** Room for the field names left of the bars, and air on the right for the last axis number. */
const NAMES_WIDTH = 218;
const RIGHT = 24;
const TOP = 4;
/** Space between two bars. */
const BAR_GAP = 9;
/** About this many characters of a 13 px name fit in a line beside the bars. */
const NAME_LINE_CHARS = 26;
/** A segment narrower than this shows no number (it would not fit). */
const MIN_LABELLED_WIDTH = 22;
const AXIS_COLOUR = '#7b8894';

/** Axis steps of 1, 2 or 5 × 10ⁿ, about four of them, from 0 to at least `max`. */
export function axisTicks(max: number): number[] {
  const rough = Math.max(1, max) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power);
  const last = Math.max(1, Math.ceil(max / step)) * step;
  return Array.from({ length: last / step + 1 }, (_, index) => index * step);
}

/** A field name in lines of whole words that fit beside the bars. */
export function nameLines(name: string, lineChars = NAME_LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= lineChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function useWidth() {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWidth(element.clientWidth || FALLBACK_WIDTH);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { box, width };
}

export function StatusChart({ series }: { series: DashboardSeries }) {
  const { t } = useTranslation();
  const { box, width } = useWidth();
  const height = chartHeight(series.rows.length);
  const ticks = axisTicks(Math.max(0, ...series.rows.map((row) => row.total)));
  const top = ticks[ticks.length - 1] ?? 1;
  const plotWidth = Math.max(1, width - NAMES_WIDTH - RIGHT);
  const x = (value: number) => NAMES_WIDTH + (value / top) * plotWidth;
  const axisY = height - AXIS_HEIGHT + TOP;
  return (
    <div className="status-chart" aria-hidden="true" data-testid="status-chart" ref={box}>
      <svg className="status-chart__svg" width={width} height={height}>
        <g className="status-chart__grid">
          {ticks.map((tick) => (
            <line key={tick} x1={x(tick)} x2={x(tick)} y1={TOP} y2={axisY} stroke="#e8ecef" />
          ))}
        </g>
        {series.rows.map((row, index) => {
          const y = TOP + index * ROW_HEIGHT + BAR_GAP / 2;
          const barHeight = ROW_HEIGHT - BAR_GAP;
          const lines = nameLines(row.name);
          let start = 0;
          return (
            <g key={row.fieldOfActionId} className="status-chart__row">
              <text className="status-chart__name" x={NAMES_WIDTH - 8} y={y + barHeight / 2} textAnchor="end" fill="#1c2833" fontSize={13}>
                {lines.map((line, lineIndex) => (
                  <tspan key={lineIndex} x={NAMES_WIDTH - 8} dy={lineIndex === 0 ? `${0.35 - (lines.length - 1) * 0.55}em` : '1.1em'}>
                    {line}
                  </tspan>
                ))}
              </text>
              {series.statuses.map((status) => {
                const count = row.counts[status];
                if (!count) return null;
                const left = x(start);
                const segmentWidth = x(start + count) - left;
                start += count;
                return (
                  <g key={status}>
                    <rect className="status-chart__segment" data-field={row.name} data-status={status} x={left} y={y} width={segmentWidth} height={barHeight} fill={STATUS_COLOURS[status].fill} stroke="#ffffff">
                      <title>{`${row.name}: ${t(`status.measure.${status}`)} ${formatNumber(count)}`}</title>
                    </rect>
                    {segmentWidth >= MIN_LABELLED_WIDTH ? (
                      <text x={left + segmentWidth / 2} y={y + barHeight / 2} dy="0.35em" textAnchor="middle" fill={STATUS_COLOURS[status].label} fontSize={13} fontWeight={600} pointerEvents="none">
                        {formatNumber(count)}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </g>
          );
        })}
        <g className="status-chart__axis" stroke={AXIS_COLOUR}>
          <line x1={NAMES_WIDTH} x2={NAMES_WIDTH} y1={TOP} y2={axisY} />
          <line x1={NAMES_WIDTH} x2={NAMES_WIDTH + plotWidth} y1={axisY} y2={axisY} />
          {ticks.map((tick) => (
            <line key={tick} x1={x(tick)} x2={x(tick)} y1={axisY} y2={axisY + 6} />
          ))}
        </g>
        <g className="status-chart__ticks">
          {ticks.map((tick) => (
            <text key={tick} x={x(tick)} y={axisY + 20} textAnchor="middle" fill="#56636f" fontSize={12}>
              {formatNumber(tick)}
            </text>
          ))}
        </g>
      </svg>
      <ChartLegend statuses={series.statuses} />
    </div>
  );
}
