import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addMeeting, dayFromToday, germanDate, seedMeetingWorld, type MeetingSeed, type MeetingWorld } from '../../../../test-support/builders/meetings';
import { realApi, type RealApi } from '../../../../test-support/real-api';
import { toPath, paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { spyOnDownloads, wordText } from '../../test/downloads';
import { renderScreen } from '../../test/render';
import { MeetingScreen } from './MeetingScreen';

// The real core answers from SQLite; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

const TODAY = dayFromToday();

/** The AG's session today, invited, its four members present; ZL-01 linked under TOP 2. */
const AG = (world: MeetingWorld): MeetingSeed => ({
  title: '4. Sitzung der Arbeitsgruppe',
  bodyId: world.ag.id,
  day: TODAY,
  present: true,
  state: 'invited',
  items: [
    { title: 'Begrüßung' },
    { title: 'Sprachcafés', measureIds: [world.measures[0]!.id] },
    { title: 'Unterpunkt A', parent: 1 },
    { title: 'Unterpunkt B', parent: 1 },
    { title: 'Verschiedenes' },
  ],
});

async function show(api: RealApi, meetingId: number) {
  const user = userEvent.setup();
  const view = renderScreen(<MeetingScreen />, { api, settings: await api.settings(), status: await api.status(), path: toPath(paths.meeting, { id: meetingId }) });
  return { user, ...view };
}

async function setup(seed: (world: MeetingWorld) => MeetingSeed = AG) {
  const api = await realApi();
  const world = await seedMeetingWorld(api);
  const meeting = await addMeeting(api, seed(world));
  return { api, world, meeting, meetingId: meeting.id, ...(await show(api, meeting.id)) };
}

const agendaTexts = () =>
  within(screen.getByRole('list', { name: 'Tagesordnung' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.agenda-item__title')?.textContent?.replace(/\s+/g, ' ').trim());

const storedAgenda = async (api: RealApi, id: number) => (await api.must('meetings.get', { id })).agenda.map((item) => `${item.number}: ${item.title}`);

describe('Sitzung – page', () => {
  it('shows facts, agenda, attendance with the quorum, and no axe violations', async () => {
    const { container } = await setup();
    expect(await screen.findByRole('heading', { level: 1, name: '4. Sitzung der Arbeitsgruppe' })).toBeInTheDocument();
    expect(screen.getByText(`${germanDate(TODAY)}, 18:00–20:00 Uhr`)).toBeInTheDocument();
    expect(agendaTexts()).toEqual(['TOP 1: Begrüßung', 'TOP 2: Sprachcafés', 'TOP 2.1: Unterpunkt A', 'TOP 2.2: Unterpunkt B', 'TOP 3: Verschiedenes']);
    expect(screen.getByText('Beschlussfähig: 4 von 4 stimmberechtigten Mitgliedern anwesend.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Live-Protokoll starten' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('moves items with the arrow buttons and shows the new numbers', async () => {
    const { api, user, meetingId } = await setup();
    await screen.findByRole('list', { name: 'Tagesordnung' });
    expect(screen.getByRole('button', { name: 'TOP 1 nach oben' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'TOP 3 nach oben' }));
    await waitFor(() => expect(agendaTexts()).toEqual(['TOP 1: Begrüßung', 'TOP 2: Verschiedenes', 'TOP 3: Sprachcafés', 'TOP 3.1: Unterpunkt A', 'TOP 3.2: Unterpunkt B']));
    expect(api.callsOf('agenda.move').at(-1)).toMatchObject({ toIndex: 1 });
    expect(await screen.findByText('TOP „Verschiedenes“ ist jetzt TOP 2.')).toBeInTheDocument();
    // The focus stays on the moved item's button, so it can be moved on with the keyboard.
    await waitFor(() => expect(screen.getByRole('button', { name: 'TOP 2 nach oben' })).toHaveFocus());
    // Sub-items move among their siblings only.
    await user.click(screen.getByRole('button', { name: 'TOP 3.1 nach unten' }));
    await waitFor(() => expect(agendaTexts().slice(3)).toEqual(['TOP 3.1: Unterpunkt B', 'TOP 3.2: Unterpunkt A']));
    expect(await storedAgenda(api, meetingId)).toEqual(['1: Begrüßung', '2: Verschiedenes', '3: Sprachcafés', '3.1: Unterpunkt B', '3.2: Unterpunkt A']);
  });

  it('adds a sub-item, and edits an item: wrong Drucksache at its field, a measure from the search', async () => {
    const { api, world, user, meetingId } = await setup();
    await screen.findByRole('list', { name: 'Tagesordnung' });
    await user.click(screen.getByRole('button', { name: 'Unterpunkt zu TOP 3 hinzufügen' }));
    let dialog = screen.getByRole('dialog', { name: 'Unterpunkt zu TOP 3' });
    await user.type(within(dialog).getByLabelText('Titel'), 'Termine');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(agendaTexts().at(-1)).toBe('TOP 3.1: Termine'));
    expect(api.callsOf('agenda.add')[0]).toMatchObject({ parentItemId: expect.any(Number), title: 'Termine' });

    await user.click(screen.getByRole('button', { name: 'TOP 1 bearbeiten' }));
    dialog = screen.getByRole('dialog', { name: 'TOP 1 bearbeiten' });
    await user.type(within(dialog).getByLabelText(/^Drucksachen/), '21-1967, 1967');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(within(dialog).getByLabelText(/^Drucksachen/)).toHaveAccessibleDescription(/„1967“ ist keine Drucksachennummer/);
    await user.clear(within(dialog).getByLabelText(/^Drucksachen/));
    await user.type(within(dialog).getByLabelText(/^Drucksachen/), '21-1967');
    await user.type(within(dialog).getByLabelText('Maßnahme suchen'), 'Nachbarschaft');
    await user.click(await within(dialog).findByRole('button', { name: 'ZL-02 verknüpfen' }));
    await user.clear(within(dialog).getByLabelText('Nummer'));
    await user.type(within(dialog).getByLabelText('Nummer'), 'Ö 1');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(agendaTexts()[0]).toBe('TOP Ö 1: Begrüßung');
    const first = (await api.must('meetings.get', { id: meetingId })).agenda[0]!;
    expect(first).toMatchObject({ number: 'Ö 1', papers: ['21-1967'], measures: [{ id: world.measures[1]!.id, code: 'ZL-02' }] });
    expect((await storedAgenda(api, meetingId)).at(-1)).toBe('3.1: Termine');
  });

  it('keeps both moves of a quick double click: each is computed from the agenda the previous move left', async () => {
    const { api, user, meetingId } = await setup();
    await screen.findByRole('list', { name: 'Tagesordnung' });
    // The second click comes before the first move's answer: it must not repeat the first move.
    await user.click(screen.getByRole('button', { name: 'TOP 3 nach oben' }));
    await user.click(screen.getByRole('button', { name: 'TOP 3 nach oben' }));
    await waitFor(() => expect(api.callsOf('agenda.move')).toHaveLength(2));
    expect(api.callsOf('agenda.move')).toMatchObject([{ toIndex: 1 }, { toIndex: 0 }]);
    await waitFor(() => expect(agendaTexts()).toEqual(['TOP 1: Verschiedenes', 'TOP 2: Begrüßung', 'TOP 3: Sprachcafés', 'TOP 3.1: Unterpunkt A', 'TOP 3.2: Unterpunkt B']));
    expect(await storedAgenda(api, meetingId)).toEqual(['1: Verschiedenes', '2: Begrüßung', '3: Sprachcafés', '3.1: Unterpunkt A', '3.2: Unterpunkt B']);
  });

  it('shows attendance as counts first, the list of people behind "Anwesenheit bearbeiten"', async () => {
    const { user } = await setup();
    const region = await screen.findByRole('region', { name: 'Anwesenheit' });
    expect(within(region).getByText('4 anwesend, 0 entschuldigt, 0 unentschuldigt, 0 Gäste')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /^Anwesenheit von / })).not.toBeInTheDocument();
    const toggle = within(region).getByRole('button', { name: 'Anwesenheit bearbeiten' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(region).getAllByRole('group', { name: /^Anwesenheit von / })).toHaveLength(4);
  });

  it('jumps to the sections with Alt+1 … Alt+4, not with AltGr (Ctrl+Alt) and not while a dialog is open', async () => {
    const { user } = await setup();
    const jump = await screen.findByRole('navigation', { name: 'Springen zu' });
    expect(within(jump).getAllByRole('link').map((link) => [link.textContent?.replace(/Alt.*$/, ''), link.getAttribute('aria-keyshortcuts')])).toEqual([
      ['Tagesordnung', 'Alt+1'],
      ['Anwesenheit', 'Alt+2'],
      ['Aufgaben', 'Alt+3'],
      ['Dateien', 'Alt+4'],
    ]);
    await user.keyboard('{Alt>}{2}{/Alt}');
    expect(screen.getByRole('heading', { level: 2, name: 'Anwesenheit' })).toHaveFocus();
    await user.keyboard('{Alt>}{4}{/Alt}');
    expect(screen.getByRole('heading', { level: 2, name: 'Dateien' })).toHaveFocus();
    // AltGr+2 types "²" on a German keyboard: it must not move the focus.
    await user.keyboard('{Control>}{Alt>}{1}{/Alt}{/Control}');
    expect(screen.getByRole('heading', { level: 2, name: 'Dateien' })).toHaveFocus();
    await user.click(within(jump).getByRole('link', { name: 'Tagesordnung' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Tagesordnung' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'TOP 1 bearbeiten' }));
    const dialog = screen.getByRole('dialog', { name: 'TOP 1 bearbeiten' });
    await user.keyboard('{Alt>}{3}{/Alt}');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('changes attendance with one radio per person and updates the counts', async () => {
    const { api, user, meetingId } = await setup();
    await screen.findByRole('list', { name: 'Tagesordnung' });
    await user.click(screen.getByRole('button', { name: 'Anwesenheit bearbeiten' }));
    const group = screen.getByRole('group', { name: 'Anwesenheit von Tobias Brandt' });
    await user.click(within(group).getByRole('radio', { name: 'entschuldigt' }));
    await waitFor(() => expect(within(group).getByRole('radio', { name: 'entschuldigt' })).toBeChecked());
    expect(await screen.findByText('3 anwesend, 1 entschuldigt, 0 unentschuldigt, 0 Gäste')).toBeInTheDocument();
    const stored = await api.must('meetings.get', { id: meetingId });
    expect(stored.attendance.find((person) => person.name === 'Tobias Brandt')?.status).toBe('excused');
    expect(stored.counts).toMatchObject({ present: 3, excused: 1, votingPresent: 3 });
  });

  it('adds a guest by name and counts "1 Gast" (not "1 Gäste")', async () => {
    const { api, user, meetingId } = await setup();
    await screen.findByRole('list', { name: 'Tagesordnung' });
    await user.click(screen.getByRole('button', { name: 'Anwesenheit bearbeiten' }));
    await user.type(screen.getByLabelText('Name des Gastes'), 'Frau Dr. Petersen');
    await user.type(screen.getByLabelText('Funktion oder Organisation (optional)'), 'Fachamt');
    await user.click(screen.getByRole('button', { name: 'Gast hinzufügen' }));
    expect(await screen.findByText('5 anwesend, 0 entschuldigt, 0 unentschuldigt, 1 Gast')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Anwesenheit von Frau Dr. Petersen' })).toBeInTheDocument();
    const guests = (await api.must('meetings.get', { id: meetingId })).attendance.filter((person) => person.guest);
    expect(guests).toMatchObject([{ name: 'Frau Dr. Petersen', role: 'Fachamt', status: 'present' }]);
  });
});

describe('Sitzung – Einladung per E-Mail', () => {
  /** `more` further AG members, each with a long address (about 70 characters in the link). */
  const withMembers = async (api: RealApi, world: MeetingWorld, more: number, from = 0) => {
    for (let index = from; index < from + more; index++) {
      const contact = await api.must('contacts.create', { firstName: 'Mitglied', lastName: String(index), emails: [`mitglied.${index}.integrationskonzept@arbeitsgruppe.bezirksamt-harburg.example.org`] });
      await api.must('memberships.create', { contactId: contact.id, bodyId: world.ag.id, from: '2021-01-01' });
    }
  };
  /** The AG's session on Wednesday 04.03.2099, shown with the user's name in the settings. */
  const invite = async (api: RealApi, world: MeetingWorld) => {
    const meeting = await addMeeting(api, { title: '4. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: '2099-03-04', state: 'invited' });
    const settings = await api.must('settings.update', { userName: 'Frau Yılmaz' });
    renderScreen(<MeetingScreen />, { api, settings, status: await api.status(), path: toPath(paths.meeting, { id: meeting.id }) });
  };

  it('opens the mail program with the members in Bcc, the subject and a covering text', async () => {
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    await invite(api, world);
    const link = await screen.findByRole('link', { name: 'Einladung per E-Mail' });
    const url = new URL(link.getAttribute('href')!);
    expect(url.protocol).toBe('mailto:');
    const { addresses } = await api.must('contacts.distributionList', { bodyId: world.ag.id });
    expect(addresses).toHaveLength(4);
    expect(url.searchParams.get('bcc')).toBe(addresses.join(','));
    expect(url.searchParams.get('subject')).toBe('Einladung zur Sitzung der Arbeitsgruppe Integrationskonzept am 04.03.2099');
    expect(url.searchParams.get('body')).toContain('Termin: Mittwoch, 04.03.2099, 18:00 bis 20:00 Uhr');
    expect(url.searchParams.get('body')).toMatch(/Mit freundlichen Grüßen\r\nFrau Yılmaz$/);
    expect(link).toHaveAccessibleDescription('An 4 Mitglieder in Bcc. Hängen Sie die Einladung (.docx) in Ihrem E-Mail-Programm an.');
  });

  it('signs with the name of the system account while no name is set in Einstellungen', async () => {
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    const meeting = await addMeeting(api, { title: '4. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: '2099-03-04', state: 'invited' });
    const settings = { ...(await api.must('settings.update', { userName: '' })), defaultUserName: 'Jana Petersen' };
    renderScreen(<MeetingScreen />, { api, settings, status: await api.status(), path: toPath(paths.meeting, { id: meeting.id }) });
    const link = await screen.findByRole('link', { name: 'Einladung per E-Mail' });
    expect(new URL(link.getAttribute('href')!).searchParams.get('body')).toMatch(/Mit freundlichen Grüßen\r\nJana Petersen$/);
  });

  it('leaves the text out when the addresses fill the link, and points to the body when even they do not fit', async () => {
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    await withMembers(api, world, 20);
    await invite(api, world);
    const link = await screen.findByRole('link', { name: 'Einladung per E-Mail' }, { timeout: 5000 });
    expect(new URL(link.getAttribute('href')!).searchParams.get('bcc')!.split(',')).toHaveLength(24);
    expect(new URL(link.getAttribute('href')!).searchParams.get('body')).toBeNull();
    cleanup();
    await withMembers(api, world, 10, 20);
    await invite(api, world);
    expect(await screen.findByText(/zu viele Adressen/, undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Einladung per E-Mail' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Gremium' })).toHaveAttribute('href', `#/kontakte/gremien/${world.ag.id}`);
  });
});

describe('Sitzung – Aufgaben', () => {
  it('adds a task and lists it with who and "bis" the due date', async () => {
    const { api, user, meetingId } = await setup();
    await screen.findByRole('list', { name: 'Tagesordnung' });
    const section = screen.getByRole('region', { name: 'Aufgaben' });
    await user.type(within(section).getByLabelText('Was'), 'Raum reservieren');
    await user.type(within(section).getByLabelText(/^Wer/), 'Geschäftsstelle');
    await user.type(within(section).getByLabelText(/^Bis wann/), '2099-12-01');
    await user.click(within(section).getByRole('button', { name: 'Aufgabe hinzufügen' }));
    const item = (await within(section).findByText('Raum reservieren')).closest('li')!;
    expect(item).toHaveTextContent('Geschäftsstelle');
    expect(item).toHaveTextContent('bis 01.12.2099');
    expect(within(item).getByRole('button', { name: '„Raum reservieren“ als erledigt markieren' })).toBeInTheDocument();
    expect((await api.must('meetings.get', { id: meetingId })).actionItems).toMatchObject([
      { title: 'Raum reservieren', assigneeName: 'Geschäftsstelle', assigneeContactId: null, dueOn: '2099-12-01', doneOn: null },
    ]);
  });
});

describe('Sitzung – Beschluss', () => {
  it('preselects the next status from the result and saves a counted vote', async () => {
    const { api, world, user, meetingId } = await setup();
    await screen.findByRole('list', { name: 'Tagesordnung' });
    await user.click(screen.getByRole('button', { name: 'Beschluss zu TOP 2' }));
    const dialog = screen.getByRole('dialog', { name: 'Beschluss zu TOP 2' });
    const effect = within(dialog).getByLabelText('Neuer Status für ZL-01 Sprachcafés in Stadtteilzentren');
    expect(effect).toHaveDisplayValue('empfohlen');
    await user.selectOptions(within(dialog).getByLabelText('Ergebnis'), 'vertagt');
    expect(effect).toHaveDisplayValue('zurückgestellt');
    await user.selectOptions(within(dialog).getByLabelText('Ergebnis'), 'angenommen');
    await user.type(within(dialog).getByLabelText('Ja'), '3');
    await user.type(within(dialog).getByLabelText('Nein'), '1');
    await user.click(within(dialog).getByRole('button', { name: 'Beschluss speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsOf('decisions.save')[0]).toMatchObject({ confirmVoteMismatch: false });
    expect(screen.getByText('ZL-01: in Beratung → empfohlen')).toBeInTheDocument();
    const decision = (await api.must('meetings.get', { id: meetingId })).agenda[1]!.decision;
    expect(decision).toMatchObject({
      result: 'adopted',
      vote: { mode: 'counts', yes: 3, no: 1, abstain: 0, conflicted: 0 },
      voteMismatchConfirmed: false,
      effects: [{ measureId: world.measures[0]!.id, fromStatus: 'in_review', toStatus: 'recommended' }],
    });
    // The decision moved the measure, on the meeting's day.
    const measure = await api.must('measures.get', { id: world.measures[0]!.id });
    expect(measure.status).toBe('recommended');
  });

  it('asks before saving counts that do not match the attendance, and re-sends with the confirmation', async () => {
    const { api, user, meetingId } = await setup();
    await screen.findByRole('list', { name: 'Tagesordnung' });
    await user.click(screen.getByRole('button', { name: 'Beschluss zu TOP 2' }));
    const dialog = screen.getByRole('dialog', { name: 'Beschluss zu TOP 2' });
    await user.type(within(dialog).getByLabelText('Ja'), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Beschluss speichern' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Die Stimmen passen nicht zur Anwesenheit');
    expect(alert).toHaveTextContent('Abgegeben wurden 2 Stimmen, anwesend und stimmberechtigt sind aber 4.');
    expect((await api.must('meetings.get', { id: meetingId })).agenda[1]!.decision).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Trotzdem speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsOf('decisions.save').map((input) => (input as { confirmVoteMismatch: boolean }).confirmVoteMismatch)).toEqual([false, true]);
    expect(screen.getByText('Abweichung von der Anwesenheit bestätigt')).toBeInTheDocument();
    expect((await api.must('meetings.get', { id: meetingId })).agenda[1]!.decision).toMatchObject({ voteMismatchConfirmed: true });
  });

  it('records a vote by Fraktion and a unanimous vote; a wrong count is shown at its field', async () => {
    const { api, user, meetingId } = await setup();
    await screen.findByRole('list', { name: 'Tagesordnung' });
    await user.click(screen.getByRole('button', { name: 'Beschluss zu TOP 2' }));
    let dialog = screen.getByRole('dialog', { name: 'Beschluss zu TOP 2' });
    await user.type(within(dialog).getByLabelText('Ja'), 'drei');
    await user.click(within(dialog).getByRole('button', { name: 'Beschluss speichern' }));
    expect(within(dialog).getByLabelText('Ja')).toHaveAccessibleDescription('Bitte geben Sie eine ganze Zahl ab 0 ein.');
    expect(api.callsOf('decisions.save')).toEqual([]);

    // Every Fraktion in the room is named (the real rule): SPD, GRÜNE and CDU sit in the AG.
    await user.click(within(dialog).getByRole('radio', { name: 'Nach Fraktionen' }));
    await user.click(within(within(dialog).getByRole('group', { name: 'Stimme der Fraktion SPD' })).getByRole('radio', { name: 'dafür' }));
    await user.click(within(within(dialog).getByRole('group', { name: 'Stimme der Fraktion GRÜNE' })).getByRole('radio', { name: 'dafür' }));
    await user.click(within(within(dialog).getByRole('group', { name: 'Stimme der Fraktion CDU' })).getByRole('radio', { name: 'dagegen' }));
    await user.click(within(dialog).getByRole('button', { name: 'Beschluss speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Beschluss zu TOP 3' }));
    dialog = screen.getByRole('dialog', { name: 'Beschluss zu TOP 3' });
    await user.click(within(dialog).getByRole('radio', { name: 'Einstimmig' }));
    await user.click(within(dialog).getByRole('button', { name: 'Beschluss speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const agenda = (await api.must('meetings.get', { id: meetingId })).agenda;
    expect(agenda[1]!.decision).toMatchObject({ vote: { mode: 'fraktionen', for: ['SPD', 'GRÜNE'], against: ['CDU'], abstain: [] } });
    expect(agenda[4]!.decision).toMatchObject({ vote: { mode: 'unanimous' }, voteText: 'einstimmig', effects: [] });
  });

  it('shows the decision dialog without axe violations', async () => {
    const { user } = await setup();
    await screen.findByRole('list', { name: 'Tagesordnung' });
    await user.click(screen.getByRole('button', { name: 'Beschluss zu TOP 2' }));
    expect(await axeViolations(screen.getByRole('dialog'))).toEqual([]);
  });
});

describe('Sitzung – Protokoll genehmigen', () => {
  it('offers the last held meeting of the body under "Genehmigung des Protokolls", asks first, and approves it dated with the meeting\'s day', async () => {
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    const earlier = await addMeeting(api, { title: '3. Sitzung der Arbeitsgruppe', number: 3, bodyId: world.ag.id, day: dayFromToday(-28), present: true, state: 'held' });
    const current = await addMeeting(api, { ...AG(world), items: [], standardItems: ['welcome', 'approve_minutes'] });
    const { user } = await show(api, current.id);
    const item = (await screen.findAllByRole('listitem')).find((each) => each.textContent?.includes('TOP 2: Genehmigung des Protokolls'))!;
    await user.click(await within(item).findByRole('button', { name: 'Protokoll von „3. Sitzung der Arbeitsgruppe“ genehmigen' }));
    // Nothing is written before the confirmation, which names the minutes, the vote and the day.
    const dialog = screen.getByRole('dialog', { name: 'Protokoll genehmigen' });
    expect(dialog).toHaveAccessibleDescription(new RegExp(`^Protokoll der 3\\. Sitzung vom ${Number(dayFromToday(-28).slice(8))}\\. .+ genehmigen\\?$`));
    expect(within(dialog).getByText('einstimmig')).toBeInTheDocument();
    expect(within(dialog).getByText(/\(Tag dieser Sitzung\)$/)).toBeInTheDocument();
    expect(within(dialog).getByText('TOP 2 Genehmigung des Protokolls der letzten Sitzung')).toBeInTheDocument();
    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(api.callsOf('meetings.approveMinutes')).toEqual([]);
    expect((await api.must('meetings.get', { id: earlier.id })).state).toBe('held');

    await user.click(within(item).getByRole('button', { name: 'Protokoll von „3. Sitzung der Arbeitsgruppe“ genehmigen' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Protokoll genehmigen' })).getByRole('button', { name: 'Genehmigen' }));
    await waitFor(() => expect(api.callsOf('meetings.approveMinutes')).toEqual([{ id: earlier.id, approvedInMeetingId: current.id, approvedOn: TODAY, vote: { mode: 'unanimous' } }]));
    expect(await screen.findByText('Das Protokoll von „3. Sitzung der Arbeitsgruppe“ ist genehmigt und gesperrt.')).toBeInTheDocument();
    // Offered once on the page: under the item, not in a second card.
    expect(screen.queryByRole('region', { name: 'Protokoll genehmigen' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText(/kein früheres durchgeführtes Protokoll/)).toHaveLength(1));
    expect(await api.must('meetings.get', { id: earlier.id })).toMatchObject({ state: 'minutes_approved', approvedOn: TODAY, approvedInMeetingId: current.id });
    // The approval's vote is the decision of the approving meeting's item.
    expect((await api.must('meetings.get', { id: current.id })).agenda[1]!.decision).toMatchObject({ vote: { mode: 'unanimous' } });
  });

  it('dates the approval with a past meeting\'s day, and takes a mistaken approval back once, kept in the history', async () => {
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    const earlier = await addMeeting(api, { title: '3. Sitzung der Arbeitsgruppe', number: 3, bodyId: world.ag.id, day: dayFromToday(-35), present: true, state: 'held' });
    const current = await addMeeting(api, { ...AG(world), number: 4, day: dayFromToday(-7), state: 'held', items: [], standardItems: ['welcome', 'approve_minutes'] });
    const { user } = await show(api, current.id);
    const panel = await screen.findByRole('group', { name: 'Protokoll genehmigen' });
    await user.click(await within(panel).findByRole('button', { name: 'Protokoll von „3. Sitzung der Arbeitsgruppe“ genehmigen' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Protokoll genehmigen' })).getByRole('button', { name: 'Genehmigen' }));
    await waitFor(async () => expect(await api.must('meetings.get', { id: earlier.id })).toMatchObject({ state: 'minutes_approved', approvedOn: dayFromToday(-7) }));

    await user.click(await within(panel).findByRole('button', { name: 'Genehmigung des Protokolls der 3. Sitzung zurücknehmen' }));
    const dialog = screen.getByRole('dialog', { name: 'Genehmigung des Protokolls der 3. Sitzung zurücknehmen' });
    expect(within(dialog).getByLabelText('Grund')).toHaveValue('Versehentlich genehmigt');
    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Genehmigung zurücknehmen' }));
    expect(await screen.findByText('Die Genehmigung des Protokolls der 3. Sitzung ist zurückgenommen.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: /zurücknehmen$/ })).not.toBeInTheDocument());
    expect(api.callsOf('meetings.withdrawApproval')).toEqual([{ id: earlier.id, reason: 'Versehentlich genehmigt' }]);
    const reopened = await api.must('meetings.get', { id: earlier.id });
    expect(reopened).toMatchObject({ state: 'held', approvedOn: null, approvedInMeetingId: null });
    expect((await api.must('meetings.get', { id: current.id })).agenda[1]!.decision).toBeNull();
    // Offered again, and the withdrawal stays in the history of the earlier minutes.
    expect(await within(panel).findByRole('button', { name: 'Protokoll von „3. Sitzung der Arbeitsgruppe“ genehmigen' })).toBeInTheDocument();
    cleanup();
    await show(api, earlier.id);
    const history = await screen.findByRole('region', { name: 'Verlauf des Protokolls' });
    expect(within(history).getByText(/^Genehmigung zurückgenommen: Die Genehmigung vom .+ in „4\. Sitzung der Arbeitsgruppe“ gilt nicht; das Protokoll ist wieder offen\./)).toBeInTheDocument();
    expect(within(history).getByText('Grund: Versehentlich genehmigt')).toBeInTheDocument();
  });

  it('offers no approval in a meeting still to come, and says when it can', async () => {
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    await addMeeting(api, { title: '3. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: dayFromToday(-28), present: true, state: 'held' });
    const planned = await addMeeting(api, { ...AG(world), day: dayFromToday(14), present: false, state: 'planned', items: [], standardItems: ['approve_minutes'] });
    await show(api, planned.id);
    const panel = await screen.findByRole('group', { name: 'Protokoll genehmigen' });
    expect(await within(panel).findByText(/^Protokolle genehmigen Sie in dieser Sitzung, sobald sie stattfindet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /genehmigen$/ })).not.toBeInTheDocument();
  });
});

describe('Sitzung – genehmigt', () => {
  it('locks the minutes and offers "Korrektur erfassen" instead of editing', async () => {
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    const approved = await addMeeting(api, { ...AG(world), day: dayFromToday(-28), state: 'held' });
    const later = await addMeeting(api, { title: '5. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: TODAY, present: true, state: 'held' });
    await api.must('meetings.approveMinutes', { id: approved.id, approvedInMeetingId: later.id, approvedOn: TODAY });
    const { user } = await show(api, approved.id);
    expect(await screen.findByText(/Das Protokoll wurde am .* genehmigt und ist gesperrt/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Beschluss zu TOP 2' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Punkt hinzufügen' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Protokoll ansehen (nur lesen)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Korrektur erfassen' }));
    const dialog = screen.getByRole('dialog', { name: 'Korrektur zum genehmigten Protokoll' });
    await user.click(within(dialog).getByRole('button', { name: 'Korrektur erfassen' }));
    expect(within(dialog).getByLabelText(/^Korrektur/)).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
    expect(api.callsOf('meetings.recordCorrection')).toEqual([]);
    expect((await api.must('meetings.get', { id: approved.id })).corrections).toEqual([]);
  });
});

describe('Sitzung – löschen', () => {
  it('deletes a meeting that has not been held, after asking, and goes back to the list', async () => {
    const { api, user, meetingId } = await setup();
    await user.click(await screen.findByRole('button', { name: 'Sitzung löschen' }));
    const dialog = screen.getByRole('dialog', { name: /löschen/ });
    await user.click(within(dialog).getByRole('button', { name: 'Sitzung löschen' }));
    await waitFor(() => expect(window.location.hash).toBe('#/sitzungen'));
    expect(api.callsOf('meetings.delete')).toEqual([{ id: meetingId }]);
    expect((await api.must('meetings.list', {})).rows).toEqual([]);
  });

  it('offers no deleting for a held meeting (it has minutes)', async () => {
    await setup((world) => ({ ...AG(world), state: 'held' }));
    expect(await screen.findByRole('button', { name: 'Zurück auf „eingeladen“' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sitzung löschen' })).not.toBeInTheDocument();
  });
});

describe('Sitzung – Dateien', () => {
  let downloads: ReturnType<typeof spyOnDownloads> | undefined;
  afterEach(() => downloads?.restore());

  it('offers a public version of the minutes when an item is not public, without that item\'s discussion', async () => {
    downloads = spyOnDownloads();
    const { user } = await setup((world) => ({
      ...AG(world),
      state: 'held',
      items: [
        { title: 'Begrüßung', notes: 'Die Vorsitzende begrüßt alle.' },
        { title: 'Personalangelegenheit', notes: 'Vertrauliche Beratung über eine Honorarkraft.', public: false },
      ],
    }));
    const files = await screen.findByRole('region', { name: 'Dateien' });
    await user.click(await within(files).findByRole('button', { name: 'Protokoll, öffentliche Fassung (.docx)' }));
    await waitFor(() => expect(downloads!.names).toEqual([expect.stringMatching(/_Protokoll_.+_oeffentlich\.docx$/)]));
    const text = (await wordText(downloads!.blobs[0]!)).join('\n');
    expect(text).toContain('Die Vorsitzende begrüßt alle.');
    expect(text).toContain('Personalangelegenheit');
    expect(text).not.toContain('Vertrauliche Beratung');

    await user.click(within(files).getByRole('button', { name: 'Protokoll (.docx)' }));
    await waitFor(() => expect(downloads!.names).toHaveLength(2));
    expect((await wordText(downloads!.blobs[1]!)).join('\n')).toContain('Vertrauliche Beratung');
  });

  it('offers no public version when every item is public', async () => {
    await setup();
    const files = await screen.findByRole('region', { name: 'Dateien' });
    expect(within(files).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Protokoll (.docx)',
      'Einladung (.docx)',
      'Anwesenheitsliste (.docx)',
      'Kalendereintrag (.ics)',
      'Vorschau des Protokolls',
    ]);
  });

  it('makes the attendance sheet with the members on the list and room to sign', async () => {
    downloads = spyOnDownloads();
    const { user } = await setup();
    const files = await screen.findByRole('region', { name: 'Dateien' });
    await user.click(within(files).getByRole('button', { name: 'Anwesenheitsliste (.docx)' }));
    await waitFor(() => expect(downloads!.names).toEqual([expect.stringMatching(/_Anwesenheitsliste_.+\.docx$/)]));
    const text = await wordText(downloads!.blobs[0]!);
    expect(text).toEqual(expect.arrayContaining(['Anwesenheitsliste', 'Aylin Demir', 'Tobias Brandt', 'Unterschrift', 'Gäste']));
  });
});
