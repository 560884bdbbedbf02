import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addMeeting, seedMeetingWorld } from '../../../../test-support/builders/meetings';
import { realApi } from '../../../../test-support/real-api';
import { applyLanguage } from '../../i18n/i18n';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { MEETINGS_PAGE, MeetingsScreen } from './MeetingsScreen';

// The real core answers from SQLite; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

/**
 * Two past AG sessions (the 3rd approved in the 4th), the Integrationsrat invited for 15.01.2099
 * and a conference planned for 12.09.2099; all made through the contract.
 */
async function setup() {
  const api = await realApi();
  const world = await seedMeetingWorld(api);
  const third = await addMeeting(api, { title: '3. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: '2020-03-04', state: 'held' });
  const fourth = await addMeeting(api, { title: '4. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: '2020-05-06', state: 'held' });
  await api.must('meetings.approveMinutes', { id: third.id, approvedInMeetingId: fourth.id, approvedOn: '2020-05-06' });
  await addMeeting(api, { title: 'Integrationskonferenz 2099', kind: 'integration_conference', day: '2099-09-12', from: '10:00', to: null });
  const council = await addMeeting(api, { title: 'Sitzung des Integrationsrats', kind: 'council_meeting', bodyId: world.council.id, day: '2099-01-15', from: '18:30', to: '20:30', state: 'invited' });
  const user = userEvent.setup();
  const view = renderScreen(<MeetingsScreen />, { api, settings: await api.settings(), status: await api.status(), path: paths.sessions });
  return { api, world, council, user, ...view };
}

const titlesIn = (name: RegExp) =>
  within(screen.getByRole('region', { name }))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);

describe('Sitzungen – list', () => {
  it('shows upcoming meetings first (soonest on top), then past ones (latest on top), with German labels', async () => {
    const { container, council } = await setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Sitzungen' })).toBeInTheDocument();
    await screen.findByRole('region', { name: /Anstehende Sitzungen/ });
    await waitFor(() => expect(titlesIn(/Anstehende Sitzungen/)).toEqual(['Sitzung des Integrationsrats', 'Integrationskonferenz 2099']));
    expect(titlesIn(/Vergangene Sitzungen/)).toEqual(['4. Sitzung der Arbeitsgruppe', '3. Sitzung der Arbeitsgruppe']);
    expect(screen.getByText('15.01.2099, 18:30–20:30 Uhr')).toBeInTheDocument();
    expect(screen.getByText('Protokoll genehmigt', { selector: '.meeting-state' })).toBeInTheDocument();
    expect(screen.getByText('eingeladen', { selector: '.meeting-state' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sitzung des Integrationsrats' })).toHaveAttribute('href', `#/sitzungen/${council.id}`);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('filters by Gremium, Art, Status, Zeitraum and text', async () => {
    const { api, world, user } = await setup();
    await screen.findByRole('region', { name: /Anstehende Sitzungen/ });
    await user.selectOptions(await screen.findByLabelText('Gremium'), 'Arbeitsgruppe Integrationskonzept');
    await user.selectOptions(screen.getByLabelText('Art'), 'Sitzung der Arbeitsgruppe');
    await user.selectOptions(screen.getByLabelText('Status'), 'durchgeführt');
    await user.type(screen.getByLabelText('Von'), '2020-01-01');
    await user.type(screen.getByLabelText('Bis'), '2020-12-31');
    await user.type(screen.getByLabelText('Suche'), '4.');
    // Each group asks for its first page with the same filters, on its side of now.
    const filtered = { bodyId: world.ag.id, kind: 'ag_session', state: 'held', from: '2020-01-01', to: '2020-12-31', text: '4.', offset: 0, limit: MEETINGS_PAGE };
    await waitFor(() => expect(api.callsOf('meetings.list').slice(-2)).toEqual([expect.objectContaining({ ...filtered, when: 'upcoming' }), expect.objectContaining({ ...filtered, when: 'past' })]));
    await waitFor(() => expect(titlesIn(/Vergangene Sitzungen/)).toEqual(['4. Sitzung der Arbeitsgruppe']));
    expect(screen.getByText('Keine anstehenden Sitzungen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await waitFor(() => expect(api.callsOf('meetings.list').at(-1)).toEqual({ text: '', now: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/), when: 'past', offset: 0, limit: MEETINGS_PAGE }));
    await waitFor(() => expect(titlesIn(/Vergangene Sitzungen/)).toEqual(['4. Sitzung der Arbeitsgruppe', '3. Sitzung der Arbeitsgruppe']));
  });
});

describe('Sitzungen – Neue Sitzung', () => {
  it('shows "end before start" at the Ende field and keeps the dialog open', async () => {
    const { api, user } = await setup();
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
    expect(end).toHaveAccessibleDescription('Das Ende muss nach dem Beginn liegen. Format: HH:MM');
    expect(end).toHaveFocus();
    expect(api.callsOf('meetings.create')).toEqual([]);
    expect((await api.must('meetings.list', { text: 'Sondersitzung' })).rows).toEqual([]);
  });

  it('creates a meeting with the chosen standard items and a contact as chair', async () => {
    const { api, world, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Neue Sitzung' }));
    const dialog = screen.getByRole('dialog', { name: 'Neue Sitzung' });
    expect(within(dialog).getByRole('checkbox', { name: 'Begrüßung' })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Offene Aufgaben' }));
    await user.selectOptions(within(dialog).getByLabelText('Art der Sitzung'), 'Sitzung des Integrationsrats');
    await within(dialog).findByRole('option', { name: 'Integrationsrat Harburg' });
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
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/sitzungen\/\d+$/));
    const id = Number(window.location.hash.split('/').at(-1));
    const stored = await api.must('meetings.get', { id });
    expect(stored).toMatchObject({
      kind: 'council_meeting',
      bodyId: world.council.id,
      number: 5,
      startsAt: '2099-02-03T18:30',
      endsAt: '2099-02-03T20:30',
      chairContactId: world.members[0]!.id,
      chairName: 'Aylin Demir',
      minuteTakerContactId: null,
      minuteTakerName: 'Frau Schulz',
    });
    expect(stored.agenda.map((item) => item.standard)).toEqual(['welcome', 'approve_minutes', 'any_other_business']);
  });

  it('says how many measures are in Beratung before planning an AG session from the backlog', async () => {
    const { api, world, user } = await setup();
    // The edition (read at start, as in the shell) is there before the dialog opens.
    await waitFor(() => expect(titlesIn(/Vergangene Sitzungen/)).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'AG-Sitzung aus offenen Maßnahmen planen' }));
    const dialog = screen.getByRole('dialog', { name: 'AG-Sitzung aus offenen Maßnahmen planen' });
    expect(within(dialog).getByLabelText('Leitbild-Ausgabe')).toHaveValue(String(world.edition.id));
    expect(await within(dialog).findByText('2 Maßnahmen sind in Beratung und kommen auf die Tagesordnung.')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByLabelText(/^Gremium/)).toHaveValue(String(world.ag.id)));
    await user.click(within(dialog).getByRole('button', { name: 'AG-Sitzung anlegen' }));
    await waitFor(() => expect(api.callsOf('meetings.createFromBacklog')).toHaveLength(1));
    expect(api.callsOf('meetings.createFromBacklog')[0]).toMatchObject({ kind: 'ag_session', bodyId: world.ag.id, editionId: world.edition.id });
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/sitzungen\/\d+$/));
    const stored = await api.must('meetings.get', { id: Number(window.location.hash.split('/').at(-1)) });
    expect(stored.agenda.flatMap((item) => item.measures.map((measure) => measure.code))).toEqual(['ZL-01', 'ZL-02']);
  });
});

describe('Sitzungen – English', () => {
  it('shows the list in English', async () => {
    await applyLanguage('en');
    await setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Meetings' })).toBeInTheDocument();
    await screen.findByRole('region', { name: /Upcoming meetings/ });
    expect(screen.getByRole('button', { name: 'New meeting' })).toBeInTheDocument();
    expect(await screen.findByText('minutes approved', { selector: '.meeting-state' })).toBeInTheDocument();
    expect(screen.getByText('15/01/2099, 18:30–20:30')).toBeInTheDocument();
  });
});
