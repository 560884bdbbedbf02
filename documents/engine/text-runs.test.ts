import { describe, expect, it } from 'vitest';
import { cleanText, directionSegments, splitParagraphs } from './text-runs';

describe('text going into a document', () => {
  it('drops characters XML forbids and keeps one kind of line break', () => {
    expect(cleanText('a\u0000b\u0007c\u001Fd')).toBe('abcd');
    expect(cleanText('eins\r\nzwei\rdrei\u2028vier')).toBe('eins\nzwei\ndrei\nvier');
    expect(cleanText('x\ty')).toBe('x y');
    expect(cleanText('lone \uD800 surrogate \uDC00 but 😀 stays')).toBe('lone  surrogate  but 😀 stays');
  });

  it('splits a text field into paragraphs at blank lines, keeping single line breaks', () => {
    expect(splitParagraphs('Erster\nmit Umbruch\n\n\nZweiter\n \nDritter\n')).toEqual(['Erster\nmit Umbruch', 'Zweiter', 'Dritter']);
    expect(splitParagraphs('  \n\n ')).toEqual([]);
  });

  it('marks right-to-left stretches, with the spaces between right-to-left words', () => {
    expect(directionSegments('Herr علی رضایی (Farsi) und Frau فاطمة')).toEqual([
      { text: 'Herr ', rtl: false },
      { text: 'علی رضایی', rtl: true },
      { text: ' (Farsi) und Frau ', rtl: false },
      { text: 'فاطمة', rtl: true },
    ]);
    expect(directionSegments('Çağrı İlkay ı 😀')).toEqual([{ text: 'Çağrı İlkay ı 😀', rtl: false }]);
  });
});
