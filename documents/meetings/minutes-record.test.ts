import { describe, expect, it } from 'vitest';
import type { AttendanceDto, MeetingDto } from '../../contract/meetings';
import { pack, paragraphsXml, paragraphText, paragraphTexts, styleOf } from '../testing/docx-inspect';
import { fixtureMeeting, meetingOffice } from './fixtures';
import { buildInvitation } from './invitation-builder';
import { buildMinutes } from './minutes-builder';

const xmlOf = async (meeting: MeetingDto) => (await pack(buildMinutes({ office: meetingOffice, logo: null, meeting }))).xml;
const approvalItem = fixtureMeeting.agenda.find((item) => item.standard === 'approve_minutes')!;

describe('the minutes record what happened', () => {
  it('puts each "Beschluss" in a heading style, so it shows in Word\'s navigation pane', async () => {
    const paragraphs = paragraphsXml(await xmlOf(fixtureMeeting));
    const decisions = paragraphs.filter((p) => paragraphText(p) === 'Beschluss');
    expect(decisions.length).toBe(fixtureMeeting.agenda.filter((item) => item.decision).length);
    expect(new Set(decisions.map(styleOf))).toEqual(new Set(['Heading3']));
  });

  it('under "Genehmigung des Protokolls" prints the approval the app knows of instead of "Keine Aussprache protokolliert."', async () => {
    const meeting: MeetingDto = {
      ...fixtureMeeting,
      agenda: fixtureMeeting.agenda.map((item) => (item.id === approvalItem.id ? { ...item, notes: '', decision: null } : item)),
      approvedMinutes: [{ meetingId: 3, number: 3, startsAt: '2026-10-15T18:00' }],
    };
    const texts = paragraphTexts(await xmlOf(meeting));
    const start = texts.findIndex((text) => text.startsWith(`TOP ${approvalItem.number}:`));
    const next = texts.findIndex((text, index) => index > start && text.startsWith('TOP '));
    const item = texts.slice(start, next);
    expect(item).toContain('Die Niederschrift der 3. Sitzung vom 15. Oktober 2026 wurde genehmigt.');
    expect(item).not.toContain('Keine Aussprache protokolliert.');
  });

  it('prints the approval decision recorded with its vote', async () => {
    const decision = {
      id: 99,
      agendaItemId: approvalItem.id,
      wording: 'Die Arbeitsgruppe Integrationskonzept stimmt der Niederschrift der 3. Sitzung vom 15. Oktober 2026 einstimmig zu.',
      result: 'adopted' as const,
      vote: { mode: 'unanimous' as const },
      voteText: 'einstimmig',
      drucksache: '',
      voteMismatchConfirmed: false,
      effects: [],
    };
    const meeting: MeetingDto = { ...fixtureMeeting, agenda: fixtureMeeting.agenda.map((item) => (item.id === approvalItem.id ? { ...item, notes: '', decision } : item)) };
    const texts = paragraphTexts(await xmlOf(meeting));
    expect(texts).toContain(decision.wording);
    expect(texts).toContain('Abstimmung\teinstimmig');
  });

  it('prints the end, lists members never marked as "Nicht erfasst" and names chair and minute-taker under the signature lines', async () => {
    const attendance: AttendanceDto[] = fixtureMeeting.attendance.map((row, index) => (index === 1 ? { ...row, status: 'expected' } : row));
    const texts = paragraphTexts(await xmlOf({ ...fixtureMeeting, attendance }));
    expect(texts).toContain('Ende\t20:15\u00a0Uhr');
    expect(texts).toContain(`Nicht erfasst\t${attendance[1]!.name} (${attendance[1]!.role})`);
    const signatures = texts.slice(texts.lastIndexOf('Genehmigung'));
    expect(signatures).toEqual(expect.arrayContaining(['Petra Albers', 'Vorsitz', 'Julia Brandes (Bezirksamt Harburg)', 'Protokollführung']));
  });
});

describe('the invitation names the body in the genitive', () => {
  const council: MeetingDto = { ...fixtureMeeting, kind: 'council_meeting', bodyName: 'Harburger Integrationsrat', number: 13, title: '13. Sitzung – Harburger Integrationsrat' };
  const textsOf = async (meeting: MeetingDto) => paragraphTexts((await pack(buildInvitation({ office: meetingOffice, logo: null, meeting, date: '2026-11-12' }))).xml);

  it('"zur 13. Sitzung des Harburger Integrationsrats" with the stored genitive', async () => {
    const texts = await textsOf({ ...council, bodyGenitive: 'des Harburger Integrationsrats' });
    expect(texts).toContain('hiermit lade ich Sie herzlich zur 13. Sitzung des Harburger Integrationsrats ein.');
    expect(texts).toContain('Einladung zur 13. Sitzung des Harburger Integrationsrats');
    expect(texts).toContain('An die Mitglieder des Harburger Integrationsrats');
  });

  it('without a stored genitive a form right for any name, never "Sitzung – Name"', async () => {
    const texts = await textsOf({ ...council, bodyGenitive: '' });
    expect(texts).toContain('hiermit lade ich Sie herzlich zur 13. Sitzung des Gremiums „Harburger Integrationsrat“ ein.');
    expect(texts.join('\n')).not.toContain('Sitzung – Harburger');
  });
});
