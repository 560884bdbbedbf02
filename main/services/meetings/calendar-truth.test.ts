import { afterEach, describe, expect, it, vi } from 'vitest';
import { callOn, mustCall } from '../../../test-support/core';
import { meetingSetup } from '../../../test-support/meeting-test-setup';
import { todayIso } from '../text-compare';

const dayFromToday = (days: number) => todayIso(new Date(Date.now() + days * 86_400_000));

describe('calendar truth of a meeting (issue 13)', () => {
  it('"durchgeführt" needs a chair and a minute-taker, each refusal at its field; a contact counts as much as a typed name', async () => {
    const { core, ag, contacts } = await meetingSetup();
    const base = { kind: 'ag_session' as const, bodyId: ag.id, number: 1, startsAt: '2021-11-17T18:00', endsAt: '2021-11-17T20:00' };
    const meeting = await mustCall(core, 'meetings.create', base);
    expect(await callOn(core, 'meetings.setState', { id: meeting.id, state: 'held' })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.heldWithoutChair', fields: [{ field: 'chairName', messageKey: 'meetingErrors.heldWithoutChair' }] },
    });
    await mustCall(core, 'meetings.update', { id: meeting.id, ...base, chairContactId: contacts[0]!.id, minuteTakerName: '   ' });
    expect(await callOn(core, 'meetings.setState', { id: meeting.id, state: 'held' })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.heldWithoutMinuteTaker', fields: [{ field: 'minuteTakerName', messageKey: 'meetingErrors.heldWithoutMinuteTaker' }] },
    });
    await mustCall(core, 'meetings.update', { id: meeting.id, ...base, chairContactId: contacts[0]!.id, minuteTakerName: 'Julia Brandes' });
    expect((await mustCall(core, 'meetings.setState', { id: meeting.id, state: 'held' })).state).toBe('held');
    // Held: who chaired and minuted it cannot be taken away.
    expect(await callOn(core, 'meetings.update', { id: meeting.id, ...base, chairContactId: contacts[0]!.id, minuteTakerName: '' })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'minuteTakerName', messageKey: 'meetingErrors.heldWithoutMinuteTaker' }] },
    });
  });

  it('a meeting already held is not moved to a day still to come (message at the start); a past day and, once set back, the future are fine', async () => {
    const { core, createMeeting } = await meetingSetup();
    const held = await createMeeting(1, '2021-11-17T18:00');
    await mustCall(core, 'meetings.setState', { id: held.id, state: 'held' });
    const fields = { kind: 'ag_session' as const, bodyId: held.bodyId!, number: 1, chairName: 'Katrin Albrecht', minuteTakerName: 'Julia Brandes' };
    expect(await callOn(core, 'meetings.update', { id: held.id, ...fields, startsAt: `${dayFromToday(3)}T18:00` })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.heldMovedToFuture', fields: [{ field: 'startsAt', messageKey: 'meetingErrors.heldMovedToFuture' }] },
    });
    expect((await mustCall(core, 'meetings.get', { id: held.id })).startsAt).toBe('2021-11-17T18:00');
    // A typo in the past date is corrected.
    expect((await mustCall(core, 'meetings.update', { id: held.id, ...fields, startsAt: '2021-11-18T18:00', endsAt: '2021-11-18T20:00' })).startsAt).toBe('2021-11-18T18:00');
    await mustCall(core, 'meetings.setState', { id: held.id, state: 'invited' });
    expect((await mustCall(core, 'meetings.update', { id: held.id, ...fields, startsAt: `${dayFromToday(3)}T18:00` })).state).toBe('invited');
  });

  it('approves earlier minutes with counted votes (Ja/Nein/Enthaltung) as the decision of "Genehmigung des Protokolls"', async () => {
    const { core, createMeeting } = await meetingSetup();
    const first = await createMeeting(1, '2021-11-17T18:00');
    await mustCall(core, 'meetings.setState', { id: first.id, state: 'held' });
    const second = await createMeeting(2, '2022-01-26T18:00', { standardItems: ['welcome', 'approve_minutes'] });
    await mustCall(core, 'meetings.setState', { id: second.id, state: 'held' });
    const approval = { id: first.id, approvedInMeetingId: second.id, approvedOn: '2022-01-26' };
    await mustCall(core, 'meetings.approveMinutes', { ...approval, vote: { mode: 'counts', yes: 4, no: 0, abstain: 1 } });
    const decision = (await mustCall(core, 'meetings.get', { id: second.id })).agenda[1]!.decision!;
    expect(decision.vote).toMatchObject({ mode: 'counts', yes: 4, no: 0, abstain: 1 });
    expect(decision.wording).toBe('Das Gremium „Arbeitsgruppe Integrationskonzept“ stimmt der Niederschrift der 1. Sitzung vom 17. November 2021 zu.');
    expect(decision.voteText).toMatch(/4.*0.*1/);
  });

  describe('"durchgeführt" on its own day before the start time (issue 15)', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('is refused at confirmedEarly with the day and time in words, and stored only once confirmed', async () => {
      // Sunday, 20 December 2026, 12:00 in Berlin (11:00 UTC); only Date is faked.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-12-20T11:00:00Z'));
      const { core, ag } = await meetingSetup();
      const meeting = await mustCall(core, 'meetings.create', {
        kind: 'ag_session', bodyId: ag.id, number: 7, startsAt: '2026-12-20T18:00', chairName: 'Katrin Albrecht', minuteTakerName: 'Julia Brandes',
      });
      const early = { id: meeting.id, state: 'held' as const, endsAt: '2026-12-20T20:00' };
      expect(await callOn(core, 'meetings.setState', early)).toMatchObject({
        ok: false,
        error: {
          messageKey: 'meetingErrors.heldBeforeStart',
          fields: [{ field: 'confirmedEarly', messageKey: 'meetingErrors.heldBeforeStart', params: { date: 'Sonntag, 20. Dezember 2026', time: '18:00' } }],
        },
      });
      expect(await callOn(core, 'meetings.setState', { ...early, confirmedEarly: false })).toMatchObject({ ok: false, error: { messageKey: 'meetingErrors.heldBeforeStart' } });
      expect((await mustCall(core, 'meetings.get', { id: meeting.id })).state).toBe('planned');
      expect(await mustCall(core, 'meetings.setState', { ...early, confirmedEarly: true })).toMatchObject({ state: 'held', endsAt: '2026-12-20T20:00' });

      // From the start time on no question is asked.
      vi.setSystemTime(new Date('2026-12-20T17:00:00Z'));
      const started = await mustCall(core, 'meetings.create', {
        kind: 'ag_session', bodyId: ag.id, number: 8, startsAt: '2026-12-20T18:00', chairName: 'Katrin Albrecht', minuteTakerName: 'Julia Brandes',
      });
      expect((await mustCall(core, 'meetings.setState', { id: started.id, state: 'held', endsAt: '2026-12-20T20:00' })).state).toBe('held');
    });
  });
});
