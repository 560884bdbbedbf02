import { z } from 'zod';
import { drucksacheSchema, idSchema, isoDate, optionalText, periodInOrder, requiredText, searchText, yearSchema } from './common';
import { defineCall } from './define-call';

import { MEASURE_STATUSES, type MeasureStatus } from './lifecycle';

import { MEASURE_ORIGINS, MEASURE_PAGE_MAX, MEASURE_PAGE_SIZE, MEASURE_SORT_KEYS, MEASURE_STATUS_CHANGE_MAX } from './measures-constants';

export { HIGHLIGHT_END, HIGHLIGHT_START, MEASURE_ORIGINS, MEASURE_PAGE_MAX, MEASURE_PAGE_SIZE, MEASURE_SORT_KEYS, MEASURE_STATUS_CHANGE_MAX } from './measures-constants';
export type MeasureOrigin = (typeof MEASURE_ORIGINS)[number];

export const MEASURE_TITLE_MAX = 200;
export type MeasureSortKey = (typeof MEASURE_SORT_KEYS)[number];

/** One row of the measures table: only what the table shows, so 5,000 rows stay light. */
export interface MeasureRowDto {
  readonly id: number;
  readonly editionId: number;
  readonly code: string;
  readonly title: string;
  readonly fieldOfActionId: number;
  readonly fieldOfActionName: string;
  readonly status: MeasureStatus;
  readonly lead: string;
  readonly priorityPoints: number;
  readonly tags: readonly string[];
  readonly updatedAt: string;
}

export interface StatusChangeDto {
  readonly id: number;
  readonly changedOn: string;
  readonly fromStatus: MeasureStatus | null;
  readonly toStatus: MeasureStatus;
  readonly reason: string;
  readonly drucksache: string;
  readonly enteredBy: string;
  readonly createdAt: string;
  /** The meeting whose decision made the change (null for changes entered by hand). */
  readonly meeting?: StatusChangeMeetingDto | null;
}

/** Where a status change came from: "Beschluss der 4. Sitzung …, TOP 3". */
export interface StatusChangeMeetingDto {
  readonly id: number;
  readonly title: string;
  /** The meeting's day, YYYY-MM-DD. */
  readonly date: string;
  readonly itemNumber: string;
  readonly decisionId: number;
}

export interface ProgressNoteDto {
  readonly id: number;
  readonly notedOn: string;
  readonly text: string;
  readonly enteredBy: string;
  readonly createdAt: string;
}

export interface MeasureDto extends MeasureRowDto {
  readonly description: string;
  readonly goal: string;
  readonly origin: MeasureOrigin;
  readonly originNote: string;
  readonly partners: string;
  readonly targetGroup: string;
  readonly cost: string;
  readonly funding: string;
  readonly periodFrom: number | null;
  readonly periodTo: number | null;
  readonly predecessor: { readonly id: number; readonly code: string; readonly editionTitle: string } | null;
  readonly notes: readonly ProgressNoteDto[];
  readonly history: readonly StatusChangeDto[];
  readonly createdAt: string;
  /** The version of the form's fields; `measures.update` must name it, so no save undoes a newer one. */
  readonly version: number;
  /** Who saved the fields last ('' before anyone was recorded). */
  readonly updatedBy: string;
}

export interface MeasureListDto {
  /** One page of the rows matching the filter, in the asked order (empty past the end). */
  readonly rows: readonly MeasureRowDto[];
  /** Rows matching the filter (all pages together). */
  readonly total: number;
  /** Rows per status under every filter but the status filter, so each choice shows what it would give. */
  readonly statusCounts: Readonly<Partial<Record<MeasureStatus, number>>>;
}

/** What a status change needs to know of each selected measure. */
export type MeasureSelectionRowDto = Pick<MeasureRowDto, 'id' | 'code' | 'title' | 'status'>;

export interface MeasureSelectionDto {
  /** Every measure matching the filter, in list order; empty when there are more than MEASURE_STATUS_CHANGE_MAX. */
  readonly rows: readonly MeasureSelectionRowDto[];
  readonly total: number;
}

export interface SearchHitDto {
  readonly id: number;
  readonly editionId: number;
  readonly code: string;
  readonly title: string;
  readonly status: MeasureStatus;
  /** Text with matches wrapped in \u0002 … \u0003 (never HTML): the renderer turns them into <mark>. */
  readonly snippet: string;
  readonly titleHighlighted: string;
}

const year = yearSchema;
const code = z
  .string()
  .trim()
  .toUpperCase()
  .max(20)
  .regex(/^([A-ZÄÖÜ0-9]+(-[A-ZÄÖÜ0-9]+)*)?$/, { message: 'validation.measureCode' });
const tag = z.string().trim().min(1).max(40);

const measureFields = {
  fieldOfActionId: idSchema,
  code: code.default(''),
  title: requiredText(MEASURE_TITLE_MAX),
  description: optionalText(20_000),
  goal: optionalText(4000),
  origin: z.enum(MEASURE_ORIGINS).default('workshop'),
  originNote: optionalText(300),
  priorityPoints: z.number().int().min(0).max(999).default(0),
  lead: optionalText(300),
  partners: optionalText(2000),
  targetGroup: optionalText(500),
  cost: optionalText(300),
  funding: optionalText(500),
  periodFrom: year.nullable().default(null),
  periodTo: year.nullable().default(null),
  tags: z.array(tag).max(20).default([]),
};


const drucksache = drucksacheSchema;

export const measureFilterSchema = z.strictObject({
  editionId: idSchema.optional(),
  fieldOfActionIds: z.array(idSchema).max(100).default([]),
  statuses: z.array(z.enum(MEASURE_STATUSES)).max(MEASURE_STATUSES.length).default([]),
  lead: searchText(300).default(''),
  tag: searchText(40).default(''),
  text: searchText(200).default(''),
  sortKey: z.enum(MEASURE_SORT_KEYS).default('code'),
  sortDirection: z.enum(['asc', 'desc']).default('asc'),
});

export const measuresCalls = {
  'measures.list': defineCall<MeasureListDto>()(
    measureFilterSchema.extend({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(MEASURE_PAGE_MAX).default(MEASURE_PAGE_SIZE),
    }),
  ),
  /** "Alle gefilterten auswählen": the measures of the whole filter (not one page), for a status change. */
  'measures.listIds': defineCall<MeasureSelectionDto>()(measureFilterSchema),
  'measures.get': defineCall<MeasureDto>()(z.strictObject({ id: idSchema })),
  'measures.create': defineCall<MeasureDto>()(
    z
      .strictObject({
        editionId: idSchema,
        ...measureFields,
        /** When the proposal was made (e.g. the workshop date); defaults to today. */
        proposedOn: isoDate.optional(),
      })
      .superRefine(periodInOrder),
  ),
  /** Refused with code 'conflict' when `version` is no longer the measure's: someone saved in between. */
  'measures.update': defineCall<MeasureDto>()(
    z.strictObject({ id: idSchema, version: z.number().int().min(1), ...measureFields }).superRefine(periodInOrder),
  ),
  'measures.suggestCode': defineCall<{ readonly code: string }>()(
    z.strictObject({ editionId: idSchema, fieldOfActionId: idSchema }),
  ),
  /** Moves one or many measures along the lifecycle in one transaction, with one reason and source. */
  'measures.changeStatus': defineCall<MeasureRowDto[]>()(
    z.strictObject({
      measureIds: z.array(idSchema).min(1).max(MEASURE_STATUS_CHANGE_MAX),
      toStatus: z.enum(MEASURE_STATUSES),
      changedOn: isoDate,
      reason: optionalText(2000),
      drucksache,
    }),
  ),
  'measures.addNote': defineCall<ProgressNoteDto>()(
    z.strictObject({ measureId: idSchema, notedOn: isoDate, text: requiredText(8000) }),
  ),
  'measures.search': defineCall<SearchHitDto[]>()(
    z.strictObject({ text: searchText(200).min(1), editionId: idSchema.optional(), limit: z.number().int().min(1).max(200).default(50) }),
  ),
  /** Titles in the edition that look like the one being typed: the intake screen's duplicate hint. */
  'measures.similar': defineCall<Array<{ readonly id: number; readonly code: string; readonly title: string }>>()(
    z.strictObject({ editionId: idSchema, title: searchText(MEASURE_TITLE_MAX), excludeId: idSchema.optional() }),
  ),
  'measures.facets': defineCall<{ readonly leads: readonly string[]; readonly tags: readonly string[] }>()(
    z.strictObject({ editionId: idSchema.optional() }),
  ),
} as const;
