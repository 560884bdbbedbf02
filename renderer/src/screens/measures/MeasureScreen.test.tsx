import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { paths, toPath } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { addMeasure, seedLeitbild, type MeasureSeed } from '../../../../test-support/builders/leitbild';
import { realApi, type RealApi } from '../../../../test-support/real-api';
import type { MeasureDto } from '../../../../contract';
import { applyLanguage } from '../../i18n/i18n';
import { MeasureScreen } from './MeasureScreen';

// A real core on a shared machine: a screen with several round trips may take seconds.
vi.setConfig({ testTimeout: 20_000 });

const SEEDS: MeasureSeed[] = [
  {
    code: 'ZL-01',
    title: 'Sprachcafés in Stadtteilzentren',
    field: 0,
    status: 'submitted',
    lead: 'Bürgerhaus',
    tags: ['Sprache', 'Begegnung'],
    points: 12,
    description: 'Wöchentliche Treffen.',
    proposedOn: '2026-03-14',
    changedOn: '2026-05-01',
  },
  { code: 'ZL-02', title: 'Interkulturelles Fest', field: 0, status: 'completed', proposedOn: '2026-03-14', changedOn: '2026-05-01' },
];

const germanToday = () => new Date().toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

/** ZL-01 (beantragt) and ZL-02 (umgesetzt) in a draft edition; changes are entered by „Meier“. */
async function seeded() {
  const api = await realApi();
  await api.must('settings.update', { userName: 'Meier' });
  const leitbild = await seedLeitbild(api, { measures: SEEDS });
  return { api, ...leitbild };
}

async function show(api: RealApi, id: number | string) {
  const user = userEvent.setup();
  const view = renderScreen(<MeasureScreen />, { api, path: toPath(paths.measure, { id }), settings: await api.settings(), status: await api.status() });
  return { user, ...view };
}

/** Opens one of the seeded measures: ZL-01 unless another index (or an id that is none) is given. */
async function setup(which: { index?: number; id?: number | string } = {}) {
  const state = await seeded();
  const id = state.measures[which.index ?? 0]!.id;
  return { ...state, id, ...(await show(state.api, which.id ?? id)) };
}

const timeline = () => screen.getByRole('heading', { level: 2, name: 'Verlauf' }).closest('section') as HTMLElement;

describe('Maßnahme – detail', () => {
  it('shows the measure with its fields, status and history (oldest first), without axe violations', async () => {
    const { container } = await setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'ZL-01 – Sprachcafés in Stadtteilzentren' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('ZL-01 – Sprachcafés in Stadtteilzentren – Leitbild-Werkstatt'));
    expect(screen.getByRole('link', { name: 'Zurück zu den Maßnahmen' })).toHaveAttribute('href', '#/leitbild/massnahmen');

    expect(screen.getByLabelText(/^Nummer/)).toHaveValue('ZL-01');
    expect(screen.getByLabelText('Titel')).toHaveValue('Sprachcafés in Stadtteilzentren');
    expect(screen.getByLabelText(/^Beschreibung/)).toHaveValue('Wöchentliche Treffen.');
    await waitFor(() => expect(screen.getByLabelText('Handlungsfeld')).toHaveDisplayValue('Zusammenleben in Vielfalt'));
    expect(screen.getByLabelText('Herkunft')).toHaveDisplayValue('Planungswerkstatt');
    expect(within(screen.getByLabelText('Herkunft')).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Planungswerkstatt',
      'Sprechstunde',
      'Fachforum',
      'Arbeitsgruppe',
      'Sonstiges',
    ]);
    expect(screen.getByLabelText(/^Priorität \(Punkte\)/)).toHaveValue('12');
    expect(screen.getByLabelText(/^Schlagwörter/)).toHaveValue('Begegnung, Sprache');
    for (const label of [/^Ziel \(/, /^Notiz zur Herkunft/, /^Federführung/, /^Partner/, /^Zielgruppe/, /^Kosten/, /^Finanzierung/, /^Zeitraum von/, /^Zeitraum bis/]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }

    // Proposal, then along the lifecycle: in Beratung, empfohlen, beantragt.
    const entries = within(within(timeline()).getByRole('list')).getAllByRole('listitem');
    expect(entries).toHaveLength(4);
    expect(entries[0]).toHaveTextContent('14. März 2026');
    expect(entries[0]).toHaveTextContent('Aufgenommen als Vorschlag');
    expect(entries[1]).toHaveTextContent('von Vorschlag → nach in Beratung');
    expect(entries[3]).toHaveTextContent('1. Mai 2026');
    expect(entries[3]).toHaveTextContent('von empfohlen → nach beantragt');
    expect(entries[3]).toHaveTextContent(`eingetragen von Meier am ${germanToday()}`);
    expect(screen.getByText('Als Nächstes möglich: „beschlossen“ oder „abgelehnt“.')).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('saves all fields and shows errors at their fields', async () => {
    const { api, id, fields, user } = await setup();
    await screen.findByRole('heading', { level: 1, name: /ZL-01/ });
    const title = screen.getByLabelText('Titel');
    await user.clear(title);
    await user.type(title, 'Sprachcafés im Bezirk');
    await user.selectOptions(screen.getByLabelText('Herkunft'), 'Fachforum');
    await user.type(screen.getByLabelText(/^Notiz zur Herkunft/), 'Fachforum Integration 2026');
    await user.clear(screen.getByLabelText(/^Priorität/));
    await user.type(screen.getByLabelText(/^Priorität/), '14');
    await user.type(screen.getByLabelText(/^Kosten/), '12.000 € pro Jahr');
    await user.type(screen.getByLabelText(/^Zeitraum von/), '2026');
    await user.type(screen.getByLabelText(/^Zeitraum bis/), '2025');
    await user.clear(screen.getByLabelText(/^Schlagwörter/));
    await user.type(screen.getByLabelText(/^Schlagwörter/), 'Sprache, Ehrenamt , sprache,');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    // The main side refuses a period running backwards: the message is at "Zeitraum bis".
    const periodTo = screen.getByLabelText(/^Zeitraum bis/);
    await waitFor(() => expect(periodTo).toHaveAttribute('aria-invalid', 'true'));
    expect(periodTo).toHaveAccessibleDescription(expect.stringContaining('Das Ende des Zeitraums darf nicht vor dem Anfang liegen.'));
    expect(periodTo).toHaveFocus();

    await user.clear(periodTo);
    await user.type(periodTo, '2027');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    expect(await screen.findByText('Die Änderungen an ZL-01 wurden gespeichert.')).toBeInTheDocument();
    const saved = await api.must('measures.get', { id });
    expect(saved).toMatchObject({
      code: 'ZL-01',
      title: 'Sprachcafés im Bezirk',
      fieldOfActionId: fields[0]!.id,
      description: 'Wöchentliche Treffen.',
      goal: '',
      origin: 'forum',
      originNote: 'Fachforum Integration 2026',
      priorityPoints: 14,
      lead: 'Bürgerhaus',
      partners: '',
      targetGroup: '',
      cost: '12.000 € pro Jahr',
      funding: '',
      periodFrom: 2026,
      periodTo: 2027,
      // Keywords trimmed, without duplicates (also in other case), stored in order.
      tags: ['Ehrenamt', 'Sprache'],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'ZL-01 – Sprachcafés im Bezirk' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Schlagwörter/)).toHaveValue('Ehrenamt, Sprache');
    expect(periodTo).not.toHaveAttribute('aria-invalid');

    // A number already in use, and a year that is not one.
    await user.clear(screen.getByLabelText(/^Nummer/));
    await user.type(screen.getByLabelText(/^Nummer/), 'zl-02');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(screen.getByLabelText(/^Nummer/)).toHaveAccessibleDescription(expect.stringContaining('Die Nummer „ZL-02“ ist in dieser Ausgabe schon vergeben.')));
    await user.clear(screen.getByLabelText(/^Zeitraum von/));
    await user.type(screen.getByLabelText(/^Zeitraum von/), '20x6');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(screen.getByLabelText(/^Zeitraum von/)).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie ein Jahr mit vier Ziffern ein')));
    // The year is checked before asking the main side; nothing of the refused changes was stored.
    expect(api.callsOf('measures.update')).toHaveLength(3);
    expect(await api.must('measures.get', { id })).toMatchObject({ code: 'ZL-01', periodFrom: 2026, periodTo: 2027 });
  });

  it('changes the status with only the allowed next statuses and adds it to the history', async () => {
    const { api, id, user } = await setup();
    await screen.findByRole('heading', { level: 1, name: /ZL-01/ });
    const open = screen.getByRole('button', { name: 'Status ändern' });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Status ändern' });
    expect(dialog).toHaveAccessibleDescription('ZL-01 „Sprachcafés in Stadtteilzentren“ steht derzeit auf „beantragt“.');
    const select = within(dialog).getByLabelText('Neuer Status');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Bitte wählen', 'beschlossen', 'abgelehnt']);
    await user.selectOptions(select, 'beschlossen');
    await user.type(within(dialog).getByLabelText('Drucksache'), '21-1967');
    await user.clear(within(dialog).getByLabelText('Datum'));
    await user.type(within(dialog).getByLabelText('Datum'), '2026-06-24');
    await user.type(within(dialog).getByLabelText(/^Begründung/), 'Beschluss der Bezirksversammlung');
    await user.click(within(dialog).getByRole('button', { name: 'Status ändern' }));

    expect(await screen.findByText('ZL-01 steht jetzt auf „beschlossen“.')).toBeInTheDocument();
    const stored = await api.must('measures.get', { id });
    expect(stored.status).toBe('adopted');
    expect(stored.history.at(-1)).toMatchObject({ changedOn: '2026-06-24', fromStatus: 'submitted', toStatus: 'adopted', reason: 'Beschluss der Bezirksversammlung', drucksache: '21-1967', enteredBy: 'Meier' });
    await waitFor(() => expect(within(within(timeline()).getByRole('list')).getAllByRole('listitem')).toHaveLength(5));
    const last = within(within(timeline()).getByRole('list')).getAllByRole('listitem')[4]!;
    expect(last).toHaveTextContent('24. Juni 2026');
    expect(last).toHaveTextContent('von beantragt → nach beschlossen');
    expect(last).toHaveTextContent('Beschluss der Bezirksversammlung');
    expect(last).toHaveTextContent('Drucksache 21-1967');
    expect(screen.getByText('Als Nächstes möglich: „in Umsetzung“ oder „eingestellt“.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Status ändern' })).toHaveFocus();
  });

  it('puts "Status ändern" and "Notiz hinzufügen" first after the heading; the note button opens the note field', async () => {
    const { user } = await setup();
    const heading = await screen.findByRole('heading', { level: 1, name: /ZL-01/ });
    heading.focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Status ändern' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Notiz hinzufügen' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('form', { name: 'Neue Fortschrittsnotiz' })).getByLabelText('Notiz')).toHaveFocus();
  });

  it('offers no status change in a final status', async () => {
    await setup({ index: 1 });
    await screen.findByRole('heading', { level: 1, name: 'ZL-02 – Interkulturelles Fest' });
    expect(screen.queryByRole('button', { name: 'Status ändern' })).not.toBeInTheDocument();
    expect(screen.getByText('Das ist ein Endstatus; der Status lässt sich nicht mehr ändern.')).toBeInTheDocument();
  });

  it('adds progress notes (newest first) and shows a missing text at the field', async () => {
    const { api, id, user } = await setup();
    await screen.findByRole('heading', { level: 1, name: /ZL-01/ });
    const notes = screen.getByRole('heading', { level: 2, name: 'Fortschrittsnotizen' }).closest('section') as HTMLElement;
    expect(within(notes).getByText('Noch keine Notizen.')).toBeInTheDocument();
    const date = within(notes).getByLabelText('Datum');
    expect(date).toHaveValue(new Date().toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }));

    await user.click(within(notes).getByRole('button', { name: 'Notiz speichern' }));
    const text = within(notes).getByLabelText('Notiz');
    await waitFor(() => expect(text).toHaveAttribute('aria-invalid', 'true'));
    expect(text).toHaveFocus();

    await user.clear(date);
    await user.type(date, '2026-09-01');
    await user.type(text, 'Erstes Sprachcafé mit 14 Gästen.');
    await user.click(within(notes).getByRole('button', { name: 'Notiz speichern' }));
    expect(await screen.findByText('Die Notiz wurde gespeichert.')).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '2026-10-15');
    await user.type(text, 'Zweiter Standort in Heimfeld.');
    await user.click(within(notes).getByRole('button', { name: 'Notiz speichern' }));

    const list = await within(notes).findByRole('list', { name: '2 Fortschrittsnotizen, neueste zuerst' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('15. Oktober 2026');
    expect(items[0]).toHaveTextContent('Zweiter Standort in Heimfeld.');
    expect(items[0]).toHaveTextContent('eingetragen von Meier');
    expect(items[1]).toHaveTextContent('Erstes Sprachcafé mit 14 Gästen.');
    expect(text).toHaveValue('');
    expect(text).toHaveFocus();
    // The empty note was refused by the main side; the two others are stored.
    expect(api.callsOf('measures.addNote')).toHaveLength(3);
    expect((await api.must('measures.get', { id })).notes.map(({ notedOn, text, enteredBy }) => ({ notedOn, text, enteredBy }))).toEqual([
      { notedOn: '2026-10-15', text: 'Zweiter Standort in Heimfeld.', enteredBy: 'Meier' },
      { notedOn: '2026-09-01', text: 'Erstes Sprachcafé mit 14 Gästen.', enteredBy: 'Meier' },
    ]);
  });

  it('links to the predecessor in the previous edition', async () => {
    const { api, edition, fields } = await seeded();
    const running = await addMeasure(api, edition.id, fields, { code: 'ZL-03', title: 'Mehrsprachige Willkommensmappe', status: 'implementing' });
    const next = await api.must('editions.createFromPrevious', { previousId: edition.id, title: 'Zusammenleben in Vielfalt', subtitle: '', periodFrom: 2025, periodTo: 2027, carryOverMeasureIds: [running.id] });
    const carried = (await api.must('measures.list', { editionId: next.id })).rows.find((row) => row.title === running.title)!;
    await show(api, carried.id);
    await screen.findByRole('heading', { level: 1, name: `${carried.code} – Mehrsprachige Willkommensmappe` });
    const paragraph = screen.getByText(/Fortgeführt aus/);
    expect(paragraph).toHaveTextContent('Fortgeführt aus ZL-03, Zusammenleben in Vielfalt 2022–2024');
    expect(within(paragraph).getByRole('link', { name: 'ZL-03, Zusammenleben in Vielfalt 2022–2024' })).toHaveAttribute('href', `#/leitbild/massnahmen/${running.id}`);
  });

  it.each([999, 'abc'])('says clearly when there is no such measure (%s)', async (id) => {
    const { container } = await setup({ id });
    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahme nicht gefunden' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('alert')).toHaveTextContent('Diese Maßnahme gibt es nicht (mehr).');
    expect(screen.getByRole('link', { name: 'Zurück zu den Maßnahmen' })).toHaveAttribute('href', '#/leitbild/massnahmen');
    expect(await axeViolations(container)).toEqual([]);
  });
});

/** A colleague's form save: every field as stored, with the given changes. */
const colleagueSaves = (api: RealApi, stored: MeasureDto, change: Partial<MeasureDto>) => {
  const { id, version, code, title, fieldOfActionId, description, goal, origin, originNote, priorityPoints, lead, partners, targetGroup, cost, funding, periodFrom, periodTo } = { ...stored, ...change };
  const fields = { code, title, fieldOfActionId, description, goal, origin, originNote, priorityPoints, lead, partners, targetGroup, cost, funding, periodFrom, periodTo };
  return api.must('measures.update', { id, version, ...fields, tags: [...stored.tags] });
};

describe('Maßnahme – saved meanwhile by a colleague (issue 19)', () => {
  it('shows "Inzwischen von NAME geändert" with both versions; the choice per field is saved, nothing of either is lost', async () => {
    const { api, id, user, container } = await setup();
    await screen.findByRole('heading', { level: 1, name: /ZL-01/ });
    const title = screen.getByLabelText(/^Titel/);
    await user.clear(title);
    await user.type(title, 'Sprachcafés im Bezirk');

    // Meanwhile a colleague saves the same measure: another title and another lead.
    const stored = await api.must('measures.get', { id });
    await api.must('settings.update', { userName: 'Frau Demir' });
    await colleagueSaves(api, stored, { title: 'Sprachcafés für alle', lead: 'Stadtteilzentrum' });

    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    const dialog = await screen.findByRole('dialog', { name: 'Inzwischen von Frau Demir geändert' });
    expect(screen.getByText(/Diese Maßnahme wurde inzwischen von Frau Demir geändert\. Ihre Änderungen wurden noch nicht gespeichert\./)).toBeInTheDocument();
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('2 Felder unterscheiden sich'));
    const titleChoice = within(dialog).getByRole('group', { name: 'Titel – von beiden geändert' });
    expect(within(titleChoice).getByRole('radio', { name: 'Meine Fassung' })).toBeChecked();
    expect(titleChoice).toHaveTextContent('Sprachcafés im Bezirk');
    expect(titleChoice).toHaveTextContent('Sprachcafés für alle');
    // Only the colleague changed the lead: theirs is chosen first, so saving keeps it.
    const leadChoice = within(dialog).getByRole('group', { name: 'Federführung – nur von Frau Demir geändert' });
    expect(within(leadChoice).getByRole('radio', { name: 'Fassung von Frau Demir' })).toBeChecked();
    expect(leadChoice).toHaveTextContent('Bürgerhaus');
    expect(await axeViolations(container.ownerDocument.body)).toEqual([]);
    // Nothing was saved before the choice.
    expect(await api.must('measures.get', { id })).toMatchObject({ title: 'Sprachcafés für alle', lead: 'Stadtteilzentrum', version: stored.version + 1 });

    await user.click(within(dialog).getByRole('button', { name: 'Auswahl speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(async () =>
      expect(await api.must('measures.get', { id })).toMatchObject({ title: 'Sprachcafés im Bezirk', lead: 'Stadtteilzentrum', version: stored.version + 2, updatedBy: 'Frau Demir' }),
    );
    expect(screen.getByLabelText(/^Federführung/)).toHaveValue('Stadtteilzentrum');
    expect(screen.getByRole('heading', { level: 1, name: 'ZL-01 – Sprachcafés im Bezirk' })).toBeInTheDocument();
  });

  it('"Abbrechen" keeps what was typed, saves nothing, and asks again at the next save', async () => {
    const { api, id, user } = await setup();
    await screen.findByRole('heading', { level: 1, name: /ZL-01/ });
    await user.clear(screen.getByLabelText(/^Titel/));
    await user.type(screen.getByLabelText(/^Titel/), 'Mein Titel');
    const stored = await api.must('measures.get', { id });
    await colleagueSaves(api, stored, { title: 'Ihr Titel' });
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Inzwischen von Meier geändert' })).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.getByLabelText(/^Titel/)).toHaveValue('Mein Titel');
    expect((await api.must('measures.get', { id })).title).toBe('Ihr Titel');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    expect(await screen.findByRole('dialog', { name: 'Inzwischen von Meier geändert' })).toBeInTheDocument();
  });

  it('says the same in English, without axe violations', async () => {
    const { api, id, user, container } = await setup();
    await applyLanguage('en');
    try {
      await screen.findByRole('heading', { level: 1, name: /ZL-01/ });
      await user.clear(screen.getByLabelText(/^Title/));
      await user.type(screen.getByLabelText(/^Title/), 'My title');
      await colleagueSaves(api, await api.must('measures.get', { id }), { title: 'Their title' });
      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      const dialog = await screen.findByRole('dialog', { name: 'Changed meanwhile by Meier' });
      expect(within(dialog).getByRole('group', { name: 'Title – changed by both' })).toBeInTheDocument();
      expect(within(dialog).getByRole('radio', { name: 'Version by Meier' })).not.toBeChecked();
      expect(await axeViolations(container.ownerDocument.body)).toEqual([]);
    } finally {
      await applyLanguage('de');
    }
  });
});
