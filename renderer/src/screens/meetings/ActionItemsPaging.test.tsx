import { afterAll, describe, expect, it } from 'vitest';
import { configure, fireEvent, screen } from '@testing-library/react';
import { addMeeting, dayFromToday, seedMeetingWorld } from '../../../../test-support/builders/meetings';
import { realApi } from '../../../../test-support/real-api';
import { paths } from '../../app/paths';
import { renderScreen } from '../../test/render';
import { ActionItemsScreen } from './ActionItemsScreen';
import { ACTION_ITEMS_PAGE } from './ActionItemsTable';

// The real core answers from SQLite; on a busy machine that can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

const TASKS = ACTION_ITEMS_PAGE + 30;
type Window = { offset: number; limit: number };
const windowsAsked = (api: { callsOf(name: 'actionItems.list'): unknown[] }) => (api.callsOf('actionItems.list') as Window[]).map((call) => [call.offset, call.limit]);

// The table scrolls with the page: jsdom's window is 768 px high, and the page scroll is set by hand.
const scrollPageTo = (y: number) => {
  Object.defineProperty(window, 'scrollY', { configurable: true, value: y });
  fireEvent.scroll(window);
};
afterAll(() => scrollPageTo(0));

/** One held meeting with TASKS open tasks "Aufgabe 001" … due one day after the other (written in one statement: the calls would take seconds). */
async function setup() {
  const api = await realApi();
  const world = await seedMeetingWorld(api);
  const meeting = await addMeeting(api, { title: '3. Sitzung der Arbeitsgruppe', bodyId: world.ag.id, day: dayFromToday(-60), present: true, state: 'held' });
  await api.must('actionItems.create', { meetingId: meeting.id, title: 'Aufgabe 001', assigneeName: 'Geschäftsstelle', dueOn: dayFromToday(1) });
  await api.core.database!.query(
    `WITH RECURSIVE n(k) AS (SELECT 2 UNION ALL SELECT k + 1 FROM n WHERE k < ?)
     INSERT INTO action_item (meeting_id, agenda_item_id, title, assignee_contact_id, assignee_name, due_on, done_on, created_at, updated_at)
     SELECT a.meeting_id, NULL, 'Aufgabe ' || substr('00' || k, -3), NULL, a.assignee_name, date(a.due_on, '+' || (k - 1) || ' days'), NULL, a.created_at, a.updated_at
     FROM n, action_item a`,
    [TASKS],
  );
  const view = renderScreen(<ActionItemsScreen />, { api, settings: await api.settings(), status: await api.status(), path: paths.actionItems });
  return { api, ...view };
}

describe('Aufgaben – only the rows in view', () => {
  it('says how many tasks there are, asks for the first page only, and loads the next page when scrolled to the end (placeholders meanwhile)', async () => {
    const { api } = await setup();
    expect(await screen.findByText(`${TASKS} Aufgaben`)).toBeInTheDocument();
    await screen.findByRole('row', { name: /Aufgabe 001/ });
    expect(windowsAsked(api)).toEqual([[0, ACTION_ITEMS_PAGE]]);
    // A window's worth of rows is in the document, not all of them.
    expect(screen.getAllByRole('row').length).toBeLessThan(40);
    expect(screen.queryByRole('row', { name: /Aufgabe 130/ })).not.toBeInTheDocument();

    scrollPageTo(TASKS * 64);
    // Until their page arrives, the rows in view are placeholders that say so and are marked busy.
    const waiting = screen.getAllByRole('row', { name: 'Zeile wird geladen …' });
    expect(waiting[0]).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('row', { name: new RegExp(`Aufgabe ${TASKS}`) })).toBeInTheDocument();
    expect(windowsAsked(api)).toEqual([
      [0, ACTION_ITEMS_PAGE],
      [ACTION_ITEMS_PAGE, ACTION_ITEMS_PAGE],
    ]);
    expect(screen.queryByRole('row', { name: /Aufgabe 001/ })).not.toBeInTheDocument();
  });
});
