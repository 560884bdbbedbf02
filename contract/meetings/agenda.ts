import { z } from 'zod';
import { drucksacheSchema, idSchema, requiredText } from '../common';
import type { MeasureStatus } from '../lifecycle';
import type { DecisionDto } from './decisions';

/** The agenda (Tagesordnung): numbered items and sub-items with papers, linked measures and minuted notes. */

import type { StandardItem } from './meetings-constants';

export { STANDARD_ITEM_TITLES, STANDARD_ITEMS, type StandardItem } from './meetings-constants';

/** Agenda numbers as councils write them: "1", "3.1", "Ö 6.1", "N 2". */
export const agendaNumber = z
  .string()
  .trim()
  .min(1)
  .max(12)
  .regex(/^(?:[ÖN] )?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?$/, { message: 'validation.agendaNumber' });

export interface AgendaMeasureDto {
  readonly id: number;
  readonly code: string;
  readonly title: string;
  readonly status: MeasureStatus;
}

export interface AgendaItemDto {
  readonly id: number;
  /** The main item this is a sub-item of ("3.1" under "3"), or null for a main item. */
  readonly parentId: number | null;
  /** 1-based place in the whole agenda as printed (main items followed by their sub-items). */
  readonly position: number;
  readonly number: string;
  readonly title: string;
  readonly public: boolean;
  readonly standard: StandardItem | null;
  /** Discussion as minuted (autosaved while the meeting runs). */
  readonly notes: string;
  /** Drucksache numbers (papers) consulted under this item. */
  readonly papers: readonly string[];
  readonly measures: readonly AgendaMeasureDto[];
  readonly decision: DecisionDto | null;
}

export const agendaItemFields = {
  title: requiredText(300),
  public: z.boolean().default(true),
  papers: z.array(drucksacheSchema.pipe(z.string().min(1))).max(20).default([]),
  measureIds: z.array(idSchema).max(200).default([]),
};

