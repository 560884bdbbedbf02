/** Test helper: a complete German Outlook contact export as an office has it (issue 18). Not imported by the app. */
import { outlookCompleteCsv, outlookRow } from './contact-files';

export const EXCHANGE_ADDRESS = '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f2a-lrahimi';
export const COMPANY = 'Stadtteilschule Harburg';
/** The note of one row spans two lines (Outlook keeps the CRLF inside the quoted cell). */
export const MULTI_LINE_NOTE = 'Erste Zeile der Notiz\r\nZweite Zeile mit „Zitat“';

/**
 * Every column Outlook writes (OUTLOOK_COMPLETE_HEADER), Windows-1252, comma, every cell quoted,
 * CRLF, Outlook's empty defaults ("0.0.00", "Normal", "Aus", "Unbestimmt") in every row, and:
 * a person with many fields; a first e-mail that is an Exchange-internal address (the SMTP one in
 * "E-Mail 2: Adresse"); a company without a person; a person with only a private address, "Dr." in
 * the Anrede and a postcode starting with 0; a multi-line note; international phone numbers.
 */
export function completeOutlookExport(): Buffer {
  return outlookCompleteCsv([
    outlookRow({
      Anrede: 'Herr', Vorname: 'Jürgen', 'Weitere Vornamen': 'Karl', Nachname: 'Müller', Firma: 'Bürgerverein Harburg e. V.', Abteilung: 'Vorstand',
      Position: 'Vorsitzender', 'Straße geschäftlich': 'Schloßmühlendamm 1', 'Straße geschäftlich 2': 'Hinterhaus', 'Ort geschäftlich': 'Hamburg',
      'Postleitzahl geschäftlich': '21073', 'Land/Region geschäftlich': 'Deutschland', 'Fax geschäftlich': '040 123457',
      'Telefon geschäftlich': '040 123456', 'Telefon geschäftlich 2': '040 123458', Mobiltelefon: '0171 2223334', 'E-Mail-Adresse': 'j.mueller@example.org',
      'E-Mail-Typ': 'SMTP', 'E-Mail: Angezeigter Name': 'Jürgen Müller (j.mueller@example.org)', Geburtstag: '12.3.1961', Kategorien: 'Presse;Integrationsrat',
      Sprache: 'Deutsch', Webseite: 'https://buergerverein-harburg.example.org', Initialen: 'J.K.M.', Hobby: 'Schach', 'Empfohlen von': 'Frau Schulz',
    }),
    outlookRow({
      Anrede: 'Frau', Vorname: 'Leyla', Nachname: 'Rahimi', Firma: 'Bezirksamt Harburg', Position: 'Integrationsbeauftragte',
      'E-Mail-Adresse': EXCHANGE_ADDRESS, 'E-Mail-Typ': 'EX', 'E-Mail: Angezeigter Name': 'Leyla Rahimi',
      'E-Mail 2: Adresse': 'l.rahimi@example.org', 'E-Mail 2: Typ': 'SMTP', 'Telefon geschäftlich': '040 42871-2345',
    }),
    outlookRow({
      Firma: COMPANY, 'Straße geschäftlich': 'Eißendorfer Straße 26', 'Ort geschäftlich': 'Hamburg', 'Postleitzahl geschäftlich': '21073',
      'Telefon geschäftlich': '040 428 88-0', 'E-Mail-Adresse': 'info@sts-harburg.example.org', 'E-Mail-Typ': 'SMTP', Webseite: 'https://sts-harburg.example.org',
    }),
    outlookRow({
      Anrede: 'Frau Dr.', Vorname: 'Grete', Nachname: 'Weiß', 'Straße privat': 'Königsbrücker Straße 12', 'Postleitzahl privat': '01067', 'Ort privat': 'Dresden',
      'Land/Region privat': 'Deutschland', 'Telefon privat': '0351 1234567', 'E-Mail-Adresse': 'g.weiss@example.org', 'E-Mail-Typ': 'SMTP',
    }),
    outlookRow({
      Anrede: 'Frau', Vorname: 'Ayse', Nachname: 'Özdemir', Firma: 'Türkischer Elternbund Harburg', Position: 'Sprecherin',
      'Telefon geschäftlich': '040 765432', 'E-Mail-Adresse': 'a.oezdemir@example.org', 'E-Mail-Typ': 'SMTP', Kategorien: 'Elternarbeit',
      Sprache: 'Türkisch', Notizen: MULTI_LINE_NOTE,
    }),
    outlookRow({
      Anrede: 'Herr', Vorname: 'Henrik', Nachname: 'Jansen', Firma: 'Kulturverein Leipzig-Ost', 'Straße geschäftlich': 'Eisenbahnstraße 5',
      'Ort geschäftlich': 'Leipzig', 'Postleitzahl geschäftlich': '04315', 'Telefon geschäftlich': '+49 40 428 71-0', Mobiltelefon: '+49 170 5551234',
      'E-Mail-Adresse': 'h.jansen@example.org', 'E-Mail-Typ': 'SMTP',
    }),
  ]);
}

/** The people of `completeOutlookExport` (the company becomes an organisation). */
export const COMPLETE_EXPORT_PEOPLE = ['Jansen, Henrik', 'Müller, Jürgen Karl', 'Özdemir, Ayse', 'Rahimi, Leyla', 'Weiß, Grete'] as const;
