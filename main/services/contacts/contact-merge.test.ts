import { describe, expect, it } from 'vitest';
import { callOn, mustCall } from '../../../test-support/core';
import { meetingSetup } from '../../../test-support/meeting-test-setup';

describe('merging two entries of one person', () => {
  it('keeps one entry, fills in what it lacks, moves memberships, attendance and tasks, deletes the other', async () => {
    const { core, ag, createMeeting, contacts } = await meetingSetup();
    const kaya = contacts[2]!; // Leyla Kaya, GRÜNE, member of the AG
    const org = await mustCall(core, 'organizations.create', { name: 'Verikom e. V.', kind: 'traeger' });
    const twin = await mustCall(core, 'contacts.create', {
      firstName: 'Leyla',
      lastName: 'Kaya',
      emails: ['l.kaya@example.org'],
      phones: [{ kind: 'mobile', number: '0170 555 12' }],
      city: 'Hamburg',
      department: 'Elternarbeit',
      privateStreet: 'Lämmertwiete 4',
      privatePostalCode: '21073',
      privateCity: 'Hamburg',
      birthday: '1985-07-01',
      website: 'https://kaya.example.org',
      notes: 'Spricht Türkisch und Kurdisch.',
      organizationIds: [org.id],
      consentPurpose: 'Einladungen',
      consentDate: '2024-03-01',
      consentHow: 'schriftlich',
    });
    const council = await mustCall(core, 'bodies.create', { name: 'Harburger Integrationsrat', kind: 'integrationsrat', shortName: 'HIR' });
    await mustCall(core, 'memberships.create', { contactId: twin.id, bodyId: council.id, role: 'member', from: '2024-01-01' });
    await mustCall(core, 'memberships.create', { contactId: twin.id, bodyId: ag.id, role: 'member', from: '2021-11-01' }); // the same as Kaya's
    const meeting = await createMeeting(1, '2021-11-17T18:00', { minuteTakerContactId: twin.id });
    const before = meeting.counts;
    await mustCall(core, 'actionItems.create', { meetingId: meeting.id, title: 'Raum reservieren', assigneeContactId: twin.id });

    const merged = await mustCall(core, 'contacts.merge', { keepId: kaya.id, mergeId: twin.id });
    expect(merged).toMatchObject({ id: kaya.id, fraktion: 'GRÜNE', emails: ['l.kaya@example.org'], city: 'Hamburg', notes: 'Spricht Türkisch und Kurdisch.', consentDate: '2024-03-01', consentPurpose: 'Einladungen' });
    expect(merged).toMatchObject({
      department: 'Elternarbeit', privateStreet: 'Lämmertwiete 4', privatePostalCode: '21073', privateCity: 'Hamburg', birthday: '1985-07-01', website: 'https://kaya.example.org',
    });
    expect(merged.organizations.map((each) => each.name)).toEqual(['Verikom e. V.']);
    expect(merged.memberships.map((each) => [each.bodyName, each.role])).toEqual(
      expect.arrayContaining([
        ['Arbeitsgruppe Integrationskonzept', 'member'],
        ['Harburger Integrationsrat', 'member'],
      ]),
    );
    expect(merged.memberships).toHaveLength(2);
    const after = await mustCall(core, 'meetings.get', { id: meeting.id });
    // The duplicate AG membership had put her on the list twice: now she stands there once.
    expect(after.counts).toMatchObject({ present: before.present - 1, votingTotal: before.votingTotal - 1 });
    expect(after.attendance.filter((row) => row.name === 'Leyla Kaya')).toHaveLength(1);
    expect(after.minuteTakerContactId).toBe(kaya.id);
    expect(after.actionItems[0]).toMatchObject({ assigneeContactId: kaya.id, assigneeName: 'Leyla Kaya' });
    expect(await callOn(core, 'contacts.get', { id: twin.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await mustCall(core, 'contacts.list', { text: 'Kaya' })).total).toBe(1);
  });

  it('lists a person once per meeting (present if either entry was) and notes it in approved minutes', async () => {
    const { core, createMeeting, contacts } = await meetingSetup();
    const meyer = contacts[1]!;
    const twin = await mustCall(core, 'contacts.create', { firstName: 'Jonas', lastName: 'Meyer' });
    const held = await createMeeting(1, '2021-11-17T18:00');
    await mustCall(core, 'attendance.setStatus', { id: held.attendance.find((row) => row.contactId === meyer.id)!.id, status: 'absent' });
    await mustCall(core, 'attendance.addGuest', { meetingId: held.id, contactId: twin.id, name: '', role: '' });
    await mustCall(core, 'meetings.setState', { id: held.id, state: 'held' });
    const next = await createMeeting(2, '2022-01-26T18:00');
    // Minutes are approved in a meeting that took place.
    await mustCall(core, 'meetings.setState', { id: next.id, state: 'held' });
    await mustCall(core, 'meetings.approveMinutes', { id: held.id, approvedInMeetingId: next.id, approvedOn: '2022-01-26' });

    await mustCall(core, 'contacts.merge', { keepId: meyer.id, mergeId: twin.id });
    const after = await mustCall(core, 'meetings.get', { id: held.id });
    expect(after.attendance.filter((row) => row.name === 'Jonas Meyer')).toMatchObject([{ contactId: meyer.id, status: 'present', guest: false }]);
    expect(after.corrections).toMatchObject([{ reason: 'Doppelter Kontakt zusammengeführt', text: '„Jonas Meyer“ und „Jonas Meyer“ sind dieselbe Person und stehen nur noch einmal auf der Anwesenheitsliste.' }]);
  });

  it('refuses the same entry twice at the field and an erased entry, and changes nothing', async () => {
    const { core, contacts } = await meetingSetup();
    const snapshot = (): Promise<unknown[]> => core.database!.query('SELECT * FROM contact ORDER BY id');
    const before = await snapshot();
    expect(await callOn(core, 'contacts.merge', { keepId: contacts[0]!.id, mergeId: contacts[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: [{ field: 'mergeId', messageKey: 'validation.mergeSame' }] },
    });
    await mustCall(core, 'contacts.erase', { id: contacts[1]!.id });
    const erasedState = await snapshot();
    expect(await callOn(core, 'contacts.merge', { keepId: contacts[0]!.id, mergeId: contacts[1]!.id })).toMatchObject({ ok: false, error: { messageKey: 'contacts.errors.erased' } });
    expect(await snapshot()).toEqual(erasedState);
    expect(before).toHaveLength(erasedState.length);
  });
});
