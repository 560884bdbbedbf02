import { z } from 'zod';

/** Database ids are positive integers. */
export const idSchema = z.number().int().positive();

/** No input at all; `{}` keeps every call's input an object so it can grow without breaking callers. */
export const noInput = z.strictObject({});

/** A required single-line text, trimmed, with a length limit the UI can show. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** An optional text: empty strings become `''`, whitespace is trimmed. */
export const optionalText = (max: number) => z.string().trim().max(max).default('');
