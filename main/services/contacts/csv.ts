import { DomainError } from '../domain-error';

/** `utf-16le`: what Excel writes as "Unicode-Text" (tab-separated, with a byte order mark). */
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le';
export type CsvSeparator = ',' | ';' | '\t';

export interface CsvRecord {
  /** Line in the file where the record starts (1-based). */
  readonly line: number;
  readonly fields: string[];
}

const BOM = [0xef, 0xbb, 0xbf];

const hasBom = (bytes: Uint8Array) => bytes.length >= 3 && BOM.every((byte, index) => bytes[index] === byte);
const hasUtf16Bom = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe;

/** Binary files (images, zip, Excel .xlsx) carry NUL bytes or many control characters; CSV never does. */
export function looksBinary(bytes: Uint8Array): boolean {
  // UTF-16 text has a NUL in every other byte by design; its byte order mark tells it apart.
  if (hasUtf16Bom(bytes)) return false;
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > sample.length / 100;
}

/** The encoding a byte order mark names (UTF-8 or UTF-16LE), or null without one. */
export function bomEncoding(bytes: Uint8Array): CsvEncoding | null {
  if (hasUtf16Bom(bytes)) return 'utf-16le';
  if (hasBom(bytes)) return 'utf-8';
  return null;
}

/** UTF-8 when the bytes are valid UTF-8 (or start with a BOM), else Windows-1252 as Outlook and old Excel write. */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  const marked = bomEncoding(bytes);
  if (marked) return marked;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

export function decode(bytes: Uint8Array, encoding: CsvEncoding): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  const text = new TextDecoder(encoding).decode(encoding === 'utf-8' && hasBom(bytes) ? bytes.subarray(3) : bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Windows-1252's bytes 0x80–0x9F (the WHATWG index: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); below and above, Latin-1. */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Windows-1252 by its own table, not by TextDecoder: Node 20.18.3+, 22.13–22.18 and 24.0–24.6 decode
 * "windows-1252" as Latin-1 (nodejs/node#60888), which turns an Outlook note's „Zitat“, € and – into
 * invisible control characters, and which Node the desktop app or a server runs is not ours to choose.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

/** Excel's "sep=;" first line (written by some exports, honoured by Excel): the separator it names, and the text after it. */
export function splitSeparatorLine(text: string): { separator: CsvSeparator | null; text: string; firstLine: number } {
  const match = /^sep=([,;\t])[ \t]*(?:\r\n|\r|\n|$)/i.exec(text);
  return match ? { separator: match[1] as CsvSeparator, text: text.slice(match[0].length), firstLine: 2 } : { separator: null, text, firstLine: 1 };
}

/** Ties go to the semicolon: German Excel's "CSV (Trennzeichen-getrennt)" writes it. */
const SEPARATORS: readonly CsvSeparator[] = [';', '\t', ','];
/** The header and the rows after it that the separator guess looks at. */
const SAMPLE_LINES = 5;

/**
 * The separator of the header line: of those found in it, the first (most frequent) that every
 * sampled row after it has as often (a comma inside an unquoted name or note is not the separator
 * when the rows disagree); else simply the most frequent one. The person can still choose another.
 */
export function detectSeparator(text: string): CsvSeparator {
  const [header, ...rows] = separatorCounts(text);
  if (!header) return ',';
  const byHeader = [...SEPARATORS].sort((a, b) => header[b] - header[a]);
  const consistent = byHeader.find((separator) => header[separator] > 0 && rows.every((row) => row[separator] === header[separator]));
  const best = consistent ?? byHeader[0]!;
  return header[best] === 0 ? ',' : best;
}

/** How often each separator occurs outside quotes in the first lines that hold anything. */
function separatorCounts(text: string): Array<Record<CsvSeparator, number>> {
  const lines: Array<Record<CsvSeparator, number>> = [];
  let counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let empty = true;
  let quoted = false;
  for (let index = 0; index < text.length && lines.length < SAMPLE_LINES; index++) {
    const char = text[index]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (!empty) lines.push(counts);
      counts = { ',': 0, ';': 0, '\t': 0 };
      empty = true;
      continue;
    } else if (!quoted && char in counts) counts[char as CsvSeparator]++;
    empty = false;
  }
  if (!empty && lines.length < SAMPLE_LINES) lines.push(counts);
  return lines;
}

/**
 * RFC 4180 with the habits of Outlook and Excel: CRLF or LF, line breaks inside quoted fields,
 * doubled quotes. An unclosed quote is refused with the line where the field started.
 */
export function parseCsv(text: string, separator: CsvSeparator, firstLine = 1): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = firstLine;
  let recordLine = firstLine;
  let quoteLine = 0;
  let quoted = false;
  let fieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStart = true;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index++;
        } else quoted = false;
      } else if (char === '\n' || char === '\r') {
        if (char === '\n' || text[index + 1] !== '\n') line++;
        field += char;
      } else {
        const end = runEnd(text, index, '"', '"');
        field += text.slice(index, end);
        index = end - 1;
      }
      continue;
    }
    if (char === '"' && fieldStart) {
      quoted = true;
      quoteLine = line;
      fieldStart = false;
    } else if (char === separator) {
      fields.push(field);
      field = '';
      fieldStart = true;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      const end = runEnd(text, index, separator, separator);
      field += text.slice(index, end);
      index = end - 1;
      fieldStart = false;
    }
  }
  if (quoted) throw new DomainError('contacts.import.unbalancedQuotes', { field: 'contentBase64', params: { line: quoteLine } });
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/**
 * Where a run of ordinary characters ends (at `stopA`, `stopB`, CR, LF or the end): fields are cut
 * out as slices, not built character by character, which made a 200,000-row file spend most of
 * its parse time in garbage collection.
 */
function runEnd(text: string, from: number, stopA: string, stopB: string): number {
  let end = from + 1;
  for (; end < text.length; end++) {
    const char = text[end];
    if (char === stopA || char === stopB || char === '\r' || char === '\n') break;
  }
  return end;
}

/** A phone number ("+49 40 4 28 71-0", "(040) 123/45") or a plain number ("-12,5"); several joined by ";". */
const PHONE = /^\+?[\d\s()/.-]*\d[\d\s()/.-]*$/;
const NUMBER = /^[+-]?\d[\d.,]*$/;
const isPhonesOrNumber = (value: string) => value.split(';').every((part) => PHONE.test(part.trim()) || NUMBER.test(part.trim()));

/**
 * A cell Excel or Calc would run as a formula gets a leading apostrophe and stays text: one starting
 * with "=", "@", a tab or a line break always; with "+" or "-" only when the rest is not a phone
 * number or a plain number (so "+49 40 …" stays as typed).
 */
export function neutraliseFormula(value: string): string {
  if (/^[=@\t\r]/.test(value)) return `'${value}`;
  return /^[+-]/.test(value) && !isPhonesOrNumber(value) ? `'${value}` : value;
}

function quoteCell(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One line of German-Excel CSV, CRLF included: semicolons, formulas neutralised (streamed exports write line by line). */
export const excelCsvLine = (row: readonly string[]): string => row.map((cell) => quoteCell(neutraliseFormula(cell), ';')).join(';') + '\r\n';

/** Excel reads UTF-8 only with this mark in front. */
export const EXCEL_BOM = '\uFEFF';
