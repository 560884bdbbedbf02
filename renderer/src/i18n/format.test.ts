import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateShort, formatNumber } from './format';
import { applyLanguage } from './i18n';

describe('format helpers', () => {
  it('writes dates the German way', () => {
    expect(formatDateLong('2026-11-26', 'de')).toBe('26. November 2026');
    expect(formatDateShort('2026-11-26', 'de')).toBe('26.11.2026');
    expect(formatDateShort(new Date(2026, 0, 5), 'de')).toBe('05.01.2026');
  });

  it('writes dates the English way', () => {
    expect(formatDateLong('2026-11-26', 'en')).toBe('26 November 2026');
    expect(formatDateShort('2026-11-26', 'en')).toBe('26/11/2026');
  });

  it('accepts timestamps and leaves unreadable values as they are', () => {
    expect(formatDateShort('2026-11-26T10:00:00', 'de')).toBe('26.11.2026');
    expect(formatDateLong('kein Datum', 'de')).toBe('kein Datum');
  });

  it('formats numbers for the language', () => {
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('follows the active interface language', async () => {
    expect(formatDateLong('2026-11-26')).toBe('26. November 2026');
    await applyLanguage('en');
    expect(formatDateLong('2026-11-26')).toBe('26 November 2026');
    expect(formatNumber(1000)).toBe('1,000');
    expect(document.documentElement.lang).toBe('en');
  });
});
