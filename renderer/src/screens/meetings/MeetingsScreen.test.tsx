import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { applyLanguage } from '../../i18n/i18n';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { fakeApi } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { meetingsStore, type SeedMeeting } from './fake-meetings';
import { MeetingsScreen } from './MeetingsScreen';

const SEEDS: SeedMeeting[] = [
  { title: '3. Sitzung der Arbeitsgruppe', startsAt: '2020-03-04T18:00', endsAt: '2020-03-04T20:00', bodyId: 1, state: 'minutes_approved' },
  { title: '4. Sitzung der Arbeitsgruppe', startsAt: '2020-05-06T18:00', bodyId: 1, state: 'held' },
  { title: 'Integrationskonferenz 2099', startsAt: '2099-09-12T10:00', kind: 'integration_conference', state: 'planned' },
  { title: 'Sitzung des Integrationsrats', startsAt: '2099-01-15T18:30', endsAt: '2099-01-15T20:30', kind: 'council_meeting', bodyId: 2, state: 'invited' },
];

function setup() {
  const store = meetingsStore(SEEDS);
  const api = fakeApi(store.handlers);
  const user = userEvent.setup();
  const view = renderScreen(<MeetingsScreen />, { api, path: paths.sessions });
  return { api, store, user, ...view };
}

const titlesIn = (name: RegExp) =>
  within(screen.getByRole('region', { name }))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);

describe('Sitzungen – list', () => {
  it('shows upcoming meetings first (soonest on top), then past ones (latest on top), with German labels', async () => {
    const { container } = setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
    await screen.findByRole('region', { name: /Anstehende Sitzungen/ });
    expect(titlesIn(/Anstehende Sitzungen/)).toEqual(['Sitzung des Integrationsrats', 'Integrationskonferenz 2099']);
    expect(titlesIn(/Vergangene Sitzungen/)).toEqual(['4. Sitzung der Arbeitsgruppe', '3. Sitzung der Arbeitsgruppe']);
    expect(screen.getByText('15.01.2099, 18:30–20:30 Uhr')).toBeInTheDocument();
    expect(screen.getByText('Protokoll genehmigt', { selector: '.meeting-state' })).toBeInTheDocument();
    expect(screen.getByText('eingeladen', { selector: '.meeting-state' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sitzung des Integrationsrats' })).toHaveAttribute('href', expect.stringMatching(/^#\/sitzungen\/\d+$/));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('filters by Gremium, Art, Status, Zeitraum and text', async () => {
    const { api, user } = setup();
    await screen.findByRole('region', { name: /Anstehende Sitzungen/ });
    await user.selectOptions(screen.getByLabelText('Gremium'), 'Arbeitsgruppe Integrationskonzept');
    await user.selectOptions(screen.getByLabelText('Art'), 'Sitzung der Arbeitsgruppe');
    await user.selectOptions(screen.getByLabelText('Status'), 'durchgeführt');
    await user.type(screen.getByLabelText('Von'), '2020-01-01');
    await user.type(screen.getByLabelText('Bis'), '2020-12-31');
    await user.type(screen.getByLabelText('Suche'), '4.');
    await waitFor(() => expect(api.callsOf('meetings.list').at(-1)).toEqual({ bodyId: 1, kind: 'ag_session', state: 'held', from: '2020-01-01', to: '2020-12-31', text: '4.' }));
    await waitFor(() => expect(titlesIn(/Vergangene Sitzungen/)).toEqual(['4. Sitzung der Arbeitsgruppe']));
    expect(screen.getByText('Keine anstehenden Sitzungen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await waitFor(() => expect(api.callsOf('meetings.list').at(-1)).toEqual({ text: '' }));
  });
});

describe('Sitzungen – Neue Sitzung', () => {
  it('shows "end before start" at the Ende field and keeps the dialog open', async () => {
    const { api, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Neue Sitzung' }));
    const dialog = screen.getByRole('dialog', { name: 'Neue Sitzung' });
    await user.type(within(dialog).getByLabelText(/^Titel/), 'Sondersitzung');
    const start = within(dialog).getByLabelText('Beginn');
    const end = within(dialog).getByLabelText(/^Ende/);
    await user.clear(start);
    await user.type(start, '19:00');
    await user.clear(end);
    await user.type(end, '18:00');
    await user.click(within(dialog).getByRole('button', { name: 'Sitzung anlegen' }));
    expect(await within(dialog).findByText('Das Ende muss nach dem Beginn liegen.')).toBeInTheDocument();
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription('Das Ende muss nach dem Beginn liegen.');
    expect(end).toHaveFocus();
    expect(api.callsOf('meetings.create')).toEqual([]);
  });

  it('creates a meeting with the chosen standard items and a contact as chair', async () => {
    const { api, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Neue Sitzung' }));
    const dialog = screen.getByRole('dialog', { name: 'Neue Sitzung' });
    expect(within(dialog).getByRole('checkbox', { name: 'Begrüßung' })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Offene Aufgaben' }));
    await user.selectOptions(within(dialog).getByLabelText('Art der Sitzung'), 'Sitzung des Integrationsrats');
    await user.selectOptions(within(dialog).getByLabelText(/^Gremium/), 'Integrationsrat Harburg');
    // Times and place follow the body's latest meeting; the dialog says where they come from.
    expect(await within(dialog).findByText(/^Nummer, Ort und Uhrzeit sind vorgeschlagen nach/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Beginn')).toHaveValue('18:30');
    await user.clear(within(dialog).getByLabelText(/^Nummer der Sitzung/));
    await user.type(within(dialog).getByLabelText(/^Nummer der Sitzung/), '5');
    await user.clear(within(dialog).getByLabelText('Datum'));
    await user.type(within(dialog).getByLabelText('Datum'), '2099-02-03');
    await user.type(within(dialog).getByLabelText(/^Sitzungsleitung/), 'Aylin Demir');
    await user.type(within(dialog).getByLabelText(/^Protokoll/), 'Frau Schulz');
    await user.click(within(dialog).getByRole('button', { name: 'Sitzung anlegen' }));
    await waitFor(() => expect(api.callsOf('meetings.create')).toHaveLength(1));
    expect(api.callsOf('meetings.create')[0]).toMatchObject({
      kind: 'council_meeting',
      bodyId: 2,
      number: 5,
      startsAt: '2099-02-03T18:30',
      endsAt: '2099-02-03T20:30',
      chairContactId: 21,
      chairName: 'Aylin Demir',
      minuteTakerContactId: null,
      minuteTakerName: 'Frau Schulz',
      standardItems: ['welcome', 'approve_minutes', 'any_other_business'],
    });
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/sitzungen\/\d+$/));
  });

  it('says how many measures are in Beratung before planning an AG session from the backlog', async () => {
    const { api, user } = setup();
    await user.click(screen.getByRole('button', { name: 'AG-Sitzung aus offenen Maßnahmen planen' }));
    const dialog = screen.getByRole('dialog', { name: 'AG-Sitzung aus offenen Maßnahmen planen' });
    expect(await within(dialog).findByText('2 Maßnahmen sind in Beratung und kommen auf die Tagesordnung.')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByLabelText(/^Gremium/)).toHaveValue('1'));
    await user.click(within(dialog).getByRole('button', { name: 'AG-Sitzung anlegen' }));
    await waitFor(() => expect(api.callsOf('meetings.createFromBacklog')).toHaveLength(1));
    expect(api.callsOf('meetings.createFromBacklog')[0]).toMatchObject({ kind: 'ag_session', bodyId: 1, editionId: 1 });
  });
});

describe('Sitzungen – English', () => {
  it('shows the list in English', async () => {
    await applyLanguage('en');
    setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Meetings' })).toBeInTheDocument();
    await screen.findByRole('region', { name: /Upcoming meetings/ });
    expect(screen.getByRole('button', { name: 'New meeting' })).toBeInTheDocument();
    expect(screen.getByText('minutes approved', { selector: '.meeting-state' })).toBeInTheDocument();
    expect(screen.getByText('15/01/2099, 18:30–20:30')).toBeInTheDocument();
  });
});
