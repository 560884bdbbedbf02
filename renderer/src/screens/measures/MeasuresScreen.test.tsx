import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { manyMeasures, seedLeitbild, type MeasureSeed } from '../../../../test-support/builders/leitbild';
import { databaseTemplate, realApi, type RealApi } from '../../../../test-support/real-api';
import { MeasuresScreen } from './MeasuresScreen';
import { ROW_HEIGHT } from './MeasuresTable';
import { StatusChangeDialog } from './StatusChangeDialog';

// A real core on a shared machine: a screen with several round trips may take seconds.
vi.setConfig({ testTimeout: 20_000 });

const SEEDS: MeasureSeed[] = [
  { code: 'ZL-01', title: 'Sprachcafés in Stadtteilzentren', field: 0, status: 'proposed', lead: 'Bürgerhaus Wilhelmsburg', tags: ['Sprache', 'Begegnung'], points: 12 },
  { code: 'ZL-02', title: 'Interkulturelles Nachbarschaftsfest', field: 0, status: 'proposed', lead: 'Bezirksamt', tags: ['Begegnung'], points: 3 },
  { code: 'AB-01', title: 'Anerkennungsberatung vor Ort', field: 1, status: 'in_review', lead: 'Jobcenter', points: 7 },
  { code: 'AB-02', title: 'Ausbildungspaten', field: 1, status: 'submitted', lead: 'Bezirksamt', tags: ['Ehrenamt'], points: 20 },
  { code: 'SP-01', title: 'Deutschkurse mit Kinderbetreuung', field: 2, status: 'proposed', lead: 'Volkshochschule', tags: ['Sprache'], points: 15 },
  { code: 'SP-02', title: 'Mehrsprachige Elternbriefe', field: 2, status: 'completed', lead: 'Bezirksamt', points: 1 },
];

// The table scrolls with the page: jsdom's window is 768 px high, and the page scroll is set by hand.
const scrollPageTo = (y: number) => {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: y });
  fireEvent.scroll(window);
};
afterAll(() => {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: 0 });
});
beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

/** The six measures in a draft edition with three fields, each brought to its status along the lifecycle. */
async function seeded() {
  const api = await realApi();
  const leitbild = await seedLeitbild(api, { measures: SEEDS });
  return { api, ...leitbild, idOf: (code: string) => leitbild.measures.find((measure) => measure.code === code)!.id };
}

async function show(api: RealApi) {
  const user = userEvent.setup();
  const view = renderScreen(<MeasuresScreen />, { api, path: paths.measures, settings: await api.settings(), status: await api.status() });
  return { user, ...view };
}

async function setup() {
  const state = await seeded();
  return { ...state, ...(await show(state.api)) };
}

/** 5,000 measures over the three fields and all statuses, built once per worker through the contract. */
const fiveThousand = databaseTemplate(async (api) => {
  const { edition, fields } = await seedLeitbild(api);
  await manyMeasures(api, edition.id, fields, 5000);
});

const table = () => screen.getByRole('table');
const codes = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]?.textContent);
const count = () => screen.getByText(/Maßnahmen?$/, { selector: '.list-header__count' });
const lastListCall = (api: RealApi) => api.callsOf('measures.list').at(-1) as Record<string, unknown>;
/** Federführung, Schlagwort and the statuses wait behind "Weitere Filter". */
const openMoreFilters = async (user: ReturnType<typeof userEvent.setup>) => {
  const toggle = screen.getByRole('button', { name: /^Weitere Filter/ });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
};

describe('Maßnahmen – list', () => {
  it('shows the measures as a table with a count, row and column headers, and no axe violations', async () => {
    const { container, idOf } = await setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeInTheDocument();
    await screen.findByRole('table');
    expect(count()).toHaveTextContent('6 Maßnahmen');
    expect(count()).toHaveAttribute('role', 'status');
    expect(codes()).toEqual(['ZL-01', 'ZL-02', 'AB-01', 'AB-02', 'SP-01', 'SP-02'].sort(new Intl.Collator('de', { numeric: true }).compare));
    expect(within(table()).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['', 'Nr.', 'Titel', 'Handlungsfeld', 'Status', 'Federführung', 'Punkte']);
    expect(table()).toHaveAttribute('aria-rowcount', '7');
    const link = screen.getByRole('link', { name: 'Sprachcafés in Stadtteilzentren' });
    expect(link).toHaveAttribute('href', `#/leitbild/massnahmen/${idOf('ZL-01')}`);
    expect(screen.getByRole('rowheader', { name: 'Sprachcafés in Stadtteilzentren' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'ZL-01 „Sprachcafés in Stadtteilzentren“ auswählen' })).not.toBeChecked();
    expect(screen.getByRole('columnheader', { name: 'Nr.' })).toHaveAttribute('aria-sort', 'ascending');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('filters by field, lead, keyword and text, and counts "x von y"', async () => {
    const { api, edition, fields, user } = await setup();
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Handlungsfeld'), 'Sprache');
    await waitFor(() => expect(codes()).toEqual(['SP-01', 'SP-02']));
    expect(lastListCall(api)).toMatchObject({ editionId: edition.id, fieldOfActionIds: [fields[2]!.id] });
    expect(count()).toHaveTextContent('2 von 6 Maßnahmen');

    await openMoreFilters(user);
    await user.selectOptions(screen.getByLabelText('Federführung'), 'Bezirksamt');
    // The button counts the filters set behind it.
    expect(screen.getByRole('button', { name: 'Weitere Filter (1)' })).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(codes()).toEqual(['SP-02']));
    expect(count()).toHaveTextContent('1 von 6 Maßnahmen');

    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await waitFor(() => expect(codes()).toHaveLength(6));
    expect(count()).toHaveTextContent('6 Maßnahmen');
    expect(screen.getByLabelText('Handlungsfeld')).toHaveValue('');

    expect(within(screen.getByLabelText('Schlagwort')).getAllByRole('option').map((option) => option.textContent)).toEqual(['Alle', 'Begegnung', 'Ehrenamt', 'Sprache']);
    await user.selectOptions(screen.getByLabelText('Schlagwort'), 'Sprache');
    await waitFor(() => expect(codes()).toEqual(['SP-01', 'ZL-01']));
    expect(lastListCall(api)).toMatchObject({ tag: 'Sprache' });
    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));

    // The search waits until typing pauses, then uses the full-text filter.
    const calls = api.callsOf('measures.list').length;
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'deutschk');
    await waitFor(() => expect(codes()).toEqual(['SP-01']));
    expect(api.callsOf('measures.list').length - calls).toBeLessThanOrEqual(3);
    expect(lastListCall(api)).toMatchObject({ text: 'deutschk' });
    expect(count()).toHaveTextContent('1 von 6 Maßnahmen');
  });

  it('has one checkbox per status with its count, ignoring the status filter itself', async () => {
    const { api, user } = await setup();
    await screen.findByRole('table');
    expect(screen.queryByRole('group', { name: 'Status' })).not.toBeInTheDocument();
    await openMoreFilters(user);
    const statusGroup = screen.getByRole('group', { name: 'Status' });
    expect(within(statusGroup).getByRole('checkbox', { name: 'Vorschlag (3)' })).not.toBeChecked();
    expect(within(statusGroup).getByRole('checkbox', { name: 'beantragt (1)' })).toBeInTheDocument();
    expect(within(statusGroup).getByRole('checkbox', { name: 'beschlossen (0)' })).toBeInTheDocument();
    expect(within(statusGroup).getAllByRole('checkbox')).toHaveLength(11);

    await user.click(within(statusGroup).getByRole('checkbox', { name: 'Vorschlag (3)' }));
    await waitFor(() => expect(codes()).toEqual(['SP-01', 'ZL-01', 'ZL-02']));
    expect(lastListCall(api)).toMatchObject({ statuses: ['proposed'] });
    // Only the status filter: the total is the sum of the counts.
    expect(count()).toHaveTextContent('3 von 6 Maßnahmen');
    expect(within(statusGroup).getByRole('checkbox', { name: 'in Beratung (1)' })).toBeInTheDocument();

    await user.click(within(statusGroup).getByRole('checkbox', { name: 'in Beratung (1)' }));
    await waitFor(() => expect(codes()).toEqual(['AB-01', 'SP-01', 'ZL-01', 'ZL-02']));
    expect(lastListCall(api)).toMatchObject({ statuses: ['proposed', 'in_review'] });
  });

  it('makes the sort buttons one Tab stop; the arrow keys move between them', async () => {
    const { api, user } = await setup();
    await screen.findByRole('table');
    screen.getByRole('checkbox', { name: /^Alle gefilterten auswählen/ }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Nr.' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Nr.' })).toHaveAccessibleDescription('Pfeiltasten links und rechts: die anderen Spalten');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Titel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastListCall(api)).toMatchObject({ sortKey: 'title', sortDirection: 'asc' }));
    // The next Tab leaves the header for the first row.
    await user.tab();
    expect(screen.getAllByRole('checkbox', { name: / auswählen$/ })[0]).toHaveFocus();
  });

  it('sorts by a column header; the header says how (aria-sort)', async () => {
    const { api, user } = await setup();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Titel' }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Titel' })).toHaveAttribute('aria-sort', 'ascending'));
    expect(screen.getByRole('columnheader', { name: 'Nr.' })).not.toHaveAttribute('aria-sort');
    await waitFor(() => expect(codes()[0]).toBe('AB-01'));
    expect(lastListCall(api)).toMatchObject({ sortKey: 'title', sortDirection: 'asc' });

    await user.click(screen.getByRole('button', { name: 'Titel' }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Titel' })).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(codes()[0]).toBe('ZL-01'));

    // Points: the most first.
    await user.click(screen.getByRole('button', { name: 'Punkte' }));
    await waitFor(() => expect(codes()).toEqual(['AB-02', 'SP-01', 'ZL-01', 'AB-01', 'ZL-02', 'SP-02']));
    expect(screen.getByRole('columnheader', { name: 'Punkte' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('table', { name: /sortiert nach Punkte \(absteigend\)/ })).toBeInTheDocument();
  });

  it('changes the status of the selection: only common next statuses, toast, reload, selection cleared', async () => {
    const { api, user, idOf } = await setup();
    await screen.findByRole('table');
    const changeStatus = screen.getByRole('button', { name: 'Status ändern …' });
    expect(changeStatus).toHaveAttribute('aria-disabled', 'true');
    expect(changeStatus).toHaveAccessibleDescription(expect.stringContaining('Keine Maßnahme ausgewählt'));

    await user.click(screen.getByRole('checkbox', { name: /^ZL-01 / }));
    await user.click(screen.getByRole('checkbox', { name: /^SP-01 / }));
    expect(screen.getByText('2 Maßnahmen ausgewählt')).toBeInTheDocument();
    await user.click(changeStatus);

    const dialog = screen.getByRole('dialog', { name: 'Status ändern' });
    expect(dialog).toHaveAccessibleDescription('Für 2 ausgewählte Maßnahmen: SP-01, ZL-01');
    const select = within(dialog).getByLabelText('Neuer Status');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Bitte wählen', 'in Beratung', 'zurückgestellt']);
    // The date as Germans type it (TT.MM.JJJJ), whatever the browser's language.
    expect(within(dialog).getByLabelText('Datum')).toHaveValue(new Date().toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }));
    expect(within(dialog).queryByLabelText(/Drucksache/)).not.toBeInTheDocument();

    // Nothing chosen: the message is at the field, nothing asked of the main side.
    await user.click(within(dialog).getByRole('button', { name: 'Status von 2 Maßnahmen ändern' }));
    expect(select).toHaveAccessibleDescription(expect.stringContaining('Bitte wählen Sie den neuen Status.'));
    expect(api.callsOf('measures.changeStatus')).toEqual([]);

    await user.selectOptions(select, 'in Beratung');
    await user.clear(within(dialog).getByLabelText('Datum'));
    await user.type(within(dialog).getByLabelText('Datum'), '2026-11-20');
    await user.type(within(dialog).getByLabelText(/^Begründung/), '1. Sitzung der Arbeitsgruppe');
    await user.click(within(dialog).getByRole('button', { name: 'Status von 2 Maßnahmen ändern' }));

    expect(await screen.findByText('2 Maßnahmen auf „in Beratung“ gesetzt')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    for (const code of ['SP-01', 'ZL-01']) {
      const stored = await api.must('measures.get', { id: idOf(code) });
      expect(stored.status, code).toBe('in_review');
      expect(stored.history.at(-1), code).toMatchObject({ changedOn: '2026-11-20', fromStatus: 'proposed', toStatus: 'in_review', reason: '1. Sitzung der Arbeitsgruppe', drucksache: '' });
    }
    expect((await api.must('measures.get', { id: idOf('ZL-02') })).status).toBe('proposed');
    await waitFor(() => expect(within(screen.getByRole('row', { name: /Sprachcafés/ })).getByText('in Beratung')).toBeInTheDocument());
    expect(screen.getByText(/^Keine Maßnahme ausgewählt/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^ZL-01 / })).not.toBeChecked();
    await openMoreFilters(user);
    expect(screen.getByRole('group', { name: 'Status' })).toHaveTextContent('in Beratung (3)');
  });

  it('offers the intersection of allowed statuses, and explains when there is none', async () => {
    const { user } = await setup();
    await screen.findByRole('table');
    // in Beratung → empfohlen / abgelehnt / zurückgestellt; beantragt → beschlossen / abgelehnt.
    await user.click(screen.getByRole('checkbox', { name: /^AB-01 / }));
    await user.click(screen.getByRole('checkbox', { name: /^AB-02 / }));
    await user.click(screen.getByRole('button', { name: 'Status ändern …' }));
    let dialog = screen.getByRole('dialog', { name: 'Status ändern' });
    const select = within(dialog).getByLabelText('Neuer Status');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['abgelehnt']);
    expect(select).toHaveValue('rejected');
    await user.keyboard('{Escape}');

    // Add a proposal: nothing fits all three.
    await user.click(screen.getByRole('checkbox', { name: /^ZL-01 / }));
    await user.click(screen.getByRole('button', { name: 'Status ändern …' }));
    dialog = screen.getByRole('dialog', { name: 'Status ändern' });
    expect(within(dialog).queryByLabelText('Neuer Status')).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent('keinen neuen Status, der für alle Maßnahmen erlaubt ist');
    expect(dialog).toHaveTextContent('„Vorschlag“: 1 Maßnahme');
    expect(dialog).toHaveTextContent('„beantragt“: 1 Maßnahme');
    expect(dialog).toHaveTextContent('am einfachsten mit dem Statusfilter');
    await user.click(within(dialog).getByRole('button', { name: 'Schließen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks for the Drucksache for "beschlossen" and shows refusals of the main side at the field', async () => {
    const { api, user, idOf } = await setup();
    await screen.findByRole('table');
    await user.click(screen.getByRole('checkbox', { name: /^AB-02 / }));
    await user.click(screen.getByRole('button', { name: 'Status ändern …' }));
    const dialog = screen.getByRole('dialog', { name: 'Status ändern' });
    await user.selectOptions(within(dialog).getByLabelText('Neuer Status'), 'beschlossen');
    const drucksache = within(dialog).getByLabelText('Drucksache');
    expect(drucksache).toHaveAccessibleDescription(expect.stringContaining('z. B. 21-1234'));
    expect(drucksache).toHaveAttribute('aria-required', 'true');

    await user.click(within(dialog).getByRole('button', { name: 'Status ändern' }));
    await waitFor(() => expect(drucksache).toHaveAttribute('aria-invalid', 'true'));
    expect(drucksache).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie die Drucksache des Beschlusses an'));
    await waitFor(() => expect(drucksache).toHaveFocus());

    // Meanwhile someone else decided AB-02 elsewhere: the refusal names the measure and both statuses.
    await api.must('measures.changeStatus', { measureIds: [idOf('AB-02')], toStatus: 'rejected', changedOn: '2026-11-01', reason: '', drucksache: '' });
    await user.type(drucksache, '21-1234');
    await user.click(within(dialog).getByRole('button', { name: 'Status ändern' }));
    const select = within(dialog).getByLabelText('Neuer Status');
    await waitFor(() => expect(select).toHaveAttribute('aria-invalid', 'true'));
    expect(select).toHaveAccessibleDescription(expect.stringContaining('AB-02 steht auf „abgelehnt“ und kann nicht auf „beschlossen“ gesetzt werden.'));
    expect(api.callsOf('measures.changeStatus')).toHaveLength(2);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect((await api.must('measures.get', { id: idOf('AB-02') })).status).toBe('rejected');
  });

  it('selects all filtered measures with the header checkbox', async () => {
    const { api, user } = await setup();
    await screen.findByRole('table');
    await openMoreFilters(user);
    await user.click(screen.getByRole('checkbox', { name: 'Vorschlag (3)' }));
    await waitFor(() => expect(codes()).toHaveLength(3));
    const all = screen.getByRole('checkbox', { name: 'Alle gefilterten auswählen (3 Maßnahmen)' });
    await user.click(all);
    // The whole filter comes from the main side (the table holds only the pages it shows).
    expect(await screen.findByText('3 Maßnahmen ausgewählt')).toBeInTheDocument();
    expect(api.callsOf('measures.listIds').at(-1)).toMatchObject({ statuses: ['proposed'] });
    expect(all).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /^ZL-02 / }));
    expect(all).not.toBeChecked();
    expect((all as HTMLInputElement).indeterminate).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Auswahl aufheben' }));
    expect(screen.getByText(/^Keine Maßnahme ausgewählt/)).toBeInTheDocument();
  });

  it('creates a measure with the suggested number and opens it', async () => {
    const { api, edition, user } = await setup();
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Neue Maßnahme' }));
    const dialog = screen.getByRole('dialog', { name: 'Neue Maßnahme' });
    await user.selectOptions(within(dialog).getByLabelText('Handlungsfeld'), 'Arbeit und Bildung');
    const code = within(dialog).getByLabelText(/^Nummer/);
    await waitFor(() => expect(code).toHaveAttribute('placeholder', 'AB-03'));
    expect(code).toHaveAccessibleDescription('Leer lassen für die nächste freie Nummer „AB-03“.');
    await user.type(within(dialog).getByLabelText('Titel'), 'Sprachcafé für Eltern');
    // The real similarity: the shared „Sprachcafé…“ and „Eltern…“.
    expect((await within(dialog).findByText(/Ähnliche Vorschläge:/)).closest('p')).toHaveTextContent(
      'Ähnliche Vorschläge: SP-02 Mehrsprachige Elternbriefe; ZL-01 Sprachcafés in Stadtteilzentren',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Maßnahme anlegen' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/leitbild\/massnahmen\/\d+$/));
    const created = await api.must('measures.get', { id: Number(window.location.hash.split('/').at(-1)) });
    expect(created).toMatchObject({ editionId: edition.id, code: 'AB-03', fieldOfActionName: 'Arbeit und Bildung', title: 'Sprachcafé für Eltern', description: '', status: 'proposed' });
    expect(screen.getByText('Die Maßnahme AB-03 „Sprachcafé für Eltern“ wurde angelegt.')).toBeInTheDocument();
  });

  it('refuses more measures than one change may take, before asking the main side', async () => {
    const api = await realApi();
    const many = Array.from({ length: 5001 }, (_, index) => ({ id: index + 1, code: `ZL-${index + 1}`, title: 'Vorschlag', status: 'proposed' as const }));
    renderScreen(<StatusChangeDialog measures={many} onClose={() => {}} onChanged={() => {}} />, { api, path: paths.measures });
    const dialog = screen.getByRole('dialog', { name: 'Status ändern' });
    expect(dialog).toHaveTextContent('Bitte ändern Sie höchstens 5.000 Maßnahmen auf einmal');
    expect(dialog).toHaveAccessibleDescription('Für 5.001 ausgewählte Maßnahmen: ZL-1, ZL-2, ZL-3, ZL-4, ZL-5, ZL-6 und 4.995 weitere');
    expect(within(dialog).queryByLabelText('Neuer Status')).not.toBeInTheDocument();
    expect(api.callsOf('measures.changeStatus')).toEqual([]);
  });

  it('keeps the filters when coming back to the list', async () => {
    const state = await seeded();
    const first = await show(state.api);
    await screen.findByRole('table');
    await first.user.selectOptions(screen.getByLabelText('Handlungsfeld'), 'Sprache');
    await waitFor(() => expect(codes()).toEqual(['SP-01', 'SP-02']));
    first.unmount();

    await show(state.api);
    await screen.findByRole('table');
    expect(screen.getByLabelText('Handlungsfeld')).toHaveValue(String(state.fields[2]!.id));
    await waitFor(() => expect(codes()).toEqual(['SP-01', 'SP-02']));
  });
});

describe('Maßnahmen – 5,000 rows', () => {
  it('renders only a window of rows and tells screen readers the full size', { timeout: 30_000 }, async () => {
    const api = await realApi({ from: await fiveThousand() });
    await show(api);
    await screen.findByRole('table', {}, { timeout: 5000 });
    // Only the page in view was asked for, not the 5,000 rows.
    expect(api.callsOf('measures.list').map((input) => (input as { offset?: number }).offset ?? 0)).toEqual([0]);
    expect(count()).toHaveTextContent('5.000 Maßnahmen');
    expect(table()).toHaveAttribute('aria-rowcount', '5001');

    const rendered = () => within(table()).getAllByRole('row').slice(1);
    expect(rendered().length).toBeGreaterThan(5);
    expect(rendered().length).toBeLessThan(40);
    expect(rendered()[0]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getByRole('rowheader', { name: 'Maßnahme Nummer 1' })).toBeInTheDocument();

    // Scrolling the page to the middle brings those rows and removes the first ones.
    act(() => scrollPageTo(2500 * ROW_HEIGHT));
    // Its page is fetched then: meanwhile the rows in view are placeholders, announced as loading.
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'Maßnahme Nummer 2501' })).toBeInTheDocument(), { timeout: 5000 });
    expect(api.callsOf('measures.list').map((input) => (input as { offset?: number }).offset)).toContain(2500);
    expect(api.callsOf('measures.list').length).toBeLessThanOrEqual(3);
    expect(screen.queryByRole('rowheader', { name: 'Maßnahme Nummer 1' })).not.toBeInTheDocument();
    expect(rendered().length).toBeLessThan(40);
    expect(screen.getByRole('row', { name: /Maßnahme Nummer 2501/ })).toHaveAttribute('aria-rowindex', '2502');

    // "Alle auswählen (gefilterte)" selects all 5,000, not only the rendered ones.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Alle gefilterten auswählen (5.000 Maßnahmen)' }));
    expect(await screen.findByText('5.000 Maßnahmen ausgewählt')).toBeInTheDocument();
  });
});
