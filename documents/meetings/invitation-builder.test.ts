import { describe, expect, it } from 'vitest';
import { pack, paragraphsXml, paragraphText, paragraphTexts, styleOf } from '../testing/docx-inspect';
import { fixtureMeeting, meetingOffice } from './fixtures';
import { buildInvitation, type InvitationInput } from './invitation-builder';

const input = (extra: Partial<InvitationInput> = {}): InvitationInput => ({ office: meetingOffice, logo: null, meeting: fixtureMeeting, date: '2026-11-12', ...extra });
const tablesOf = (xml: string) =>
  [...xml.matchAll(/<w:tbl>(?:(?!<w:tbl>)[\s\S])*?w:val="LbwTable"[\s\S]*?<\/w:tbl>/g)].map((table) => [...table[0].matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => paragraphTexts(row[0])));

describe('the invitation', () => {
  it('is a letter: date, addressee, subject, salutation, the when and where, closing and the chair', async () => {
    const texts = paragraphTexts((await pack(buildInvitation(input()))).xml);
    const order = [
      'Datum: 12.11.2026',
      'An die Mitglieder der Arbeitsgruppe Integrationskonzept',
      'Einladung zur 4. Sitzung der Arbeitsgruppe Integrationskonzept',
      'Sehr geehrte Damen und Herren,',
      'hiermit lade ich Sie herzlich zur 4. Sitzung der Arbeitsgruppe Integrationskonzept ein.',
      'Datum\tDonnerstag, 26. November 2026',
      'Uhrzeit\t18:00 bis 20:15\u00a0Uhr',
      'Ort\tRathaus Harburg, Sitzungssaal 101, Harburger Rathausplatz 1, 21073 Hamburg',
      'Online-Teilnahme\thttps://meet.hamburg.de/ag-integration-4',
      'Schwerpunkt\tMaßnahmen für das Handlungsfeld „Zusammenleben in Harburg“',
      'Tagesordnung',
      'Sollten Sie verhindert sein, bitte ich um eine kurze Nachricht.',
      'Mit freundlichen Grüßen\n\n\nPetra Albers\nVorsitz',
    ];
    const positions = order.map((text) => texts.indexOf(text));
    expect(positions.every((position) => position >= 0), JSON.stringify(texts)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('splits the agenda into a public and a non-public part with their papers', async () => {
    const { xml } = await pack(buildInvitation(input()));
    const headings = paragraphsXml(xml).filter((p) => styleOf(p) === 'Heading3').map(paragraphText);
    expect(headings).toEqual(['Öffentlicher Teil', 'Nicht öffentlicher Teil']);
    const [open, closed] = tablesOf(xml);
    expect(open?.[0]).toEqual(['TOP', 'Gegenstand', 'Drucksache']);
    expect(open?.map((row) => row[0])).toEqual(['TOP', '1', '2', '3', '4', '5', 'Ö\u00a06.1']);
    expect(open?.[4]).toEqual(['4', 'Interfraktioneller Antrag „Maßnahmen 2027–2028“', '21-2433']);
    expect(closed?.slice(1)).toEqual([['N\u00a01', 'Vergabe aus dem Verfügungsfonds Integration', '21-2450']]);
  });

  it('has one agenda table without part headings when every item is public, and no paper column without papers', async () => {
    const agenda = fixtureMeeting.agenda.filter((item) => item.public).map((item) => ({ ...item, papers: [] }));
    const { xml } = await pack(buildInvitation(input({ meeting: { ...fixtureMeeting, agenda } })));
    expect(paragraphsXml(xml).filter((p) => styleOf(p) === 'Heading3')).toEqual([]);
    const tables = tablesOf(xml);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.[0]).toEqual(['TOP', 'Gegenstand']);
  });

  it('takes the addressee, texts and signer the user wrote', async () => {
    const texts = paragraphTexts(
      (
        await pack(
          buildInvitation(
            input({
              addressee: 'Frau Fatma Karaca\nHarburger Integrationsrat',
              salutation: 'Liebe Frau Karaca,',
              text: 'wir laden Sie ein.\n\nBitte bringen Sie die Unterlagen mit.',
              closingText: 'Bitte antworten Sie bis zum 20. November.',
              signerName: 'Julia Brandes',
              signerRole: 'Geschäftsführung',
            }),
          ),
        )
      ).xml,
    );
    expect(texts).toEqual(expect.arrayContaining(['Frau Fatma Karaca\nHarburger Integrationsrat', 'Liebe Frau Karaca,', 'wir laden Sie ein.', 'Bitte bringen Sie die Unterlagen mit.', 'Bitte antworten Sie bis zum 20. November.', 'Mit freundlichen Grüßen\n\n\nJulia Brandes\nGeschäftsführung']));
  });
});
