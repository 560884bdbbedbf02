import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dashboardSeries } from './dashboard-series';
import { MeasuresByField } from './MeasuresByField';
import { axisTicks, nameLines } from './StatusChart';

const series = dashboardSeries({
  byField: [
    { fieldOfActionId: 1, name: 'Zusammenleben in Harburg und Wilhelmsburg', counts: { proposed: 2, implementing: 3 }, total: 5 },
    { fieldOfActionId: 2, name: 'Deutsch als Sprache', counts: { adopted: 1 }, total: 1 },
    { fieldOfActionId: 3, name: 'Arbeit und Ausbildung', counts: { completed: 4 }, total: 4 },
  ],
});

describe('the start page chart (plain SVG)', () => {
  it('draws a bar per field at the chart height, long names on two lines, each count on its segment', () => {
    render(<MeasuresByField series={series} />);
    const chart = screen.getByTestId('status-chart');
    const svg = chart.querySelector('svg')!;
    expect(svg.getAttribute('height')).toBe(String(3 * 46 + 36));
    expect(Array.from(chart.querySelectorAll('.status-chart__name')).map((name) => Array.from(name.querySelectorAll('tspan')).map((line) => line.textContent))).toEqual([
      ['Zusammenleben in Harburg', 'und Wilhelmsburg'],
      ['Deutsch als Sprache'],
      ['Arbeit und Ausbildung'],
    ]);
    const segments = Array.from(chart.querySelectorAll('rect.status-chart__segment'));
    expect(segments.map((segment) => `${segment.getAttribute('data-field')}/${segment.getAttribute('data-status')}`)).toEqual([
      'Zusammenleben in Harburg und Wilhelmsburg/proposed',
      'Zusammenleben in Harburg und Wilhelmsburg/implementing',
      'Deutsch als Sprache/adopted',
      'Arbeit und Ausbildung/completed',
    ]);
    // A hover names field, status and count, in German.
    expect(within(chart).getByText('Zusammenleben in Harburg und Wilhelmsburg: in Umsetzung 3')).toBeInTheDocument();
    expect(Array.from(chart.querySelectorAll('.status-chart__ticks text')).map((tick) => tick.textContent)).toEqual(['0', '2', '4', '6']);
  });

  it('chooses axis steps of 1, 2 or 5 × 10ⁿ and names that fit the room', () => {
    expect(axisTicks(0)).toEqual([0, 1]);
    expect(axisTicks(3)).toEqual([0, 1, 2, 3]);
    expect(axisTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(axisTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks(1234)).toEqual([0, 500, 1000, 1500]);
    expect(nameLines('Ehrenamt')).toEqual(['Ehrenamt']);
    expect(nameLines('Teilhabe an Bildung', 10)).toEqual(['Teilhabe', 'an Bildung']);
  });
});
