import type { TFunction } from 'i18next';
import { formatDateShort } from '../../i18n/format';

/**
 * Meeting times are Berlin wall-clock strings ("2026-11-26T18:00"); they are shown and compared
 * as text, never through `Date`, so a PC in another zone still shows 18:00.
 */

export const datePart = (localDateTime: string): string => localDateTime.slice(0, 10);
export const timePart = (localDateTime: string): string => localDateTime.slice(11, 16);

/** Now on this PC as "YYYY-MM-DDTHH:mm" (the office PCs run on Berlin time). */
export function nowLocal(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export const todayLocal = (now: Date = new Date()): string => datePart(nowLocal(now));

/** Joins a date and a time input ("2026-11-26" + "18:00"); empty when either is missing. */
export const joinDateTime = (date: string, time: string): string => (date && time ? `${date}T${time}` : '');

/** "26.11.2026, 18:00–20:00 Uhr" or "26.11.2026, 18:00 Uhr". */
export function meetingWhen(t: TFunction, startsAt: string, endsAt: string | null): string {
  const date = formatDateShort(datePart(startsAt));
  if (endsAt && datePart(endsAt) === datePart(startsAt)) {
    return t('meetings.list.dateTimeRange', { date, from: timePart(startsAt), to: timePart(endsAt) });
  }
  return t('meetings.list.dateTime', { date, time: timePart(startsAt) });
}

/** "HH:MM:SS" of a save time the main side returned (an ISO instant or a local time). */
export function clockTime(savedAt: string): string {
  const date = new Date(savedAt);
  if (Number.isNaN(date.getTime())) return savedAt.slice(11, 19);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
