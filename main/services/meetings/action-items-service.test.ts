import { describe, expect, it } from 'vitest';
import { callOn, mustCall } from '../../../test-support/core';
import { meetingSetup } from '../../../test-support/meeting-test-setup';

describe('action items', () => {
  it('carries open items of earlier meetings of the same body until done; the overview computes overdue from today', async () => {
    const { core, createMeeting, contacts } = await meetingSetup();
    const first = await createMeeting(1, '2021-11-17T18:00');
    await mustCall(core, 'actionItems.create', { meetingId: first.id, title: 'Kosten klären', assigneeContactId: contacts[2]!.id, dueOn: '2022-01-15' });
    await mustCall(core, 'actionItems.create', { meetingId: first.id, title: 'Raum buchen', assigneeName: 'Geschäftsstelle', dueOn: '2022-03-01' });
    const closed = await mustCall(core, 'actionItems.create', { meetingId: first.id, title: 'Protokoll versenden', assigneeName: 'Geschäftsstelle' });
    await mustCall(core, 'actionItems.update', { ...pick(closed.actionItems[2]!), doneOn: '2021-11-20' });
    const workshop = await mustCall(core, 'meetings.create', { kind: 'planning_workshop', startsAt: '2021-12-01T10:00' });
    const second = await createMeeting(2, '2022-01-26T18:00');
    expect(second.carriedActionItems.map((item) => [item.title, item.assigneeName, item.meetingTitle])).toEqual([
      ['Kosten klären', 'Leyla Kaya', '1. Sitzung – Arbeitsgruppe Integrationskonzept'],
      ['Raum buchen', 'Geschäftsstelle', '1. Sitzung – Arbeitsgruppe Integrationskonzept'],
    ]);
    expect(workshop.carriedActionItems).toEqual([]);
    expect((await mustCall(core, 'meetings.get', { id: first.id })).carriedActionItems).toEqual([]);

    const open = (await mustCall(core, 'actionItems.list', { today: '2022-02-01' })).rows;
    expect(open.map((item) => [item.title, item.overdue])).toEqual([
      ['Kosten klären', true],
      ['Raum buchen', false],
    ]);
    expect((await mustCall(core, 'actionItems.list', { state: 'overdue', today: '2022-02-01' })).rows.map((item) => item.title)).toEqual(['Kosten klären']);
    expect((await mustCall(core, 'actionItems.list', { state: 'done' })).rows.map((item) => item.title)).toEqual(['Protokoll versenden']);
    expect(await mustCall(core, 'actionItems.list', { state: 'all', bodyId: 999 })).toEqual({ rows: [], total: 0 });

    const done = await mustCall(core, 'actionItems.update', { ...pick(open[0]!), doneOn: '2022-01-20' });
    expect(done).toMatchObject({ doneOn: '2022-01-20', overdue: false });
    expect((await mustCall(core, 'meetings.get', { id: second.id })).carriedActionItems.map((item) => item.title)).toEqual(['Raum buchen']);
  });

  it('marks a carried item agreed under a non-public agenda item, for the minutes for publication', async () => {
    const { core, createMeeting } = await meetingSetup();
    const first = await createMeeting(1, '2021-11-17T18:00');
    const withItems = await mustCall(core, 'agenda.add', { meetingId: first.id, title: 'Personalangelegenheit', public: false });
    const secret = withItems.agenda.at(-1)!;
    await mustCall(core, 'actionItems.create', { meetingId: first.id, agendaItemId: secret.id, title: 'Vertrag prüfen', assigneeName: 'Geschäftsstelle' });
    await mustCall(core, 'actionItems.create', { meetingId: first.id, title: 'Raum buchen', assigneeName: 'Geschäftsstelle' });
    const second = await createMeeting(2, '2022-01-26T18:00');
    expect(second.carriedActionItems.map((item) => [item.title, item.nonPublic])).toEqual([
      ['Vertrag prüfen', true],
      ['Raum buchen', false],
    ]);
  });

  it('refuses an item without assignee, a done date before its meeting, and an unknown agenda item', async () => {
    const { core, createMeeting, snapshot } = await meetingSetup();
    const meeting = await createMeeting(1, '2021-11-17T18:00');
    const before = await snapshot();
    expect(await callOn(core, 'actionItems.create', { meetingId: meeting.id, title: 'Ohne Person' })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.assigneeRequired', fields: [{ field: 'assigneeName' }] },
    });
    expect(await callOn(core, 'actionItems.create', { meetingId: meeting.id, agendaItemId: 4711, title: 'x', assigneeName: 'y' })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.agendaItemNotFound' },
    });
    expect(await callOn(core, 'actionItems.create', { meetingId: meeting.id, title: 'x', assigneeName: 'y', dueOn: '2022-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: [{ field: 'dueOn' }] },
    });
    expect(await snapshot()).toEqual(before);
    const created = await mustCall(core, 'actionItems.create', { meetingId: meeting.id, title: 'x', assigneeName: 'y' });
    expect(await callOn(core, 'actionItems.update', { ...pick(created.actionItems[0]!), doneOn: '2021-11-01' })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.doneBeforeMeeting', fields: [{ field: 'doneOn' }] },
    });
  });
});

describe('the task overview in windows', () => {
  /** Seven tasks over two bodies: due dates out of creation order, two without a due date, two done. */
  async function sevenTasks() {
    const setup = await meetingSetup();
    const { core, createMeeting } = setup;
    const first = await createMeeting(1, '2021-11-17T18:00');
    const other = await mustCall(core, 'meetings.create', { kind: 'planning_workshop', startsAt: '2021-12-01T10:00' });
    const add = async (meetingId: number, title: string, dueOn: string | null) => {
      const meeting = await mustCall(core, 'actionItems.create', { meetingId, title, assigneeName: 'Geschäftsstelle', dueOn });
      return meeting.actionItems.find((item) => item.title === title)!;
    };
    await add(first.id, 'C fällig März', '2022-03-01');
    await add(first.id, 'A ohne Frist', null);
    await add(other.id, 'B fällig Januar', '2022-01-10');
    await add(first.id, 'D ohne Frist', null);
    await add(other.id, 'E fällig Februar', '2022-02-01');
    const doneEarly = await add(first.id, 'F erledigt früh', '2022-01-05');
    const doneLate = await add(other.id, 'G erledigt spät', '2022-04-01');
    await mustCall(core, 'actionItems.update', { ...pick(doneEarly), doneOn: '2022-01-02' });
    await mustCall(core, 'actionItems.update', { ...pick(doneLate), doneOn: '2022-03-15' });
    return { ...setup, first, other };
  }
  const titles = (page: { rows: readonly { title: string }[] }) => page.rows.map((row) => row.title);

  it('orders open tasks by due date (those without one after them), then done ones latest first, and pages through them', async () => {
    const { core } = await sevenTasks();
    const all = await mustCall(core, 'actionItems.list', { state: 'all' });
    expect(titles(all)).toEqual(['B fällig Januar', 'E fällig Februar', 'C fällig März', 'A ohne Frist', 'D ohne Frist', 'G erledigt spät', 'F erledigt früh']);
    expect(all.total).toBe(7);
    // First window, one across the open/undated/done borders, and one past the end.
    expect(await mustCall(core, 'actionItems.list', { state: 'all', limit: 2 }).then(titles)).toEqual(['B fällig Januar', 'E fällig Februar']);
    const middle = await mustCall(core, 'actionItems.list', { state: 'all', offset: 2, limit: 4 });
    expect([titles(middle), middle.total]).toEqual([['C fällig März', 'A ohne Frist', 'D ohne Frist', 'G erledigt spät'], 7]);
    expect(await mustCall(core, 'actionItems.list', { state: 'all', offset: 7, limit: 3 })).toEqual({ rows: [], total: 7 });
    expect(await mustCall(core, 'actionItems.list', { state: 'open', offset: 400, limit: 500 })).toEqual({ rows: [], total: 5 });
  });

  it('counts and pages each state and body on its own', async () => {
    const { core, first } = await sevenTasks();
    const overdue = await mustCall(core, 'actionItems.list', { state: 'overdue', today: '2022-02-15', offset: 1, limit: 1 });
    expect([titles(overdue), overdue.total]).toEqual([['E fällig Februar'], 2]);
    const done = await mustCall(core, 'actionItems.list', { state: 'done' });
    expect([titles(done), done.total]).toEqual([['G erledigt spät', 'F erledigt früh'], 2]);
    const ofBody = await mustCall(core, 'actionItems.list', { state: 'all', bodyId: first.bodyId!, offset: 1 });
    expect([titles(ofBody), ofBody.total]).toEqual([['A ohne Frist', 'D ohne Frist', 'F erledigt früh'], 4]);
  });

  it('refuses a window larger than 500 rows or a negative offset', async () => {
    const { core } = await meetingSetup();
    expect(await callOn(core, 'actionItems.list', { limit: 501 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await callOn(core, 'actionItems.list', { offset: -1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

const pick = (item: { id: number; title: string; assigneeContactId: number | null; assigneeName: string; dueOn: string | null }) => ({
  id: item.id,
  title: item.title,
  assigneeContactId: item.assigneeContactId,
  assigneeName: item.assigneeContactId === null ? item.assigneeName : '',
  dueOn: item.dueOn,
});
