import { storedPhones } from './stored-lists';

/**
 * Patterns for one person's details inside free text (a progress note, minutes, a motion's
 * signatories). Written with and without diacritics ("Özdemir" / "Ozdemir"), any case.
 */
export interface TracePatterns {
  /** The full name, an e-mail address or a phone number: replaced without asking. */
  readonly certain: readonly RegExp[];
  /** The surname alone: maybe someone else, so a person decides. Null without a surname. */
  readonly surname: RegExp | null;
}

export interface TracedPerson {
  readonly first_name: string;
  readonly last_name: string;
  readonly emails: string;
  readonly phones: string;
}

// A double name ("Özdemir-Kaya") is another name: a hyphen joined to a letter counts as part of the word.
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}]|\\p{L}-)';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}]|-\\p{L})';
// "Frau Dr. Ayşe Özdemir" goes as a whole, not leaving "Frau Dr." in front of the placeholder.
const ADDRESS = '(?:(?:Frau|Herr|Fr\\.|Hr\\.|Dr\\.|Prof\\.|med\\.)\\s*)*';

// Outside a character class; with the 'u' flag "\-" would be an invalid escape, so '-' stays as it is.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One letter, matching its plain form too: "ö" → [öo], "ß" → (?:ß|ss). */
function letter(char: string): string {
  if (char === 'ß') return '(?:ß|ss)';
  const plain = char.normalize('NFD').replace(/\p{M}/gu, '');
  return plain !== char && plain.length === 1 ? `[${char}${plain}]` : escape(char);
}

function namePattern(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .map((word) => [...word].map(letter).join(''))
    .join('\\s+');
}

/** Digits with any separators between them; "+49 40 …" also as "040 …". */
function phonePatterns(number: string): string[] {
  const digits = number.replace(/\D/g, '');
  if (digits.length < 6) return [];
  const spaced = (value: string) => [...value].join('[\\s\\-/().]*');
  const international = /^(?:\+|00)49/.test(number.trim()) ? digits.replace(/^(?:00)?49/, '') : null;
  const forms = [`(?:\\+|00)?${spaced(international ? `49${international}` : digits)}`];
  if (international) forms.push(spaced(`0${international}`));
  return forms.map((form) => `(?<!\\d)${form}(?!\\d)`);
}

const parseList = <T>(json: string): T[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
};

export function tracePatterns(person: TracedPerson, surnameToo = false): TracePatterns {
  const first = namePattern(person.first_name);
  const last = namePattern(person.last_name);
  const certain: string[] = [];
  if (first && last) {
    certain.push(`${NOT_WORD_BEFORE}${ADDRESS}${first}\\s+${last}${NOT_WORD_AFTER}`, `${NOT_WORD_BEFORE}${last},\\s*${first}${NOT_WORD_AFTER}`);
  }
  // After the full forms, so "Frau Ayşe Özdemir" goes whole and not as "Frau Ayşe " + placeholder.
  if (surnameToo && last) certain.push(`${NOT_WORD_BEFORE}${ADDRESS}${last}${NOT_WORD_AFTER}`);
  for (const email of parseList<string>(person.emails)) if (typeof email === 'string' && email.trim()) certain.push(escape(email.trim()));
  // As the exports read them: a bare number (written by another tool) is traced too.
  for (const phone of storedPhones(person.phones)) certain.push(...phonePatterns(phone.number));
  return {
    certain: certain.map((source) => new RegExp(source, 'giu')),
    surname: last ? new RegExp(`${NOT_WORD_BEFORE}${last}${NOT_WORD_AFTER}`, 'iu') : null,
  };
}

/** The text with every certain trace replaced by `placeholder`; the same text when there was none. */
export function replaceTraces(text: string, patterns: TracePatterns, placeholder: string): string {
  const normal = text.normalize('NFC');
  const replaced = patterns.certain.reduce((current, pattern) => current.replace(pattern, placeholder), normal);
  return replaced === normal ? text : replaced;
}

/** A few words around the surname, for the erase dialog. */
export function surnameExcerpt(text: string, patterns: TracePatterns): string | null {
  const match = patterns.surname?.exec(text.normalize('NFC'));
  if (!match) return null;
  const start = Math.max(0, match.index - 40);
  const end = Math.min(text.length, match.index + match[0].length + 40);
  return `${start > 0 ? '…' : ''}${text.normalize('NFC').slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
