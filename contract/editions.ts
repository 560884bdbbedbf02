import { z } from 'zod';
import { idSchema, noInput, optionalText, requiredText } from './common';
import { defineCall } from './define-call';
import { DRUCKSACHE_PATTERN, type MeasureStatus } from './lifecycle';

export const EDITION_STATUSES = ['draft', 'adopted', 'published'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

export interface GuidelineDto {
  readonly id: number;
  readonly title: string;
  readonly text: string;
  readonly position: number;
}

export interface EditionSummaryDto {
  readonly id: number;
  readonly title: string;
  readonly subtitle: string;
  readonly periodFrom: number;
  readonly periodTo: number;
  readonly status: EditionStatus;
  readonly adoptedOn: string | null;
  readonly drucksache: string;
  readonly predecessorId: number | null;
  readonly measureCount: number;
  readonly fieldCount: number;
}

export interface EditionDto extends EditionSummaryDto {
  readonly preamble: string;
  readonly leitbildText: string;
  readonly guidelines: readonly GuidelineDto[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

const year = z.number().int().min(1990).max(2100);
/** A calendar date as the user enters it (YYYY-MM-DD). */
export const isoDate = z.iso.date({ message: 'validation.date' });
const drucksache = z
  .string()
  .trim()
  .max(20)
  .refine((value) => value === '' || DRUCKSACHE_PATTERN.test(value), { message: 'validation.drucksache' })
  .default('');

const guidelineInput = z.strictObject({
  title: requiredText(200),
  text: optionalText(8000),
});

const editionFields = z.strictObject({
  title: requiredText(200),
  subtitle: optionalText(300),
  periodFrom: year,
  periodTo: year,
  status: z.enum(EDITION_STATUSES).default('draft'),
  adoptedOn: isoDate.nullable().default(null),
  drucksache,
  preamble: optionalText(20_000),
  leitbildText: optionalText(50_000),
  guidelines: z.array(guidelineInput).max(50).default([]),
});

/** The period must not run backwards; reported at "periodTo" so the UI shows it there. */
const periodInOrder = <T extends { periodFrom: number; periodTo: number }>(value: T, ctx: z.RefinementCtx) => {
  if (value.periodFrom > value.periodTo) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'validation.periodOrder' });
  }
};

export const editionsCalls = {
  'editions.list': defineCall<EditionSummaryDto[]>()(noInput),
  'editions.get': defineCall<EditionDto>()(z.strictObject({ id: idSchema })),
  'editions.create': defineCall<EditionDto>()(editionFields.superRefine(periodInOrder)),
  'editions.update': defineCall<EditionDto>()(editionFields.extend({ id: idSchema }).superRefine(periodInOrder)),
  /** "Neue Ausgabe aus der letzten": copies texts and fields, carries the chosen measures over. */
  'editions.createFromPrevious': defineCall<EditionDto>()(
    z
      .strictObject({
        previousId: idSchema,
        title: requiredText(200),
        subtitle: optionalText(300),
        periodFrom: year,
        periodTo: year,
        carryOverMeasureIds: z.array(idSchema).max(5000).default([]),
      })
      .superRefine(periodInOrder),
  ),
  /** Which measures of the previous edition would be carried over by default. */
  'editions.carryOverCandidates': defineCall<CarryOverCandidateDto[]>()(z.strictObject({ previousId: idSchema })),
} as const;

export interface CarryOverCandidateDto {
  readonly id: number;
  readonly code: string;
  readonly title: string;
  readonly status: MeasureStatus;
  readonly fieldOfActionName: string;
  readonly selectedByDefault: boolean;
}
