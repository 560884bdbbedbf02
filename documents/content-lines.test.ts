import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from './content-lines';

const unfold = (folded: string) => folded.replace(/\r\n /g, '');

describe('content lines (vCard, iCalendar)', () => {
  it('escapes backslash, semicolon, comma and line breaks, drops control characters, leaves plain text as it is', () => {
    expect(escapeText('Lange Straße 12')).toBe('Lange Straße 12');
    expect(escapeText('C:\\temp; a, b\r\nzwei\ndrei\u0007\tTab')).toBe('C:\\\\temp\\; a\\, b\\nzwei\\ndrei\tTab');
  });

  it.each([
    ['ASCII', 'NOTE:' + 'x'.repeat(200)],
    ['umlauts', 'NOTE:' + 'äöüß'.repeat(40)],
    ['emoji and joiners', 'NOTE:' + 'ä👨‍👩‍👧'.repeat(30)],
    ['Arabic', 'FN:' + 'مرحبا بكم '.repeat(20)],
    ['a lone surrogate', 'NOTE:' + 'a'.repeat(72) + '\ud83d' + 'b'.repeat(10)],
  ])('folds %s at 75 octets as written in UTF-8, never inside a character', (_name, line) => {
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
  });

  it('leaves a line of exactly 75 octets whole and folds one of 76', () => {
    expect(foldLine('N:' + 'ä'.repeat(36) + 'x')).not.toContain('\r\n');
    expect(foldLine('N:' + 'ä'.repeat(37))).toContain('\r\n');
  });
});
