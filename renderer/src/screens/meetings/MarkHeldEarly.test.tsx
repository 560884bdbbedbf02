import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addMeeting, seedMeetingWorld } from '../../../../test-support/builders/meetings';
import { realApi } from '../../../../test-support/real-api';
import { toPath, paths } from '../../app/paths';
import { renderScreen } from '../../test/render';
import { MeetingScreen } from './MeetingScreen';

configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  vi.useRealTimers();
});

describe('Sitzung – durchgeführt vor Beginn (issue 15)', () => {
  it('on its own day before the start asks with day and time in words; without the tick the main side refuses, with it the meeting is held', async () => {
    // Sunday, 20 December 2026, 12:00 in Berlin; only Date is faked (the clock of screen and core).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-20T11:00:00Z'));
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    const meeting = await addMeeting(api, {
      title: '5. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: '2026-12-20', state: 'invited', chairName: 'Katrin Albrecht', minuteTakerName: 'Julia Brandes',
    });
    const user = userEvent.setup();
    renderScreen(<MeetingScreen />, { api, settings: await api.settings(), status: await api.status(), path: toPath(paths.meeting, { id: meeting.id }) });
    await user.click(await screen.findByRole('button', { name: 'Als durchgeführt markieren' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Sitzung als durchgeführt markieren' }));
    const question = 'Die Sitzung beginnt erst am Sonntag, 20. Dezember 2026 um 18:00 Uhr. Trotzdem als durchgeführt markieren?';
    const tick = dialog.getByRole('checkbox', { name: 'Ja, die Sitzung ist trotzdem durchgeführt' });
    expect(tick).toHaveAccessibleDescription(question);
    expect(tick).not.toBeChecked();

    // Not ticked: the main side refuses, its message stands at the checkbox, nothing changes.
    await user.click(dialog.getByRole('button', { name: 'Als durchgeführt markieren' }));
    await waitFor(() => expect(tick).toHaveAttribute('aria-invalid', 'true'));
    expect(tick).toHaveAccessibleDescription(question);
    expect((await api.must('meetings.get', { id: meeting.id })).state).toBe('invited');

    await user.click(tick);
    await user.click(dialog.getByRole('button', { name: 'Als durchgeführt markieren' }));
    await waitFor(async () => expect(await api.must('meetings.get', { id: meeting.id })).toMatchObject({ state: 'held', endsAt: '2026-12-20T20:00' }));
  });

  it('does not ask for a meeting of an earlier day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-20T11:00:00Z'));
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    const meeting = await addMeeting(api, { title: '4. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: '2026-12-19', state: 'invited', chairName: 'Katrin Albrecht', minuteTakerName: 'Julia Brandes' });
    const user = userEvent.setup();
    renderScreen(<MeetingScreen />, { api, settings: await api.settings(), status: await api.status(), path: toPath(paths.meeting, { id: meeting.id }) });
    await user.click(await screen.findByRole('button', { name: 'Als durchgeführt markieren' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Sitzung als durchgeführt markieren' }));
    expect(dialog.queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Als durchgeführt markieren' }));
    await waitFor(async () => expect((await api.must('meetings.get', { id: meeting.id })).state).toBe('held'));
  });
});
