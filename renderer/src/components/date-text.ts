import type { Language } from '../../../contract';

/*
 * Dates and times as the user reads and types them in the app's language, and the ISO values
 * (yyyy-mm-dd, HH:MM) the forms and the contract keep. Chromium's own date field follows the
 * browser's language, not the app's, so the app has its own text fields built on these.
 */

/** The separator between day, month and year in each language ("26.11.2026", "26/11/2026"). */
const SEPARATOR: Record<Language, string> = { de: '.', en: '/' };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Typed forms accepted in both languages: day first, any of . / - between, 2- or 4-digit year. */
const TYPED_DAY = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})$/;
const TYPED_ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad = (value: number) => String(value).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** "26.11.2026" (de) · "26/11/2026" (en); a value that is not an ISO day is shown as it is. */
export function formatDateText(iso: string, language: Language): string {
  const match = ISO_DAY.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return [day, month, year].join(SEPARATOR[language]);
}

/**
 * The ISO day of what the user typed: '' for nothing, null for no such day (31.02.2026, "morgen").
 * Both languages accept day-month-year with . / or - and an ISO date (pasted from elsewhere);
 * a two-digit year means 20yy.
 */
export function parseDateText(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const iso = TYPED_ISO_DAY.exec(trimmed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const typed = TYPED_DAY.exec(trimmed);
  if (!typed) return null;
  const [, day, month, year] = typed as unknown as [string, string, string, string];
  return isoOf(year.length === 2 ? 2000 + Number(year) : Number(year), Number(month), Number(day));
}

const TYPED_TIME = /^(\d{1,2})(?:\s*[:.]\s*(\d{2}))?$/;
const TYPED_TIME_DIGITS = /^(\d{1,2})(\d{2})$/;

/** "18:00" from "18:00", "18.00", "1800" or "18"; '' for nothing; null for no such time (25:00). */
export function parseTimeText(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const match = TYPED_TIME_DIGITS.exec(trimmed) ?? TYPED_TIME.exec(trimmed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  return hours < 24 && minutes < 60 ? `${pad(hours)}:${pad(minutes)}` : null;
}
