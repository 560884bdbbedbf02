import { describe, expect, it } from 'vitest';
import { callOn, mustCall } from '../../../test-support/core';
import { todayIso } from '../text-compare';
import { meetingSetup } from '../../../test-support/meeting-test-setup';

/** A day `days` from today (Berlin), "YYYY-MM-DD". */
const dayFromToday = (days: number) => todayIso(new Date(Date.now() + days * 86_400_000));

describe('attendance is recorded, not assumed', () => {
  it('a planned meeting lists its members as expected; "anwesend" is refused before its day, "entschuldigt" is not', async () => {
    const { core, ag, contacts } = await meetingSetup();
    const future = `${dayFromToday(14)}T18:00`;
    const meeting = await mustCall(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, number: 5, startsAt: future, place: 'Rathaus' });
    expect(new Set(meeting.attendance.map((row) => row.status))).toEqual(new Set(['expected']));
    expect(meeting.counts).toMatchObject({ expected: 6, present: 0, votingPresent: 0, votingTotal: 5, quorate: false });

    const row = meeting.attendance[0]!;
    for (const status of ['present', 'absent'] as const) {
      expect(await callOn(core, 'attendance.setStatus', { id: row.id, status })).toMatchObject({
        ok: false,
        error: { fields: [{ field: 'status', messageKey: 'meetingErrors.attendanceInFuture', params: { date: future.slice(0, 10) } }] },
      });
    }
    expect(await callOn(core, 'attendance.markExpectedPresent', { meetingId: meeting.id })).toMatchObject({ ok: false, error: { messageKey: 'meetingErrors.attendanceInFuture' } });
    expect(await callOn(core, 'meetings.setState', { id: meeting.id, state: 'held', endsAt: `${future.slice(0, 10)}T20:00` })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'state', messageKey: 'meetingErrors.heldInFuture' }] },
    });
    // Excused in advance is what people do.
    expect((await mustCall(core, 'attendance.setStatus', { id: row.id, status: 'excused' })).counts).toMatchObject({ expected: 5, excused: 1 });
    // A guest announced for a later meeting is expected too.
    const withGuest = await mustCall(core, 'attendance.addGuest', { meetingId: meeting.id, name: 'Frau Dr. Gast', role: 'Fachamt' });
    expect(withGuest.attendance.at(-1)).toMatchObject({ guest: true, status: 'expected' });

    // The DSGVO Auskunft does not claim the person attended a meeting that has not happened.
    const file = await mustCall(core, 'contacts.disclosure', { id: contacts[1]!.id });
    const disclosed = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '')) as { meetings: Array<{ roles: string[] }> };
    expect(disclosed.meetings).toEqual([expect.objectContaining({ roles: ['erwartet'] })]);
  });

  it('on the meeting day the minute-taker marks everyone expected present at once; a meeting moved to a later day forgets it', async () => {
    const { core, ag } = await meetingSetup();
    const today = `${todayIso()}T00:00`;
    const meeting = await mustCall(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, number: 6, startsAt: today, place: '' });
    const excused = await mustCall(core, 'attendance.setStatus', { id: meeting.attendance[4]!.id, status: 'excused' });
    const marked = await mustCall(core, 'attendance.markExpectedPresent', { meetingId: excused.id });
    expect(marked.counts).toMatchObject({ expected: 0, present: 5, excused: 1, votingPresent: 4, quorate: true });
    const later = `${dayFromToday(7)}T18:00`;
    const moved = await mustCall(core, 'meetings.update', { id: meeting.id, kind: 'ag_session', bodyId: ag.id, number: 6, startsAt: later });
    expect(moved.counts).toMatchObject({ expected: 5, present: 0, excused: 1 });
  });

  it('"durchgeführt" asks for the end (at the field endsAt) and stores the one given', async () => {
    const { core, ag } = await meetingSetup();
    const meeting = await mustCall(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, number: 1, startsAt: '2021-11-17T18:00', chairName: 'Katrin Albrecht', minuteTakerName: 'Julia Brandes' });
    expect(await callOn(core, 'meetings.setState', { id: meeting.id, state: 'held' })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.endRequired', fields: [{ field: 'endsAt', messageKey: 'meetingErrors.endRequired' }] },
    });
    expect(await callOn(core, 'meetings.setState', { id: meeting.id, state: 'held', endsAt: '2021-11-17T17:00' })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'endsAt', messageKey: 'validation.endBeforeStart' }] },
    });
    expect(await mustCall(core, 'meetings.setState', { id: meeting.id, state: 'held', endsAt: '2021-11-17T19:15' })).toMatchObject({ state: 'held', endsAt: '2021-11-17T19:15' });
  });
});

describe('minutes facts', () => {
  it('a vote by Fraktion must name every Fraktion present', async () => {
    const { core, createMeeting } = await meetingSetup();
    const meeting = await createMeeting(1, '2021-11-17T18:00');
    const item = (await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Sprachcafé' })).agenda[0]!;
    const save = (vote: { for: string[]; against: string[]; abstain: string[] }) =>
      callOn(core, 'decisions.save', { agendaItemId: item.id, wording: 'Empfohlen.', result: 'adopted', vote: { mode: 'fraktionen', ...vote }, drucksache: '', measureEffects: [] });
    expect(await save({ for: ['SPD', 'GRÜNE'], against: ['CDU'], abstain: [] })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'vote', messageKey: 'meetingErrors.fraktionNotNamed', params: { fraktionen: 'FDP' } }] },
    });
    expect(await save({ for: ['SPD', 'GRÜNE'], against: ['CDU'], abstain: ['FDP'] })).toMatchObject({ ok: true });
  });

  it('approving earlier minutes with a vote records the approval as the decision of "Genehmigung des Protokolls"', async () => {
    const { core, ag, createMeeting } = await meetingSetup();
    await mustCall(core, 'bodies.update', { id: ag.id, name: ag.name, kind: 'arbeitsgruppe', shortName: 'AG', nameGenitive: 'der Arbeitsgruppe Integrationskonzept' });
    const first = await createMeeting(1, '2021-11-17T18:00');
    await mustCall(core, 'meetings.setState', { id: first.id, state: 'held' });
    const second = await createMeeting(2, '2022-01-26T18:00', { standardItems: ['welcome', 'approve_minutes'] });
    // Minutes are approved in a meeting that took place.
    await mustCall(core, 'meetings.setState', { id: second.id, state: 'held' });
    await mustCall(core, 'meetings.approveMinutes', { id: first.id, approvedInMeetingId: second.id, approvedOn: '2022-01-26', vote: { mode: 'unanimous' } });
    const after = await mustCall(core, 'meetings.get', { id: second.id });
    expect(after.approvedMinutes).toEqual([{ meetingId: first.id, number: 1, startsAt: '2021-11-17T18:00' }]);
    expect(after.agenda[1]!.decision).toMatchObject({
      wording: 'Die Arbeitsgruppe Integrationskonzept stimmt der Niederschrift der 1. Sitzung vom 17. November 2021 einstimmig zu.',
      result: 'adopted',
      voteText: 'einstimmig',
    });
  });
});

describe('calendar entry (.ics)', () => {
  it('keeps a random UID per meeting and raises SEQUENCE after a change of time, place or title', async () => {
    const { core, ag } = await meetingSetup();
    const fields = { kind: 'ag_session' as const, bodyId: ag.id, number: 7, startsAt: '2027-03-12T18:00', place: 'Rathaus' };
    const meeting = await mustCall(core, 'meetings.create', fields);
    const other = await mustCall(core, 'meetings.create', { ...fields, number: 8 });
    const first = await mustCall(core, 'meetings.calendarEntry', { id: meeting.id });
    expect(first.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.sequence).toBe(0);
    expect((await mustCall(core, 'meetings.calendarEntry', { id: other.id })).uid).not.toBe(first.uid);
    // Exported again without a change: same entry, same SEQUENCE.
    expect(await mustCall(core, 'meetings.calendarEntry', { id: meeting.id })).toEqual(first);
    // The focus topic is not in what the calendar compares.
    await mustCall(core, 'meetings.update', { id: meeting.id, ...fields, focusTopic: 'Sprache' });
    expect(await mustCall(core, 'meetings.calendarEntry', { id: meeting.id })).toEqual(first);
    await mustCall(core, 'meetings.update', { id: meeting.id, ...fields, place: 'Bürgerhaus' });
    expect(await mustCall(core, 'meetings.calendarEntry', { id: meeting.id })).toEqual({ uid: first.uid, sequence: 1 });
    await mustCall(core, 'meetings.update', { id: meeting.id, ...fields, place: 'Bürgerhaus', startsAt: '2027-03-12T19:00' });
    await mustCall(core, 'meetings.update', { id: meeting.id, ...fields, place: 'Bürgerhaus', startsAt: '2027-03-12T19:00', title: 'Sondersitzung' });
    expect(await mustCall(core, 'meetings.calendarEntry', { id: meeting.id })).toEqual({ uid: first.uid, sequence: 2 });
  });
});
