import { describe, expect, it } from 'vitest';
import { countWord, formatDateLong, formatDateShort, formatMonthYear, formatPeriod, joinGerman } from './german-dates';

describe('German dates and lists', () => {
  it('writes dates in text and in tables as German documents do', () => {
    expect(formatDateLong('2026-11-26')).toBe('26. November 2026');
    expect(formatDateLong('2022-03-01')).toBe('1. März 2022');
    expect(formatDateShort('2026-11-26')).toBe('26.11.2026');
    expect(formatDateShort('2022-03-01')).toBe('01.03.2022');
    expect(formatMonthYear('2021-11-17')).toBe('November 2021');
  });

  it('never moves a date by a time zone: the parts are read, not parsed as an instant', () => {
    expect(formatDateLong('2024-12-31')).toBe('31. Dezember 2024');
    expect(formatDateShort('2025-01-01T00:30:00+02:00')).toBe('01.01.2025');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDateLong('26.11.2026')).toThrow();
    expect(() => formatDateShort('2026-13-01')).toThrow();
  });

  it('writes periods with an en dash, small counts as words, lists with "und"', () => {
    expect(formatPeriod(2022, 2024)).toBe('2022–2024');
    expect(formatPeriod(2024, 2024)).toBe('2024');
    expect(formatPeriod(null, 2024)).toBe('2024');
    expect(formatPeriod(null, null)).toBe('');
    expect(countWord(4)).toBe('vier');
    expect(countWord(12)).toBe('zwölf');
    expect(countWord(13)).toBe('13');
    expect(joinGerman(['SPD'])).toBe('SPD');
    expect(joinGerman(['SPD', 'GRÜNE'])).toBe('SPD und GRÜNE');
    expect(joinGerman(['SPD', 'GRÜNE', 'CDU'])).toBe('SPD, GRÜNE und CDU');
  });
});
