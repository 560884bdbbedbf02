import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { DashboardDto, EditionSummaryDto, MeasureStatus } from '../../../../contract';
import { axeViolations } from '../../test/axe';
import { defaultEdition, defaultSettings, editionsHandlers, fail, fakeApi, ok, type FakeHandlers } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { StartScreen } from './StartScreen';
import { STATUS_COLOURS } from './status-colours';

const edition: EditionSummaryDto = {
  ...defaultEdition,
  id: 7,
  subtitle: 'Harburger Integrationskonzept',
  status: 'adopted',
  adoptedOn: '2022-06-28',
  drucksache: '21-2519',
  fieldCount: 3,
  measureCount: 12,
};

const summary: DashboardDto = {
  editionId: 7,
  byField: [
    { fieldOfActionId: 11, name: 'Zusammenleben in Harburg', counts: { proposed: 1, implementing: 3, completed: 1 }, total: 5 },
    { fieldOfActionId: 12, name: 'Deutsch als Sprache', counts: { implementing: 2, rejected: 1, adopted: 1 }, total: 4 },
    { fieldOfActionId: 13, name: 'Arbeit und Ausbildung', counts: { in_review: 2, continued: 1 }, total: 3 },
  ],
  stale: [
    { id: 102, code: 'ZL-02', title: 'Begegnungscafé in der Bücherhalle Harburg', lastActivityOn: '2026-03-12' },
    { id: 105, code: 'ZL-05', title: 'Interreligiöser Dialog am Runden Tisch der Religionen', lastActivityOn: '2026-05-02' },
  ],
  staleCount: 2,
  recentChanges: [
    { id: 9001, measureId: 103, code: 'ZL-03', title: 'Mehrsprachige Willkommensmappe', fromStatus: 'implementing', toStatus: 'completed', changedOn: '2026-11-20', enteredBy: 'Meier' },
    { id: 9000, measureId: 201, code: 'DS-01', title: 'Sprachcafé Neugraben', fromStatus: 'submitted', toStatus: 'adopted', changedOn: '2026-11-02', enteredBy: '' },
  ],
};

const STATUS_NAMES: Partial<Record<MeasureStatus, string>> = {
  proposed: 'Vorschlag',
  in_review: 'in Beratung',
  rejected: 'abgelehnt',
  adopted: 'beschlossen',
  implementing: 'in Umsetzung',
  completed: 'umgesetzt',
  continued: 'fortgeführt',
};

function setup(handlers: FakeHandlers = {}, options: { editions?: EditionSummaryDto[]; districtName?: string } = {}) {
  const api = fakeApi({
    ...editionsHandlers(options.editions ?? [edition]),
    'dashboard.summary': () => ok(summary),
    ...handlers,
  });
  const user = userEvent.setup();
  const view = renderScreen(<StartScreen />, { api, settings: { ...defaultSettings, districtName: options.districtName ?? defaultSettings.districtName } });
  return { api, user, ...view };
}

/** The table's numbers as { field: { column: text } }. */
function tableNumbers(table: HTMLElement): Record<string, Record<string, string>> {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent ?? '');
  const result: Record<string, Record<string, string>> = {};
  for (const row of within(table).getAllByRole('row').slice(1)) {
    const [head, ...cells] = Array.from(row.querySelectorAll('th, td'));
    result[head!.textContent ?? ''] = Object.fromEntries(cells.map((cell, index) => [headers[index + 1], cell.textContent ?? '']));
  }
  return result;
}

/** Reads the chart back: every bar segment as field → status → count, from its width on the axis. */
function chartNumbers(chart: HTMLElement): Record<string, Partial<Record<MeasureStatus, number>>> {
  const ticks = Array.from(chart.querySelectorAll('.recharts-xAxis-tick-labels text')).map((text) => ({ x: Number(text.getAttribute('x')), value: Number(text.textContent) }));
  const first = ticks[0]!;
  const last = ticks[ticks.length - 1]!;
  const unit = (last.x - first.x) / (last.value - first.value);
  const statusOfFill = new Map(Object.entries(STATUS_COLOURS).map(([status, colour]) => [colour.fill, status as MeasureStatus]));
  const result: Record<string, Partial<Record<MeasureStatus, number>>> = {};
  for (const segment of Array.from(chart.querySelectorAll('path.recharts-rectangle'))) {
    const field = segment.getAttribute('name')!;
    const status = statusOfFill.get(segment.getAttribute('fill')!)!;
    (result[field] ??= {})[status] = Math.round(Number(segment.getAttribute('width')) / unit);
  }
  return result;
}

afterEach(() => window.localStorage.clear());

describe('Start', () => {
  it('welcomes, names the edition with its counts, and keeps the database card; no axe violations', async () => {
    const { container } = setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Willkommen in der Leitbild-Werkstatt' })).toBeInTheDocument();
    expect(screen.getByText('Bezirksamt Harburg')).toBeInTheDocument();
    const overview = (await screen.findByRole('heading', { level: 2, name: 'Zusammenleben in Vielfalt 2022–2024' })).closest('section')!;
    expect(within(overview).getByText('beschlossen')).toBeInTheDocument();
    expect(within(overview).getByText('beschlossen am 28.06.2022')).toBeInTheDocument();
    expect(within(overview).getByText('Handlungsfelder').nextElementSibling).toHaveTextContent('3');
    expect(within(overview).getByText('Maßnahmen').nextElementSibling).toHaveTextContent('12');
    expect(within(overview).getByRole('link', { name: 'Ausgabe bearbeiten' })).toHaveAttribute('href', '#/leitbild/ausgaben/7');
    expect(within(overview).getByRole('link', { name: 'Maßnahmen öffnen' })).toHaveAttribute('href', '#/leitbild/massnahmen');

    expect(screen.getByText('/home/sachbearbeitung/Leitbild-Werkstatt/leitbild.sqlite')).toBeInTheDocument();
    expect(screen.getByText('Schemaversion').nextElementSibling).toHaveTextContent('1');
    expect(document.title).toBe('Start – Leitbild-Werkstatt');

    await screen.findByRole('table', { name: 'Maßnahmen nach Handlungsfeld und Status' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('asks for the figures of the current edition', async () => {
    const { api } = setup();
    await screen.findByRole('table');
    expect(api.callsOf('dashboard.summary')).toEqual([{ editionId: 7 }]);
  });

  it('shows chart and table with the same numbers as the summary (the dashboard chart and table agree with the data)', async () => {
    setup();
    const expected = Object.fromEntries(summary.byField.map((field) => [field.name, field.counts]));

    // The chart, hidden from screen readers, and the table always reachable for them.
    const chart = await screen.findByTestId('status-chart');
    expect(chart).toHaveAttribute('aria-hidden', 'true');
    expect(chartNumbers(chart)).toEqual(expected);
    expect(within(chart).getAllByRole('listitem', { hidden: true }).map((item) => item.textContent)).toEqual([
      'Vorschlag',
      'in Beratung',
      'abgelehnt',
      'beschlossen',
      'in Umsetzung',
      'umgesetzt',
      'fortgeführt',
    ]);

    const table = screen.getByRole('table', { name: 'Maßnahmen nach Handlungsfeld und Status' });
    const numbers = tableNumbers(table);
    for (const field of summary.byField) {
      for (const [status, name] of Object.entries(STATUS_NAMES) as [MeasureStatus, string][]) {
        expect(numbers[field.name]?.[name], `${field.name} / ${name}`).toBe(String(field.counts[status] ?? 0));
      }
      expect(numbers[field.name]?.Summe).toBe(String(field.total));
    }
    expect(numbers['Alle Handlungsfelder']).toEqual({
      Vorschlag: '1',
      'in Beratung': '2',
      abgelehnt: '1',
      beschlossen: '1',
      'in Umsetzung': '5',
      umgesetzt: '1',
      fortgeführt: '1',
      Summe: '12',
    });
    // Only statuses that occur get a column.
    expect(within(table).queryByRole('columnheader', { name: /zurückgestellt/ })).not.toBeInTheDocument();
  });

  it('switches between chart and table; the choice is a pressed button and is remembered', async () => {
    const { user, container } = setup();
    await screen.findByTestId('status-chart');
    const group = screen.getByRole('group', { name: 'Darstellung:' });
    const chartButton = within(group).getByRole('button', { name: 'Diagramm' });
    const tableButton = within(group).getByRole('button', { name: 'Tabelle' });
    expect(chartButton).toHaveAttribute('aria-pressed', 'true');
    expect(tableButton).toHaveAttribute('aria-pressed', 'false');
    // While the chart is shown, the table is there for screen readers only.
    expect(screen.getByRole('table').closest('.visually-hidden')).not.toBeNull();

    await user.click(tableButton);
    expect(tableButton).toHaveAttribute('aria-pressed', 'true');
    expect(chartButton).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByTestId('status-chart')).not.toBeInTheDocument();
    expect(screen.getByRole('table').closest('.visually-hidden')).toBeNull();
    expect(window.localStorage.getItem('leitbild-werkstatt.dashboardView')).toBe('table');
    expect(await axeViolations(container)).toEqual([]);

    await user.click(chartButton);
    expect(await screen.findByTestId('status-chart')).toBeInTheDocument();
  });

  it('lists the measures without a progress note for 90 days, with links and German dates', async () => {
    setup();
    const card = (await screen.findByRole('heading', { level: 2, name: 'Seit 90 Tagen ohne Fortschrittsnotiz' })).closest('section')!;
    expect(within(card).getByText('2')).toBeInTheDocument();
    expect(within(card).getByText('Maßnahmen ohne aktuelle Notiz')).toBeInTheDocument();
    const links = within(card).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['ZL-02 Begegnungscafé in der Bücherhalle Harburg', '#/leitbild/massnahmen/102'],
      ['ZL-05 Interreligiöser Dialog am Runden Tisch der Religionen', '#/leitbild/massnahmen/105'],
    ]);
    expect(within(card).getByText('letzte Eintragung am 12.03.2026')).toBeInTheDocument();
    expect(within(card).getByText('letzte Eintragung am 02.05.2026')).toBeInTheDocument();
  });

  it('shows a few stalled measures first, all on request, and says when the list is cut off', async () => {
    const stale = Array.from({ length: 50 }, (_, index) => ({
      id: 500 + index,
      code: `AB-${String(index + 1).padStart(2, '0')}`,
      title: `Maßnahme ${index + 1}`,
      lastActivityOn: '2026-01-15',
    }));
    const { user } = setup({ 'dashboard.summary': () => ok({ ...summary, stale, staleCount: 73 }) });
    const card = (await screen.findByRole('heading', { level: 2, name: 'Seit 90 Tagen ohne Fortschrittsnotiz' })).closest('section')!;
    expect(within(card).getByText('73')).toBeInTheDocument();
    expect(within(card).getAllByRole('link')).toHaveLength(6);
    expect(within(card).getByText('Angezeigt werden die 50 am längsten ruhenden von 73 Maßnahmen.')).toBeInTheDocument();
    const more = within(card).getByRole('button', { name: 'Alle 50 anzeigen' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(within(card).getAllByRole('link')).toHaveLength(50);
    expect(within(card).getByRole('button', { name: 'Weniger anzeigen' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('lists the latest status changes: date, measure, from → to, who', async () => {
    setup();
    const card = (await screen.findByRole('heading', { level: 2, name: 'Letzte Statusänderungen' })).closest('section')!;
    const items = within(card).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/20\.11\.2026.*eingetragen von Meier/);
    expect(within(items[0]!).getByRole('link', { name: 'ZL-03 Mehrsprachige Willkommensmappe' })).toHaveAttribute('href', '#/leitbild/massnahmen/103');
    expect(items[0]).toHaveTextContent('von in Umsetzung → nach umgesetzt');
    expect(items[1]).toHaveTextContent('02.11.2026');
    expect(items[1]).not.toHaveTextContent('eingetragen von');
    expect(items[1]).toHaveTextContent('von beantragt → nach beschlossen');
  });

  it('says so when nothing stalls and nothing changed', async () => {
    setup({ 'dashboard.summary': () => ok({ ...summary, stale: [], staleCount: 0, recentChanges: [] }) });
    expect(await screen.findByText(/Zu allen beschlossenen und laufenden Maßnahmen gibt es eine Notiz/)).toBeInTheDocument();
    expect(screen.getByText('In dieser Ausgabe wurde noch kein Status geändert.')).toBeInTheDocument();
  });

  it('invites to enter fields of action, then measures, when the edition is still empty', async () => {
    const noFields = { ...summary, byField: [], stale: [], staleCount: 0, recentChanges: [] };
    setup({ 'dashboard.summary': () => ok(noFields) });
    expect(await screen.findByText('Diese Ausgabe hat noch keine Handlungsfelder')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Handlungsfelder anlegen' })).toHaveAttribute('href', '#/leitbild/handlungsfelder');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('points to the planning workshop when the fields have no measures yet', async () => {
    const noMeasures = { ...summary, byField: summary.byField.map((field) => ({ ...field, counts: {}, total: 0 })), stale: [], staleCount: 0, recentChanges: [] };
    const { container } = setup({ 'dashboard.summary': () => ok(noMeasures) });
    expect(await screen.findByText('Noch keine Maßnahmen in dieser Ausgabe')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Planungswerkstatt' })).toHaveAttribute('href', '#/leitbild/planungswerkstatt');
    expect(screen.queryByTestId('status-chart')).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('leads to the editions when there is none yet, and asks for the district', async () => {
    const { api, container } = setup({}, { editions: [], districtName: '' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Noch keine Leitbild-Ausgabe' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Erste Ausgabe anlegen' })).toHaveAttribute('href', '#/leitbild/ausgaben');
    expect(screen.getByRole('link', { name: 'Bezirk in den Einstellungen eintragen' })).toHaveAttribute('href', '#/einstellungen');
    expect(screen.getByRole('heading', { level: 2, name: /Datenbank/ })).toBeInTheDocument();
    expect(api.callsOf('dashboard.summary')).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when the figures cannot be loaded, and tries again', async () => {
    let attempts = 0;
    const { user } = setup({
      'dashboard.summary': () => (++attempts === 1 ? fail({ code: 'unavailable', messageKey: 'errors.network' }) : ok(summary)),
    });
    expect(await screen.findByText(/Keine Verbindung zur Leitbild-Werkstatt/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(screen.getByRole('table', { name: 'Maßnahmen nach Handlungsfeld und Status' })).toBeInTheDocument());
  });
});
