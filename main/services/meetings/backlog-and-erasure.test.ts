import { describe, expect, it } from 'vitest';
import { mustCall } from '../../../test-support/core';
import { meetingSetup } from '../../../test-support/meeting-test-setup';

describe('working-group session from the backlog', () => {
  it('has the standard items and one item per measure in Beratung, each linked to its measure', async () => {
    const { core, ag, edition, measures } = await meetingSetup();
    await mustCall(core, 'measures.changeStatus', { measureIds: [measures[1]!.id], toStatus: 'deferred', changedOn: '2022-01-26', reason: '', drucksache: '' });
    const meeting = await mustCall(core, 'meetings.createFromBacklog', { kind: 'ag_session', bodyId: ag.id, number: 3, startsAt: '2022-03-16T18:00', editionId: edition.id });
    expect(meeting.agenda.map((item) => [item.number, item.title, item.standard, item.measures.map((measure) => measure.code)])).toEqual([
      ['1', 'Begrüßung und Feststellung der Beschlussfähigkeit', 'welcome', []],
      ['2', 'Genehmigung des Protokolls der letzten Sitzung', 'approve_minutes', []],
      ['3', 'Offene Aufgaben', 'open_action_items', []],
      ['4', 'ZL-01 Nachbarschaftsfest', null, ['ZL-01']],
      ['5', 'ZL-03 Sprachcafé', null, ['ZL-03']],
      ['6', 'Verschiedenes', 'any_other_business', []],
    ]);
    expect(meeting.attendance).toHaveLength(6);
  });
});

describe('erasing a person who attended', () => {
  it('keeps the counts and shows "Person gelöscht" in the attendance list', async () => {
    const { core, createMeeting, contacts } = await meetingSetup();
    const meeting = await createMeeting(1, '2021-11-17T18:00');
    const kaya = meeting.attendance.find((row) => row.name === 'Leyla Kaya')!;
    await mustCall(core, 'attendance.setStatus', { id: meeting.attendance.find((row) => row.name === 'Sören Jäger')!.id, status: 'excused' });
    const before = await mustCall(core, 'meetings.get', { id: meeting.id });
    await mustCall(core, 'actionItems.create', { meetingId: meeting.id, title: 'Bericht vorbereiten', assigneeContactId: contacts[2]!.id });

    expect(await mustCall(core, 'contacts.erase', { id: contacts[2]!.id })).toEqual({ erased: true, scrubbed: true });
    const after = await mustCall(core, 'meetings.get', { id: meeting.id });
    expect(after.counts).toEqual(before.counts);
    expect(after.attendance.find((row) => row.id === kaya.id)).toMatchObject({ name: 'Person gelöscht', erased: true, contactId: contacts[2]!.id, voting: true, status: 'present' });
    expect(after.attendance.filter((row) => row.erased)).toHaveLength(1);
    expect(after.actionItems[0]!.assigneeName).toBe('Person gelöscht');
    expect(JSON.stringify(after)).not.toContain('Kaya');
  });

  it('lists the meetings and tasks in the Auskunft before the erasure, and nothing of them after it', async () => {
    const { core, createMeeting, contacts } = await meetingSetup();
    const first = await createMeeting(1, '2021-11-17T18:00', { chairContactId: contacts[0]!.id });
    await createMeeting(2, '2022-01-26T18:00');
    await mustCall(core, 'attendance.setStatus', { id: first.attendance.find((row) => row.name === 'Erika Brandt')!.id, status: 'excused' });
    await mustCall(core, 'actionItems.create', { meetingId: first.id, title: 'Raum reservieren', assigneeContactId: contacts[0]!.id, dueOn: '2021-12-01' });
    const disclosed = async () => {
      const file = await mustCall(core, 'contacts.disclosure', { id: contacts[0]!.id });
      return JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '')) as { meetings: unknown[]; actionItems: unknown[] };
    };
    const before = await disclosed();
    expect(before.meetings).toEqual([
      { date: '2021-11-17', title: '1. Sitzung – Arbeitsgruppe Integrationskonzept', roles: ['entschuldigt', 'Vorsitz'], planned: false },
      { date: '2022-01-26', title: '2. Sitzung – Arbeitsgruppe Integrationskonzept', roles: ['anwesend'], planned: false },
    ]);
    expect(before.actionItems).toEqual([
      { title: 'Raum reservieren', meetingDate: '2021-11-17', meetingTitle: '1. Sitzung – Arbeitsgruppe Integrationskonzept', dueOn: '2021-12-01', doneOn: null },
    ]);
    await mustCall(core, 'contacts.erase', { id: contacts[0]!.id });
    const after = await disclosed();
    // The placeholder keeps its place in the minutes; the Auskunft about it names no one.
    expect(JSON.stringify(after)).not.toContain('Brandt');
  });
  it('finds the name where it was only typed in (guest, task, minute-taker), lists it in the Auskunft and erases it too', async () => {
    const { core, createMeeting } = await meetingSetup();
    const person = await mustCall(core, 'contacts.create', { salutation: 'Frau', title: 'Dr.', firstName: 'Ayşe', lastName: 'Özdemir' });
    const meeting = await createMeeting(1, '2021-11-17T18:00', { minuteTakerName: 'Ozdemir, Ayse' });
    await mustCall(core, 'attendance.addGuest', { meetingId: meeting.id, name: 'Frau Dr. Ayşe Özdemir', role: 'Elternverein' });
    // Another Frau Özdemir (first name unknown) may be someone else: she stays.
    await mustCall(core, 'attendance.addGuest', { meetingId: meeting.id, name: 'Frau Özdemir', role: 'Moschee' });
    await mustCall(core, 'actionItems.create', { meetingId: meeting.id, title: 'Saal anfragen', assigneeName: 'ayse özdemir' });
    const before = await mustCall(core, 'meetings.get', { id: meeting.id });

    const file = await mustCall(core, 'contacts.disclosure', { id: person.id });
    const disclosed = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '')) as { meetings: unknown[]; actionItems: unknown[] };
    expect(disclosed.meetings).toEqual([
      {
        date: '2021-11-17',
        title: '1. Sitzung – Arbeitsgruppe Integrationskonzept',
        roles: ['Gast (anwesend), Name als Text eingetragen', 'Protokoll, Name als Text eingetragen'],
        planned: false,
      },
    ]);
    expect(disclosed.actionItems).toMatchObject([{ title: 'Saal anfragen', meetingDate: '2021-11-17' }]);

    await mustCall(core, 'contacts.erase', { id: person.id });
    const after = await mustCall(core, 'meetings.get', { id: meeting.id });
    expect(after.counts).toEqual(before.counts);
    expect(after.attendance.filter((row) => row.guest).map((row) => row.name)).toEqual(['Person gelöscht', 'Frau Özdemir']);
    expect(after.minuteTakerName).toBe('Person gelöscht');
    expect(after.actionItems[0]!.assigneeName).toBe('Person gelöscht');
    expect(JSON.stringify(after).toLowerCase()).not.toMatch(/ay[sş]e/);
  });
});
