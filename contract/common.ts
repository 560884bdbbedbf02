import { z } from 'zod';
import { DRUCKSACHE_PATTERN } from './lifecycle';

/** Database ids are positive integers. */
export const idSchema = z.number().int().positive();

/** No input at all; `{}` keeps every call's input an object so it can grow without breaking callers. */
export const noInput = z.strictObject({});

/** A required single-line text, trimmed, with a length limit the UI can show. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** An optional text: empty strings become `''`, whitespace is trimmed. */
export const optionalText = (max: number) => z.string().trim().max(max).default('');

/** Dates outside these years are typing slips ("0000", "9999") and would stay in append-only histories. */
export const DATE_YEAR_MIN = 1900;
export const DATE_YEAR_MAX = 2100;

/** True when a "YYYY-…" date or date-time lies within DATE_YEAR_MIN…DATE_YEAR_MAX. */
export const inSensibleYears = (value: string): boolean => {
  const year = Number(value.slice(0, 4));
  return year >= DATE_YEAR_MIN && year <= DATE_YEAR_MAX;
};

/** A calendar date as the user enters it (YYYY-MM-DD), in the years 1900–2100. */
export const isoDate = z.iso
  .date({ message: 'validation.date', abort: true })
  .refine(inSensibleYears, { message: 'validation.dateYears' });

/** C0/C1 control characters (NUL, tab, newline, DEL …): invisible in a search box, and FTS fails on NUL. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** A search or filter text: control characters become spaces (a search box is one line), then trimmed. */
export const searchText = (max: number) =>
  z
    .string()
    .overwrite((value) => value.replace(CONTROL_CHARACTERS, ' '))
    .trim()
    .max(max);

/** A year of a Leitbild period. */
export const yearSchema = z.number().int().min(1990).max(2100);

/** A Drucksache number like "21-1234", or empty. */
export const drucksacheSchema = z
  .string()
  .trim()
  .max(20)
  .refine((value) => value === '' || DRUCKSACHE_PATTERN.test(value), { message: 'validation.drucksache' })
  .default('');

/** A period must not run backwards; reported at "periodTo" so the UI shows it there. Open ends are fine. */
export const periodInOrder = (value: { periodFrom: number | null; periodTo: number | null }, ctx: z.RefinementCtx) => {
  if (value.periodFrom !== null && value.periodTo !== null && value.periodFrom > value.periodTo) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'validation.periodOrder' });
  }
};
