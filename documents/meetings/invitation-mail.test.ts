import { describe, expect, it } from 'vitest';
import { fixtureMeeting } from './fixtures';
import { invitationMail } from './invitation-mail';

describe('invitation e-mail', () => {
  it('names the meeting, the day with its weekday, the time and the place; signs with the sender and office', () => {
    const mail = invitationMail({ meeting: fixtureMeeting, senderName: 'Frau Yılmaz', officeName: 'Fachamt Sozialraummanagement' });
    expect(mail.subject).toBe('Einladung zur 4. Sitzung der Arbeitsgruppe Integrationskonzept am 26.11.2026');
    expect(mail.body.split('\r\n')).toEqual([
      'Sehr geehrte Damen und Herren,',
      '',
      'hiermit lade ich Sie herzlich zur 4. Sitzung der Arbeitsgruppe Integrationskonzept ein.',
      '',
      'Termin: Donnerstag, 26.11.2026, 18:00 bis 20:15 Uhr',
      'Ort: Rathaus Harburg, Sitzungssaal 101, Harburger Rathausplatz 1, 21073 Hamburg',
      'Online-Teilnahme: https://meet.hamburg.de/ag-integration-4',
      '',
      'Die Einladung mit der Tagesordnung finden Sie im Anhang.',
      '',
      'Mit freundlichen Grüßen',
      'Frau Yılmaz',
      'Fachamt Sozialraummanagement',
    ]);
  });

  it('words other occasions after a colon and leaves out what is not known', () => {
    const workshop = { ...fixtureMeeting, kind: 'planning_workshop' as const, bodyName: '', number: null, title: 'Planungswerkstatt 2026', endsAt: null, onlineLink: '' };
    const mail = invitationMail({ meeting: workshop, senderName: '', officeName: '' });
    expect(mail.subject).toBe('Einladung – Planungswerkstatt 2026 am 26.11.2026');
    const lines = mail.body.split('\r\n');
    expect(lines).toContain('hiermit lade ich Sie herzlich zu folgender Veranstaltung ein: Planungswerkstatt 2026.');
    expect(lines).toContain('Termin: Donnerstag, 26.11.2026, 18:00 Uhr');
    expect(lines.at(-1)).toBe('Mit freundlichen Grüßen');
  });
});
