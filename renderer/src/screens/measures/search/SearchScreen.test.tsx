import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { paths, withQuery } from '../../../app/paths';
import { axeViolations } from '../../../test/axe';
import { renderScreen } from '../../../test/render';
import { addMeasure, seedLeitbild } from '../../../../../test-support/builders/leitbild';
import { realApi } from '../../../../../test-support/real-api';
import { Highlighted } from './Highlighted';
import { SearchScreen } from './SearchScreen';

// A real core on a shared machine: a screen with several round trips may take seconds.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

/** The current edition (2022–2024) with three measures, and an older one (2019–2021) with one. */
async function setup(path: string = paths.search) {
  const api = await realApi();
  const current = await seedLeitbild(api, {
    measures: [
      { code: 'SP-01', title: 'Sprachkurse mit Kinderbetreuung', field: 2, status: 'adopted', description: 'Deutschkurse am Vormittag, während die Kinder betreut werden.' },
      { code: 'ZL-01', title: 'Sprachcafés in Stadtteilzentren', field: 0, status: 'proposed', description: 'Offene Treffen, um Deutsch im Alltag zu sprechen.' },
      { code: 'ZL-02', title: 'Kurs <b>fett</b> für Eltern', field: 0, description: 'Ein Sprachkurs für Eltern, <i>mittwochs</i> im Bürgerhaus.' },
    ],
  });
  const older = await seedLeitbild(api, { periodFrom: 2019, periodTo: 2021 });
  await addMeasure(api, older.edition.id, older.fields, { code: 'AB-09', title: 'Sprachkurs im Betrieb', field: 1, status: 'completed' });
  const user = userEvent.setup();
  const view = renderScreen(<SearchScreen />, { api, path, settings: await api.settings(), status: await api.status() });
  return { api, user, current, ...view };
}

const hits = () => within(screen.getByRole('region', { name: 'Suchergebnisse' })).queryAllByRole('listitem');

describe('Suche', () => {
  it('finds measures while typing, marks the matches and keeps the query in the address', async () => {
    window.history.replaceState(null, '', '#/leitbild/suche');
    const { api, user, container, current } = await setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Suche' })).toBeInTheDocument();
    const field = await screen.findByRole('searchbox', { name: 'Suchbegriff' });
    expect(field).toHaveAccessibleDescription('Wortanfänge genügen: „Sprachkurs“ findet auch „Sprachkurse“.');
    expect(screen.getByRole('checkbox', { name: 'In allen Ausgaben suchen' })).not.toBeChecked();

    await user.type(field, 'sprachk');
    expect(await screen.findByText('2 Treffer für „sprachk“')).toBeInTheDocument();
    expect(api.callsOf('measures.search')).toEqual([{ text: 'sprachk', limit: 50, editionId: current.edition.id }]);
    expect(window.location.hash).toBe('#/leitbild/suche?q=sprachk');

    const [first] = hits();
    const link = within(first!).getByRole('link', { name: 'Sprachkurse mit Kinderbetreuung' });
    expect(link).toHaveAttribute('href', `#/leitbild/massnahmen/${current.measures[0]!.id}`);
    expect(within(link).getByText('Sprachkurse', { selector: 'mark' })).toBeInTheDocument();
    expect(within(first!).getByText('SP-01')).toBeInTheDocument();
    expect(within(first!).getByText('beschlossen')).toHaveClass('status-badge');
    expect(first!.querySelectorAll('mark')).toHaveLength(1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders titles and snippets as text: markup stays visible, only the markers become <mark>', async () => {
    const { user } = await setup();
    const field = await screen.findByRole('searchbox', { name: 'Suchbegriff' });
    await user.type(field, 'eltern');
    const link = await screen.findByRole('link', { name: 'Kurs <b>fett</b> für Eltern' });
    expect(link.querySelector('b')).toBeNull();
    expect(link.innerHTML).toBe('Kurs &lt;b&gt;fett&lt;/b&gt; für <mark>Eltern</mark>');
    // The match is in the title: no snippet repeats it.
    expect(hits()[0]!.querySelector('.search-hit__snippet')).toBeNull();

    // A match in the description only: the snippet shows it, its markup as text.
    await user.clear(field);
    await user.type(field, 'mittwochs');
    await screen.findByText('1 Treffer für „mittwochs“');
    const snippet = hits()[0]!.querySelector('.search-hit__snippet');
    expect(snippet?.querySelector('i')).toBeNull();
    expect(snippet?.innerHTML).toBe('Ein Sprachkurs für Eltern, &lt;i&gt;<mark>mittwochs</mark>&lt;/i&gt; im Bürgerhaus.');
  });

  it('runs the search from the address (a reload keeps it) and searches all editions on request', async () => {
    const { api, user } = await setup(withQuery(paths.search, { q: 'Sprachkurs' }));
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
    const { api, user } = await setup();
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
