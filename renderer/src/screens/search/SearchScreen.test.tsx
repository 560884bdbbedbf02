import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths, withQuery } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { defaultEdition, editionsHandlers, fakeApi } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { measuresHandlers } from '../measures/fake-measures';
import { Highlighted } from './Highlighted';
import { SearchScreen } from './SearchScreen';

const OLDER = { ...defaultEdition, id: 2, title: 'Zusammenleben in Vielfalt', periodFrom: 2019, periodTo: 2021 };

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

function setup(path: string = paths.search) {
  const store = measuresHandlers([
    { code: 'SP-01', title: 'Sprachkurse mit Kinderbetreuung', field: 2, status: 'adopted', description: 'Deutschkurse am Vormittag, während die Kinder betreut werden.' },
    { code: 'ZL-01', title: 'Sprachcafés in Stadtteilzentren', field: 0, status: 'proposed', description: 'Offene Treffen, um Deutsch im Alltag zu sprechen.' },
    { code: 'ZL-02', title: 'Kurs <b>fett</b> für Eltern', field: 0, description: 'Ein Sprachkurs für Eltern.' },
    { code: 'AB-09', title: 'Sprachkurs im Betrieb', field: 1, status: 'completed', editionId: 2 },
  ]);
  const api = fakeApi({ ...editionsHandlers([defaultEdition, OLDER]), ...store.handlers });
  const user = userEvent.setup();
  const view = renderScreen(<SearchScreen />, { api, path });
  return { api, user, ...view };
}

const hits = () => within(screen.getByRole('region', { name: 'Suchergebnisse' })).queryAllByRole('listitem');

describe('Suche', () => {
  it('finds measures while typing, marks the matches and keeps the query in the address', async () => {
    window.history.replaceState(null, '', '#/leitbild/suche');
    const { api, user, container } = setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Suche' })).toBeInTheDocument();
    const field = await screen.findByRole('searchbox', { name: 'Suchbegriff' });
    expect(field).toHaveAccessibleDescription('Wortanfänge genügen: „Sprachkurs“ findet auch „Sprachkurse“.');
    expect(screen.getByRole('checkbox', { name: 'In allen Ausgaben suchen' })).not.toBeChecked();

    await user.type(field, 'sprachk');
    expect(await screen.findByText('2 Treffer für „sprachk“')).toBeInTheDocument();
    expect(api.callsOf('measures.search')).toEqual([{ text: 'sprachk', limit: 50, editionId: 1 }]);
    expect(window.location.hash).toBe('#/leitbild/suche?q=sprachk');

    const [first] = hits();
    const link = within(first!).getByRole('link', { name: 'Sprachkurse mit Kinderbetreuung' });
    expect(link).toHaveAttribute('href', '#/leitbild/massnahmen/1');
    expect(within(link).getByText('Sprachkurse', { selector: 'mark' })).toBeInTheDocument();
    expect(within(first!).getByText('SP-01')).toBeInTheDocument();
    expect(within(first!).getByText('beschlossen')).toHaveClass('status-badge');
    expect(first!.querySelectorAll('mark')).toHaveLength(1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders titles as text: markup in a title stays visible, only the markers become <mark>', async () => {
    const { user } = setup();
    await user.type(await screen.findByRole('searchbox', { name: 'Suchbegriff' }), 'eltern');
    const link = await screen.findByRole('link', { name: 'Kurs <b>fett</b> für Eltern' });
    expect(link.querySelector('b')).toBeNull();
    expect(link.innerHTML).toBe('Kurs &lt;b&gt;fett&lt;/b&gt; für <mark>Eltern</mark>');
    const snippet = hits()[0]!.querySelector('.search-hit__snippet');
    expect(snippet?.innerHTML).toBe('Ein Sprachkurs für <mark>Eltern</mark>.');
  });

  it('runs the search from the address (a reload keeps it) and searches all editions on request', async () => {
    const { api, user } = setup(withQuery(paths.search, { q: 'Sprachkurs' }));
    expect(await screen.findByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue('Sprachkurs');
    expect(await screen.findByText('2 Treffer für „Sprachkurs“')).toBeInTheDocument();
    expect(screen.getByText('Gesucht wird in der Ausgabe Zusammenleben in Vielfalt 2022–2024.')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'In allen Ausgaben suchen' }));
    expect(await screen.findByText('3 Treffer für „Sprachkurs“')).toBeInTheDocument();
    expect(api.callsOf('measures.search').at(-1)).toEqual({ text: 'Sprachkurs', limit: 50 });
    expect(window.location.hash).toBe('#/leitbild/suche?q=Sprachkurs&alle=1');
    const older = hits().find((hit) => hit.textContent?.includes('AB-09'));
    expect(older).toHaveTextContent('Ausgabe Zusammenleben in Vielfalt 2019–2021');
  });

  it('says when nothing was found, and Enter searches at once', async () => {
    const { api, user } = setup();
    await user.type(await screen.findByRole('searchbox', { name: 'Suchbegriff' }), 'Quartiersbus{Enter}');
    await waitFor(() => expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('Keine Treffer für „Quartiersbus“'));
    expect(screen.getByRole('button', { name: 'In allen Ausgaben suchen' })).toBeInTheDocument();
    expect(api.callsOf('measures.search')).toHaveLength(1);
    expect(hits()).toEqual([]);
  });
});

describe('Highlighted', () => {
  it('turns \\u0002…\\u0003 into <mark> and drops stray markers', () => {
    const { container } = render(
      <p>
        <Highlighted text={'\u0002Sprach\u0003kurs <i> und \u0002Sprach\u0003café\u0003'} />
      </p>,
    );
    expect(container.innerHTML).toBe('<p><mark>Sprach</mark>kurs &lt;i&gt; und <mark>Sprach</mark>café</p>');
  });
});
