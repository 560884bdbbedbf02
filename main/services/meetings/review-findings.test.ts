import { describe, expect, it } from 'vitest';
import { callOn, mustCall } from '../../../test-support/core';
import { meetingSetup } from '../../../test-support/meeting-test-setup';

describe('meetings review findings', () => {
  it('keeps no name of an erased chair or minute-taker in the meeting row (the form sends the name with the contact)', async () => {
    const { core, createMeeting, contacts } = await meetingSetup();
    const meeting = await createMeeting(1, '2021-11-17T18:00', {
      chairContactId: contacts[0]!.id,
      chairName: 'Erika Brandt',
      minuteTakerContactId: contacts[1]!.id,
      minuteTakerName: 'Jonas Meyer',
    });
    expect(meeting).toMatchObject({ chairName: 'Erika Brandt', minuteTakerName: 'Jonas Meyer' });
    await mustCall(core, 'meetings.update', {
      id: meeting.id,
      kind: 'ag_session',
      startsAt: meeting.startsAt,
      number: 1,
      chairContactId: contacts[0]!.id,
      chairName: 'Erika Brandt',
      minuteTakerContactId: contacts[1]!.id,
      minuteTakerName: 'Jonas Meyer',
    });
    await mustCall(core, 'contacts.erase', { id: contacts[0]!.id });
    await mustCall(core, 'contacts.erase', { id: contacts[1]!.id });
    const after = await mustCall(core, 'meetings.get', { id: meeting.id });
    expect(after).toMatchObject({ chairName: 'Person gelöscht', minuteTakerName: 'Person gelöscht' });
    const rows = JSON.stringify(await core.database!.query('SELECT * FROM meeting'));
    expect(rows).not.toContain('Brandt');
    expect(rows).not.toContain('Meyer');
  });

  it('refuses wall-clock times that do not exist on the calendar (30 February, 24:00)', async () => {
    const { core, ag } = await meetingSetup();
    for (const startsAt of ['2026-02-30T18:00', '2026-03-01T24:00', '2026-04-31T10:00']) {
      const result = await callOn(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, startsAt });
      expect(result, startsAt).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ field: 'startsAt', messageKey: 'validation.dateTime' }] } });
    }
    expect(await mustCall(core, 'meetings.list', {})).toEqual({ rows: [], total: 0 });
    await mustCall(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, startsAt: '2024-02-29T23:59' });
  });

  it('keeps a carried task in the later meeting (and its approved minutes) when it is marked done there or afterwards', async () => {
    const { core, createMeeting } = await meetingSetup();
    const first = await createMeeting(1, '2021-11-17T18:00');
    await mustCall(core, 'actionItems.create', { meetingId: first.id, title: 'Raum reservieren', assigneeName: 'Geschäftsstelle', dueOn: '2021-12-01' });
    const [room, flyer] = (await mustCall(core, 'actionItems.create', { meetingId: first.id, title: 'Flyer drucken', assigneeName: 'Geschäftsstelle', dueOn: null })).actionItems;
    // Done before the second meeting: not carried into it.
    await mustCall(core, 'actionItems.update', { id: flyer!.id, title: flyer!.title, assigneeName: 'Geschäftsstelle', dueOn: null, doneOn: '2022-01-10' });
    const second = await createMeeting(2, '2022-01-26T18:00');
    expect(second.carriedActionItems.map((item) => item.title)).toEqual(['Raum reservieren']);
    await mustCall(core, 'meetings.setState', { id: second.id, state: 'held' });
    // Ticked off during the second meeting: the minutes show it as done there, not as gone.
    await mustCall(core, 'actionItems.update', { id: room!.id, title: room!.title, assigneeName: 'Geschäftsstelle', dueOn: '2021-12-01', doneOn: '2022-01-26' });
    const third = await createMeeting(3, '2022-03-16T18:00');
    // Minutes are approved in a meeting that took place.
    await mustCall(core, 'meetings.setState', { id: third.id, state: 'held' });
    const approved = await mustCall(core, 'meetings.approveMinutes', { id: second.id, approvedInMeetingId: third.id, approvedOn: '2022-03-16' });
    expect(approved.carriedActionItems.map((item) => [item.title, item.doneOn])).toEqual([['Raum reservieren', '2022-01-26']]);
    expect((await mustCall(core, 'meetings.get', { id: third.id })).carriedActionItems).toEqual([]);
  });

  it('does not take a meeting back from "invited" to "planned" once a decision is recorded', async () => {
    const { core, createMeeting } = await meetingSetup();
    const meeting = await createMeeting(1, '2021-11-17T18:00');
    await mustCall(core, 'meetings.setState', { id: meeting.id, state: 'invited' });
    const withItem = await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Bericht' });
    await mustCall(core, 'decisions.save', { agendaItemId: withItem.agenda[0]!.id, result: 'noted', vote: { mode: 'none' } });
    const back = await callOn(core, 'meetings.setState', { id: meeting.id, state: 'planned' });
    expect(back).toMatchObject({ ok: false, error: { messageKey: 'meetingErrors.stateHasDecisions' } });
    expect((await mustCall(core, 'meetings.get', { id: meeting.id })).state).toBe('invited');
  });

  it('refuses a sub-item below the third level (numbers beyond "3.1.1" could not be edited any more)', async () => {
    const { core, createMeeting } = await meetingSetup();
    const meeting = await createMeeting(1, '2021-11-17T18:00');
    let agenda = (await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Anträge' })).agenda;
    agenda = (await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Antrag SPD', parentItemId: agenda[0]!.id })).agenda;
    agenda = (await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Änderungsantrag', parentItemId: agenda[1]!.id })).agenda;
    expect(agenda.map((item) => item.number)).toEqual(['1', '1.1', '1.1.1']);
    const deeper = await callOn(core, 'agenda.add', { meetingId: meeting.id, title: 'Zu tief', parentItemId: agenda[2]!.id });
    expect(deeper).toMatchObject({ ok: false, error: { messageKey: 'meetingErrors.parentTooDeep' } });
    expect((await mustCall(core, 'meetings.get', { id: meeting.id })).agenda).toHaveLength(3);
  });

  it('does not move the meeting that approved earlier minutes to a time before them', async () => {
    const { core, createMeeting } = await meetingSetup();
    const first = await createMeeting(1, '2021-11-17T18:00');
    const second = await createMeeting(2, '2022-01-26T18:00');
    await mustCall(core, 'meetings.setState', { id: first.id, state: 'held' });
    // Minutes are approved in a meeting that took place.
    await mustCall(core, 'meetings.setState', { id: second.id, state: 'held' });
    await mustCall(core, 'meetings.approveMinutes', { id: first.id, approvedInMeetingId: second.id, approvedOn: '2022-01-26' });
    const moved = await callOn(core, 'meetings.update', { id: second.id, kind: 'ag_session', bodyId: second.bodyId, number: 2, startsAt: '2021-11-10T18:00', chairName: 'Katrin Albrecht', minuteTakerName: 'Julia Brandes' });
    expect(moved).toMatchObject({ ok: false, error: { messageKey: 'meetingErrors.approvedMinutesLater', fields: [{ field: 'startsAt' }] } });
    expect((await mustCall(core, 'meetings.get', { id: second.id })).startsAt).toBe('2022-01-26T18:00');
    await mustCall(core, 'meetings.update', { id: second.id, kind: 'ag_session', bodyId: second.bodyId, number: 2, startsAt: '2022-02-02T18:00', chairName: 'Katrin Albrecht', minuteTakerName: 'Julia Brandes' });
  });
});
