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

/** A calendar date as the user enters it (YYYY-MM-DD). */
export const isoDate = z.iso.date({ message: 'validation.date' });

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
