import { useEffect, useState } from 'react';
import type { CallError, FieldError, MeasureStatus } from '../../../../contract';
import { ALLOWED_TRANSITIONS } from '../../../../contract/lifecycle';

/** Today on this PC as YYYY-MM-DD (the default of every date field). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The statuses every one of the given measures may move to (the intersection of their allowed
 * transitions). Empty when nothing fits all of them.
 */
export function allowedTargets(statuses: readonly MeasureStatus[]): MeasureStatus[] {
  const [first, ...others] = [...new Set(statuses)];
  if (first === undefined) return [];
  // The table lists the usual next step first ("beschlossen" before "abgelehnt"); keep that order.
  return ALLOWED_TRANSITIONS[first].filter((target) => others.every((from) => ALLOWED_TRANSITIONS[from].includes(target)));
}

/** "Sprache, Ehrenamt ,, Begegnung" → ["Sprache", "Ehrenamt", "Begegnung"] (duplicates dropped). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(/[,;]/)) {
    const tag = part.trim();
    const key = tag.toLocaleLowerCase('de');
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

export const formatTags = (tags: readonly string[]): string => tags.join(', ');

/** A failed call made on this side, for input the form can check before asking the main side. */
export function localError(fields: FieldError[]): CallError {
  return { code: 'invalid-input', messageKey: 'errors.invalidInput', fields };
}

/**
 * A whole number typed into a text field: '' → the fallback, digits → the number, anything
 * else → undefined (the caller reports it at the field).
 */
export function parseWholeNumber<F>(text: string, fallback: F): number | F | undefined {
  const value = text.trim();
  if (value === '') return fallback;
  return /^\d{1,6}$/.test(value) ? Number(value) : undefined;
}

/** The value, but only after it stayed the same for `delay` ms (search fields, duplicate hint). */
export function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** JSON in web storage that never throws (private mode, blocked storage, damaged value). */
export function readStored<T>(storage: 'local' | 'session', key: string, isValid: (value: unknown) => value is T): T | undefined {
  try {
    const raw = (storage === 'local' ? window.localStorage : window.sessionStorage).getItem(key);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(storage: 'local' | 'session', key: string, value: unknown): void {
  try {
    (storage === 'local' ? window.localStorage : window.sessionStorage).setItem(key, JSON.stringify(value));
  } catch {
    // Storage blocked: the value lasts as long as the screen.
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
