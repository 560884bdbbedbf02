import { describe, expect, it } from 'vitest';
import { callOn, mustCall } from '../../../test-support/core';
import { meetingSetup } from '../../../test-support/meeting-test-setup';

/** "Now" in these tests: the evening of 26 January 2022, while the 4th meeting is running. */
const NOW = '2022-01-26T19:00';

/** Six meetings of the AG: three over, one running at NOW, two still to come (created out of order). */
async function sixMeetings() {
  const setup = await meetingSetup();
  const { core, ag } = setup;
  const create = (number: number, startsAt: string, endsAt: string | null) =>
    mustCall(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, number, startsAt, endsAt, place: 'Rathaus' });
  const ids = new Map<number, number>();
  for (const [number, startsAt, endsAt] of [
    [5, '2022-03-02T18:00', '2022-03-02T20:00'],
    [1, '2021-09-01T18:00', null],
    [3, '2022-01-26T16:00', '2022-01-26T18:30'],
    [6, '2022-05-04T18:00', null],
    [2, '2021-11-17T18:00', '2021-11-17T20:00'],
    [4, '2022-01-26T18:00', '2022-01-26T20:00'],
  ] as const) {
    ids.set(number, (await create(number, startsAt, endsAt)).id);
  }
  return { ...setup, ids };
}

const numbers = (page: { rows: readonly { number: number | null }[] }) => page.rows.map((row) => row.number);

describe('the meetings list in windows', () => {
  it('pages through all meetings latest first: first window, middle, past the end', async () => {
    const { core } = await sixMeetings();
    const first = await mustCall(core, 'meetings.list', { limit: 2 });
    expect([numbers(first), first.total]).toEqual([[6, 5], 6]);
    const middle = await mustCall(core, 'meetings.list', { offset: 2, limit: 3 });
    expect([numbers(middle), middle.total]).toEqual([[4, 3, 2], 6]);
    expect(await mustCall(core, 'meetings.list', { offset: 6, limit: 3 })).toEqual({ rows: [], total: 6 });
    expect(await mustCall(core, 'meetings.list', { offset: 1_000, text: 'Rathaus' })).toEqual({ rows: [], total: 6 });
  });

  it('splits at now: upcoming soonest first with the running meeting on top, past latest first, each with its own total', async () => {
    const { core } = await sixMeetings();
    const upcoming = await mustCall(core, 'meetings.list', { when: 'upcoming', now: NOW });
    expect([numbers(upcoming), upcoming.total]).toEqual([[4, 5, 6], 3]);
    const past = await mustCall(core, 'meetings.list', { when: 'past', now: NOW });
    expect([numbers(past), past.total]).toEqual([[3, 2, 1], 3]);
    // Windows that cross the border between running and still-to-come meetings.
    expect(numbers(await mustCall(core, 'meetings.list', { when: 'upcoming', now: NOW, offset: 1, limit: 1 }))).toEqual([5]);
    expect(numbers(await mustCall(core, 'meetings.list', { when: 'upcoming', now: NOW, offset: 0, limit: 2 }))).toEqual([4, 5]);
    expect(numbers(await mustCall(core, 'meetings.list', { when: 'past', now: NOW, offset: 2, limit: 5 }))).toEqual([1]);
    expect(await mustCall(core, 'meetings.list', { when: 'past', now: NOW, offset: 3 })).toEqual({ rows: [], total: 3 });
    // Filters apply to both sides.
    const upcomingFrom = await mustCall(core, 'meetings.list', { when: 'upcoming', now: NOW, from: '2022-03-01', to: '2022-03-31' });
    expect([numbers(upcomingFrom), upcomingFrom.total]).toEqual([[5], 1]);
  });

  it('counts agenda items and open tasks for the meetings of the window only', async () => {
    const { core, ids } = await sixMeetings();
    const second = ids.get(2)!;
    await mustCall(core, 'agenda.add', { meetingId: second, title: 'Begrüßung', public: true });
    await mustCall(core, 'agenda.add', { meetingId: second, title: 'Bericht', public: true });
    await mustCall(core, 'actionItems.create', { meetingId: second, title: 'Protokoll versenden', assigneeName: 'Geschäftsstelle' });
    const withDone = await mustCall(core, 'actionItems.create', { meetingId: second, title: 'Raum buchen', assigneeName: 'Geschäftsstelle' });
    const done = withDone.actionItems.find((item) => item.title === 'Raum buchen')!;
    await mustCall(core, 'actionItems.update', { id: done.id, title: done.title, assigneeContactId: null, assigneeName: done.assigneeName, dueOn: null, doneOn: '2021-11-20' });
    await mustCall(core, 'actionItems.create', { meetingId: ids.get(1)!, title: 'Einladung', assigneeName: 'Geschäftsstelle' });
    const page = await mustCall(core, 'meetings.list', { when: 'past', now: NOW, offset: 1, limit: 1 });
    expect(page.rows.map((row) => [row.number, row.agendaItemCount, row.openActionItemCount])).toEqual([[2, 2, 1]]);
    const all = await mustCall(core, 'meetings.list', {});
    expect(all.rows.map((row) => [row.number, row.agendaItemCount, row.openActionItemCount])).toEqual([
      [6, 0, 0],
      [5, 0, 0],
      [4, 0, 0],
      [3, 0, 0],
      [2, 2, 1],
      [1, 0, 1],
    ]);
  });

  it('refuses a window larger than 500 rows, a negative offset and a half-typed now', async () => {
    const { core } = await meetingSetup();
    for (const input of [{ limit: 501 }, { offset: -1 }, { when: 'past' as const, now: '2022-01-26' }]) {
      expect(await callOn(core, 'meetings.list', input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it("names a body's latest meeting (a planned one too) and its highest number, for the next meeting's suggestion", async () => {
    const { core, ag, ids } = await sixMeetings();
    const answer = await mustCall(core, 'meetings.latestOfBody', { bodyId: ag.id });
    expect([answer.latest?.id, answer.latest?.number, answer.highestNumber]).toEqual([ids.get(6), 6, 6]);
    // A meeting given a lower number later is not "the highest".
    await mustCall(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, number: 2, startsAt: '2022-06-01T18:00' });
    const after = await mustCall(core, 'meetings.latestOfBody', { bodyId: ag.id });
    expect([after.latest?.startsAt, after.latest?.number, after.highestNumber]).toEqual(['2022-06-01T18:00', 2, 6]);
    expect(await mustCall(core, 'meetings.latestOfBody', { bodyId: 999 })).toEqual({ latest: null, highestNumber: null });
  });
});
