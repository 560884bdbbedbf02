import { describe, expect, it } from 'vitest';
import { callOn, mustCall } from '../../../test-support/core';
import { meetingSetup } from '../../../test-support/meeting-test-setup';
import { todayIso } from '../text-compare';

/** Chair and minute-taker: a meeting set to "durchgeführt" names both. */
const STAFF = { chairName: 'Katrin Albrecht', minuteTakerName: 'Julia Brandes' };
const today = todayIso();
const inDays = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The 12. Sitzung (1 November 2021) held; the 13. Sitzung with its item "Genehmigung des Protokolls", in the state asked for. */
async function twoMeetings(approvingDay = '2021-12-08', approvingState: 'planned' | 'held' = 'held') {
  const setup = await meetingSetup();
  const { core, createMeeting } = setup;
  const earlier = await createMeeting(12, '2021-11-01T18:00', STAFF);
  await mustCall(core, 'agenda.add', { meetingId: earlier.id, title: 'Bericht' });
  await mustCall(core, 'meetings.setState', { id: earlier.id, state: 'held' });
  const approving = await createMeeting(13, `${approvingDay}T18:00`, { ...STAFF, standardItems: ['welcome', 'approve_minutes'] });
  if (approvingState === 'held') await mustCall(core, 'meetings.setState', { id: approving.id, state: 'held' });
  const rows = async () => ({
    meetings: await core.database!.query('SELECT id, state, approved_on, approved_in_meeting_id FROM meeting ORDER BY id'),
    decisions: await core.database!.query('SELECT * FROM decision ORDER BY id'),
    corrections: await core.database!.query('SELECT * FROM minutes_correction ORDER BY id'),
  });
  return { ...setup, earlier, approving, rows };
}

describe('Protokoll genehmigen – nach dem Kalender', () => {
  it('approves in a held meeting, dated with its day, and records the vote as its decision', async () => {
    const { core, earlier, approving } = await twoMeetings();
    // No date given: the approving meeting's day, not today.
    const approved = await mustCall(core, 'meetings.approveMinutes', { id: earlier.id, approvedInMeetingId: approving.id, vote: { mode: 'unanimous' } });
    expect(approved).toMatchObject({ state: 'minutes_approved', approvedOn: '2021-12-08', approvedInMeetingId: approving.id });
    const item = (await mustCall(core, 'meetings.get', { id: approving.id })).agenda[1]!;
    expect(item.decision).toMatchObject({ result: 'adopted', vote: { mode: 'unanimous' } });
    expect(item.decision!.wording).toBe('Das Gremium „Arbeitsgruppe Integrationskonzept“ stimmt der Niederschrift der 12. Sitzung vom 1. November 2021 einstimmig zu.');
  });

  it('refuses counts without more Ja than Nein (it would record an approval that did not happen), writing nothing', async () => {
    const { core, earlier, approving, rows } = await twoMeetings();
    const before = await rows();
    for (const vote of [{ mode: 'counts' as const, yes: 2, no: 2, abstain: 1 }, { mode: 'counts' as const, yes: 1, no: 3, abstain: 0 }]) {
      expect(await callOn(core, 'meetings.approveMinutes', { id: earlier.id, approvedInMeetingId: approving.id, vote })).toMatchObject({
        ok: false,
        error: { messageKey: 'meetingErrors.approvalWithoutMajority', fields: [{ field: 'yes' }] },
      });
    }
    expect(await rows()).toEqual(before);
    const approved = await mustCall(core, 'meetings.approveMinutes', { id: earlier.id, approvedInMeetingId: approving.id, vote: { mode: 'counts', yes: 3, no: 2, abstain: 0 } });
    expect(approved.state).toBe('minutes_approved');
  });

  it('approves on the approving meeting\'s own day before it is set to "durchgeführt" (live mode)', async () => {
    const { core, earlier, approving } = await twoMeetings(today, 'planned');
    const approved = await mustCall(core, 'meetings.approveMinutes', { id: earlier.id, approvedInMeetingId: approving.id, approvedOn: today, vote: { mode: 'unanimous' } });
    expect(approved).toMatchObject({ state: 'minutes_approved', approvedOn: today });
  });

  it('refuses, each with its message and nothing written: no minutes, a meeting still to come, another date, twice', async () => {
    const { core, ag, createMeeting, earlier, approving, rows } = await twoMeetings();
    // Minutes of a meeting that was not held: there are none.
    const planned = await createMeeting(14, '2021-11-20T18:00', STAFF);
    const future = await mustCall(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, number: 15, startsAt: `${inDays(30)}T18:00`, standardItems: ['approve_minutes'] });
    const before = await rows();
    expect(await callOn(core, 'meetings.approveMinutes', { id: planned.id, approvedInMeetingId: approving.id, vote: { mode: 'unanimous' } })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.notHeld', params: { session: '14. Sitzung vom 20. November 2021' } },
    });
    // From a meeting that has not taken place: it would date an approval in the future.
    expect(await callOn(core, 'meetings.approveMinutes', { id: earlier.id, approvedInMeetingId: future.id, vote: { mode: 'unanimous' } })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.approvingNotHeld', fields: [{ field: 'approvedInMeetingId' }] },
    });
    // Dated with another day than the meeting's (today, say).
    expect(await callOn(core, 'meetings.approveMinutes', { id: earlier.id, approvedInMeetingId: approving.id, approvedOn: today })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.approvalOnMeetingDay', params: { date: '8. Dezember 2021' } },
    });
    expect(await rows()).toEqual(before);

    await mustCall(core, 'meetings.approveMinutes', { id: earlier.id, approvedInMeetingId: approving.id, vote: { mode: 'unanimous' } });
    const once = await rows();
    expect(await callOn(core, 'meetings.approveMinutes', { id: earlier.id, approvedInMeetingId: approving.id, vote: { mode: 'unanimous' } })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.alreadyApproved', params: { session: '12. Sitzung vom 1. November 2021', date: '8. Dezember 2021' } },
    });
    expect(await rows()).toEqual(once);
  });

  it('withdraws a mistaken approval once: minutes open again, decision gone, a history entry kept; then approves again', async () => {
    const { core, earlier, approving, rows } = await twoMeetings();
    await mustCall(core, 'meetings.approveMinutes', { id: earlier.id, approvedInMeetingId: approving.id, vote: { mode: 'unanimous' } });
    const withdrawn = await mustCall(core, 'meetings.withdrawApproval', { id: earlier.id, reason: 'Versehentlich genehmigt' });
    expect(withdrawn).toMatchObject({ state: 'held', approvedOn: null, approvedInMeetingId: null });
    expect(withdrawn.corrections).toHaveLength(1);
    expect(withdrawn.corrections[0]).toMatchObject({ agendaItemId: null, reason: 'Versehentlich genehmigt' });
    expect(withdrawn.corrections[0]!.text).toBe(
      'Genehmigung zurückgenommen: Die Genehmigung vom 8. Dezember 2021 in „13. Sitzung – Arbeitsgruppe Integrationskonzept“ gilt nicht; das Protokoll ist wieder offen.' +
        ' Der Beschluss „Das Gremium „Arbeitsgruppe Integrationskonzept“ stimmt der Niederschrift der 12. Sitzung vom 1. November 2021 einstimmig zu.“ steht nicht mehr im Protokoll jener Sitzung.',
    );
    expect((await mustCall(core, 'meetings.get', { id: approving.id })).agenda[1]!.decision).toBeNull();
    expect((await mustCall(core, 'meetings.get', { id: approving.id })).approvedMinutes).toEqual([]);
    // The minutes are editable again.
    await mustCall(core, 'agenda.add', { meetingId: earlier.id, title: 'Nachtrag' });

    // Once only: there is no approval left to withdraw.
    const before = await rows();
    expect(await callOn(core, 'meetings.withdrawApproval', { id: earlier.id, reason: 'nochmal' })).toMatchObject({ ok: false, error: { messageKey: 'meetingErrors.notApproved' } });
    expect(await rows()).toEqual(before);

    // Approved again: a new decision, the history entry stays.
    const again = await mustCall(core, 'meetings.approveMinutes', { id: earlier.id, approvedInMeetingId: approving.id, vote: { mode: 'unanimous' } });
    expect(again).toMatchObject({ state: 'minutes_approved', approvedOn: '2021-12-08' });
    expect(again.corrections).toHaveLength(1);
    expect((await mustCall(core, 'meetings.get', { id: approving.id })).agenda[1]!.decision).toMatchObject({ vote: { mode: 'unanimous' } });
  });

  it('refuses to withdraw once the approving meeting\'s own minutes are approved', async () => {
    const { core, createMeeting, earlier, approving, rows } = await twoMeetings();
    await mustCall(core, 'meetings.approveMinutes', { id: earlier.id, approvedInMeetingId: approving.id, vote: { mode: 'unanimous' } });
    const third = await createMeeting(14, '2022-01-26T18:00', STAFF);
    await mustCall(core, 'meetings.setState', { id: third.id, state: 'held' });
    await mustCall(core, 'meetings.approveMinutes', { id: approving.id, approvedInMeetingId: third.id });
    const before = await rows();
    expect(await callOn(core, 'meetings.withdrawApproval', { id: earlier.id, reason: 'zu spät' })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.approvalFinal', params: { title: '13. Sitzung – Arbeitsgruppe Integrationskonzept' } },
    });
    expect(await rows()).toEqual(before);
    // Nor can the approved meeting approve anything any more.
    const fourth = await createMeeting(11, '2021-10-01T18:00', STAFF);
    await mustCall(core, 'meetings.setState', { id: fourth.id, state: 'held' });
    expect(await callOn(core, 'meetings.approveMinutes', { id: fourth.id, approvedInMeetingId: approving.id })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.approvingMinutesApproved' },
    });
  });
});
