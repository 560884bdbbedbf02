import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CallName } from '../../../../../contract';
import { addMeeting, dayFromToday, seedMeetingWorld, type MeetingSeed, type MeetingWorld } from '../../../../../test-support/builders/meetings';
import { realApi, type RealApi } from '../../../../../test-support/real-api';
import type { Api } from '../../../api/api';
import { paths, toPath } from '../../../app/paths';
import { applyLanguage } from '../../../i18n/i18n';
import { axeViolations } from '../../../test/axe';
import { renderScreen } from '../../../test/render';
import { resetResumeOnStart, ResumeMeetingBanner } from '../ResumeMeetingBanner';
import { LiveMeetingScreen } from './LiveMeetingScreen';
import { AUTOSAVE_DELAY_MS } from './use-notes-autosave';

// The real core answers from SQLite; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

/** The AG's session today, held, its four members present; ZL-01 linked under TOP 2. */
const MEETING = (world: MeetingWorld): MeetingSeed => ({
  title: '4. Sitzung der Arbeitsgruppe',
  bodyId: world.ag.id,
  day: dayFromToday(),
  present: true,
  state: 'held',
  items: [{ title: 'Begrüßung' }, { title: 'Sprachcafés', measureIds: [world.measures[0]!.id] }, { title: 'Verschiedenes' }],
});

/** The meeting with the minute-taker last at TOP 2 (as live mode records it), e.g. before a crash. */
async function interrupted() {
  const api = await realApi();
  const world = await seedMeetingWorld(api);
  const meeting = await addMeeting(api, MEETING(world));
  await api.must('meetings.setCurrentItem', { id: meeting.id, agendaItemId: meeting.agenda[1]!.id });
  return { api, world, meeting };
}

async function show(api: Api, meetingId: number, from?: RealApi) {
  const source = from ?? (api as RealApi);
  const view = renderScreen(<LiveMeetingScreen />, { api, settings: await source.settings(), status: await source.status(), path: toPath(paths.meetingLive, { id: meetingId }) });
  const notes = await screen.findByRole('textbox', { name: /^Protokollnotiz zu TOP/ });
  return { notes, ...view };
}

async function setup() {
  const { api, world, meeting } = await interrupted();
  return { api, world, meeting, meetingId: meeting.id, ...(await show(api, meeting.id)) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const saves = (api: RealApi) => api.callsOf('agenda.saveNotes') as { id: number; notes: string }[];
const storedNotes = async (api: RealApi, meetingId: number) => (await api.must('meetings.get', { id: meetingId })).agenda.map((item) => item.notes);
/** Real timers and a real database: a save is awaited, never timed to the millisecond. */
const SAVED = { timeout: 5000 };

describe('Live-Protokoll', () => {
  it('opens at the remembered item, marks it in the agenda, and has no axe violations', async () => {
    const { api, container, notes, meetingId, meeting } = await setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Live-Protokoll: 4. Sitzung der Arbeitsgruppe' })).toBeInTheDocument();
    expect(notes).toHaveAccessibleName('Protokollnotiz zu TOP 2');
    const agenda = screen.getByRole('navigation', { name: 'Tagesordnung' });
    expect(within(agenda).getByRole('button', { current: 'step' })).toHaveTextContent('Sprachcafés');
    expect(screen.getByText('ZL-01')).toBeInTheDocument();
    // Opening live mode marks it for "Sitzung fortsetzen" after a crash.
    await waitFor(() => expect(api.callsOf('meetings.setCurrentItem')).toEqual([{ id: meetingId, agendaItemId: meeting.agenda[1]!.id }]));
    expect(await api.must('meetings.resumeTarget', {})).toEqual({ meetingId, agendaItemId: meeting.agenda[1]!.id });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('saves the notes within a second while typing goes on, and says when', async () => {
    const { api, notes, meetingId } = await setup();
    // A key every 200 ms for three seconds: a plain debounce (600 ms) would never save while typing.
    let text = '';
    const start = Date.now();
    for (const letter of 'Diskussion zum Ort') {
      text += letter;
      fireEvent.change(notes, { target: { value: text } });
      // Nothing goes out before the pause (600 ms) or the first second; timers only ever fire late.
      if (Date.now() - start < AUTOSAVE_DELAY_MS - 50) expect(saves(api)).toEqual([]);
      await sleep(200);
    }
    // Saves went out while the typing went on (at most a second apart), each with the text typed so far.
    expect(saves(api).length).toBeGreaterThanOrEqual(1);
    expect(saves(api)[0]!.notes.length).toBeLessThan(text.length);
    for (const save of saves(api)) expect(text.startsWith(save.notes)).toBe(true);
    // After the pause the whole text is saved, and the screen says when.
    await waitFor(() => expect(saves(api).at(-1)?.notes).toBe(text), SAVED);
    expect(await screen.findByText(/^Gespeichert um \d{2}:\d{2}:\d{2}$/, undefined, SAVED)).toBeInTheDocument();
    expect((await storedNotes(api, meetingId))[1]).toBe(text);
  });

  it('shows "Wird gespeichert …" at once and saves nothing before the pause', async () => {
    const { api, notes, meetingId } = await setup();
    fireEvent.change(notes, { target: { value: 'Begrüßung durch Frau Demir' } });
    expect(screen.getByText('Wird gespeichert …')).toBeInTheDocument();
    await sleep(AUTOSAVE_DELAY_MS / 3);
    expect(saves(api)).toEqual([]);
    await waitFor(() => expect(saves(api)).toHaveLength(1), SAVED);
    await waitFor(async () => expect((await storedNotes(api, meetingId))[1]).toBe('Begrüßung durch Frau Demir'), SAVED);
  });

  it('flushes the notes at once when the item changes (Alt+↓) and remembers the new item', async () => {
    const { api, notes, meetingId, meeting } = await setup();
    fireEvent.change(notes, { target: { value: 'Wird empfohlen.' } });
    expect(saves(api)).toEqual([]);
    fireEvent.keyDown(notes, { key: 'ArrowDown', code: 'ArrowDown', altKey: true });
    await waitFor(() => expect(saves(api)).toEqual([{ id: meeting.agenda[1]!.id, notes: 'Wird empfohlen.' }]));
    expect(screen.getByRole('textbox', { name: 'Protokollnotiz zu TOP 3' })).toHaveValue('');
    await waitFor(() => expect(api.callsOf('meetings.setCurrentItem').at(-1)).toEqual({ id: meetingId, agendaItemId: meeting.agenda[2]!.id }));
    await waitFor(async () => expect(await api.must('meetings.resumeTarget', {})).toEqual({ meetingId, agendaItemId: meeting.agenda[2]!.id }));
    fireEvent.keyDown(window, { key: 'ArrowUp', code: 'ArrowUp', altKey: true });
    expect(screen.getByRole('textbox', { name: 'Protokollnotiz zu TOP 2' })).toHaveValue('Wird empfohlen.');
    expect((await storedNotes(api, meetingId))[1]).toBe('Wird empfohlen.');
    // Only the flush went out: the pending timer was dropped with it.
    await sleep(AUTOSAVE_DELAY_MS + 200);
    expect(saves(api)).toHaveLength(1);
  });

  it('flushes on blur and when the window is closed', async () => {
    const { api, notes, meetingId } = await setup();
    fireEvent.change(notes, { target: { value: 'Erster Satz.' } });
    fireEvent.blur(notes);
    await waitFor(() => expect(saves(api)).toHaveLength(1));
    fireEvent.change(notes, { target: { value: 'Erster Satz. Zweiter Satz.' } });
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(() => expect(saves(api).map((save) => save.notes)).toEqual(['Erster Satz.', 'Erster Satz. Zweiter Satz.']));
    await waitFor(async () => expect((await storedNotes(api, meetingId))[1]).toBe('Erster Satz. Zweiter Satz.'));
  });

  it('keeps the text when a save does not reach the main process, says so, and saves it on retry', async () => {
    const { api: real, meeting } = await interrupted();
    // Transport only: the real core never sees the first save (as when the window lost its connection).
    let dropNext = true;
    const api: Api = {
      call: (async (name: CallName, input: unknown) => {
        if (name === 'agenda.saveNotes' && dropNext) {
          dropNext = false;
          return { ok: false, error: { code: 'unavailable', messageKey: 'errors.network', fields: [] } };
        }
        return real.call(name as never, input as never);
      }) as Api['call'],
    };
    const { notes } = await show(api, meeting.id, real);
    fireEvent.change(notes, { target: { value: 'Antrag wird vorbereitet.' } });
    fireEvent.blur(notes);
    expect(await screen.findByText('Nicht gespeichert – bitte erneut versuchen.', undefined, SAVED)).toBeInTheDocument();
    expect((await storedNotes(real, meeting.id))[1]).toBe('');
    expect(notes).toHaveValue('Antrag wird vorbereitet.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Erneut speichern' }));
    expect(await screen.findByText(/^Gespeichert um \d{2}:\d{2}:\d{2}$/, undefined, SAVED)).toBeInTheDocument();
    expect((await storedNotes(real, meeting.id))[1]).toBe('Antrag wird vorbereitet.');
  });
});

describe('Live-Protokoll – ready to type', () => {
  it('has the focus in the notes on opening: the first keystroke is typed and saved', async () => {
    const user = userEvent.setup();
    const { api, notes, meetingId } = await setup();
    await waitFor(() => expect(notes).toHaveFocus());
    // No click first: typing at once goes into the notes of TOP 2.
    await user.keyboard('Begrüßung');
    expect(notes).toHaveValue('Begrüßung');
    await waitFor(async () => expect((await storedNotes(api, meetingId))[1]).toBe('Begrüßung'), SAVED);
  });

  it('keeps the focus in the notes after Alt+↓, the buttons, a click in the agenda and a closed dialog', async () => {
    const user = userEvent.setup();
    const { api, notes, meetingId } = await setup();
    await waitFor(() => expect(notes).toHaveFocus());
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByRole('textbox', { name: 'Protokollnotiz zu TOP 3' })).toHaveFocus();
    await user.keyboard('V');
    await user.click(screen.getByRole('button', { name: /^Vorheriger Punkt/ }));
    expect(screen.getByRole('textbox', { name: 'Protokollnotiz zu TOP 2' })).toHaveFocus();
    await user.click(within(screen.getByRole('navigation', { name: 'Tagesordnung' })).getByRole('button', { name: /Begrüßung/ }));
    expect(screen.getByRole('textbox', { name: 'Protokollnotiz zu TOP 1' })).toHaveFocus();
    await user.keyboard('B');
    // A dialog opened with its button gives the focus back to the notes, not to the button.
    await user.click(screen.getByRole('button', { name: /^Anwesenheit/ }));
    expect(screen.getByRole('dialog', { name: 'Anwesenheit' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Protokollnotiz zu TOP 1' })).toHaveFocus());
    await user.keyboard('e');
    await waitFor(async () => expect(await storedNotes(api, meetingId)).toEqual(['Be', '', 'V']), SAVED);
  });
});

describe('Live-Protokoll – keys', () => {
  it('opens the shortcuts help with F1 and "?", closes it with Esc', async () => {
    const user = userEvent.setup();
    const { notes } = await setup();
    await user.keyboard('{F1}');
    const help = screen.getByRole('dialog', { name: 'Tastenkürzel im Live-Protokoll' });
    expect(within(help).getByText('Alt + ↓')).toBeInTheDocument();
    expect(within(help).getByText('Beschluss erfassen')).toBeInTheDocument();
    expect(await axeViolations(help)).toEqual([]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    // "?" typed into the notes is text, elsewhere it is the help.
    await user.click(notes);
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(notes).toHaveValue('?');
    await user.click(screen.getByRole('heading', { level: 2, name: /Sprachcafés/ }));
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Tastenkürzel im Live-Protokoll' })).toBeInTheDocument();
  });

  it('opens Beschluss (Alt+B), Anwesenheit (Alt+A) and Neue Aufgabe (Alt+N)', async () => {
    const user = userEvent.setup();
    const { api, world, notes, meeting } = await setup();
    fireEvent.keyDown(notes, { key: 'b', code: 'KeyB', altKey: true });
    expect(screen.getByRole('dialog', { name: 'Beschluss zu TOP 2' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    fireEvent.keyDown(notes, { key: 'a', code: 'KeyA', altKey: true });
    const attendance = screen.getByRole('dialog', { name: 'Anwesenheit' });
    await user.click(within(within(attendance).getByRole('group', { name: 'Anwesenheit von Jan Petersen' })).getByRole('radio', { name: /^entschuldigt$/ }));
    await waitFor(() => expect(within(attendance).getByText('3 anwesend, 1 entschuldigt, 0 unentschuldigt, 0 Gäste')).toBeInTheDocument());
    await user.keyboard('{Escape}');
    fireEvent.keyDown(notes, { key: 'n', code: 'KeyN', altKey: true });
    const task = screen.getByRole('dialog', { name: 'Neue Aufgabe' });
    expect(within(task).getByLabelText('Was')).toHaveFocus();
    await user.keyboard('Raum für das Sprachcafé anfragen');
    await user.type(within(task).getByLabelText(/^Wer/), 'Maria Kowalski');
    await user.click(within(task).getByRole('button', { name: 'Aufgabe hinzufügen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const stored = await api.must('meetings.get', { id: meeting.id });
    expect(stored.attendance.find((person) => person.name === 'Jan Petersen')?.status).toBe('excused');
    expect(stored.actionItems).toMatchObject([
      { title: 'Raum für das Sprachcafé anfragen', assigneeContactId: world.members[2]!.id, assigneeName: 'Maria Kowalski', agendaItemId: meeting.agenda[1]!.id },
    ]);
  });

  it('is read-only with a notice once the minutes are approved', async () => {
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    const approved = await addMeeting(api, { ...MEETING(world), day: dayFromToday(-28) });
    const later = await addMeeting(api, { title: '5. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: dayFromToday(), present: true, state: 'held' });
    await api.must('meetings.approveMinutes', { id: approved.id, approvedInMeetingId: later.id, approvedOn: dayFromToday() });
    const { notes } = await show(api, approved.id);
    expect(notes).toHaveAttribute('readonly');
    expect(screen.getByText(/Das Protokoll ist genehmigt und gesperrt/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Beschluss erfassen' })).not.toBeInTheDocument();
  });
});

describe('Live-Protokoll – English', () => {
  it('says "Item", not the German "TOP", in the heading, the notes label and the decision dialog', async () => {
    await applyLanguage('en');
    const { api, meeting } = await interrupted();
    const user = userEvent.setup();
    renderScreen(<LiveMeetingScreen />, { api, settings: await api.settings(), status: await api.status(), path: toPath(paths.meetingLive, { id: meeting.id }) });
    expect(await screen.findByRole('heading', { level: 2, name: 'Item 2 Sprachcafés' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Minutes note on item 2' })).toHaveFocus();
    await user.keyboard('{Alt>}b{/Alt}');
    expect(screen.getByRole('dialog', { name: 'Decision on item 2' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\bTOP\b/);
  });
});

describe('Sitzung fortsetzen', () => {
  it('reopens the live minutes by itself on the first start screen after a restart, and says so', async () => {
    resetResumeOnStart();
    const { meeting, api } = await interrupted();
    window.location.hash = '#/start';
    renderScreen(<ResumeMeetingBanner />, { api, settings: await api.settings(), status: await api.status() });
    await waitFor(() => expect(window.location.hash).toBe(`#/sitzungen/${meeting.id}/live`));
    expect(await screen.findByText(/Das Live-Protokoll von „.+“ ist wieder geöffnet/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Live-Protokoll fortsetzen' })).not.toBeInTheDocument();
  });

  it('offers to continue, at its item, when someone comes back to the start screen later', async () => {
    resetResumeOnStart();
    const { meeting, api } = await interrupted();
    const first = renderScreen(<ResumeMeetingBanner />, { api, settings: await api.settings(), status: await api.status() });
    await waitFor(() => expect(window.location.hash).toBe(`#/sitzungen/${meeting.id}/live`));
    first.unmount();
    const { container } = renderScreen(<ResumeMeetingBanner />, { api, settings: await api.settings(), status: await api.status() });
    expect(await screen.findByRole('heading', { name: 'Live-Protokoll fortsetzen' })).toBeInTheDocument();
    expect(screen.getByText(/bei TOP 2 „Sprachcafés“/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sitzung fortsetzen' })).toHaveAttribute('href', `#/sitzungen/${meeting.id}/live`);
    expect(await axeViolations(container)).toEqual([]);
  });
});
