import { describe, expect, it } from 'vitest';
import { invitationFileName, meetingIcsFileName, minutesFileName } from './file-names';
import { fixtureMeeting } from './fixtures';

describe('meeting file names', () => {
  it('sort by date and say what they are', () => {
    expect(minutesFileName(fixtureMeeting)).toBe('2026-11-26_Protokoll_AG-Integrationskonzept_4-Sitzung.docx');
    expect(minutesFileName(fixtureMeeting, { publicVersion: true })).toBe('2026-11-26_Protokoll_AG-Integrationskonzept_4-Sitzung_oeffentlich.docx');
    expect(invitationFileName(fixtureMeeting)).toBe('2026-11-26_Einladung_AG-Integrationskonzept_4-Sitzung.docx');
    expect(meetingIcsFileName(fixtureMeeting)).toBe('2026-11-26_Sitzung_AG-Integrationskonzept_4-Sitzung.ics');
  });

  it('are safe without a body or number and with umlauts', () => {
    const meeting = { startsAt: '2027-03-11T17:00', bodyName: '', number: null, title: 'Integrationskonferenz: Zusammenhalt & Vielfalt/Öffnung' };
    expect(minutesFileName(meeting)).toBe('2027-03-11_Protokoll_Integrationskonferenz-Zusammenhalt-Vielf.docx');
    expect(invitationFileName({ ...meeting, bodyName: 'Harburger Integrationsrat' })).toBe('2027-03-11_Einladung_Harburger-IR.docx');
  });
});
