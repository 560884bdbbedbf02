import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { toPath, paths } from '../../app/paths';
import { fakeApi } from '../../test/fake-api';
import { renderScreen } from '../../test/render';
import { meetingsStore, type SeedMeeting } from './fake-meetings';
import { MeetingScreen } from './MeetingScreen';

const PLANNED: SeedMeeting = {
  title: '13. Sitzung – Harburger Integrationsrat',
  startsAt: '2099-03-04T18:00',
  endsAt: '2099-03-04T20:00',
  bodyId: 1,
  state: 'invited',
  members: ['Aylin Demir', 'Jan Petersen', 'Maria Kowalski'],
  memberStatus: 'expected',
};

afterEach(cleanup);

describe('Anwesenheit einer geplanten Sitzung', () => {
  it('lists the members as "erwartet", says the quorum is not known yet, and refuses "anwesend" at the row', async () => {
    const store = meetingsStore([PLANNED]);
    const user = userEvent.setup();
    renderScreen(<MeetingScreen />, { api: fakeApi(store.handlers), path: toPath(paths.meeting, { id: store.meetings()[0]!.id }) });
    const row = await screen.findByRole('group', { name: 'Anwesenheit von Aylin Demir' });
    expect(within(row).getByRole('radio', { name: /^erwartet$/ })).toBeChecked();
    expect(screen.getByText('3 Personen erwartet – die Anwesenheit wird am Tag der Sitzung erfasst.')).toBeInTheDocument();
    expect(screen.getByText(/^Beschlussfähigkeit: wird festgestellt/)).toBeInTheDocument();
    // Marking everyone present at once is offered only from the meeting's day on.
    expect(screen.queryByRole('button', { name: 'Alle Erwarteten als anwesend markieren' })).not.toBeInTheDocument();

    await user.click(within(row).getByRole('radio', { name: /^anwesend$/ }));
    expect(await within(row).findByRole('alert')).toHaveTextContent('Die Sitzung hat noch nicht stattgefunden');
    expect(within(row).getByRole('radio', { name: /^erwartet$/ })).toBeChecked();
  });
});
