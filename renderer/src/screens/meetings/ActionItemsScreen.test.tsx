import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addMeeting, dayFromToday, seedMeetingWorld } from '../../../../test-support/builders/meetings';
import { realApi } from '../../../../test-support/real-api';
import { paths } from '../../app/paths';
import { axeViolations } from '../../test/axe';
import { renderScreen } from '../../test/render';
import { ActionItemsScreen } from './ActionItemsScreen';

// The real core answers from SQLite; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

/** A held AG session 60 days ago with two tasks: one due 50 days ago (overdue), one due in a month. */
async function setup() {
  const api = await realApi();
  const world = await seedMeetingWorld(api);
  const meeting = await addMeeting(api, { title: '3. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: dayFromToday(-60), present: true, state: 'held' });
  await api.must('actionItems.create', { meetingId: meeting.id, title: 'Raum buchen', assigneeName: 'Jan Petersen', dueOn: dayFromToday(-50) });
  await api.must('actionItems.create', { meetingId: meeting.id, title: 'Flyer drucken', assigneeName: 'Maria Kowalski', dueOn: dayFromToday(30) });
  const user = userEvent.setup();
  const view = renderScreen(<ActionItemsScreen />, { api, settings: await api.settings(), status: await api.status(), path: paths.actionItems });
  return { api, user, world, ...view };
}

describe('Aufgaben', () => {
  it('lists open action items and says "überfällig" in words', async () => {
    const { container } = await setup();
    const overdue = await screen.findByRole('row', { name: /Raum buchen/ });
    expect(within(overdue).getByText(/überfällig/)).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Flyer drucken/ })).queryByText(/überfällig/)).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('filters by state and Gremium and marks an item done', async () => {
    const { api, user, world } = await setup();
    await screen.findByRole('row', { name: /Raum buchen/ });
    await user.click(screen.getByRole('radio', { name: 'überfällig' }));
    await user.selectOptions(screen.getByLabelText('Gremium'), 'Arbeitsgruppe Integrationskonzept');
    await waitFor(() => expect(api.callsOf('actionItems.list').at(-1)).toMatchObject({ state: 'overdue', bodyId: world.ag.id }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Flyer drucken/ })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: '„Raum buchen“ als erledigt markieren' }));
    expect(await screen.findByText('Keine Aufgaben in dieser Auswahl.')).toBeInTheDocument();
    const done = (await api.must('actionItems.list', { state: 'done' })).rows;
    expect(done.map((item) => [item.title, item.doneOn])).toEqual([['Raum buchen', dayFromToday()]]);
  });
});
