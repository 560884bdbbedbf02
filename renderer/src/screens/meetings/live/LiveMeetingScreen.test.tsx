import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paths, toPath } from '../../../app/paths';
import { axeViolations } from '../../../test/axe';
import { fakeApi } from '../../../test/fake-api';
import { renderScreen } from '../../../test/render';
import { MEASURES, meetingsStore, type SeedMeeting } from '../fake-meetings';
import { resetResumeOnStart, ResumeMeetingBanner } from '../ResumeMeetingBanner';
import { LiveMeetingScreen } from './LiveMeetingScreen';
import { AUTOSAVE_MAX_WAIT_MS } from './use-notes-autosave';

const MEETING: SeedMeeting = {
  title: '4. Sitzung der Arbeitsgruppe',
  startsAt: '2099-03-04T18:00',
  bodyId: 1,
  state: 'held',
  members: ['Aylin Demir', 'Jan Petersen', 'Maria Kowalski'],
  items: [{ title: 'Begrüßung' }, { title: 'Sprachcafés', measures: [MEASURES[0]!] }, { title: 'Verschiedenes' }],
  currentItemIndex: 1,
};

async function setup(seed: SeedMeeting = MEETING) {
  const store = meetingsStore([seed]);
  const meetingId = store.meetings()[0]!.id;
  const api = fakeApi(store.handlers);
  const view = renderScreen(<LiveMeetingScreen />, { api, path: toPath(paths.meetingLive, { id: meetingId }) });
  const notes = await screen.findByRole('textbox', { name: /^Protokollnotiz zu TOP/ });
  return { api, store, meetingId, notes, ...view };
}

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const saves = (api: Awaited<ReturnType<typeof setup>>['api']) => api.callsOf('agenda.saveNotes') as { id: number; notes: string }[];

afterEach(() => vi.useRealTimers());

describe('Live-Protokoll', () => {
  it('opens at the remembered item, marks it in the agenda, and has no axe violations', async () => {
    const { api, container, notes, meetingId } = await setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Live-Protokoll: 4. Sitzung der Arbeitsgruppe' })).toBeInTheDocument();
    expect(notes).toHaveAccessibleName('Protokollnotiz zu TOP 2');
    const agenda = screen.getByRole('navigation', { name: 'Tagesordnung' });
    expect(within(agenda).getByRole('button', { current: 'step' })).toHaveTextContent('Sprachcafés');
    expect(screen.getByText('ZL-01')).toBeInTheDocument();
    // Opening live mode marks it for "Sitzung fortsetzen" after a crash.
    await waitFor(() => expect(api.callsOf('meetings.setCurrentItem')).toEqual([{ id: meetingId, agendaItemId: expect.any(Number) }]));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('saves the notes within a second while typing goes on, and says when', async () => {
    const { api, notes } = await setup();
    vi.useFakeTimers();
    // A key every 300 ms: a plain debounce would never save; the save goes out 1 s after the first key.
    for (const text of ['D', 'Di', 'Dis', 'Disk']) {
      fireEvent.change(notes, { target: { value: text } });
      await advance(text === 'Disk' ? 99 : 300);
    }
    expect(saves(api)).toEqual([]);
    await advance(1);
    expect(saves(api)).toEqual([{ id: expect.any(Number), notes: 'Disk' }]);
    await advance(AUTOSAVE_MAX_WAIT_MS);
    expect(screen.getByText(/^Gespeichert um \d{2}:\d{2}:\d{2}$/)).toBeInTheDocument();
    expect(saves(api).at(-1)?.notes).toBe('Disk');
  });

  it('shows "Wird gespeichert …" at once and saves nothing before the pause', async () => {
    const { api, notes } = await setup();
    vi.useFakeTimers();
    fireEvent.change(notes, { target: { value: 'Begrüßung durch Frau Demir' } });
    expect(screen.getByText('Wird gespeichert …')).toBeInTheDocument();
    await advance(200);
    expect(saves(api)).toEqual([]);
    await advance(800);
    expect(saves(api)).toHaveLength(1);
  });

  it('flushes the notes at once when the item changes (Alt+↓) and remembers the new item', async () => {
    const { api, notes, meetingId } = await setup();
    vi.useFakeTimers();
    fireEvent.change(notes, { target: { value: 'Wird empfohlen.' } });
    expect(saves(api)).toEqual([]);
    fireEvent.keyDown(notes, { key: 'ArrowDown', code: 'ArrowDown', altKey: true });
    await advance(0);
    expect(saves(api)).toEqual([{ id: expect.any(Number), notes: 'Wird empfohlen.' }]);
    expect(screen.getByRole('textbox', { name: 'Protokollnotiz zu TOP 3' })).toHaveValue('');
    expect(api.callsOf('meetings.setCurrentItem').at(-1)).toMatchObject({ id: meetingId });
    fireEvent.keyDown(window, { key: 'ArrowUp', code: 'ArrowUp', altKey: true });
    expect(screen.getByRole('textbox', { name: 'Protokollnotiz zu TOP 2' })).toHaveValue('Wird empfohlen.');
  });

  it('flushes on blur and when the window is closed', async () => {
    const { api, notes } = await setup();
    vi.useFakeTimers();
    fireEvent.change(notes, { target: { value: 'Erster Satz.' } });
    fireEvent.blur(notes);
    await advance(0);
    expect(saves(api)).toHaveLength(1);
    fireEvent.change(notes, { target: { value: 'Erster Satz. Zweiter Satz.' } });
    window.dispatchEvent(new Event('pagehide'));
    await advance(0);
    expect(saves(api).map((save) => save.notes)).toEqual(['Erster Satz.', 'Erster Satz. Zweiter Satz.']);
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
    const { api, notes } = await setup();
    fireEvent.keyDown(notes, { key: 'b', code: 'KeyB', altKey: true });
    expect(screen.getByRole('dialog', { name: 'Beschluss zu TOP 2' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    fireEvent.keyDown(notes, { key: 'a', code: 'KeyA', altKey: true });
    const attendance = screen.getByRole('dialog', { name: 'Anwesenheit' });
    await user.click(within(within(attendance).getByRole('group', { name: 'Anwesenheit von Jan Petersen' })).getByRole('radio', { name: /^entschuldigt$/ }));
    await waitFor(() => expect(within(attendance).getByText('2 anwesend, 1 entschuldigt, 0 unentschuldigt, 0 Gäste')).toBeInTheDocument());
    await user.keyboard('{Escape}');
    fireEvent.keyDown(notes, { key: 'n', code: 'KeyN', altKey: true });
    const task = screen.getByRole('dialog', { name: 'Neue Aufgabe' });
    expect(within(task).getByLabelText('Was')).toHaveFocus();
    await user.keyboard('Raum für das Sprachcafé anfragen');
    await user.type(within(task).getByLabelText(/^Wer/), 'Maria Kowalski');
    await user.click(within(task).getByRole('button', { name: 'Aufgabe hinzufügen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsOf('actionItems.create')[0]).toMatchObject({ title: 'Raum für das Sprachcafé anfragen', assigneeContactId: 23, agendaItemId: expect.any(Number) });
  });

  it('is read-only with a notice once the minutes are approved', async () => {
    const { notes } = await setup({ ...MEETING, state: 'minutes_approved' });
    expect(notes).toHaveAttribute('readonly');
    expect(screen.getByText(/Das Protokoll ist genehmigt und gesperrt/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Beschluss erfassen' })).not.toBeInTheDocument();
  });
});

describe('Sitzung fortsetzen', () => {
  async function interrupted() {
    const store = meetingsStore([MEETING]);
    const meeting = store.meetings()[0]!;
    await store.handlers['meetings.setCurrentItem']!({ id: meeting.id, agendaItemId: meeting.agenda[1]!.id });
    return { meeting, api: fakeApi(store.handlers) };
  }

  it('reopens the live minutes by itself on the first start screen after a restart, and says so', async () => {
    resetResumeOnStart();
    const { meeting, api } = await interrupted();
    window.location.hash = '#/start';
    renderScreen(<ResumeMeetingBanner />, { api });
    await waitFor(() => expect(window.location.hash).toBe(`#/sitzungen/${meeting.id}/live`));
    expect(await screen.findByText(/Das Live-Protokoll von „.+“ ist wieder geöffnet/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Live-Protokoll fortsetzen' })).not.toBeInTheDocument();
  });

  it('offers to continue, at its item, when someone comes back to the start screen later', async () => {
    resetResumeOnStart();
    const { meeting, api } = await interrupted();
    const first = renderScreen(<ResumeMeetingBanner />, { api });
    await waitFor(() => expect(window.location.hash).toBe(`#/sitzungen/${meeting.id}/live`));
    first.unmount();
    const { container } = renderScreen(<ResumeMeetingBanner />, { api });
    expect(await screen.findByRole('heading', { name: 'Live-Protokoll fortsetzen' })).toBeInTheDocument();
    expect(screen.getByText(/bei TOP 2 „Sprachcafés“/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sitzung fortsetzen' })).toHaveAttribute('href', `#/sitzungen/${meeting.id}/live`);
    expect(await axeViolations(container)).toEqual([]);
  });
});
