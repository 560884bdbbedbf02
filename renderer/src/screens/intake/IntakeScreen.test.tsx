import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { fakeApi } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { measuresHandlers } from '../measures/fake-measures';
import { IntakeScreen, REMEMBERED_KEY } from './IntakeScreen';

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

function setup(options: Parameters<typeof userEvent.setup>[0] = {}) {
  const store = measuresHandlers([{ code: 'ZL-01', title: 'Sprachcafés in Stadtteilzentren', field: 0 }]);
  const api = fakeApi(store.handlers);
  const user = userEvent.setup(options);
  const view = renderScreen(<IntakeScreen />, { api, path: paths.intake });
  return { api, store, user, ...view };
}

const titleField = () => screen.getByLabelText('Titel');
const sessionList = () => screen.getByRole('heading', { level: 2, name: /^In dieser Sitzung erfasst/ });
const sessionRows = () =>
  within(screen.getByRole('table', { name: /In dieser Sitzung erfasste Vorschläge/ }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);

describe('Planungswerkstatt', () => {
  it('enters several proposals with the keyboard only: Enter saves and starts the next', async () => {
    const { api, user, container } = setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Planungswerkstatt' })).toBeInTheDocument();
    await waitFor(() => expect(titleField()).toHaveFocus());
    expect(screen.getByLabelText('Handlungsfeld')).toHaveDisplayValue('Zusammenleben in Vielfalt');
    expect(screen.getByLabelText('Herkunft')).toHaveDisplayValue('Planungswerkstatt');
    expect(screen.getByLabelText(/^Beschreibung/)).toHaveAccessibleDescription('Enter speichert den Vorschlag, Umschalt + Enter beginnt eine neue Zeile.');
    expect(sessionList()).toHaveTextContent('In dieser Sitzung erfasst (0)');
    expect(await axeViolations(container)).toEqual([]);

    // 1: only a title, Enter in the title field.
    await user.keyboard('Nachbarschaftsfest im Park{Enter}');
    await waitFor(() => expect(sessionList()).toHaveTextContent('In dieser Sitzung erfasst (1)'));
    expect(titleField()).toHaveValue('');
    await waitFor(() => expect(titleField()).toHaveFocus());
    expect(screen.getByText('Gespeichert: ZL-02 „Nachbarschaftsfest im Park“')).toBeInTheDocument();

    // 2: title, description over two lines (Shift+Enter), points, Enter in the points field.
    await user.keyboard('Mehrsprachige Elternabende{Tab}An drei Schulen.{Shift>}{Enter}{/Shift}Mit Dolmetschenden.{Tab}7{Enter}');
    await waitFor(() => expect(sessionList()).toHaveTextContent('In dieser Sitzung erfasst (2)'));
    await waitFor(() => expect(titleField()).toHaveFocus());
    expect(screen.getByLabelText(/^Beschreibung/)).toHaveValue('');
    expect(screen.getByLabelText(/^Punkte/)).toHaveValue('');

    // 3: the duplicate hint appears while typing – a hint, not a block; Enter in the description saves.
    await user.keyboard('Sprachcafés für Eltern');
    const hint = await screen.findByText(/Ähnliche Vorschläge:/);
    expect(hint.closest('[aria-live="polite"]')).toHaveTextContent('Ähnliche Vorschläge: ZL-01 Sprachcafés in Stadtteilzentren');
    expect(titleField()).toHaveAccessibleDescription(expect.stringContaining('ZL-01 Sprachcafés in Stadtteilzentren'));
    await user.keyboard('{Tab}Am Vormittag, mit Kinderbetreuung.{Enter}');
    await waitFor(() => expect(sessionList()).toHaveTextContent('In dieser Sitzung erfasst (3)'));
    await waitFor(() => expect(titleField()).toHaveFocus());
    expect(screen.queryByText(/Ähnliche Vorschläge:/)).not.toBeInTheDocument();

    expect(api.callsOf('measures.create')).toEqual([
      { editionId: 1, fieldOfActionId: 1, origin: 'workshop', originNote: '', title: 'Nachbarschaftsfest im Park', description: '', priorityPoints: 0 },
      { editionId: 1, fieldOfActionId: 1, origin: 'workshop', originNote: '', title: 'Mehrsprachige Elternabende', description: 'An drei Schulen.\nMit Dolmetschenden.', priorityPoints: 7 },
      { editionId: 1, fieldOfActionId: 1, origin: 'workshop', originNote: '', title: 'Sprachcafés für Eltern', description: 'Am Vormittag, mit Kinderbetreuung.', priorityPoints: 0 },
    ]);
    // Newest first, with number, title and field.
    expect(sessionRows()).toEqual([
      'ZL-04Sprachcafés für ElternZusammenleben in Vielfalt',
      'ZL-03Mehrsprachige ElternabendeZusammenleben in Vielfalt',
      'ZL-02Nachbarschaftsfest im ParkZusammenleben in Vielfalt',
    ]);
    expect(screen.getByRole('link', { name: 'Sprachcafés für Eltern' })).toHaveAttribute('href', '#/leitbild/massnahmen/4');
  });

  it('shows an empty title at the field and keeps the focus there', async () => {
    const { api, user } = setup();
    await waitFor(() => expect(titleField()).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(titleField()).toHaveAttribute('aria-invalid', 'true'));
    expect(titleField()).toHaveAccessibleDescription(expect.stringContaining('Bitte füllen Sie dieses Feld aus.'));
    expect(titleField()).toHaveFocus();
    expect(sessionList()).toHaveTextContent('(0)');

    await user.keyboard('Patenschaften für Neuzugezogene{Tab}{Tab}zwölf{Enter}');
    const points = screen.getByLabelText(/^Punkte/);
    await waitFor(() => expect(points).toHaveAttribute('aria-invalid', 'true'));
    expect(points).toHaveFocus();
    expect(api.callsOf('measures.create')).toHaveLength(1);
    await user.keyboard('{Control>}a{/Control}{Backspace}12{Enter}');
    await waitFor(() => expect(sessionList()).toHaveTextContent('(1)'));
    expect(titleField()).not.toHaveAttribute('aria-invalid');
  });

  it('remembers field, origin and origin note between proposals and on this PC', async () => {
    window.localStorage.setItem(REMEMBERED_KEY, JSON.stringify({ editionId: 1, fieldOfActionId: 3, origin: 'forum', originNote: 'Fachforum Integration' }));
    const { api, user } = setup();
    await waitFor(() => expect(titleField()).toHaveFocus());
    expect(screen.getByLabelText('Handlungsfeld')).toHaveDisplayValue('Sprache');
    expect(screen.getByLabelText('Herkunft')).toHaveDisplayValue('Fachforum');
    expect(screen.getByLabelText(/^Herkunft-Notiz/)).toHaveValue('Fachforum Integration');

    await user.keyboard('Deutschkurse am Abend{Enter}');
    await waitFor(() => expect(sessionList()).toHaveTextContent('(1)'));
    await user.keyboard('Lesepaten in Bibliotheken{Enter}');
    await waitFor(() => expect(sessionList()).toHaveTextContent('(2)'));
    expect(screen.getByLabelText('Handlungsfeld')).toHaveDisplayValue('Sprache');
    expect(screen.getByLabelText(/^Herkunft-Notiz/)).toHaveValue('Fachforum Integration');
    expect(api.callsOf('measures.create').map((input) => (input as { fieldOfActionId: number; origin: string; originNote: string }).originNote)).toEqual([
      'Fachforum Integration',
      'Fachforum Integration',
    ]);
    expect(sessionRows()[0]).toBe('SP-02Lesepaten in BibliothekenSprache');

    await user.selectOptions(screen.getByLabelText('Handlungsfeld'), 'Arbeit und Bildung');
    expect(JSON.parse(window.localStorage.getItem(REMEMBERED_KEY) ?? '{}')).toEqual({ editionId: 1, fieldOfActionId: 2, origin: 'forum', originNote: 'Fachforum Integration' });
  });

  it('takes 30 proposals in a row without the mouse', { timeout: 30_000 }, async () => {
    const { api, user } = setup({ delay: null });
    await waitFor(() => expect(titleField()).toHaveFocus());
    for (let index = 1; index <= 30; index++) {
      await user.keyboard(`Vorschlag ${index}{Tab}Beschreibung ${index}{Enter}`);
      await waitFor(() => expect(sessionList()).toHaveTextContent(`(${index})`));
      await waitFor(() => expect(titleField()).toHaveFocus());
    }
    expect(api.callsOf('measures.create')).toHaveLength(30);
    expect(sessionRows()[0]).toBe('ZL-31Vorschlag 30Zusammenleben in Vielfalt');
  });
});
