import { foldLine } from '../content-lines';

/** The calendar side of RFC 5545: content lines, stamps, the Berlin zone. */
export { escapeText, foldLine } from '../content-lines';
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
