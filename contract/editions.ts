import { z } from 'zod';
import { drucksacheSchema, idSchema, isoDate, noInput, optionalText, periodInOrder, requiredText, yearSchema } from './common';
import { defineCall } from './define-call';
import type { MeasureStatus } from './lifecycle';

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

const year = yearSchema;
const drucksache = drucksacheSchema;

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
