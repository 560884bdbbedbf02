import { describe, expect, it } from 'vitest';
import { callOn, mustCall } from '../../../test-support/core';
import { meetingSetup } from '../../../test-support/meeting-test-setup';

describe('meetings', () => {
  it('refuses an end before the start, at the field endsAt, and writes nothing', async () => {
    const { core, ag } = await meetingSetup();
    const result = await callOn(core, 'meetings.create', { kind: 'ag_session', bodyId: ag.id, startsAt: '2021-11-17T18:00', endsAt: '2021-11-17T17:00' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', fields: [{ field: 'endsAt', messageKey: 'validation.endBeforeStart' }] } });
    expect(await mustCall(core, 'meetings.list', {})).toEqual({ rows: [], total: 0 });
  });

  it('preloads the current members with Fraktion or role; deputies do not vote; quorum is more than half', async () => {
    const { core, createMeeting } = await meetingSetup();
    const meeting = await createMeeting(1, '2021-11-17T18:00', { standardItems: ['any_other_business', 'welcome'] });
    expect(meeting.title).toBe('1. Sitzung – Arbeitsgruppe Integrationskonzept');
    expect(meeting.attendance.map((row) => [row.name, row.role, row.voting])).toEqual([
      ['Erika Brandt', 'Vorsitz, SPD', true],
      ['Hans Claußen', 'CDU', true],
      ['Sören Jäger', 'FDP', true],
      ['Leyla Kaya', 'GRÜNE', true],
      ['Jonas Meyer', 'SPD', true],
      ['Piotr Nowak', 'Stellvertretung, CDU', false],
    ]);
    expect(meeting.counts).toMatchObject({ present: 6, votingPresent: 5, votingTotal: 5, quorate: true });
    expect(meeting.agenda.map((item) => [item.number, item.standard])).toEqual([
      ['1', 'welcome'],
      ['2', 'any_other_business'],
    ]);
    const [, second, third] = meeting.attendance;
    await mustCall(core, 'attendance.setStatus', { id: second!.id, status: 'excused' });
    const twoMissing = await mustCall(core, 'attendance.setStatus', { id: third!.id, status: 'absent' });
    // The deputy present stands in for one of the two missing members.
    expect(twoMissing.counts).toMatchObject({ present: 4, excused: 1, absent: 1, votingPresent: 4, quorate: true });
    const guest = await mustCall(core, 'attendance.addGuest', { meetingId: meeting.id, name: 'Frau Dr. Gast', role: 'Fachamt' });
    expect(guest.counts).toMatchObject({ guests: 1, votingPresent: 4, votingTotal: 5 });
    const fourth = guest.attendance[3]!;
    const threeMissing = await mustCall(core, 'attendance.setStatus', { id: fourth.id, status: 'absent' });
    expect(threeMissing.counts).toMatchObject({ votingPresent: 3, votingTotal: 5, quorate: true });
    const deputy = threeMissing.attendance.find((row) => row.name === 'Piotr Nowak')!;
    const notQuorate = await mustCall(core, 'attendance.setStatus', { id: deputy.id, status: 'excused' });
    expect(notQuorate.counts).toMatchObject({ votingPresent: 2, votingTotal: 5, quorate: false });
  });

  it('a deputy stands in only for a missing member of the same Fraktion; one without a Fraktion for anyone', async () => {
    const { core, ag, createMeeting } = await meetingSetup();
    const meeting = await createMeeting(1, '2021-11-17T18:00');
    const rowOf = (name: string) => meeting.attendance.find((row) => row.name === name)!;
    // The FDP member is missing; the CDU deputy cannot vote for him.
    const fdpMissing = await mustCall(core, 'attendance.setStatus', { id: rowOf('Sören Jäger').id, status: 'excused' });
    expect(fdpMissing.counts).toMatchObject({ present: 5, votingPresent: 4, votingTotal: 5 });
    // Counted votes are checked against that: five would not add up.
    const item = (await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Sprachcafé' })).agenda[0]!;
    const vote = { mode: 'counts', yes: 5, no: 0, abstain: 0, conflicted: 0 } as const;
    const mismatch = await callOn(core, 'decisions.save', { agendaItemId: item.id, wording: 'Empfohlen.', result: 'adopted', vote, drucksache: '', measureEffects: [] });
    expect(mismatch).toMatchObject({ ok: false, error: { messageKey: 'meetingErrors.voteMismatch' } });

    // A deputy recorded without a Fraktion (e.g. for a non-party member) stands in for anyone missing.
    const deputy = await mustCall(core, 'contacts.create', { firstName: 'Mina', lastName: 'Schulz' });
    await mustCall(core, 'memberships.create', { contactId: deputy.id, bodyId: ag.id, role: 'deputy', from: '2021-11-01' });
    const preloaded = await mustCall(core, 'attendance.preload', { meetingId: meeting.id });
    // Added to the list as expected; she counts once marked present.
    expect(preloaded.counts).toMatchObject({ expected: 1, present: 5, votingPresent: 4 });
    const withDeputy = await mustCall(core, 'attendance.setStatus', { id: preloaded.attendance.find((row) => row.name === 'Mina Schulz')!.id, status: 'present' });
    expect(withDeputy.counts).toMatchObject({ present: 6, votingPresent: 5, votingTotal: 5 });
  });

  it('numbers the agenda 1..n and n.1, refuses a duplicate hand-set number at the field number, renumbers after a move', async () => {
    const { core, createMeeting } = await meetingSetup();
    const meeting = await createMeeting(2, '2022-01-26T18:00');
    await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Begrüßung' });
    const proposals = (await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Vorschläge' })).agenda[1]!;
    await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Sprachcafé', parentItemId: proposals.id });
    await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Nachbarschaftsfest', parentItemId: proposals.id });
    const { agenda } = await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Verschiedenes' });
    expect(agenda.map((item) => [item.position, item.number, item.title, item.parentId])).toEqual([
      [1, '1', 'Begrüßung', null],
      [2, '2', 'Vorschläge', null],
      [3, '2.1', 'Sprachcafé', proposals.id],
      [4, '2.2', 'Nachbarschaftsfest', proposals.id],
      [5, '3', 'Verschiedenes', null],
    ]);

    const manual = await mustCall(core, 'agenda.update', { id: agenda[4]!.id, number: 'Ö 6.1', title: 'Verschiedenes', papers: ['21-1967'] });
    expect(manual.agenda[4]).toMatchObject({ number: 'Ö 6.1', papers: ['21-1967'] });
    const before = await core.database!.query('SELECT * FROM agenda_item ORDER BY id');
    const duplicate = await callOn(core, 'agenda.update', { id: agenda[0]!.id, number: 'Ö 6.1', title: 'Begrüßung' });
    expect(duplicate).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.numberTaken', params: { number: 'Ö 6.1' }, fields: [{ field: 'number' }] },
    });
    expect(await core.database!.query('SELECT * FROM agenda_item ORDER BY id')).toEqual(before);
    expect(await callOn(core, 'agenda.update', { id: agenda[0]!.id, number: 'drei', title: 'x' })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'number', messageKey: 'validation.agendaNumber' }] },
    });

    // "Vorschläge" with its sub-items moves to the front; everything is numbered again ("Ö" kept).
    const moved = await mustCall(core, 'agenda.move', { id: proposals.id, toIndex: 0 });
    expect(moved.agenda.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Vorschläge'],
      ['1.1', 'Sprachcafé'],
      ['1.2', 'Nachbarschaftsfest'],
      ['2', 'Begrüßung'],
      ['Ö 3', 'Verschiedenes'],
    ]);
    const subMoved = await mustCall(core, 'agenda.move', { id: moved.agenda[2]!.id, toIndex: 0 });
    expect(subMoved.agenda.slice(1, 3).map((item) => [item.number, item.title])).toEqual([
      ['1.1', 'Nachbarschaftsfest'],
      ['1.2', 'Sprachcafé'],
    ]);
    const removed = await mustCall(core, 'agenda.remove', { id: subMoved.agenda[0]!.id });
    expect(removed.agenda.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Begrüßung'],
      ['Ö 2', 'Verschiedenes'],
    ]);
  });

  it('moves only between allowed states and keeps a decided meeting "held"', async () => {
    const { core, createMeeting } = await meetingSetup();
    const meeting = await createMeeting(1, '2021-11-17T18:00');
    expect((await mustCall(core, 'meetings.setState', { id: meeting.id, state: 'invited' })).state).toBe('invited');
    expect((await mustCall(core, 'meetings.setState', { id: meeting.id, state: 'held' })).state).toBe('held');
    const item = (await mustCall(core, 'agenda.add', { meetingId: meeting.id, title: 'Bericht' })).agenda[0]!;
    await mustCall(core, 'decisions.save', { agendaItemId: item.id, result: 'noted', vote: { mode: 'none' } });
    expect(await callOn(core, 'meetings.setState', { id: meeting.id, state: 'invited' })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.stateHasDecisions' },
    });
    expect(await callOn(core, 'meetings.delete', { id: meeting.id })).toMatchObject({ ok: false, error: { messageKey: 'meetingErrors.deleteHeld' } });
    const other = await createMeeting(2, '2022-01-26T18:00');
    // Held with minutes typed, no decision: kept until it is set back on purpose.
    await mustCall(core, 'meetings.setState', { id: other.id, state: 'held' });
    expect(await callOn(core, 'meetings.delete', { id: other.id })).toMatchObject({ ok: false, error: { messageKey: 'meetingErrors.deleteHeld', fields: [{ field: 'state' }] } });
    await mustCall(core, 'meetings.setState', { id: other.id, state: 'invited' });
    expect(await callOn(core, 'meetings.setState', { id: other.id, state: 'minutes_approved' as never })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await mustCall(core, 'meetings.delete', { id: other.id })).toEqual({ deleted: true });
  });

  it('locks approved minutes: every write refused with meetingErrors.minutesLocked; corrections are appended', async () => {
    const { core, createMeeting, snapshot } = await meetingSetup();
    const first = await createMeeting(1, '2021-11-17T18:00');
    const item = (await mustCall(core, 'agenda.add', { meetingId: first.id, title: 'Bericht' })).agenda[0]!;
    await mustCall(core, 'agenda.saveNotes', { id: item.id, notes: 'Bericht gehört.' });
    await mustCall(core, 'actionItems.create', { meetingId: first.id, title: 'Einladung verschicken', assigneeName: 'Geschäftsstelle', dueOn: '2022-01-10' });
    await mustCall(core, 'meetings.setState', { id: first.id, state: 'held' });
    const second = await createMeeting(2, '2022-01-26T18:00');
    expect(await callOn(core, 'meetings.recordCorrection', { id: first.id, text: 'x', reason: 'y' })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.correctionNeedsApproval' },
    });
    // Minutes are approved in a meeting that took place.
    await mustCall(core, 'meetings.setState', { id: second.id, state: 'held' });
    const approved = await mustCall(core, 'meetings.approveMinutes', { id: first.id, approvedInMeetingId: second.id, approvedOn: '2022-01-26' });
    expect(approved).toMatchObject({ state: 'minutes_approved', approvedOn: '2022-01-26', approvedInMeetingId: second.id });

    const before = await snapshot();
    const attendanceId = approved.attendance[0]!.id;
    const actionItem = approved.actionItems[0]!;
    const writes = [
      callOn(core, 'agenda.saveNotes', { id: item.id, notes: 'geändert' }),
      callOn(core, 'agenda.add', { meetingId: first.id, title: 'Nachtrag' }),
      callOn(core, 'agenda.update', { id: item.id, number: '1', title: 'Anders' }),
      callOn(core, 'agenda.move', { id: item.id, toIndex: 0 }),
      callOn(core, 'agenda.renumber', { meetingId: first.id }),
      callOn(core, 'agenda.remove', { id: item.id }),
      callOn(core, 'decisions.save', { agendaItemId: item.id, result: 'noted', vote: { mode: 'none' } }),
      callOn(core, 'attendance.setStatus', { id: attendanceId, status: 'absent' }),
      callOn(core, 'attendance.addGuest', { meetingId: first.id, name: 'Gast' }),
      callOn(core, 'attendance.remove', { id: attendanceId }),
      callOn(core, 'attendance.preload', { meetingId: first.id }),
      callOn(core, 'actionItems.create', { meetingId: first.id, title: 'Neu', assigneeName: 'X' }),
      callOn(core, 'actionItems.update', { id: actionItem.id, title: 'Anders', assigneeName: 'Geschäftsstelle', dueOn: '2022-01-10' }),
      callOn(core, 'meetings.update', { id: first.id, kind: 'ag_session', startsAt: '2021-11-17T18:00' }),
      callOn(core, 'meetings.setState', { id: first.id, state: 'held' }),
      callOn(core, 'meetings.setCurrentItem', { id: first.id, agendaItemId: item.id }),
    ];
    for (const result of await Promise.all(writes)) {
      expect(result).toMatchObject({ ok: false, error: { messageKey: 'meetingErrors.minutesLocked' } });
    }
    expect(await snapshot()).toEqual(before);

    // Marking the carried-over action item done is still possible.
    const done = await mustCall(core, 'actionItems.update', { id: actionItem.id, title: 'Einladung verschicken', assigneeName: 'Geschäftsstelle', dueOn: '2022-01-10', doneOn: '2022-01-05' });
    expect(done.doneOn).toBe('2022-01-05');

    const corrected = await mustCall(core, 'meetings.recordCorrection', { id: first.id, agendaItemId: item.id, text: 'Bericht des Fachamts, nicht der Geschäftsstelle.', reason: 'Hinweis von Frau Kaya' });
    expect(corrected.corrections).toMatchObject([{ agendaItemId: item.id, reason: 'Hinweis von Frau Kaya' }]);
    expect(corrected.agenda[0]!.notes).toBe('Bericht gehört.');
    await expect(core.database!.query('UPDATE minutes_correction SET text = ?', ['x'])).rejects.toThrow(/append-only/);
    await expect(core.database!.query('DELETE FROM minutes_correction')).rejects.toThrow(/append-only/);
  });

  it('lists meetings newest first with counts and filters', async () => {
    const { core, createMeeting } = await meetingSetup();
    const first = await createMeeting(1, '2021-11-17T18:00');
    await createMeeting(2, '2022-01-26T18:00', { standardItems: ['welcome'] });
    await mustCall(core, 'meetings.create', { kind: 'planning_workshop', startsAt: '2021-09-25T10:00', endsAt: '2021-09-25T16:00', place: 'online', onlineLink: 'https://example.org/werkstatt' });
    await mustCall(core, 'actionItems.create', { meetingId: first.id, title: 'Protokoll', assigneeName: 'Geschäftsstelle' });
    const list = await mustCall(core, 'meetings.list', {});
    expect(list.rows.map((row) => [row.title, row.agendaItemCount, row.openActionItemCount])).toEqual([
      ['2. Sitzung – Arbeitsgruppe Integrationskonzept', 1, 0],
      ['1. Sitzung – Arbeitsgruppe Integrationskonzept', 0, 1],
      ['Planungswerkstatt', 0, 0],
    ]);
    expect((await mustCall(core, 'meetings.list', { kind: 'planning_workshop' })).total).toBe(1);
    expect((await mustCall(core, 'meetings.list', { from: '2022-01-01' })).total).toBe(1);
    expect((await mustCall(core, 'meetings.list', { to: '2021-11-17' })).total).toBe(2);
    expect((await mustCall(core, 'meetings.list', { text: '100%_' })).total).toBe(0);
    expect((await mustCall(core, 'meetings.list', { text: '2. Sitzung' })).rows.map((row) => row.number)).toEqual([2]);
  });

  it('remembers the live-mode item; resumeTarget finds it until live mode is left', async () => {
    const { core, createMeeting } = await meetingSetup();
    expect(await mustCall(core, 'meetings.resumeTarget', {})).toBeNull();
    const meeting = await createMeeting(1, '2021-11-17T18:00', { standardItems: ['welcome', 'any_other_business'] });
    await mustCall(core, 'meetings.setCurrentItem', { id: meeting.id, agendaItemId: meeting.agenda[1]!.id });
    expect(await mustCall(core, 'meetings.resumeTarget', {})).toEqual({ meetingId: meeting.id, agendaItemId: meeting.agenda[1]!.id });
    expect((await mustCall(core, 'meetings.get', { id: meeting.id })).currentAgendaItemId).toBe(meeting.agenda[1]!.id);
    const other = await createMeeting(2, '2022-01-26T18:00');
    expect(await callOn(core, 'meetings.setCurrentItem', { id: other.id, agendaItemId: meeting.agenda[0]!.id })).toMatchObject({
      ok: false,
      error: { messageKey: 'meetingErrors.agendaItemNotFound' },
    });
    await mustCall(core, 'meetings.setCurrentItem', { id: meeting.id, agendaItemId: null });
    expect(await mustCall(core, 'meetings.resumeTarget', {})).toBeNull();
  });
});
