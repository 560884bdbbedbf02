import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeasureStatus } from '../../../../contract';
import type { Api } from '../../api/api';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { addMeasure, moveTo, seedLeitbild, type MeasureSeed } from '../../../../test-support/builders/leitbild';
import { realApi, type RealApi } from '../../../../test-support/real-api';
import { StartScreen } from './StartScreen';
import { STATUS_COLOURS } from './status-colours';

// A real core on a shared machine: a screen with several round trips may take seconds.
vi.setConfig({ testTimeout: 20_000 });

/** A day relative to today, as the core stores it (YYYY-MM-DD), and as the screen shows it. */
const daysAgo = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return date.toLocaleDateString('sv-SE');
};
const german = (isoDay: string) => isoDay.split('-').reverse().join('.');

const STALE_ZL02 = daysAgo(270);
const STALE_ZL05 = daysAgo(220);
const RECENT = daysAgo(10);

/**
 * Harburg's adopted edition with twelve measures over three fields. ZL-02 and ZL-05 are being
 * implemented without a note or change for more than 90 days; the last two status changes are
 * DS-01 „beantragt → beschlossen“ entered by Schulz and ZL-03 „in Umsetzung → umgesetzt“
 * entered by Meier (the rest by whoever the core finds logged in).
 */
async function seedHarburg(api: RealApi) {
  await api.must('settings.update', { districtName: 'Bezirksamt Harburg' });
  const { edition, fields, measures } = await seedLeitbild(api, {
    subtitle: 'Harburger Integrationskonzept',
    fields: [
      { name: 'Zusammenleben in Harburg', shortCode: 'ZL' },
      { name: 'Deutsch als Sprache', shortCode: 'DS' },
      { name: 'Arbeit und Ausbildung', shortCode: 'AB' },
    ],
    measures: [
      { code: 'ZL-01', title: 'Nachbarschaftsfest im Park', field: 0 },
      { code: 'ZL-02', title: 'Begegnungscafé in der Bücherhalle Harburg', field: 0, status: 'implementing', proposedOn: STALE_ZL02 },
      { code: 'ZL-03', title: 'Mehrsprachige Willkommensmappe', field: 0, status: 'implementing', proposedOn: RECENT },
      { code: 'ZL-04', title: 'Stadtteilmütter', field: 0, status: 'implementing', proposedOn: RECENT },
      { code: 'ZL-05', title: 'Interreligiöser Dialog am Runden Tisch der Religionen', field: 0, status: 'implementing', proposedOn: STALE_ZL05 },
      { code: 'DS-01', title: 'Sprachcafé Neugraben', field: 1, status: 'submitted', proposedOn: RECENT },
      { code: 'DS-02', title: 'Deutschkurse mit Kinderbetreuung', field: 1, status: 'implementing', proposedOn: RECENT },
      { code: 'DS-03', title: 'Lesepatenschaften', field: 1, status: 'implementing', proposedOn: RECENT },
      { code: 'DS-04', title: 'Elternkurse an Grundschulen', field: 1, status: 'rejected', proposedOn: RECENT },
      { code: 'AB-01', title: 'Anerkennungsberatung vor Ort', field: 2, status: 'in_review', proposedOn: RECENT },
      { code: 'AB-02', title: 'Ausbildungspaten', field: 2, status: 'in_review', proposedOn: RECENT },
      { code: 'AB-03', title: 'Jobbrücke', field: 2, status: 'continued', proposedOn: RECENT },
    ] satisfies MeasureSeed[],
  });
  const idOf = (code: string) => measures.find((measure) => measure.code === code)!.id;
  await api.must('settings.update', { userName: 'Schulz' });
  await moveTo(api, [idOf('DS-01')], 'submitted', 'adopted', daysAgo(34));
  await api.must('settings.update', { userName: 'Meier' });
  await moveTo(api, [idOf('ZL-03')], 'implementing', 'completed', daysAgo(16));
  await api.must('editions.update', {
    id: edition.id,
    title: edition.title,
    subtitle: edition.subtitle,
    periodFrom: 2022,
    periodTo: 2024,
    status: 'adopted',
    adoptedOn: '2022-06-28',
    drucksache: '21-2519',
  });
  return { edition, fields, idOf };
}

async function show(api: RealApi, screenApi: Api = api) {
  const user = userEvent.setup();
  const view = renderScreen(<StartScreen />, { api: screenApi, settings: await api.settings(), status: await api.status() });
  return { user, ...view };
}

async function setup() {
  const api = await realApi();
  const harburg = await seedHarburg(api);
  return { api, ...harburg, ...(await show(api)) };
}

const STATUS_NAMES: Partial<Record<MeasureStatus, string>> = {
  proposed: 'Vorschlag',
  in_review: 'in Beratung',
  rejected: 'abgelehnt',
  adopted: 'beschlossen',
  implementing: 'in Umsetzung',
  completed: 'umgesetzt',
  continued: 'fortgeführt',
};

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
  const ticks = Array.from(chart.querySelectorAll('.status-chart__ticks text')).map((text) => ({ x: Number(text.getAttribute('x')), value: Number(text.textContent) }));
  const first = ticks[0]!;
  const last = ticks[ticks.length - 1]!;
  const unit = (last.x - first.x) / (last.value - first.value);
  const statusOfFill = new Map(Object.entries(STATUS_COLOURS).map(([status, colour]) => [colour.fill, status as MeasureStatus]));
  const result: Record<string, Partial<Record<MeasureStatus, number>>> = {};
  for (const segment of Array.from(chart.querySelectorAll('rect.status-chart__segment'))) {
    const field = segment.getAttribute('data-field')!;
    const status = statusOfFill.get(segment.getAttribute('fill')!)!;
    (result[field] ??= {})[status] = Math.round(Number(segment.getAttribute('width')) / unit);
  }
  return result;
}

afterEach(() => window.localStorage.clear());

describe('Start', () => {
  it('welcomes and names the edition with its counts, without technical facts (those are in Hilfe → Über); no axe violations', async () => {
    const { api, container, edition } = await setup();
    const status = await api.status();
    expect(screen.getByRole('heading', { level: 1, name: 'Willkommen in der Leitbild-Werkstatt' })).toBeInTheDocument();
    expect(screen.getByText('Bezirksamt Harburg')).toBeInTheDocument();
    const overview = (await screen.findByRole('heading', { level: 2, name: 'Zusammenleben in Vielfalt 2022–2024' })).closest('section')!;
    expect(within(overview).getByText('beschlossen')).toBeInTheDocument();
    expect(within(overview).getByText('beschlossen am 28.06.2022')).toBeInTheDocument();
    expect(within(overview).getByText('Handlungsfelder').nextElementSibling).toHaveTextContent('3');
    expect(within(overview).getByText('Maßnahmen').nextElementSibling).toHaveTextContent('12');
    expect(within(overview).getByRole('link', { name: 'Ausgabe bearbeiten' })).toHaveAttribute('href', `#/leitbild/ausgaben/${edition.id}`);
    expect(within(overview).getByRole('link', { name: 'Maßnahmen öffnen' })).toHaveAttribute('href', '#/leitbild/massnahmen');

    expect(screen.queryByText(status.database.path)).not.toBeInTheDocument();
    expect(screen.queryByText(status.appVersion)).not.toBeInTheDocument();
    expect(screen.queryByText(/Schemaversion|Programmversion|Datendatei/)).not.toBeInTheDocument();
    expect(document.title).toBe('Start – Leitbild-Werkstatt');

    await screen.findByRole('table', { name: 'Maßnahmen nach Handlungsfeld und Status' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('asks for the figures of the current edition', async () => {
    const { api, edition } = await setup();
    await screen.findByRole('table');
    expect(api.callsOf('dashboard.summary')).toEqual([{ editionId: edition.id }]);
  });

  it('shows chart and table with the same numbers as the summary (the dashboard chart and table agree with the data)', async () => {
    const { api, edition } = await setup();
    const summary = await api.must('dashboard.summary', { editionId: edition.id });
    const expected = Object.fromEntries(summary.byField.map((field) => [field.name, field.counts]));
    expect(expected).toEqual({
      'Zusammenleben in Harburg': { proposed: 1, implementing: 3, completed: 1 },
      'Deutsch als Sprache': { implementing: 2, rejected: 1, adopted: 1 },
      'Arbeit und Ausbildung': { in_review: 2, continued: 1 },
    });

    // The chart, hidden from screen readers, and the table always reachable for them.
    const chart = await screen.findByTestId('status-chart');
    expect(chart).toHaveAttribute('aria-hidden', 'true');
    expect(chartNumbers(chart)).toEqual(expected);
    // The legend in phase order: proposal, decision, implementation, closed (rejected is closed).
    expect(within(chart).getAllByRole('listitem', { hidden: true }).map((item) => item.textContent)).toEqual([
      'Vorschlag',
      'in Beratung',
      'beschlossen',
      'in Umsetzung',
      'fortgeführt',
      'umgesetzt',
      'abgelehnt',
    ]);
    expect(within(chart).getByText('Abgeschlossen:')).toBeInTheDocument();

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
    const { user, container } = await setup();
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
    const { idOf } = await setup();
    const card = (await screen.findByRole('heading', { level: 2, name: 'Seit 90 Tagen ohne Fortschrittsnotiz' })).closest('section')!;
    expect(within(card).getByText('2')).toBeInTheDocument();
    expect(within(card).getByText('Maßnahmen ohne aktuelle Notiz')).toBeInTheDocument();
    const links = within(card).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['ZL-02 Begegnungscafé in der Bücherhalle Harburg', `#/leitbild/massnahmen/${idOf('ZL-02')}`],
      ['ZL-05 Interreligiöser Dialog am Runden Tisch der Religionen', `#/leitbild/massnahmen/${idOf('ZL-05')}`],
    ]);
    expect(within(card).getByText(`letzte Eintragung am ${german(STALE_ZL02)}`)).toBeInTheDocument();
    expect(within(card).getByText(`letzte Eintragung am ${german(STALE_ZL05)}`)).toBeInTheDocument();
  });

  it('shows a few stalled measures first, all on request, and says when the list is cut off', async () => {
    const api = await realApi();
    const { edition, fields } = await seedHarburg(api);
    // 71 more, stalled for 200 days: 73 in all.
    const more = [];
    for (let index = 1; index <= 71; index++) {
      more.push(await addMeasure(api, edition.id, fields, { code: `AB-${String(index + 10).padStart(2, '0')}`, title: `Maßnahme ${index}`, field: 2, proposedOn: daysAgo(200) }));
    }
    await moveTo(api, more.map((measure) => measure.id), 'proposed', 'implementing', daysAgo(200));
    const { user } = await show(api);
    const card = (await screen.findByRole('heading', { level: 2, name: 'Seit 90 Tagen ohne Fortschrittsnotiz' })).closest('section')!;
    expect(within(card).getByText('73')).toBeInTheDocument();
    expect(within(card).getAllByRole('link')).toHaveLength(6);
    expect(within(card).getByText('Angezeigt werden die 50 am längsten ruhenden von 73 Maßnahmen.')).toBeInTheDocument();
    const showAll = within(card).getByRole('button', { name: 'Alle 50 anzeigen' });
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
    await user.click(showAll);
    expect(within(card).getAllByRole('link')).toHaveLength(50);
    expect(within(card).getByRole('button', { name: 'Weniger anzeigen' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('lists the latest status changes: date, measure, from → to, who', async () => {
    const { idOf } = await setup();
    const card = (await screen.findByRole('heading', { level: 2, name: 'Letzte Statusänderungen' })).closest('section')!;
    const items = within(card).getAllByRole('listitem');
    // The ten newest changes (proposals themselves are none).
    expect(items).toHaveLength(10);
    expect(items[0]).toHaveTextContent(new RegExp(`${german(daysAgo(16)).replace(/\./g, '\\.')}.*eingetragen von Meier`));
    expect(within(items[0]!).getByRole('link', { name: 'ZL-03 Mehrsprachige Willkommensmappe' })).toHaveAttribute('href', `#/leitbild/massnahmen/${idOf('ZL-03')}`);
    expect(items[0]).toHaveTextContent('von in Umsetzung → nach umgesetzt');
    expect(items[1]).toHaveTextContent(new RegExp(`${german(daysAgo(34)).replace(/\./g, '\\.')}.*eingetragen von Schulz`));
    expect(items[1]).toHaveTextContent('von beantragt → nach beschlossen');
  });

  it('says so when nothing stalls and nothing changed', async () => {
    const api = await realApi();
    await seedLeitbild(api, { measures: [{ code: 'ZL-01', title: 'Nachbarschaftsfest im Park' }, { code: 'SP-01', title: 'Sprachcafé', field: 2 }] });
    await show(api);
    expect(await screen.findByText(/Zu allen beschlossenen und laufenden Maßnahmen gibt es eine Notiz/)).toBeInTheDocument();
    expect(screen.getByText('In dieser Ausgabe wurde noch kein Status geändert.')).toBeInTheDocument();
  });

  it('invites to enter fields of action, then measures, when the edition is still empty', async () => {
    const api = await realApi();
    await seedLeitbild(api, { fields: [] });
    await show(api);
    expect(await screen.findByText('Diese Ausgabe hat noch keine Handlungsfelder')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Handlungsfelder anlegen' })).toHaveAttribute('href', '#/leitbild/handlungsfelder');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('points to the planning workshop when the fields have no measures yet', async () => {
    const api = await realApi();
    await seedLeitbild(api);
    const { container } = await show(api);
    expect(await screen.findByText('Noch keine Maßnahmen in dieser Ausgabe')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Planungswerkstatt' })).toHaveAttribute('href', '#/leitbild/planungswerkstatt');
    expect(screen.queryByTestId('status-chart')).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('leads to the editions when there is none yet, and asks for the district', async () => {
    const api = await realApi();
    expect((await api.settings()).districtName).toBe('');
    const { container } = await show(api);
    expect(await screen.findByRole('heading', { level: 2, name: 'Noch keine Leitbild-Ausgabe' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Erste Ausgabe anlegen' })).toHaveAttribute('href', '#/leitbild/ausgaben');
    expect(screen.getByRole('link', { name: 'Bezirk in den Einstellungen eintragen' })).toHaveAttribute('href', '#/einstellungen');
    expect(screen.queryByRole('heading', { level: 2, name: /Datenbank/ })).not.toBeInTheDocument();
    expect(api.callsOf('dashboard.summary')).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when the figures cannot be loaded, and tries again', async () => {
    const api = await realApi();
    await seedHarburg(api);
    // A lost connection cannot come from the core: this wrapper fails the first summary as the transport would.
    let attempts = 0;
    const flaky: Api = {
      call: ((name: string, input: unknown) =>
        name === 'dashboard.summary' && ++attempts === 1
          ? Promise.resolve({ ok: false, error: { code: 'unavailable', messageKey: 'errors.network', fields: [] } })
          : api.call(name as never, input as never)) as Api['call'],
    };
    const { user } = await show(api, flaky);
    expect(await screen.findByText(/Keine Verbindung zur Leitbild-Werkstatt/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(screen.getByRole('table', { name: 'Maßnahmen nach Handlungsfeld und Status' })).toBeInTheDocument());
    expect(attempts).toBe(2);
  });
});
