/** Test helpers: CSV files as Outlook and Excel write them. Not imported by the app. */

const OUTLOOK_HEADER = [
  'Anrede', 'Vorname', 'Weitere Vornamen', 'Nachname', 'Suffix', 'Firma', 'Abteilung', 'Position', 'Straße geschäftlich',
  'Ort geschäftlich', 'Postleitzahl geschäftlich', 'Telefon geschäftlich', 'Mobiltelefon', 'E-Mail-Adresse', 'E-Mail 2: Adresse',
  'Kategorien', 'Notizen',
];

const quoteAll = (row: readonly string[]) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');

/** Windows-1252 for the characters these files use (umlauts, ß, €, typographic quotes). */
export function windows1252(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Buffer.from(
    [...text].map((char) => {
      if (special[char] !== undefined) return special[char]!;
      const code = char.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in Windows-1252: ${char}`);
      return code;
    }),
  );
}

/**
 * Outlook's German contact export: comma, every field quoted, CRLF, Windows-1252, a note with
 * line breaks, and Jürgen Müller twice (same e-mail).
 */
export function outlookCsv(): Buffer {
  const rows = [
    OUTLOOK_HEADER,
    ['Herr', 'Jürgen', '', 'Müller', '', 'Bürgerverein Harburg e. V.', '', 'Vorsitzender', 'Schloßmühlendamm 1', 'Hamburg', '21073', '040 123456', '', 'j.mueller@example.org', '', 'Presse;Integrationsrat', 'Erste Zeile\r\nZweite Zeile mit „Zitat“'],
    ['Frau', 'Ayşe', '', 'Öztürk', '', 'Moschee-Gemeinde Harburg', '', 'Sprecherin', '', 'Hamburg', '21075', '', '0170 555', 'a.oeztuerk@example.org', '', 'Religionsgemeinschaften', ''],
    ['Herr', 'Jürgen', '', 'Müller', '', 'Bürgerverein Harburg e. V.', '', '', '', '', '', '', '0171 999', 'J.Mueller@example.org', '', 'Newsletter', 'aus Outlook'],
  ].map((row) => row.map((cell) => cell.replace('ş', 's')));
  return windows1252(rows.map(quoteAll).join('\r\n') + '\r\n');
}

/** Excel's "CSV UTF-8 (durch Trennzeichen getrennt)": semicolons, a BOM, CRLF. */
export function excelCsv(rows: readonly (readonly string[])[]): Buffer {
  const text = rows.map((row) => row.map((cell) => (/[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(';')).join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text + '\r\n', 'utf8')]);
}

export const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

/** Reads vCards back: unfolds, splits properties, unescapes. */
export function parseVcards(text: string): Array<Record<string, string[]>> {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const cards: Array<Record<string, string[]>> = [];
  let card: Record<string, string[]> | null = null;
  for (const line of unfolded.split('\r\n')) {
    if (line === 'BEGIN:VCARD') card = {};
    else if (line === 'END:VCARD' && card) {
      cards.push(card);
      card = null;
    }
    else if (card && line) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      (card[name] ??= []).push(line.slice(colon + 1));
    }
  }
  return cards;
}

/** Splits a vCard value at unescaped separators and unescapes the parts. */
export function vcardParts(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === '\\') {
      const next = value[++index]!;
      current += next === 'n' || next === 'N' ? '\n' : next;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** Every column of Outlook's German contact export, in Outlook's order (Outlook 2016–365). */
export const OUTLOOK_COMPLETE_HEADER = [
  'Anrede', 'Vorname', 'Weitere Vornamen', 'Nachname', 'Suffix', 'Firma', 'Abteilung', 'Position', 'Straße geschäftlich',
  'Straße geschäftlich 2', 'Straße geschäftlich 3', 'Ort geschäftlich', 'Region geschäftlich', 'Postleitzahl geschäftlich',
  'Land/Region geschäftlich', 'Straße privat', 'Straße privat 2', 'Straße privat 3', 'Ort privat', 'Bundesland/Kanton privat',
  'Postleitzahl privat', 'Land/Region privat', 'Weitere Straße', 'Weitere Straße 2', 'Weitere Straße 3', 'Weiterer Ort',
  'Weiteres/r Bundesland/Kanton', 'Weitere Postleitzahl', 'Weiteres/r Land/Region', 'Telefon Assistent', 'Fax geschäftlich',
  'Telefon geschäftlich', 'Telefon geschäftlich 2', 'Rückmeldung', 'Autotelefon', 'Telefon Firma', 'Fax privat', 'Telefon privat',
  'Telefon privat 2', 'ISDN', 'Mobiltelefon', 'Weiteres Fax', 'Weiteres Telefon', 'Pager', 'Haupttelefon', 'Mobiltelefon 2',
  'Telefon für Hörbehinderte', 'Telex', 'Abrechnungsinformation', 'Benutzer 1', 'Benutzer 2', 'Benutzer 3', 'Benutzer 4', 'Beruf',
  'Büro', 'E-Mail-Adresse', 'E-Mail-Typ', 'E-Mail: Angezeigter Name', 'E-Mail 2: Adresse', 'E-Mail 2: Typ',
  'E-Mail 2: Angezeigter Name', 'E-Mail 3: Adresse', 'E-Mail 3: Typ', 'E-Mail 3: Angezeigter Name', 'Empfohlen von', 'Geburtstag',
  'Geschlecht', 'Hobby', 'Initialen', 'Internet-Frei/Gebucht', 'Jahrestag', 'Kategorien', 'Kinder', 'Konto', 'Name Assistent',
  'Name des/der Vorgesetzten', 'Notizen', 'Organisations-Nr.', 'Ort', 'Partner', 'Postfach geschäftlich', 'Postfach privat',
  'Priorität', 'Privat', 'Regierungs-Nr.', 'Reisekilometer', 'Sprache', 'Stichwörter', 'Vertraulichkeit', 'Verzeichnisserver',
  'Webseite', 'Weiteres Postfach',
] as const;

type OutlookColumn = (typeof OUTLOOK_COMPLETE_HEADER)[number];

/** One row of a complete Outlook export: the given cells, Outlook's defaults ("0.0.00", "Normal", "Aus") elsewhere. */
export function outlookRow(cells: Partial<Record<OutlookColumn, string>>): string[] {
  const defaults: Partial<Record<OutlookColumn, string>> = { Geburtstag: '0.0.00', Jahrestag: '0.0.00', Priorität: 'Normal', Privat: 'Aus', Vertraulichkeit: 'Normal', Geschlecht: 'Unbestimmt' };
  return OUTLOOK_COMPLETE_HEADER.map((column) => cells[column] ?? defaults[column] ?? '');
}

/** A complete German Outlook export as Outlook writes it: Windows-1252, every cell quoted, CRLF. */
export function outlookCompleteCsv(rows: readonly (readonly string[])[]): Buffer {
  return windows1252([OUTLOOK_COMPLETE_HEADER, ...rows].map(quoteAll).join('\r\n') + '\r\n');
}
