import type { DashboardDto, MeasureStatus } from '../../../../contract';
import { MEASURE_STATUSES } from '../../../../contract/lifecycle';
import { STATUS_ORDER } from './status-colours';

export interface SeriesRow {
  readonly fieldOfActionId: number;
  readonly name: string;
  /** One number per status of `statuses` (0 where the field has none). */
  readonly counts: Readonly<Record<MeasureStatus, number>>;
  readonly total: number;
}

/** What the chart and the table both show; derived once so they cannot disagree. */
export interface DashboardSeries {
  /** The statuses that occur in the edition, grouped by phase (proposal, decision, implementation, closed). */
  readonly statuses: readonly MeasureStatus[];
  readonly rows: readonly SeriesRow[];
  /** Per status over all fields. */
  readonly totals: Readonly<Record<MeasureStatus, number>>;
  readonly grandTotal: number;
}

const zeros = (): Record<MeasureStatus, number> => Object.fromEntries(MEASURE_STATUSES.map((status) => [status, 0])) as Record<MeasureStatus, number>;

/** Measures by field and status, from the dashboard summary. */
export function dashboardSeries(summary: Pick<DashboardDto, 'byField'>): DashboardSeries {
  const totals = zeros();
  const rows = summary.byField.map((field) => {
    const counts = zeros();
    let total = 0;
    for (const status of MEASURE_STATUSES) {
      const count = field.counts[status] ?? 0;
      counts[status] = count;
      totals[status] += count;
      total += count;
    }
    return { fieldOfActionId: field.fieldOfActionId, name: field.name, counts, total };
  });
  const statuses = STATUS_ORDER.filter((status) => totals[status] > 0);
  const grandTotal = rows.reduce((sum, row) => sum + row.total, 0);
  return { statuses, rows, totals, grandTotal };
}
