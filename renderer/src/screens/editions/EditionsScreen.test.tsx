import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../api/api';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { seedHarburgEditions, type HarburgEditions } from '../../../../test-support/builders/editions';
import { realApi, type RealApi } from '../../../../test-support/real-api';
import { EditionsScreen } from './EditionsScreen';

// A real core on a shared machine: a screen with several round trips may take seconds.
vi.setConfig({ testTimeout: 20_000 });

/** Harburg's two editions (or none), on the real core; `api` may wrap the real one for the screen. */
async function setup(options: { empty?: boolean; wrap?: (api: RealApi) => Api } = {}) {
  const api = await realApi();
  const editions: HarburgEditions | null = options.empty ? null : await seedHarburgEditions(api);
  const user = userEvent.setup();
  const view = renderScreen(<EditionsScreen />, { api: options.wrap?.(api) ?? api, path: paths.editions, settings: await api.settings(), status: await api.status() });
  return { api, user, editions: editions!, ...view };
}

/** The newest edition as stored (the list is newest first). */
const newest = async (api: RealApi) => api.must('editions.get', { id: (await api.must('editions.list', {}))[0]!.id });

const rows = () => within(screen.getByRole('table', { name: 'Ausgaben des Leitbilds, die neueste zuerst' })).getAllByRole('row').slice(1);

afterEach(() => window.localStorage.clear());

describe('Ausgaben', () => {
  it('lists the editions, newest first, with period, status, resolution and counts; no axe violations', async () => {
    const { container, editions } = await setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Ausgaben des Leitbilds' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '2 Ausgaben' })).toBeInTheDocument();
    const [newest, older] = rows();
    expect(within(newest!).getByRole('link', { name: 'Zusammenleben in Vielfalt' })).toHaveAttribute('href', `#/leitbild/ausgaben/${editions.previous.id}`);
    expect(newest).toHaveTextContent('Harburger Integrationskonzept – Leitbild und Maßnahmen');
    expect(newest).toHaveTextContent('2022–2024');
    expect(newest).toHaveTextContent('beschlossen');
    expect(newest).toHaveTextContent('am 28.06.2022');
    expect(newest).toHaveTextContent('Drucksache 21-2519');
    expect(newest).toHaveTextContent('ausgewählt');
    expect(within(newest!).getAllByRole('cell').map((cell) => cell.textContent).slice(-2)).toEqual(['2', '6']);
    expect(within(older!).getByRole('link', { name: 'Harburg integriert' })).toHaveAttribute('href', `#/leitbild/ausgaben/${editions.old.id}`);
    expect(older).toHaveTextContent('2018–2021');
    expect(older).toHaveTextContent('veröffentlicht');
    expect(older).toHaveTextContent('keine Angabe');
    expect(screen.getByRole('button', { name: 'Neue Ausgabe aus der letzten' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows an empty state and no "aus der letzten" while there is no edition', async () => {
    const { container } = await setup({ empty: true });
    expect(await screen.findByText('Noch keine Ausgabe')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Neue Ausgabe aus der letzten' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('creates an edition: toast, list reloaded, the new edition chosen and its page opened', async () => {
    const { api, user } = await setup();
    await screen.findByRole('table');
    const form = screen.getByRole('heading', { level: 2, name: 'Neue Ausgabe anlegen' }).closest('section')!;
    await user.type(within(form).getByLabelText('Titel'), 'Vielfalt gestalten');
    await user.type(within(form).getByLabelText(/^Untertitel/), 'Integrationskonzept 2025–2027');
    await user.type(within(form).getByLabelText('von'), '2025');
    await user.type(within(form).getByLabelText('bis'), '2027');
    await user.selectOptions(within(form).getByLabelText('Status'), 'beschlossen');
    await user.click(within(form).getByRole('button', { name: 'Ausgabe anlegen' }));

    expect(await screen.findByText('Die Ausgabe „Vielfalt gestalten“ wurde angelegt.')).toBeInTheDocument();
    const created = await newest(api);
    expect(created).toMatchObject({ title: 'Vielfalt gestalten', subtitle: 'Integrationskonzept 2025–2027', periodFrom: 2025, periodTo: 2027, status: 'adopted', predecessorId: null });
    await waitFor(() => expect(window.location.hash).toBe(`#/leitbild/ausgaben/${created.id}`));
    await waitFor(() => expect(api.callsOf('editions.list')).toHaveLength(2));
    await waitFor(() => expect(window.localStorage.getItem('leitbild-werkstatt.editionId')).toBe(String(created.id)));
  });

  it('shows "bis" before "von" at „bis“ and moves the focus there', async () => {
    const { api, user } = await setup();
    await screen.findByRole('table');
    const form = screen.getByRole('heading', { level: 2, name: 'Neue Ausgabe anlegen' }).closest('section')!;
    await user.type(within(form).getByLabelText('Titel'), 'Vielfalt gestalten');
    await user.type(within(form).getByLabelText('von'), '2027');
    await user.type(within(form).getByLabelText('bis'), '2025');
    await user.click(within(form).getByRole('button', { name: 'Ausgabe anlegen' }));

    const to = within(form).getByLabelText('bis');
    await waitFor(() => expect(to).toHaveAttribute('aria-invalid', 'true'));
    expect(to).toHaveAccessibleDescription('Das Ende des Zeitraums darf nicht vor dem Anfang liegen.');
    await waitFor(() => expect(to).toHaveFocus());
    expect(within(form).getByLabelText('von')).not.toHaveAttribute('aria-invalid');
    expect(window.location.hash).not.toMatch(/ausgaben\/\d+/);
    expect(await api.must('editions.list', {})).toHaveLength(2);
  });

  it('checks the years before sending and names the problem at each field', async () => {
    const { api, user } = await setup();
    await screen.findByRole('table');
    const form = screen.getByRole('heading', { level: 2, name: 'Neue Ausgabe anlegen' }).closest('section')!;
    await user.type(within(form).getByLabelText('Titel'), 'Vielfalt gestalten');
    await user.type(within(form).getByLabelText('bis'), '27');
    await user.click(within(form).getByRole('button', { name: 'Ausgabe anlegen' }));

    const from = within(form).getByLabelText('von');
    await waitFor(() => expect(from).toHaveFocus());
    expect(from).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
    expect(within(form).getByLabelText('bis')).toHaveAccessibleDescription(expect.stringContaining('vierstellige Jahreszahl zwischen 1990 und 2100'));
    expect(api.callsOf('editions.create')).toEqual([]);
  });

  it('maps the main side\'s range errors for a year to words that fit a year', async () => {
    // The form checks the same range before sending, so a typed year never gets the core's
    // refusal; this wrapper sends 1989 in place of the typed year to get the real one back.
    const { user } = await setup({
      wrap: (real) => ({
        call: ((name: string, input: unknown) =>
          real.call(name as never, (name === 'editions.create' ? { ...(input as object), periodFrom: 1989 } : input) as never)) as Api['call'],
      }),
    });
    await screen.findByRole('table');
    const form = screen.getByRole('heading', { level: 2, name: 'Neue Ausgabe anlegen' }).closest('section')!;
    await user.type(within(form).getByLabelText('Titel'), 'Alt');
    await user.type(within(form).getByLabelText('von'), '1990');
    await user.type(within(form).getByLabelText('bis'), '1991');
    await user.click(within(form).getByRole('button', { name: 'Ausgabe anlegen' }));
    await waitFor(() => expect(within(form).getByLabelText('von')).toHaveAccessibleDescription(expect.stringContaining('zwischen 1990 und 2100')));
  });
});

describe('Neue Ausgabe aus der letzten', () => {
  async function openDialog() {
    const context = await setup();
    await screen.findByRole('table');
    await context.user.click(screen.getByRole('button', { name: 'Neue Ausgabe aus der letzten' }));
    const dialog = screen.getByRole('dialog', { name: 'Neue Ausgabe aus der letzten anlegen' });
    await within(dialog).findByRole('group', { name: /Zusammenleben in Harburg/ });
    return { ...context, dialog };
  }

  it('prefills title and the next period, explains what is copied, and has no axe violations', async () => {
    const { dialog } = await openDialog();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Vorwort, Leitbild-Text, Leitlinien und Handlungsfelder'));
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('bleiben mit ihrer Vorgängerin verknüpft'));
    const title = within(dialog).getByLabelText('Titel');
    expect(title).toHaveValue('Zusammenleben in Vielfalt');
    expect(title).toHaveFocus();
    expect(within(dialog).getByLabelText('von')).toHaveValue('2025');
    expect(within(dialog).getByLabelText('bis')).toHaveValue('2027');
    expect(await axeViolations(dialog)).toEqual([]);
  });

  it('groups the measures by field with code, title and status; ticks those in implementation or continued', async () => {
    const { dialog } = await openDialog();
    const living = within(dialog).getByRole('group', { name: /Zusammenleben in Harburg/ });
    const german = within(dialog).getByRole('group', { name: /Deutsch als Sprache/ });
    expect(within(living).getAllByRole('checkbox').map((box) => box.getAttribute('aria-checked') ?? (box as HTMLInputElement).checked)).toEqual([true, true, false]);
    expect(within(living).getByRole('checkbox', { name: 'ZL-01 Interkulturelles Nachbarschaftsfest in Umsetzung' })).toBeChecked();
    expect(within(living).getByRole('checkbox', { name: 'ZL-02 Begegnungscafé in der Bücherhalle fortgeführt' })).toBeChecked();
    expect(within(living).getByRole('checkbox', { name: 'ZL-03 Mehrsprachige Willkommensmappe umgesetzt' })).not.toBeChecked();
    expect(within(german).getByRole('checkbox', { name: /DS-01 Sprachcafé Neugraben/ })).toBeChecked();
    expect(within(german).getByRole('checkbox', { name: /DS-02/ })).not.toBeChecked();
    expect(living).toHaveAccessibleName('Zusammenleben in Harburg (2 von 3 ausgewählt)');
    expect(within(dialog).getByRole('status')).toHaveTextContent('3 von 6 Maßnahmen werden übernommen');
  });

  it('counts while choosing; "Alle auswählen" and "Keine auswählen" work', async () => {
    const { dialog, user } = await openDialog();
    const count = within(dialog).getByRole('status');
    await user.click(within(dialog).getByRole('checkbox', { name: /ZL-01/ }));
    expect(count).toHaveTextContent('2 von 6 Maßnahmen werden übernommen');
    await user.click(within(dialog).getByRole('checkbox', { name: /DS-01/ }));
    expect(count).toHaveTextContent('1 von 6 Maßnahmen wird übernommen');
    await user.click(within(dialog).getByRole('button', { name: 'Alle auswählen' }));
    expect(count).toHaveTextContent('6 von 6 Maßnahmen werden übernommen');
    expect(within(dialog).getAllByRole('checkbox').every((box) => (box as HTMLInputElement).checked)).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Keine auswählen' }));
    expect(count).toHaveTextContent('0 von 6 Maßnahmen werden übernommen');
    expect(within(dialog).getAllByRole('checkbox').some((box) => (box as HTMLInputElement).checked)).toBe(false);
  });

  it('creates the new edition with the chosen measures and opens it', async () => {
    const { api, dialog, editions, user } = await openDialog();
    const title = within(dialog).getByLabelText('Titel');
    await user.clear(title);
    await user.type(title, 'Zusammenleben in Vielfalt – Fortschreibung');
    await user.type(within(dialog).getByLabelText(/^Untertitel/), 'Integrationskonzept 2025–2027');
    await user.click(within(dialog).getByRole('checkbox', { name: /ZL-03/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /ZL-02/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Neue Ausgabe anlegen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Die Ausgabe „Zusammenleben in Vielfalt – Fortschreibung“ wurde angelegt; 3 Maßnahmen wurden übernommen.')).toBeInTheDocument();
    const created = await newest(api);
    expect(created).toMatchObject({
      title: 'Zusammenleben in Vielfalt – Fortschreibung',
      subtitle: 'Integrationskonzept 2025–2027',
      periodFrom: 2025,
      periodTo: 2027,
      status: 'draft',
      predecessorId: editions.previous.id,
      leitbildText: editions.previous.leitbildText,
      fieldCount: 2,
      measureCount: 3,
    });
    expect(created.guidelines.map((guideline) => guideline.title)).toEqual(editions.previous.guidelines.map((guideline) => guideline.title));
    const carried = await api.must('measures.list', { editionId: created.id });
    expect(carried.rows.map((row) => row.title).sort()).toEqual(['Interkulturelles Nachbarschaftsfest', 'Mehrsprachige Willkommensmappe', 'Sprachcafé Neugraben']);
    await waitFor(() => expect(window.location.hash).toBe(`#/leitbild/ausgaben/${created.id}`));
    await waitFor(() => expect(window.localStorage.getItem('leitbild-werkstatt.editionId')).toBe(String(created.id)));
  });

  it('shows a period in the wrong order at „bis“ inside the dialog and keeps the choice', async () => {
    const { api, dialog, user } = await openDialog();
    const from = within(dialog).getByLabelText('von');
    await user.clear(from);
    await user.type(from, '2030');
    await user.click(within(dialog).getByRole('checkbox', { name: /ZL-03/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Neue Ausgabe anlegen' }));

    const to = within(dialog).getByLabelText('bis');
    await waitFor(() => expect(to).toHaveFocus());
    expect(to).toHaveAccessibleDescription('Das Ende des Zeitraums darf nicht vor dem Anfang liegen.');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('4 von 6 Maßnahmen werden übernommen');
    expect(api.callsOf('editions.createFromPrevious')).toHaveLength(1);
    expect(await api.must('editions.list', {})).toHaveLength(2);
  });

  it('closes with Escape without creating anything; the focus returns to the button', async () => {
    const { api, user } = await openDialog();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Neue Ausgabe aus der letzten' })).toHaveFocus();
    expect(api.callsOf('editions.createFromPrevious')).toEqual([]);
    expect(await api.must('editions.list', {})).toHaveLength(2);
  });

  it('is reachable by keyboard: Space ticks a measure', async () => {
    const { dialog, user } = await openDialog();
    within(dialog).getByRole('checkbox', { name: /DS-03/ }).focus();
    await user.keyboard(' ');
    expect(within(dialog).getByRole('checkbox', { name: /DS-03/ })).toBeChecked();
    expect(within(dialog).getByRole('status')).toHaveTextContent('4 von 6 Maßnahmen werden übernommen');
  });
});
