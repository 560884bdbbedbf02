import { describe, expect, it } from 'vitest';
import { suggestBodyGenitive } from '../../contract/body-genitive';
import { bodyGenitive, invitationHeading, invitingSentence, meetingOccasion, minutesHeading } from './meeting-names';
import { formatDateWithWeekday, formatTimeSpan } from './meeting-time';

const meeting = {
  kind: 'ag_session' as const,
  bodyName: 'Arbeitsgruppe Integrationskonzept',
  bodyGenitive: 'der Arbeitsgruppe Integrationskonzept',
  number: 4,
  title: '4. Sitzung der Arbeitsgruppe',
};
const council = { kind: 'council_meeting' as const, bodyName: 'Harburger Integrationsrat', bodyGenitive: 'des Harburger Integrationsrats', number: 13, title: '13. Sitzung – Harburger Integrationsrat' };

describe('meeting names and times', () => {
  it('names the session with the body in the genitive', () => {
    expect(minutesHeading(meeting)).toBe('Protokoll der 4. Sitzung der Arbeitsgruppe Integrationskonzept');
    expect(invitationHeading(meeting)).toBe('Einladung zur 4. Sitzung der Arbeitsgruppe Integrationskonzept');
  });

  it('uses the genitive stored with the body, also for the title the app gave ("13. Sitzung – …"); without one a neutral form, no guess', () => {
    expect(invitingSentence(council)).toBe('hiermit lade ich Sie herzlich zur 13. Sitzung des Harburger Integrationsrats ein.');
    expect(minutesHeading(council)).toBe('Protokoll der 13. Sitzung des Harburger Integrationsrats');
    const unknown = { ...council, bodyGenitive: '' };
    expect(bodyGenitive(unknown)).toBe('des Gremiums „Harburger Integrationsrat“');
    expect(invitingSentence(unknown)).toBe('hiermit lade ich Sie herzlich zur 13. Sitzung des Gremiums „Harburger Integrationsrat“ ein.');
  });

  it('suggests a genitive for the body form', () => {
    expect(suggestBodyGenitive('Harburger Integrationsrat')).toBe('des Harburger Integrationsrats');
    expect(suggestBodyGenitive('Sozialausschuss')).toBe('des Sozialausschusses');
    expect(suggestBodyGenitive('Runder Tisch Integration')).toBe('des Runden Tisches Integration');
    expect(suggestBodyGenitive('Arbeitskreis Sprache')).toBe('des Arbeitskreises Sprache');
    expect(suggestBodyGenitive('Bezirksversammlung Harburg')).toBe('der Bezirksversammlung Harburg');
  });

  it('keeps a title the user chose', () => {
    expect(meetingOccasion({ kind: 'planning_workshop', bodyName: '', bodyGenitive: '', number: null, title: 'Planungswerkstatt 2026' })).toBe('Planungswerkstatt 2026');
    expect(minutesHeading({ kind: 'planning_workshop', bodyName: '', bodyGenitive: '', number: null, title: 'Planungswerkstatt 2026' })).toBe('Protokoll – Planungswerkstatt 2026');
    expect(meetingOccasion({ kind: 'forum', bodyName: '', bodyGenitive: '', number: null, title: '' })).toBe('Fachforum');
    expect(meetingOccasion({ ...meeting, title: 'Sondersitzung der Arbeitsgruppe Integrationskonzept' })).toBe('Sondersitzung der Arbeitsgruppe Integrationskonzept');
  });

  it('invites to a session with "zur", to anything else without guessing its gender', () => {
    expect(invitingSentence(meeting)).toBe('hiermit lade ich Sie herzlich zur 4. Sitzung der Arbeitsgruppe Integrationskonzept ein.');
    expect(invitingSentence({ kind: 'forum', bodyName: '', bodyGenitive: '', number: null, title: '' })).toBe('hiermit lade ich Sie herzlich zu folgender Veranstaltung ein: Fachforum.');
  });

  it('writes dates with the weekday and times with "Uhr"', () => {
    expect(formatDateWithWeekday('2026-11-26')).toBe('Donnerstag, 26. November 2026');
    expect(formatDateWithWeekday('2027-03-28')).toBe('Sonntag, 28. März 2027');
    expect(formatTimeSpan('2026-11-26T18:00', null)).toBe('18:00\u00a0Uhr');
    expect(formatTimeSpan('2026-11-26T18:00', '2026-11-26T20:15')).toBe('18:00 bis 20:15\u00a0Uhr');
    expect(formatTimeSpan('2026-11-26T22:00', '2026-11-27T01:00')).toBe('22:00\u00a0Uhr bis 27.11.2026, 01:00\u00a0Uhr');
  });
});
