import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { seedMeetingWorld } from '../../../../test-support/builders/meetings';
import { realApi } from '../../../../test-support/real-api';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { MEETINGS_PAGE, MeetingsScreen } from './MeetingsScreen';

// The real core answers from SQLite; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

const PAST = MEETINGS_PAGE + 3;

/** PAST numbered AG sessions in 2020/21 (one a week) and one planned in 2099. */
async function setup() {
  const api = await realApi();
  const world = await seedMeetingWorld(api);
  for (let number = 1; number <= PAST; number++) {
    const day = new Date(Date.UTC(2020, 0, 7 + 7 * number)).toISOString().slice(0, 10);
    await api.must('meetings.create', { kind: 'ag_session', bodyId: world.ag.id, number, startsAt: `${day}T18:00`, place: 'Rathaus' });
  }
  await api.must('meetings.create', { kind: 'council_meeting', bodyId: world.council.id, startsAt: '2099-01-15T18:30', place: 'Rathaus' });
  const user = userEvent.setup();
  const view = renderScreen(<MeetingsScreen />, { api, settings: await api.settings(), status: await api.status(), path: paths.sessions });
  return { api, user, ...view };
}

const rowsIn = (group: HTMLElement) => within(group).queryAllByRole('rowheader').map((cell) => cell.textContent);

describe('Sitzungen – a page at a time', () => {
  it('shows the latest past meetings with the group total, and loads the rest on "Weitere Sitzungen laden"', async () => {
    const { api, user, container } = await setup();
    const past = await screen.findByRole('region', { name: new RegExp(`Vergangene Sitzungen \\(${PAST}\\)`) });
    await waitFor(() => expect(rowsIn(past)).toHaveLength(MEETINGS_PAGE));
    expect(rowsIn(past)[0]).toMatch(new RegExp(`^${PAST}\\. Sitzung`));
    expect(screen.getByText(`${PAST + 1} Sitzungen`, { selector: '.meetings-count' })).toBeInTheDocument();
    expect(within(past).getByText(`${MEETINGS_PAGE} von ${PAST} Sitzungen angezeigt`)).toBeInTheDocument();
    // The upcoming group has everything on its first page: no button there.
    const upcoming = screen.getByRole('region', { name: /Anstehende Sitzungen \(1\)/ });
    expect(within(upcoming).queryByRole('button', { name: 'Weitere Sitzungen laden' })).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(within(past).getByRole('button', { name: 'Weitere Sitzungen laden' }));
    await waitFor(() => expect(rowsIn(past)).toHaveLength(PAST));
    expect(rowsIn(past).at(-1)).toMatch(/^1\. Sitzung/);
    expect(within(past).queryByRole('button', { name: 'Weitere Sitzungen laden' })).not.toBeInTheDocument();
    expect((api.callsOf('meetings.list') as Array<{ when?: string; offset: number; limit: number }>).filter((call) => call.when === 'past').map((call) => [call.offset, call.limit])).toEqual([
      [0, MEETINGS_PAGE],
      [MEETINGS_PAGE, MEETINGS_PAGE],
    ]);
  }, 20_000);
});
