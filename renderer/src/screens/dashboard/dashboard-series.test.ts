import { describe, expect, it } from 'vitest';
import type { DashboardDto } from '../../../../contract';
import { dashboardSeries } from './dashboard-series';

const byField: DashboardDto['byField'] = [
  { fieldOfActionId: 1, name: 'Zusammenleben in Harburg', counts: { implementing: 3, proposed: 1, completed: 1 }, total: 5 },
  { fieldOfActionId: 2, name: 'Deutsch als Sprache', counts: { implementing: 2, rejected: 1 }, total: 3 },
  { fieldOfActionId: 3, name: 'Arbeit und Ausbildung', counts: {}, total: 0 },
];

describe('dashboardSeries', () => {
  it('keeps the fields in order and the statuses that occur grouped by phase (rejected is closed)', () => {
    const series = dashboardSeries({ byField });
    expect(series.rows.map((row) => row.name)).toEqual(['Zusammenleben in Harburg', 'Deutsch als Sprache', 'Arbeit und Ausbildung']);
    expect(series.statuses).toEqual(['proposed', 'implementing', 'completed', 'rejected']);
  });

  it('adds up rows, columns and the whole', () => {
    const series = dashboardSeries({ byField });
    expect(series.rows.map((row) => row.total)).toEqual([5, 3, 0]);
    expect(series.totals.implementing).toBe(5);
    expect(series.totals.proposed).toBe(1);
    expect(series.totals.adopted).toBe(0);
    expect(series.grandTotal).toBe(8);
  });

  it('is empty for an edition without fields', () => {
    const series = dashboardSeries({ byField: [] });
    expect(series).toMatchObject({ statuses: [], rows: [], grandTotal: 0 });
  });
});
