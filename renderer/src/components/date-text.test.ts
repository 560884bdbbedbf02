import { describe, expect, it } from 'vitest';
import { formatDateShort } from '../i18n/format';
import { formatDateText, parseDateText, parseTimeText } from './date-text';

describe('date text in the app language', () => {
  it('shows an ISO day as TT.MM.JJJJ in German and DD/MM/YYYY in English, as the tables do', () => {
    expect(formatDateText('2026-11-26', 'de')).toBe('26.11.2026');
    expect(formatDateText('2026-11-26', 'en')).toBe('26/11/2026');
    expect(formatDateText('2026-03-05', 'de')).toBe(formatDateShort('2026-03-05', 'de'));
    expect(formatDateText('2026-03-05', 'en')).toBe(formatDateShort('2026-03-05', 'en'));
  });

  it('shows anything that is no ISO day as it is (a half-typed value)', () => {
    expect(formatDateText('', 'de')).toBe('');
    expect(formatDateText('31.02.', 'en')).toBe('31.02.');
  });

  it('reads day-month-year with dots or slashes, short years and an ISO day', () => {
    expect(parseDateText('26.11.2026')).toBe('2026-11-26');
    expect(parseDateText('26/11/2026')).toBe('2026-11-26');
    expect(parseDateText(' 1.2.26 ')).toBe('2026-02-01');
    expect(parseDateText('5-3-2026')).toBe('2026-03-05');
    expect(parseDateText('2026-11-26')).toBe('2026-11-26');
    expect(parseDateText('29.02.2028')).toBe('2028-02-29');
  });

  it("gives '' for an empty field and null for a day that does not exist", () => {
    expect(parseDateText('   ')).toBe('');
    expect(parseDateText('31.02.2026')).toBeNull();
    expect(parseDateText('29.02.2027')).toBeNull();
    expect(parseDateText('13/13/2026')).toBeNull();
    expect(parseDateText('00.01.2026')).toBeNull();
    expect(parseDateText('morgen')).toBeNull();
    expect(parseDateText('26.11.')).toBeNull();
  });

  it('reads a 24-hour time in several typed forms and refuses impossible ones', () => {
    expect(parseTimeText('18:30')).toBe('18:30');
    expect(parseTimeText('9:05')).toBe('09:05');
    expect(parseTimeText('18.30')).toBe('18:30');
    expect(parseTimeText('1830')).toBe('18:30');
    expect(parseTimeText('930')).toBe('09:30');
    expect(parseTimeText('18')).toBe('18:00');
    expect(parseTimeText('')).toBe('');
    expect(parseTimeText('24:00')).toBeNull();
    expect(parseTimeText('18:60')).toBeNull();
    expect(parseTimeText('6 pm')).toBeNull();
  });
});
