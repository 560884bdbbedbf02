import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addMeeting, dayFromToday, seedMeetingWorld } from '../../../../test-support/builders/meetings';
import { realApi } from '../../../../test-support/real-api';
import { toPath, paths } from '../../app/paths';
import { renderScreen } from '../../test/render';
import { MeetingScreen } from './MeetingScreen';

// The real core answers from SQLite; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

describe('Anwesenheit einer geplanten Sitzung', () => {
  it('lists the members as "erwartet", says the quorum is not known yet, and refuses "anwesend" at the row', async () => {
    const api = await realApi();
    const world = await seedMeetingWorld(api);
    const meeting = await addMeeting(api, { title: '13. Sitzung – Harburger Integrationsrat', bodyId: world.ag.id, day: dayFromToday(14), state: 'invited' });
    const user = userEvent.setup();
    renderScreen(<MeetingScreen />, { api, settings: await api.settings(), status: await api.status(), path: toPath(paths.meeting, { id: meeting.id }) });
    await user.click(await screen.findByRole('button', { name: 'Anwesenheit bearbeiten' }));
    const row = await screen.findByRole('group', { name: 'Anwesenheit von Aylin Demir' });
    expect(within(row).getByRole('radio', { name: /^erwartet$/ })).toBeChecked();
    expect(screen.getByText('4 Personen erwartet – die Anwesenheit wird am Tag der Sitzung erfasst.')).toBeInTheDocument();
    expect(screen.getByText(/^Beschlussfähigkeit: wird festgestellt/)).toBeInTheDocument();
    // Marking everyone present at once is offered only from the meeting's day on.
    expect(screen.queryByRole('button', { name: 'Alle Erwarteten als anwesend markieren' })).not.toBeInTheDocument();

    // The real calendar rule refuses it: the meeting has not taken place yet.
    await user.click(within(row).getByRole('radio', { name: /^anwesend$/ }));
    expect(await within(row).findByRole('alert')).toHaveTextContent('Die Sitzung hat noch nicht stattgefunden');
    expect(within(row).getByRole('radio', { name: /^erwartet$/ })).toBeChecked();
    const stored = await api.must('meetings.get', { id: meeting.id });
    expect(stored.attendance.map((person) => person.status)).toEqual(['expected', 'expected', 'expected', 'expected']);
  });
});
