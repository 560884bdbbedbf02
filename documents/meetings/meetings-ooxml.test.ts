import validate from '@ooxml-tools/validate';
import type { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import type { MeetingDto } from '../../contract/meetings';
import { pack, paragraphsXml, paragraphText, paragraphTexts } from '../testing/docx-inspect';
import { tinyPng } from '../testing/fixtures';
import { buildAttendanceSheet } from './attendance-sheet';
import { fixtureApprovedMeeting, fixtureMeeting, meetingOffice } from './fixtures';
import { buildInvitation } from './invitation-builder';
import { meetingIcs } from './ics';
import { buildMinutes } from './minutes-builder';

const errorsOf = async (document: Document) => {
  const { buffer } = await pack(document);
  const errors = await validate(new Uint8Array(buffer), 'docx', 'Microsoft365');
  return errors.map((error) => `${error.path.partUri} ${error.path.xpath}: ${error.description}`);
};

const kinds: Array<[string, () => Document]> = [
  ['Protokoll', () => buildMinutes({ office: meetingOffice, logo: tinyPng, meeting: fixtureMeeting })],
  ['Protokoll, öffentliche Fassung, genehmigt', () => buildMinutes({ office: meetingOffice, logo: tinyPng, meeting: fixtureApprovedMeeting, publicVersion: true })],
  ['Protokoll ohne Tagesordnung, Teilnahme und Aufgaben', () => buildMinutes({ office: meetingOffice, logo: null, meeting: { ...fixtureMeeting, agenda: [], attendance: [], actionItems: [], carriedActionItems: [], counts: { ...fixtureMeeting.counts, votingTotal: 0, votingPresent: 0, present: 0, guests: 0 } } })],
  ['Einladung', () => buildInvitation({ office: meetingOffice, logo: tinyPng, meeting: fixtureMeeting, date: '2026-11-12' })],
  ['Anwesenheitsliste', () => buildAttendanceSheet({ office: meetingOffice, meeting: fixtureMeeting })],
];

/** The schema check Word's own SDK runs (Open XML SDK, Microsoft 365 rules): 0 errors. */
describe('meeting documents: Office Open XML schema validation', () => {
  it.each(kinds)('%s has no schema errors', async (_kind, build) => {
    expect(await errorsOf(build())).toEqual([]);
  });
});

const MARKUP = `Kunst & Kultur <Vielfalt> "Zitat" 'einfach' ]]> &amp;`;
const EMOJI = 'Fest 🎉 Hände 🤝🏽 Familie 👩‍👩‍👧';
const TURKISH = 'Çağrı Yılmaz aus İstanbul: ığüşöç ĞÜŞİÖÇ';
const ARABIC = 'محمد عبد الله';

/** The fixture with user text everywhere a user types. */
const trickyMeeting: MeetingDto = {
  ...fixtureMeeting,
  bodyName: `AG ${MARKUP}`,
  focusTopic: `${EMOJI} ${TURKISH}\u0007`,
  place: `Bürgerhaus <Phoenix> & Co; Raum 1, EG`,
  chairName: TURKISH,
  minuteTakerName: ARABIC,
  attendance: fixtureMeeting.attendance.map((person, index) => (index === 0 ? { ...person, name: ARABIC, role: 'SPD & Co' } : index === 1 ? { ...person, name: TURKISH } : person)),
  agenda: fixtureMeeting.agenda.map((item, index) =>
    index === 2 ? { ...item, title: `${MARKUP} ${EMOJI}`, notes: `${EMOJI}\nZeile zwei mit ${TURKISH}\n\nBeraten mit ${ARABIC}.\u0007`, decision: item.decision && { ...item.decision, wording: MARKUP, voteText: 'SPD & GRÜNE <einstimmig>' } } : item,
  ),
  actionItems: [{ ...fixtureMeeting.actionItems[0]!, title: MARKUP, assigneeName: ARABIC }],
};

describe('meeting documents: text safety', () => {
  it('round-trips markup characters, emoji, Turkish and Arabic in the minutes', async () => {
    const texts = paragraphTexts((await pack(buildMinutes({ office: meetingOffice, logo: null, meeting: trickyMeeting }))).xml);
    expect(texts).toContain(`TOP 3: ${MARKUP} ${EMOJI}`);
    expect(texts).toContain(`${EMOJI}\nZeile zwei mit ${TURKISH}`);
    expect(texts).toContain(`Beraten mit ${ARABIC}.`);
    expect(texts).toContain(MARKUP);
    expect(texts).toContain('Abstimmung\tSPD & GRÜNE <einstimmig>');
    expect(texts).toContain(`Schwerpunkt\t${EMOJI} ${TURKISH}`);
    expect(texts).toContain(ARABIC);
    expect(texts.find((text) => text.startsWith('Anwesend\t'))).toContain(`${ARABIC} (SPD & Co)\n${TURKISH} (SPD)`);
    expect(texts.join('')).not.toContain('\u0007');
  });

  it('marks Arabic names as right-to-left runs', async () => {
    const { xml } = await pack(buildMinutes({ office: meetingOffice, logo: null, meeting: trickyMeeting }));
    const runs = paragraphsXml(xml).flatMap((p) => [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) => match[1]!));
    const rtl = runs.filter((run) => run.includes('<w:rtl/>')).map((run) => paragraphText(`<w:p>${run}</w:p>`));
    expect(rtl).toContain(ARABIC);
  });

  it('stays valid Office Open XML with such text, minutes and invitation alike', async () => {
    expect(await errorsOf(buildMinutes({ office: meetingOffice, logo: tinyPng, meeting: trickyMeeting }))).toEqual([]);
    expect(await errorsOf(buildInvitation({ office: meetingOffice, logo: tinyPng, meeting: trickyMeeting, date: '2026-11-12', addressee: MARKUP }))).toEqual([]);
  });

  it('keeps such text intact in the calendar file', () => {
    const ics = meetingIcs(trickyMeeting, { districtName: 'Bezirksamt Harburg', stampedAt: new Date('2026-11-12T09:00:00Z'), calendar: { uid: 'b1e2c3d4-0000-4000-8000-000000000001', sequence: 0 } });
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('LOCATION;LANGUAGE=de:Bürgerhaus <Phoenix> & Co\\; Raum 1\\, EG');
    expect(unfolded).toContain(EMOJI);
    expect(unfolded).toContain(TURKISH);
    expect(unfolded).not.toContain('\u0007');
  });
});
