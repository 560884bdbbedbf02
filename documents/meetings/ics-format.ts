/**
 * The text rules of RFC 5545: escaping of TEXT values, line folding at 75 octets, CRLF.
 * Pure string work (TextEncoder exists in Node and the browser).
 */
const encoder = new TextEncoder();
const octets = (text: string): number => encoder.encode(text).length;

// eslint-disable-next-line no-control-regex -- RFC 5545 forbids control characters in TEXT (tab aside)
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** TEXT values: control characters dropped; backslash, semicolon and comma escaped; every line break as "\n". */
export function escapeText(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

/**
 * Folds a content line so no line exceeds 75 octets (the leading space of a continuation
 * counts). Splits between code points only, so no multi-byte UTF-8 character is ever cut, and
 * never inside an escape like "\n" (allowed by the RFC, but some simple readers trip over it).
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const [char] of line.matchAll(/\\[\s\S]|[\s\S]/gu)) {
    const charSize = octets(char);
    if (size + charSize > 75) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += charSize;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** "NAME;PARAM=x:value", folded; the value must already be escaped where it is TEXT. */
export const contentLine = (name: string, value: string): string => foldLine(`${name}:${value}`);

/** "20261126T180000" from Berlin wall-clock "2026-11-26T18:00". */
export const localStamp = (localDateTime: string): string => `${localDateTime.slice(0, 10).replace(/-/g, '')}T${localDateTime.slice(11, 13)}${localDateTime.slice(14, 16)}00`;

/** "20261120T091500Z" for DTSTAMP. */
export const utcStamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');

/** Wall-clock arithmetic: the time `minutes` later on the same clock (a DST switch does not move it). */
export function addMinutes(localDateTime: string, minutes: number): string {
  const shifted = new Date(Date.parse(`${localDateTime}:00Z`) + minutes * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The zone the district lives in, with the EU rules since 1996 (last Sunday of March and October). */
export const BERLIN_TIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'X-LIC-LOCATION:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
