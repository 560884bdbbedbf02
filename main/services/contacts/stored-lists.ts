import type { PhoneDto } from '../../../contract';
import { PHONE_KINDS as PHONE_KIND_LIST } from '../../../contract/contacts-constants';

/**
 * The JSON lists of a contact row (emails, phones, languages, categories) as the app shows and
 * exports them. The schema only checks that they are valid JSON, so rows written by other tools
 * (the district generator, a hand-edited file, an older script) may hold other shapes: a phone as a
 * plain string "040 123456", a number, a list that is not a list. Reading them must never crash an
 * export of 200,000 contacts halfway; texts the app wrote come back unchanged, what holds no text is left out.
 */

const PHONE_KINDS: ReadonlySet<string> = new Set<string>(PHONE_KIND_LIST);

const listIn = (json: string | null): unknown[] => {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
};

const textOf = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
};

/** Emails, languages, categories: the texts of the list, in order. */
export const storedTexts = (json: string | null): string[] => {
  if (json === '[]') return [];
  const list = listIn(json);
  // As the app writes them, every entry is a text: the parsed list itself, no copy (millions of lists in a large export).
  return list.every((value) => typeof value === 'string') ? (list as string[]) : list.flatMap((value) => textOf(value) ?? []);
};

const phoneOf = (value: unknown): PhoneDto[] => {
  const bare = textOf(value);
  if (bare !== null) return [{ kind: 'work', number: bare }];
  if (typeof value !== 'object' || value === null) return [];
  const { kind, number } = value as { kind?: unknown; number?: unknown };
  const text = textOf(number);
  if (text === null) return [];
  return [{ kind: typeof kind === 'string' && PHONE_KINDS.has(kind) ? (kind as PhoneDto['kind']) : 'work', number: text }];
};

/** Phones: `{ kind, number }` as the app writes them; a bare number counts as a work phone (the form's default kind). */
export const storedPhones = (json: string | null): PhoneDto[] => (json === '[]' ? [] : listIn(json).flatMap(phoneOf));
