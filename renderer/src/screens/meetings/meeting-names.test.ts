import { describe, expect, it } from 'vitest';
import { STANDARD_ITEM_TITLES } from '../../../../contract/meetings';
import { applyLanguage, i18n } from '../../i18n/i18n';
import { agendaItemTitle, attendanceRoleLabel, meetingName } from './meeting-names';

const untitled = { givenTitle: '', kind: 'council_meeting' as const, number: 13, bodyName: 'Harburger Integrationsrat' };
const member = { role: '', memberRole: 'member' as const, fraktion: '', givenRole: '', guest: false };

describe('names the app gives, in the interface language', () => {
  it('names an untitled meeting as the German documents do, and in English in English', async () => {
    const t = i18n.t.bind(i18n);
    expect(meetingName(t, untitled)).toBe('13. Sitzung – Harburger Integrationsrat');
    expect(meetingName(t, { ...untitled, bodyName: '' })).toBe('13. Sitzung des Integrationsrats');
    expect(meetingName(t, { ...untitled, number: null, kind: 'planning_workshop' })).toBe('Planungswerkstatt – Harburger Integrationsrat');
    await applyLanguage('en');
    expect(meetingName(t, untitled)).toBe('Meeting 13 – Harburger Integrationsrat');
    expect(meetingName(t, { ...untitled, number: null, bodyName: '', kind: 'planning_workshop' })).toBe('Planning workshop');
    expect(meetingName(t, { ...untitled, givenTitle: 'Sondersitzung Wohnen' })).toBe('Sondersitzung Wohnen');
  });

  it('translates a standard agenda item while it keeps its created title; a reworded one stays as typed', async () => {
    const t = i18n.t.bind(i18n);
    const welcome = { title: STANDARD_ITEM_TITLES.welcome, standard: 'welcome' as const };
    expect(agendaItemTitle(t, welcome)).toBe('Begrüßung und Feststellung der Beschlussfähigkeit');
    await applyLanguage('en');
    expect(agendaItemTitle(t, welcome)).toBe('Welcome and confirmation of the quorum');
    expect(agendaItemTitle(t, { title: 'Begrüßung durch die Bezirksamtsleitung', standard: 'welcome' })).toBe('Begrüßung durch die Bezirksamtsleitung');
    expect(agendaItemTitle(t, { title: 'Verschiedenes', standard: null })).toBe('Verschiedenes');
  });

  it('names attendance roles from their keys; the Fraktion and typed roles stay', async () => {
    const t = i18n.t.bind(i18n);
    expect(attendanceRoleLabel(t, { ...member, memberRole: 'chair', fraktion: 'SPD' })).toBe('Vorsitz, SPD');
    await applyLanguage('en');
    expect(attendanceRoleLabel(t, { ...member, memberRole: 'chair', fraktion: 'SPD' })).toBe(`${t('contacts.roles.chair')}, SPD`);
    expect(attendanceRoleLabel(t, { ...member, memberRole: 'member' })).toBe(t('contacts.roles.member'));
    expect(attendanceRoleLabel(t, { ...member, fraktion: 'GRÜNE' })).toBe('GRÜNE');
    expect(attendanceRoleLabel(t, { ...member, memberRole: null, guest: true, givenRole: 'Referentin' })).toBe('Guest, Referentin');
    expect(attendanceRoleLabel(t, { ...member, memberRole: null, guest: true })).toBe('Guest');
    expect(t('contacts.roles.chair')).not.toBe('Vorsitz');
  });
});
