import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths, toPath } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { PREVIOUS_GUIDELINES, seedHarburgEditions, type HarburgEditions } from '../../../../test-support/builders/editions';
import { realApi } from '../../../../test-support/real-api';
import { EditionScreen } from './EditionScreen';

// A real core on a shared machine: a screen with several round trips may take seconds.
vi.setConfig({ testTimeout: 20_000 });

/** Harburg's three editions on the real core; the page of „Zusammenleben in Vielfalt“ unless another is chosen. */
async function setup(which: (editions: HarburgEditions) => number | string = (editions) => editions.previous.id) {
  const api = await realApi();
  const editions = await seedHarburgEditions(api, { successor: true });
  const user = userEvent.setup();
  const view = renderScreen(<EditionScreen />, { api, path: toPath(paths.edition, { id: which(editions) }), settings: await api.settings(), status: await api.status() });
  return { api, user, editions, ...view };
}

const guidelineGroups = () => screen.getAllByRole('group', { name: /^Leitlinie \d+$/ });
const guidelineTitles = () => guidelineGroups().map((group) => (within(group).getByLabelText('Titel') as HTMLInputElement).value);

async function loaded() {
  return screen.findByRole('heading', { level: 1, name: 'Zusammenleben in Vielfalt 2022–2024' });
}

afterEach(() => window.localStorage.clear());

describe('Ausgabe bearbeiten', () => {
  it('shows the edition with all its fields, its neighbours and Leitlinien; no axe violations', async () => {
    const { container, editions } = await setup();
    await loaded();
    // The edition's "Titel" comes first; each Leitlinie has one of its own.
    expect(screen.getAllByLabelText('Titel')[0]).toHaveValue('Zusammenleben in Vielfalt');
    expect(screen.getByLabelText(/^Untertitel/)).toHaveValue('Harburger Integrationskonzept – Leitbild und Maßnahmen');
    expect(screen.getByLabelText('von')).toHaveValue('2022');
    expect(screen.getByLabelText('bis')).toHaveValue('2024');
    expect(screen.getByLabelText('Status')).toHaveDisplayValue('beschlossen');
    // The app's own date field shows the German format (Chromium's would follow the browser's language).
    expect(screen.getByLabelText(/^Beschlussdatum/)).toHaveValue('28.06.2022');
    expect(screen.getByLabelText(/^Drucksache/)).toHaveValue('21-2519');
    expect(screen.getByLabelText('Vorwort (optional)')).toHaveValue('Harburg ist seit Jahrzehnten ein vielfältiger Bezirk.');
    expect(screen.getByLabelText('Leitbild-Text (optional)')).toHaveValue('Harburg ist ein Ort, an dem sich alle Menschen zu Hause fühlen können.');
    expect(guidelineTitles()).toEqual(['Begegnung ermöglichen', 'Sprache als Schlüssel', 'Engagement stärken']);

    // The neighbours come from the list of editions, a call of its own that may answer after the page's.
    const predecessor = await screen.findByRole('link', { name: 'Harburg integriert 2018–2021' });
    expect(screen.getByText('Vorgänger-Ausgabe').nextElementSibling).toContainElement(predecessor);
    expect(screen.getByRole('link', { name: 'Harburg integriert 2018–2021' })).toHaveAttribute('href', `#/leitbild/ausgaben/${editions.old.id}`);
    expect(screen.getByRole('link', { name: 'Vielfalt gestalten 2025–2027' })).toHaveAttribute('href', `#/leitbild/ausgaben/${editions.successor!.id}`);
    expect(screen.getByRole('link', { name: 'Zurück zu den Ausgaben' })).toHaveAttribute('href', '#/leitbild/ausgaben');
    expect(screen.getByRole('button', { name: 'Leitlinie „Begegnung ermöglichen“ nach oben verschieben' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Leitlinie „Engagement stärken“ nach unten verschieben' })).toBeDisabled();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows no "Vorgänger-Ausgabe" for the first edition', async () => {
    await setup((editions) => editions.old.id);
    await screen.findByRole('heading', { level: 1, name: 'Harburg integriert 2018–2021' });
    expect(screen.queryByText('Vorgänger-Ausgabe')).not.toBeInTheDocument();
    expect(screen.getByText('Diese Ausgabe hat noch keine Leitlinien.')).toBeInTheDocument();
  });

  it('saves every field and the full list of Leitlinien', async () => {
    const { api, editions, user } = await setup();
    await loaded();
    const subtitle = screen.getByLabelText(/^Untertitel/);
    await user.clear(subtitle);
    await user.type(subtitle, 'Leitbild und Maßnahmen');
    await user.selectOptions(screen.getByLabelText('Status'), 'veröffentlicht');
    await user.clear(screen.getByLabelText(/^Beschlussdatum/));
    await user.clear(screen.getByLabelText(/^Drucksache/));
    await user.type(screen.getByLabelText(/^Drucksache/), '21-2600');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    expect(await screen.findByText('Die Änderungen an „Zusammenleben in Vielfalt“ wurden gespeichert.')).toBeInTheDocument();
    expect(await api.must('editions.get', { id: editions.previous.id })).toMatchObject({
        title: 'Zusammenleben in Vielfalt',
        subtitle: 'Leitbild und Maßnahmen',
        periodFrom: 2022,
        periodTo: 2024,
        status: 'published',
        adoptedOn: null,
        drucksache: '21-2600',
        preamble: 'Harburg ist seit Jahrzehnten ein vielfältiger Bezirk.',
        leitbildText: 'Harburg ist ein Ort, an dem sich alle Menschen zu Hause fühlen können.',
        guidelines: PREVIOUS_GUIDELINES.map((guideline, index) => ({ ...guideline, position: index + 1 })),
    });
    // The edition list (picker, titles) learns about the change.
    await waitFor(() => expect(api.callsOf('editions.list').length).toBeGreaterThan(1));
  });

  it('moves Leitlinien up and down, keeps the focus on the moved one and sends the new order', async () => {
    const { api, editions, user } = await setup();
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Leitlinie „Engagement stärken“ nach oben verschieben' }));
    expect(guidelineTitles()).toEqual(['Begegnung ermöglichen', 'Engagement stärken', 'Sprache als Schlüssel']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Leitlinie „Engagement stärken“ nach oben verschieben' })).toHaveFocus());
    expect(screen.getByText('Leitlinie „Engagement stärken“ steht jetzt an Position 2.')).toBeInTheDocument();

    // At the top, "nach oben" is disabled: the focus goes to "nach unten".
    await user.click(screen.getByRole('button', { name: 'Leitlinie „Engagement stärken“ nach oben verschieben' }));
    expect(guidelineTitles()).toEqual(['Engagement stärken', 'Begegnung ermöglichen', 'Sprache als Schlüssel']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Leitlinie „Engagement stärken“ nach unten verschieben' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Leitlinie „Begegnung ermöglichen“ nach unten verschieben' }));
    expect(guidelineTitles()).toEqual(['Engagement stärken', 'Sprache als Schlüssel', 'Begegnung ermöglichen']);

    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await screen.findByText('Die Änderungen an „Zusammenleben in Vielfalt“ wurden gespeichert.');
    const stored = await api.must('editions.get', { id: editions.previous.id });
    expect(stored.guidelines.map((guideline) => `${guideline.position} ${guideline.title}`)).toEqual(['1 Engagement stärken', '2 Sprache als Schlüssel', '3 Begegnung ermöglichen']);
  });

  it('adds a Leitlinie (focus in its title) and removes one', async () => {
    const { api, editions, user } = await setup();
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Leitlinie hinzufügen' }));
    const added = guidelineGroups()[3]!;
    expect(added).toHaveAccessibleName('Leitlinie 4');
    await waitFor(() => expect(within(added).getByLabelText('Titel')).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Leitlinie 4 entfernen' })).toBeInTheDocument();
    await user.type(within(added).getByLabelText('Titel'), 'Gemeinsam gegen Diskriminierung');
    await user.type(within(added).getByLabelText(/^Text/), 'Beratung für Betroffene.');

    await user.click(screen.getByRole('button', { name: 'Leitlinie „Sprache als Schlüssel“ entfernen' }));
    expect(guidelineTitles()).toEqual(['Begegnung ermöglichen', 'Engagement stärken', 'Gemeinsam gegen Diskriminierung']);
    // The focus moves to the Leitlinie that took its place.
    await waitFor(() => expect(within(guidelineGroups()[1]!).getByLabelText('Titel')).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await screen.findByText('Die Änderungen an „Zusammenleben in Vielfalt“ wurden gespeichert.');
    const stored = await api.must('editions.get', { id: editions.previous.id });
    expect(stored.guidelines.map(({ title, text }) => ({ title, text }))).toEqual([
      { title: 'Begegnung ermöglichen', text: 'Orte und Anlässe für Begegnung.' },
      { title: 'Engagement stärken', text: 'Ehrenamt gewinnen und anerkennen.' },
      { title: 'Gemeinsam gegen Diskriminierung', text: 'Beratung für Betroffene.' },
    ]);
  });

  it('shows a nested error (guidelines.2.title) at that Leitlinie and moves the focus there', async () => {
    const { api, editions, user } = await setup();
    await loaded();
    const third = guidelineGroups()[2]!;
    await user.clear(within(third).getByLabelText('Titel'));
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    const title = within(third).getByLabelText('Titel');
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
    await waitFor(() => expect(title).toHaveFocus());
    expect(within(guidelineGroups()[0]!).getByLabelText('Titel')).not.toHaveAttribute('aria-invalid');
    // Not also as a message at the top of the form.
    expect(screen.queryByText('Bitte prüfen Sie Ihre Eingaben.')).not.toBeInTheDocument();
    expect((await api.must('editions.get', { id: editions.previous.id })).guidelines.map((guideline) => guideline.title)).toEqual(PREVIOUS_GUIDELINES.map((guideline) => guideline.title));
  });

  it('shows errors of the edition and of a Leitlinie together; the first field gets the focus', async () => {
    const { user } = await setup();
    await loaded();
    // A Drucksache that is none and a text over 8,000 characters: both refused by the real contract.
    await user.clear(screen.getByLabelText(/^Drucksache/));
    await user.type(screen.getByLabelText(/^Drucksache/), 'BV Harburg');
    const text = within(guidelineGroups()[1]!).getByLabelText(/^Text/);
    await user.clear(text);
    await user.click(text);
    await user.paste('x'.repeat(8001));
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    const drucksache = screen.getByLabelText(/^Drucksache/);
    await waitFor(() => expect(drucksache).toHaveFocus());
    expect(drucksache).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie die Drucksachennummer in der Form „21-1234“ ein.'));
    expect(within(guidelineGroups()[1]!).getByLabelText(/^Text/)).toHaveAccessibleDescription('Bitte geben Sie höchstens 8.000 Zeichen ein.');
  });

  it('shows the period error at „bis“', async () => {
    const { user } = await setup();
    await loaded();
    const from = screen.getByLabelText('von');
    await user.clear(from);
    await user.type(from, '2026');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    const to = screen.getByLabelText('bis');
    await waitFor(() => expect(to).toHaveFocus());
    expect(to).toHaveAccessibleDescription('Das Ende des Zeitraums darf nicht vor dem Anfang liegen.');
  });

  it('says clearly when the edition does not exist', async () => {
    const { container } = await setup(() => 99);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ausgabe nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByText(/Diese Ausgabe des Leitbilds gibt es nicht \(mehr\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zu den Ausgaben' })).toHaveAttribute('href', '#/leitbild/ausgaben');
    expect(screen.queryByRole('button', { name: 'Änderungen speichern' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('does not even ask for an address that is no id', async () => {
    const { api } = await setup(() => 'abc');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ausgabe nicht gefunden' })).toBeInTheDocument();
    expect(api.callsOf('editions.get')).toEqual([]);
  });
});
