import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dashboardSeries } from './dashboard-series';
import { MeasuresByField } from './MeasuresByField';

const series = dashboardSeries({
  byField: [
    { fieldOfActionId: 1, name: 'Zusammenleben in Harburg', counts: { proposed: 2, implementing: 3 }, total: 5 },
    { fieldOfActionId: 2, name: 'Deutsch als Sprache', counts: { adopted: 1 }, total: 1 },
    { fieldOfActionId: 3, name: 'Arbeit und Ausbildung', counts: { completed: 4 }, total: 4 },
  ],
});

describe('measures by field while the chart library loads', () => {
  it('holds the chart’s place at the chart’s height with its legend, the table already there; then the chart takes the same height', async () => {
    const { container } = render(<MeasuresByField series={series} />);

    // The chart's code is a chunk of its own: on the first render it is not there yet.
    const placeholder = container.querySelector<HTMLElement>('.status-chart--loading');
    expect(placeholder).not.toBeNull();
    expect(placeholder).toHaveAttribute('aria-hidden', 'true');
    const reserved = (placeholder!.firstElementChild as HTMLElement).style.height;
    expect(reserved).toBe(`${3 * 46 + 36}px`);
    expect(placeholder!.querySelectorAll('.chart-legend__item')).toHaveLength(4);
    expect(screen.queryByTestId('status-chart')).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Maßnahmen nach Handlungsfeld und Status' })).toBeInTheDocument();

    const chart = await screen.findByTestId('status-chart');
    expect(container.querySelector('.status-chart--loading')).toBeNull();
    expect(chart.querySelector<HTMLElement>('.recharts-responsive-container')?.style.height).toBe(reserved);
    expect(chart.querySelectorAll('.chart-legend__item')).toHaveLength(4);
  });
});
