import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { paths } from '../../../app/paths';
import { axeViolations } from '../../../test/axe';
import { renderScreen } from '../../../test/render';
import { seedLeitbild } from '../../../../../test-support/builders/leitbild';
import { realApi, type RealApi } from '../../../../../test-support/real-api';
import { IntakeScreen, REMEMBERED_KEY } from './IntakeScreen';

// A real core on a shared machine: a screen with several round trips may take seconds.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

async function setup(options: Parameters<typeof userEvent.setup>[0] = {}, before?: (seeded: Awaited<ReturnType<typeof seedLeitbild>>) => void) {
  const api = await realApi();
  const seeded = await seedLeitbild(api, { measures: [{ code: 'ZL-01', title: 'Sprachcafés in Stadtteilzentren', field: 0 }] });
  before?.(seeded);
  const user = userEvent.setup(options);
  const view = renderScreen(<IntakeScreen />, { api, path: paths.intake, settings: await api.settings(), status: await api.status() });
  return { api, user, ...seeded, ...view };
}

/** The measures as stored, in the order they were entered (the seeded ZL-01 left out). */
async function stored(api: RealApi, editionId: number) {
  const { rows } = await api.must('measures.list', { editionId });
  const entered = rows.filter((row) => row.code !== 'ZL-01').sort((a, b) => a.id - b.id);
  return Promise.all(entered.map((row) => api.must('measures.get', { id: row.id })));
}

const titleField = () => screen.getByLabelText('Titel');
/** The real core answers in its own time: allow for a slow, shared machine. */
const titleFocused = () => waitFor(() => expect(titleField()).toHaveFocus(), { timeout: 3000 });
const recentList = () => screen.getByRole('heading', { level: 2, name: /^Zuletzt erfasst/ });
const sessionRows = () =>
  within(screen.getByRole('table', { name: /Zuletzt erfasste Vorschläge/ }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

describe('Planungswerkstatt', () => {
  it('enters several proposals with the keyboard only: Enter saves and starts the next', { timeout: 20_000 }, async () => {
    const { api, user, container, edition } = await setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Planungswerkstatt' })).toBeInTheDocument();
    await titleFocused();
    expect(screen.getByLabelText('Handlungsfeld')).toHaveDisplayValue('Zusammenleben in Vielfalt');
    expect(screen.getByLabelText('Herkunft')).toHaveDisplayValue('Planungswerkstatt');
    expect(screen.getByLabelText(/^Beschreibung/)).toHaveAccessibleDescription('Enter speichert den Vorschlag, Umschalt + Enter beginnt eine neue Zeile.');
    expect(recentList()).toHaveTextContent('Zuletzt erfasst (0)');
    expect(await axeViolations(container)).toEqual([]);

    // 1: only a title, Enter in the title field.
    await user.keyboard('Nachbarschaftsfest im Park{Enter}');
    await waitFor(() => expect(recentList()).toHaveTextContent('Zuletzt erfasst (1)'));
    expect(titleField()).toHaveValue('');
    await titleFocused();
    expect(screen.getByText('Gespeichert: ZL-02 „Nachbarschaftsfest im Park“')).toBeInTheDocument();

    // 2: title, description over two lines (Shift+Enter), points, Enter in the points field.
    await user.keyboard('Mehrsprachige Elternabende{Tab}An drei Schulen.{Shift>}{Enter}{/Shift}Mit Dolmetschenden.{Tab}7{Enter}');
    await waitFor(() => expect(recentList()).toHaveTextContent('Zuletzt erfasst (2)'));
    await titleFocused();
    expect(screen.getByLabelText(/^Beschreibung/)).toHaveValue('');
    expect(screen.getByLabelText(/^Punkte/)).toHaveValue('');

    // 3: the duplicate hint appears while typing – a hint, not a block; Enter in the description saves.
    await user.keyboard('Sprachcafés für Eltern');
    const hint = await screen.findByText(/Ähnliche Vorschläge:/);
    expect(hint.closest('[aria-live="polite"]')).toHaveTextContent('Ähnliche Vorschläge: ZL-01 Sprachcafés in Stadtteilzentren');
    expect(titleField()).toHaveAccessibleDescription(expect.stringContaining('ZL-01 Sprachcafés in Stadtteilzentren'));
    await user.keyboard('{Tab}Am Vormittag, mit Kinderbetreuung.{Enter}');
    await waitFor(() => expect(recentList()).toHaveTextContent('Zuletzt erfasst (3)'));
    await titleFocused();
    expect(screen.queryByText(/Ähnliche Vorschläge:/)).not.toBeInTheDocument();

    const saved = await stored(api, edition.id);
    expect(saved.map(({ code, title, description, priorityPoints, origin, originNote, fieldOfActionName, status }) => ({ code, title, description, priorityPoints, origin, originNote, fieldOfActionName, status }))).toEqual([
      { code: 'ZL-02', title: 'Nachbarschaftsfest im Park', description: '', priorityPoints: 0, origin: 'workshop', originNote: '', fieldOfActionName: 'Zusammenleben in Vielfalt', status: 'proposed' },
      { code: 'ZL-03', title: 'Mehrsprachige Elternabende', description: 'An drei Schulen.\nMit Dolmetschenden.', priorityPoints: 7, origin: 'workshop', originNote: '', fieldOfActionName: 'Zusammenleben in Vielfalt', status: 'proposed' },
      { code: 'ZL-04', title: 'Sprachcafés für Eltern', description: 'Am Vormittag, mit Kinderbetreuung.', priorityPoints: 0, origin: 'workshop', originNote: '', fieldOfActionName: 'Zusammenleben in Vielfalt', status: 'proposed' },
    ]);
    // Newest first, with number, title and field.
    expect(sessionRows()).toEqual([
      'ZL-04Sprachcafés für ElternZusammenleben in Vielfalt',
      'ZL-03Mehrsprachige ElternabendeZusammenleben in Vielfalt',
      'ZL-02Nachbarschaftsfest im ParkZusammenleben in Vielfalt',
    ]);
    expect(screen.getByRole('link', { name: 'Sprachcafés für Eltern' })).toHaveAttribute('href', `#/leitbild/massnahmen/${saved[2]!.id}`);
  });

  it('shows an empty title at the field and keeps the focus there', async () => {
    const { api, user, edition } = await setup();
    await titleFocused();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(titleField()).toHaveAttribute('aria-invalid', 'true'));
    expect(titleField()).toHaveAccessibleDescription(expect.stringContaining('Bitte füllen Sie dieses Feld aus.'));
    expect(titleField()).toHaveFocus();
    expect(recentList()).toHaveTextContent('(0)');

    await user.keyboard('Patenschaften für Neuzugezogene{Tab}{Tab}zwölf{Enter}');
    const points = screen.getByLabelText(/^Punkte/);
    await waitFor(() => expect(points).toHaveAttribute('aria-invalid', 'true'));
    expect(points).toHaveFocus();
    expect(await stored(api, edition.id)).toEqual([]);
    await user.keyboard('{Control>}a{/Control}{Backspace}12{Enter}');
    await waitFor(() => expect(recentList()).toHaveTextContent('(1)'));
    expect(titleField()).not.toHaveAttribute('aria-invalid');
    expect((await stored(api, edition.id)).map(({ title, priorityPoints }) => ({ title, priorityPoints }))).toEqual([{ title: 'Patenschaften für Neuzugezogene', priorityPoints: 12 }]);
  });

  it('remembers field, origin and origin note between proposals and on this PC', async () => {
    const { api, user, edition, fields } = await setup({}, (seeded) =>
      window.localStorage.setItem(REMEMBERED_KEY, JSON.stringify({ editionId: seeded.edition.id, fieldOfActionId: seeded.fields[2]!.id, origin: 'forum', originNote: 'Fachforum Integration' })),
    );
    await titleFocused();
    expect(screen.getByLabelText('Handlungsfeld')).toHaveDisplayValue('Sprache');
    expect(screen.getByLabelText('Herkunft')).toHaveDisplayValue('Fachforum');
    expect(screen.getByLabelText(/^Notiz zur Herkunft/)).toHaveValue('Fachforum Integration');

    await user.keyboard('Deutschkurse am Abend{Enter}');
    await waitFor(() => expect(recentList()).toHaveTextContent('(1)'));
    await user.keyboard('Lesepaten in Bibliotheken{Enter}');
    await waitFor(() => expect(recentList()).toHaveTextContent('(2)'));
    expect(screen.getByLabelText('Handlungsfeld')).toHaveDisplayValue('Sprache');
    expect(screen.getByLabelText(/^Notiz zur Herkunft/)).toHaveValue('Fachforum Integration');
    expect((await stored(api, edition.id)).map(({ code, fieldOfActionName, origin, originNote }) => ({ code, fieldOfActionName, origin, originNote }))).toEqual([
      { code: 'SP-01', fieldOfActionName: 'Sprache', origin: 'forum', originNote: 'Fachforum Integration' },
      { code: 'SP-02', fieldOfActionName: 'Sprache', origin: 'forum', originNote: 'Fachforum Integration' },
    ]);
    expect(sessionRows()[0]).toBe('SP-02Lesepaten in BibliothekenSprache');

    await user.selectOptions(screen.getByLabelText('Handlungsfeld'), 'Arbeit und Bildung');
    expect(JSON.parse(window.localStorage.getItem(REMEMBERED_KEY) ?? '{}')).toEqual({ editionId: edition.id, fieldOfActionId: fields[1]!.id, origin: 'forum', originNote: 'Fachforum Integration' });
  });

  it('takes 30 proposals in a row without the mouse', { timeout: 60_000 }, async () => {
    const { api, user, edition } = await setup({ delay: null });
    await titleFocused();
    for (let index = 1; index <= 30; index++) {
      await user.keyboard(`Vorschlag ${index}{Tab}Beschreibung ${index}{Enter}`);
      await waitFor(() => expect(recentList()).toHaveTextContent(`(${index})`));
      await titleFocused();
    }
    expect(api.callsOf('measures.create')).toHaveLength(30);
    expect(await stored(api, edition.id)).toHaveLength(30);
    expect(sessionRows()[0]).toBe('ZL-31Vorschlag 30Zusammenleben in Vielfalt');
  });
});
