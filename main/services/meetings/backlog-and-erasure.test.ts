import { describe, expect, it } from 'vitest';
import { mustCall } from '../../../test-support/core';
import { meetingSetup } from './meeting-test-setup';

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

    expect(await mustCall(core, 'contacts.erase', { id: contacts[2]!.id })).toEqual({ erased: true });
    const after = await mustCall(core, 'meetings.get', { id: meeting.id });
    expect(after.counts).toEqual(before.counts);
    expect(after.attendance.find((row) => row.id === kaya.id)).toMatchObject({ name: 'Person gelöscht', erased: true, contactId: contacts[2]!.id, voting: true, status: 'present' });
    expect(after.attendance.filter((row) => row.erased)).toHaveLength(1);
    expect(after.actionItems[0]!.assigneeName).toBe('Person gelöscht');
    expect(JSON.stringify(after)).not.toContain('Kaya');
  });
});
