import { describe, expect, it } from 'vitest';
import { replaceTraces, surnameExcerpt, tracePatterns } from './contact-trace-patterns';

const ayse = tracePatterns({
  first_name: 'Ayşe',
  last_name: 'Özdemir',
  emails: '["a.oezdemir@example.org"]',
  phones: '[{"kind":"mobile","number":"+49 171 2345678"}]',
});
const erase = (text: string) => replaceTraces(text, ayse, 'Person gelöscht');

describe('traces of a person in free text', () => {
  it('replaces the full name in any spelling, order and form of address', () => {
    expect(erase('Gespräch mit Frau Dr. Ayşe Özdemir am Montag')).toBe('Gespräch mit Person gelöscht am Montag');
    expect(erase('AYSE OZDEMIR und Özdemir, Ayşe')).toBe('Person gelöscht und Person gelöscht');
    expect(erase('Ayşe Özdemir-Kaya bleibt')).toBe('Ayşe Özdemir-Kaya bleibt');
  });

  it('replaces e-mail addresses and phone numbers however they are written', () => {
    expect(erase('Mail: A.Oezdemir@example.org')).toBe('Mail: Person gelöscht');
    expect(erase('Tel. 0171 / 234 56 78 oder +49 (171) 2345678')).toBe('Tel. Person gelöscht oder Person gelöscht');
    expect(erase('Kundennummer 491712345678999')).toBe('Kundennummer 491712345678999');
  });

  it('finds the surname alone only for the dialog, and leaves the text unchanged', () => {
    expect(erase('Frau Özdemir fragt nach')).toBe('Frau Özdemir fragt nach');
    expect(surnameExcerpt('Frau Ozdemir fragt nach', ayse)).toBe('Frau Ozdemir fragt nach');
    expect(surnameExcerpt('Özdemirstraße 3', ayse)).toBeNull();
  });

  it('copes with hyphens, dots and brackets in names and addresses', () => {
    const hyphenated = tracePatterns({ first_name: 'Anne-Marie', last_name: 'Özdemir-Kaya (geb. Yılmaz)', emails: '["anne-marie.o-k@ex-ample.org"]', phones: '[]' });
    expect(replaceTraces('Anne-Marie Özdemir-Kaya (geb. Yılmaz), anne-marie.o-k@ex-ample.org', hyphenated, '–')).toBe('–, –');
  });

  it('replaces nothing by name for a contact without a first name (e-mail still goes)', () => {
    const surnameOnly = tracePatterns({ first_name: '', last_name: 'Özdemir', emails: '["x@example.org"]', phones: '[]' });
    expect(replaceTraces('Herr Özdemir, x@example.org', surnameOnly, '–')).toBe('Herr Özdemir, –');
  });
});
