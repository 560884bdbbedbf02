import { z } from 'zod';
import { idSchema, optionalText, requiredText } from './common';
import { defineCall } from './define-call';

export const FIELD_OF_ACTION_NAME_MAX = 120;
export const FIELD_OF_ACTION_DESCRIPTION_MAX = 4000;

/** A field of action (Handlungsfeld) as the renderer sees it. */
export interface FieldOfActionDto {
  readonly id: number;
  readonly editionId: number;
  readonly name: string;
  /** Short code used for measure codes, e.g. "ZL" for "Zusammenleben in Harburg". */
  readonly shortCode: string;
  readonly description: string;
  readonly position: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const shortCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-ZÄÖÜ]{0,4}$/, { message: 'validation.shortCode' })
  .default('');

const fieldOfActionFields = {
  name: requiredText(FIELD_OF_ACTION_NAME_MAX),
  shortCode,
  description: optionalText(FIELD_OF_ACTION_DESCRIPTION_MAX),
};

export const fieldsOfActionCalls = {
  'fieldsOfAction.list': defineCall<FieldOfActionDto[]>()(z.strictObject({ editionId: idSchema })),
  'fieldsOfAction.create': defineCall<FieldOfActionDto>()(z.strictObject({ editionId: idSchema, ...fieldOfActionFields })),
  'fieldsOfAction.update': defineCall<FieldOfActionDto>()(z.strictObject({ id: idSchema, ...fieldOfActionFields })),
  'fieldsOfAction.reorder': defineCall<FieldOfActionDto[]>()(
    z.strictObject({ editionId: idSchema, orderedIds: z.array(idSchema).min(1).max(1000) }),
  ),
  'fieldsOfAction.delete': defineCall<{ readonly id: number }>()(z.strictObject({ id: idSchema })),
} as const;
