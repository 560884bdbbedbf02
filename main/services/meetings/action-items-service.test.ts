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

    const open = await mustCall(core, 'actionItems.list', { today: '2022-02-01' });
    expect(open.map((item) => [item.title, item.overdue])).toEqual([
      ['Kosten klären', true],
      ['Raum buchen', false],
    ]);
    expect((await mustCall(core, 'actionItems.list', { state: 'overdue', today: '2022-02-01' })).map((item) => item.title)).toEqual(['Kosten klären']);
    expect((await mustCall(core, 'actionItems.list', { state: 'done' })).map((item) => item.title)).toEqual(['Protokoll versenden']);
    expect(await mustCall(core, 'actionItems.list', { state: 'all', bodyId: 999 })).toEqual([]);

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

const pick = (item: { id: number; title: string; assigneeContactId: number | null; assigneeName: string; dueOn: string | null }) => ({
  id: item.id,
  title: item.title,
  assigneeContactId: item.assigneeContactId,
  assigneeName: item.assigneeContactId === null ? item.assigneeName : '',
  dueOn: item.dueOn,
});
