import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addMeeting, dayFromToday, seedMeetingWorld } from '../../../../test-support/builders/meetings';
import { realApi } from '../../../../test-support/real-api';
import { toPath, paths } from '../../app/paths';
import { renderScreen } from '../../test/render';
import { MeetingScreen } from './MeetingScreen';

configure({ asyncUtilTimeout: 5000 });

describe('Sitzung – als durchgeführt markieren (issue 13)', () => {
  it('asks for chair and minute-taker; without them the refusal stands at the field, with them they are saved and the meeting is held', async () => {
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    const meeting = await addMeeting(api, { title: '3. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: dayFromToday(-1), state: 'invited' });
    const user = userEvent.setup();
    renderScreen(<MeetingScreen />, { api, settings: await api.settings(), status: await api.status(), path: toPath(paths.meeting, { id: meeting.id }) });
    await user.click(await screen.findByRole('button', { name: 'Als durchgeführt markieren' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Sitzung als durchgeführt markieren' }));
    await user.click(dialog.getByRole('button', { name: 'Als durchgeführt markieren' }));
    const chair = dialog.getByLabelText(/^Sitzungsleitung/);
    await waitFor(() => expect(chair).toHaveAccessibleDescription(/Eine durchgeführte Sitzung braucht eine Sitzungsleitung/));
    expect((await api.must('meetings.get', { id: meeting.id })).state).toBe('invited');
    await user.type(chair, 'Katrin Albrecht');
    await user.type(dialog.getByLabelText(/^Protokoll/), 'Julia Brandes');
    await user.click(dialog.getByRole('button', { name: 'Als durchgeführt markieren' }));
    await waitFor(async () => expect(await api.must('meetings.get', { id: meeting.id })).toMatchObject({ state: 'held', chairName: 'Katrin Albrecht', minuteTakerName: 'Julia Brandes' }));
  });
});
