import type { ImportTarget } from '../../../contract/contacts';
import { decode, type CsvEncoding } from './csv';

/**
 * vCard files (.vcf) as Outlook, Thunderbird, phones and our own export write them: 3.0 and
 * 4.0, and Outlook's 2.1 with QUOTED-PRINTABLE values in Windows-1252. Each card becomes a row
 * of a table with Outlook's German column names, so the import checks, previews and merges it
 * exactly like a CSV row.
 */

/** The table a vCard file turns into: column names as in Outlook's CSV export, mapped without questions. */
export const VCARD_COLUMNS: ReadonlyArray<readonly [string, ImportTarget]> = [
  ['Anrede', 'salutation'],
  ['Titel', 'title'],
  ['Vorname', 'firstName'],
  ['Nachname', 'lastName'],
  ['Position', 'function'],
  ['Abteilung', 'department'],
  ['Fraktion', 'fraktion'],
  ['Firma', 'organization'],
  ['E-Mail-Adresse', 'email'],
  ['E-Mail 2: Adresse', 'email2'],
  ['E-Mail 3: Adresse', 'email3'],
  ['Telefon geschäftlich', 'phoneWork'],
  ['Mobiltelefon', 'phoneMobile'],
  ['Telefon privat', 'phoneHome'],
  ['Weiteres Telefon', 'phoneOther'],
  ['Fax geschäftlich', 'phoneFax'],
  ['Straße geschäftlich', 'street'],
  ['Straße geschäftlich 2', 'street2'],
  ['Postleitzahl geschäftlich', 'postalCode'],
  ['Ort geschäftlich', 'city'],
  ['Land/Region geschäftlich', 'country'],
  ['Straße privat', 'privateStreet'],
  ['Postleitzahl privat', 'privatePostalCode'],
  ['Ort privat', 'privateCity'],
  ['Land/Region privat', 'privateCountry'],
  ['Webseite', 'website'],
  ['Geburtstag', 'birthday'],
  ['Sprache', 'languages'],
  ['Kategorien', 'categories'],
  ['Notizen', 'notes'],
];

/** Joins the entries of CATEGORIES and X-LBW-LANGUAGES in a row: a line break, as an entry may hold "," or ";". */
export const VCARD_LIST_SEPARATOR = '\n';

export interface VcardRow {
  /** Line of the card's BEGIN:VCARD in the file. */
  readonly line: number;
  readonly fields: string[];
}

export const isVcardText = (text: string): boolean => /^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 4096).split(/\r?\n/).find((line) => line.trim() !== '') ?? '');

interface Property {
  readonly name: string;
  readonly params: ReadonlyMap<string, string[]>;
  readonly value: string;
}

/** Joins folded lines (CRLF + space) and QUOTED-PRINTABLE soft breaks ("=" at the end), keeping each line's number. */
function logicalLines(text: string): Array<{ line: number; text: string }> {
  const physical = text.split(/\r\n|\n|\r/);
  const result: Array<{ line: number; text: string; qp: boolean }> = [];
  physical.forEach((raw, index) => {
    const last = result[result.length - 1];
    if (last && /^[ \t]/.test(raw)) last.text += raw.slice(1);
    else if (last && last.qp && last.text.endsWith('=')) last.text = last.text.slice(0, -1) + raw;
    else if (raw.trim() !== '') result.push({ line: index + 1, text: raw, qp: /ENCODING=QUOTED-PRINTABLE/i.test(raw.split(':')[0] ?? '') });
  });
  return result;
}

function parseProperty(text: string): Property | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const [rawName = '', ...rawParams] = text.slice(0, colon).split(';');
  const params = new Map<string, string[]>();
  for (const param of rawParams) {
    const [key, value] = param.includes('=') ? param.split('=', 2) as [string, string] : ['TYPE', param];
    const values = value.replace(/"/g, '').split(',').map((part) => part.trim().toUpperCase());
    params.set(key.toUpperCase(), [...(params.get(key.toUpperCase()) ?? []), ...values]);
  }
  // "item1.EMAIL" (Apple) names a group; the group does not matter here.
  const name = rawName.replace(/^[^.]*\./, '').toUpperCase();
  return { name, params, value: decodeValue(text.slice(colon + 1), params) };
}

function decodeValue(value: string, params: ReadonlyMap<string, string[]>): string {
  if (!params.get('ENCODING')?.includes('QUOTED-PRINTABLE')) return value;
  const bytes: number[] = [];
  for (let index = 0; index < value.length; index++) {
    const hex = value.slice(index + 1, index + 3);
    if (value[index] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else bytes.push(value.charCodeAt(index) & 0xff);
  }
  const charset = params.get('CHARSET')?.[0] ?? 'UTF-8';
  const encoding: CsvEncoding = /^UTF-?8$/i.test(charset) ? 'utf-8' : 'windows-1252';
  return decode(Uint8Array.from(bytes), encoding);
}

/** Splits at unescaped separators and resolves the escapes `\n \, \; \\`. */
function components(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === '\\' && index + 1 < value.length) {
      const next = value[++index]!;
      current += next === 'n' || next === 'N' ? '\n' : next;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim());
}

const plain = (value: string) => components(value, ';').join(' ').trim();

function phoneTarget(types: readonly string[]): 'phoneWork' | 'phoneMobile' | 'phoneHome' | 'phoneOther' | 'phoneFax' {
  if (types.includes('FAX')) return 'phoneFax';
  if (types.includes('CELL')) return 'phoneMobile';
  if (types.includes('HOME') && !types.includes('WORK')) return 'phoneHome';
  // "VOICE" alone is how our export marks a number of no kind; no type at all is taken as work.
  if (types.length === 1 && types[0] === 'VOICE') return 'phoneOther';
  return 'phoneWork';
}

/** BDAY as vCard 3.0 and 4.0 write it ("1970-03-15", "19700315", with a time after it); a day without year ("--0315") is left out. */
function birthdayOf(value: string): string {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}` : '';
}

/** One card's values by import target; several e-mails fill email, email2, email3. */
function cardValues(properties: readonly Property[]): Partial<Record<ImportTarget, string>> {
  const values: Partial<Record<ImportTarget, string>> = {};
  const put = (target: ImportTarget, value: string) => {
    if (value !== '' && !values[target]) values[target] = value;
  };
  /** Several numbers of one kind share their cell, as in our CSV export ("040 1; 040 2"). */
  const addPhone = (target: ImportTarget, number: string) => {
    if (number !== '') values[target] = values[target] ? `${values[target]}; ${number}` : number;
  };
  const emails: string[] = [];
  for (const { name, params, value } of properties) {
    const types = params.get('TYPE') ?? [];
    if (name === 'N') {
      const [last = '', first = '', middle = '', prefix = ''] = components(value, ';');
      put('lastName', last);
      put('firstName', [first, middle].filter(Boolean).join(' '));
      put('title', prefix);
    } else if (name === 'FN' && !properties.some((property) => property.name === 'N' && property.value.replace(/;/g, '').trim() !== '')) {
      const [last = '', ...first] = plain(value).split(' ').reverse();
      put('lastName', last);
      put('firstName', first.reverse().join(' '));
    } else if (name === 'ORG') {
      const [organization = '', department = ''] = components(value, ';');
      put('organization', organization);
      put('department', department);
    }
    else if (name === 'TITLE' || name === 'ROLE') put('function', plain(value));
    else if (name === 'EMAIL') {
      const address = plain(value);
      if (address && types.includes('PREF')) emails.unshift(address);
      else if (address) emails.push(address);
    } else if (name === 'TEL') addPhone(phoneTarget(types), plain(value).replace(/^tel:/i, ''));
    else if (name === 'ADR') {
      const [, extended = '', street = '', city = '', , postalCode = '', country = ''] = components(value, ';');
      const home = types.includes('HOME') && !types.includes('WORK');
      put(home ? 'privateStreet' : 'street', home ? [street, extended].filter(Boolean).join(', ') : street);
      if (!home) put('street2', extended);
      put(home ? 'privateCity' : 'city', city);
      put(home ? 'privatePostalCode' : 'postalCode', postalCode);
      put(home ? 'privateCountry' : 'country', country);
    } else if (name === 'URL') put('website', plain(value));
    else if (name === 'BDAY') put('birthday', birthdayOf(value)); else if (name === 'CATEGORIES') put('categories', components(value, ',').filter(Boolean).join(VCARD_LIST_SEPARATOR));
    else if (name === 'NOTE') put('notes', components(value, ';').join(';'));
    else if (name === 'LANG') put('languages', plain(value));
    else if (name === 'X-LBW-LANGUAGES') put('languages', components(value, ',').filter(Boolean).join(VCARD_LIST_SEPARATOR));
    else if (name === 'X-LBW-SALUTATION') put('salutation', plain(value));
    else if (name === 'X-LBW-FRAKTION') put('fraktion', plain(value));
  }
  (['email', 'email2', 'email3'] as const).forEach((target, index) => put(target, emails[index] ?? ''));
  return values;
}

/** Every card of the file as a row of VCARD_COLUMNS; text outside BEGIN/END is ignored. */
export function readVcards(text: string): VcardRow[] {
  const rows: VcardRow[] = [];
  let card: { line: number; properties: Property[] } | null = null;
  for (const { line, text: content } of logicalLines(text)) {
    const upper = content.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') card = { line, properties: [] };
    else if (upper === 'END:VCARD' && card) {
      const values = cardValues(card.properties);
      rows.push({ line: card.line, fields: VCARD_COLUMNS.map(([, target]) => values[target] ?? '') });
      card = null;
    } else if (card) {
      const property = parseProperty(content);
      if (property) card.properties.push(property);
    }
  }
  return rows;
}
