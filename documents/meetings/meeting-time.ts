import { formatDateLong, formatDateShort } from '../engine/german-dates';

/**
 * Meeting times are Berlin wall-clock times ("2026-11-26T18:00"); they are printed as they are,
 * never converted, so 18:00 stays 18:00 on any PC.
 */
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

export const datePart = (localDateTime: string): string => localDateTime.slice(0, 10);

/** "Donnerstag" — computed in UTC from the calendar date, so no zone moves the day. */
export function weekdayOf(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).getUTCDay()] ?? '';
}

/** "Donnerstag, 26. November 2026". */
export const formatDateWithWeekday = (isoDate: string): string => `${weekdayOf(isoDate)}, ${formatDateLong(isoDate)}`;

/** "18:00" from "2026-11-26T18:00". */
export const clockOf = (localDateTime: string): string => localDateTime.slice(11, 16);

/** "18:00 Uhr". */
export const formatTime = (localDateTime: string): string => `${clockOf(localDateTime)}\u00a0Uhr`;

/** "18:00 bis 20:15 Uhr", or "18:00 Uhr" without an end; an end on another day carries its date. */
export function formatTimeSpan(startsAt: string, endsAt: string | null): string {
  if (!endsAt) return formatTime(startsAt);
  if (datePart(endsAt) !== datePart(startsAt)) return `${formatTime(startsAt)} bis ${formatDateShort(endsAt)}, ${formatTime(endsAt)}`;
  return `${clockOf(startsAt)} bis ${formatTime(endsAt)}`;
}
