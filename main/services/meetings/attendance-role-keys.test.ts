import { describe, expect, it } from 'vitest';
import { mustCall } from '../../../test-support/core';
import { meetingSetup } from '../../../test-support/meeting-test-setup';
import { roleParts } from './meeting-text';

describe('attendance roles as keys for the interface, German text for the minutes', () => {
  it('gives each preloaded member the membership role behind the German text, and the meeting its typed title', async () => {
    const { core, createMeeting } = await meetingSetup();
    const meeting = await createMeeting(1, '2021-11-17T18:00', { standardItems: ['welcome'] });
    expect(meeting.attendance.map((row) => [row.name, row.role, row.memberRole, row.fraktion, row.givenRole])).toEqual([
      ['Erika Brandt', 'Vorsitz, SPD', 'chair', 'SPD', ''],
      ['Hans Claußen', 'CDU', 'member', 'CDU', ''],
      ['Sören Jäger', 'FDP', 'member', 'FDP', ''],
      ['Leyla Kaya', 'GRÜNE', 'member', 'GRÜNE', ''],
      ['Jonas Meyer', 'SPD', 'member', 'SPD', ''],
      ['Piotr Nowak', 'Stellvertretung, CDU', 'deputy', 'CDU', ''],
    ]);
    // Untitled: documents print the German name, the interface builds its own from number and body.
    expect([meeting.title, meeting.givenTitle]).toEqual(['1. Sitzung – Arbeitsgruppe Integrationskonzept', '']);
    const [row] = (await mustCall(core, 'meetings.list', {})).rows;
    expect([row?.title, row?.givenTitle]).toEqual(['1. Sitzung – Arbeitsgruppe Integrationskonzept', '']);
    expect(meeting.agenda.map((item) => [item.title, item.standard])).toEqual([['Begrüßung und Feststellung der Beschlussfähigkeit', 'welcome']]);
  });

  it('keeps the typed role of a guest and prints "Gast" for a guest without one', async () => {
    const { core, createMeeting } = await meetingSetup();
    const meeting = await createMeeting(1, '2021-11-17T18:00');
    await mustCall(core, 'attendance.addGuest', { meetingId: meeting.id, name: 'Dr. Lena Hoffmann', role: 'Referentin' });
    const after = await mustCall(core, 'attendance.addGuest', { meetingId: meeting.id, name: 'Olaf Peters', role: '' });
    const guests = after.attendance.filter((row) => row.guest).map((row) => [row.name, row.role, row.memberRole, row.givenRole]);
    expect(guests).toEqual([
      ['Dr. Lena Hoffmann', 'Referentin', null, 'Referentin'],
      ['Olaf Peters', 'Gast', null, ''],
    ]);
  });

  it('reads every role text the app writes, and leaves other text as typed', () => {
    expect(roleParts('stellv. Vorsitz', '', false)).toEqual({ memberRole: 'vice_chair', givenRole: '' });
    expect(roleParts('Vertretung Integrationsrat', '', false)).toEqual({ memberRole: 'council_representative', givenRole: '' });
    expect(roleParts('Mitglied', '', false)).toEqual({ memberRole: 'member', givenRole: '' });
    expect(roleParts('Schriftführung', '', false)).toEqual({ memberRole: null, givenRole: 'Schriftführung' });
  });
});
