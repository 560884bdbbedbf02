import { describe, expect, it } from 'vitest';
import { namesThisPerson, typedNameKey } from './contact-name-mentions';

describe('names typed as text', () => {
  it('folds forms of address, titles, order and diacritics away', () => {
    expect(typedNameKey('Frau Dr. Ayşe Özdemir')).toBe('ayse ozdemir');
    expect(typedNameKey('Özdemir, Ayşe')).toBe('ayse ozdemir');
    expect(typedNameKey('  Herr  Prof. Dr. med.   Jürgen Groß ')).toBe('jurgen gross');
  });

  it('matches only the full name of the person', () => {
    const isAyse = namesThisPerson({ first_name: 'Ayşe', last_name: 'Özdemir' });
    expect(['Ayse Ozdemir', 'Frau Özdemir, Ayşe', 'AYŞE ÖZDEMIR'].every(isAyse)).toBe(true);
    expect(['Frau Özdemir', 'Ayşe Özdemir-Kaya', 'Ayşe', ''].some(isAyse)).toBe(false);
  });

  it('never matches for a contact without a first name (a surname alone names too many)', () => {
    const surnameOnly = namesThisPerson({ first_name: '', last_name: 'Özdemir' });
    expect(surnameOnly('Özdemir')).toBe(false);
    expect(surnameOnly('Frau Özdemir')).toBe(false);
  });
});
