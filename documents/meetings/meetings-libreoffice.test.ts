import fs from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { libreOffice, pagesOf, toPdf } from '../../test-support/libreoffice';
import { tempDir } from '../../test-support/temp-dir';
import { tinyPng } from '../testing/fixtures';
import { buildAttendanceSheet } from './attendance-sheet';
import { attendanceSheetFileName, invitationFileName, minutesFileName } from './file-names';
import { fixtureApprovedMeeting, fixtureMeeting, meetingOffice } from './fixtures';
import { buildInvitation } from './invitation-builder';
import { buildMinutes } from './minutes-builder';

/**
 * Minutes and invitation as an office without Word prints them: LibreOffice converts to PDF,
 * pdftotext reads it back. Same rules as the other documents' LibreOffice test: skipped on a
 * machine without the tools, a failure on CI.
 */
describe.skipIf(libreOffice.skip)('meeting documents in LibreOffice', () => {
  beforeAll(libreOffice.check);
  it('converts the minutes (full and public), the invitation and the attendance sheet; texts, votes and page numbers come out', { timeout: 180_000 }, async () => {
    const dir = tempDir('lbw-lo-meetings-');
    const documents = [
      [minutesFileName(fixtureMeeting), buildMinutes({ office: meetingOffice, logo: tinyPng, meeting: fixtureMeeting })],
      [minutesFileName(fixtureMeeting, { publicVersion: true }), buildMinutes({ office: meetingOffice, logo: tinyPng, meeting: fixtureApprovedMeeting, publicVersion: true })],
      [invitationFileName(fixtureMeeting), buildInvitation({ office: meetingOffice, logo: tinyPng, meeting: fixtureMeeting, date: '2026-11-12' })],
      [attendanceSheetFileName(fixtureMeeting), buildAttendanceSheet({ office: meetingOffice, meeting: fixtureMeeting })],
    ] as const;
    const files = await Promise.all(
      documents.map(async ([name, document]) => {
        const file = path.join(dir, name);
        fs.writeFileSync(file, await Packer.toBuffer(document));
        return file;
      }),
    );
    const [minutesPdf, publicPdf, invitationPdf, sheetPdf] = toPdf(files);

    const minutesPages = pagesOf(minutesPdf!);
    const minutes = minutesPages.join('\n');
    expect(minutes).toContain('Protokoll der 4. Sitzung der Arbeitsgruppe');
    expect(minutes).toContain('Donnerstag, 26. November 2026');
    expect(minutes).toMatch(/Anwesend\s+Petra Albers \(SPD, Vorsitz\)/);
    expect(minutes).toContain('Deniz Yıldırım (GRÜNE)');
    expect(minutes).toContain('5 Ja, 1 Nein, 1 Enthaltung');
    expect(minutes).toContain('SPD, GRÜNE gegen CDU bei Enthaltung FDP');
    expect(minutes).toContain('ZL-06: in Beratung → empfohlen');
    expect(minutes).toMatch(/Raum für die Integrationskonferenz/);
    expect(minutes).toContain('Verteiler');
    expect(minutesPages[0]).not.toMatch(/Protokoll \(Entwurf\)\s*\n/); // the first page carries the letterhead, not the header
    expect(minutesPages.at(-1)).toMatch(new RegExp(`Seite ${minutesPages.length} von ${minutesPages.length}`));

    const publicText = pagesOf(publicPdf!).join('\n');
    expect(publicText).toContain('Öffentliche Fassung');
    expect(publicText).toContain('Vergabe aus dem Verfügungsfonds Integration (nicht öffentlich)');
    expect(publicText).not.toContain('Kostenpläne vertraulich');
    expect(publicText).toContain('genehmigt');

    const invitationPages = pagesOf(invitationPdf!);
    expect(invitationPages).toHaveLength(1);
    expect(invitationPages[0]).toContain('Einladung zur 4. Sitzung der Arbeitsgruppe Integrationskonzept');
    expect(invitationPages[0]).toContain('Nicht öffentlicher Teil');
    expect(invitationPages[0]).toMatch(/18:00 bis 20:15 Uhr/);

    // Eight members at 11 mm and the guests' lines fit on one page.
    const sheetPages = pagesOf(sheetPdf!);
    expect(sheetPages).toHaveLength(1);
    expect(sheetPages[0]).toMatch(/Anna Sommer\s+GRÜNE\s+entschuldigt/);
    expect(sheetPages[0]).toContain('Dr. Lena Hoffmann');
  });
});
