import { describe, expect, it } from 'vitest';
import { pack, paragraphTexts } from '../testing/docx-inspect';
import { buildAttendanceSheet } from './attendance-sheet';
import { fixtureMeeting, meetingOffice } from './fixtures';

const rowsOf = (xml: string) =>
  [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) => [...table[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => ({ texts: paragraphTexts(row[0]), xml: row[0] })));

describe('the attendance sheet (Anwesenheitsliste)', () => {
  it('names the meeting, day, time and place, then members with room to sign and the excused marked', async () => {
    const { xml } = await pack(buildAttendanceSheet({ office: meetingOffice, meeting: fixtureMeeting }));
    const texts = paragraphTexts(xml);
    expect(texts.slice(0, 5)).toEqual([
      'Anwesenheitsliste',
      '4. Sitzung der Arbeitsgruppe Integrationskonzept',
      'Datum\tDonnerstag, 26. November 2026',
      'Uhrzeit\t18:00 bis 20:15\u00a0Uhr',
      'Ort\tRathaus Harburg, Sitzungssaal 101, Harburger Rathausplatz 1, 21073 Hamburg',
    ]);
    const [members, guests] = rowsOf(xml);
    expect(members!.map((row) => row.texts)).toEqual([
      ['Name', 'Funktion / Fraktion', 'Unterschrift'],
      ['Petra Albers', 'SPD, Vorsitz', ''],
      ['Torsten Meyer', 'SPD', ''],
      ['Deniz Yıldırım', 'GRÜNE', ''],
      ['Anna Sommer', 'GRÜNE', 'entschuldigt'],
      ['Jan-Hendrik Brandt', 'CDU', ''],
      ['Claudia Wendt', 'CDU', ''],
      ['Markus Ehlers', 'FDP', ''],
      ['Fatma Karaca', 'Harburger Integrationsrat', ''],
    ]);
    // 11 mm at least (624 twips), so a signature fits on paper.
    expect(members![1]!.xml).toMatch(/<w:trHeight w:val="624" w:hRule="atLeast"\/>/);
    expect(guests!.map((row) => row.texts[0])).toEqual(['Name', 'Dr. Lena Hoffmann', '', '', '', '', '', '']);
  });

  it('leaves out erased persons and takes the number of blank lines asked for', async () => {
    const attendance = fixtureMeeting.attendance.map((person) => (person.id === 2 ? { ...person, name: 'Person gelöscht', erased: true } : person));
    const { xml } = await pack(buildAttendanceSheet({ office: meetingOffice, meeting: { ...fixtureMeeting, attendance }, blankGuestRows: 2 }));
    const [members, guests] = rowsOf(xml);
    expect(members!.map((row) => row.texts[0])).not.toContain('Person gelöscht');
    expect(guests).toHaveLength(4);
  });
});
