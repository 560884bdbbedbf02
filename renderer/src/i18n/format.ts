import type { Language } from '../../../contract';
import { currentLanguage } from './i18n';

/** The Intl locale behind each interface language (British English for day-month-year order). */
const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

const localeOf = (language?: Language) => LOCALES[language ?? currentLanguage()];

/** "2026-11-26" is a calendar day (no time zone shift); anything else goes through `Date`. */
function toDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "26. November 2026" (de) · "26 November 2026" (en) */
export function formatDateLong(value: string | Date, language?: Language): string {
  const date = toDate(value);
  return date ? new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(date) : String(value);
}

/** "Sonntag, 20. Dezember 2026" (de) · "Sunday 20 December 2026" (en) */
export function formatDateWithWeekday(value: string | Date, language?: Language): string {
  const date = toDate(value);
  return date ? new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date) : String(value);
}

/** "Dezember 2026" (de) · "December 2026" (en) */
export function formatMonthYear(value: string | Date, language?: Language): string {
  const date = toDate(value);
  return date ? new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric' }).format(date) : String(value);
}

/** "26.11.2026" (de) · "26/11/2026" (en), for tables */
export function formatDateShort(value: string | Date, language?: Language): string {
  const date = toDate(value);
  return date ? new Intl.DateTimeFormat(localeOf(language), { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date) : String(value);
}

/** "14:05" in both languages: the time of day a record was saved */
export function formatTimeOfDay(value: string | Date, language?: Language): string {
  const date = toDate(value);
  return date ? new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit' }).format(date) : String(value);
}

/** "1.234,5" (de) · "1,234.5" (en) */
export function formatNumber(value: number, language?: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeOf(language), options).format(value);
}
