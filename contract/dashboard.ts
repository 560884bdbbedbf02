import { z } from 'zod';
import { defineCall } from './define-call';
import { idSchema, isoDate } from './common';
import type { MeasureStatus } from './lifecycle';

export const STALE_AFTER_DAYS = 90;
/** The start screen lists at most this many stalled measures, and says how many there are. */
export const STALE_LIST_LIMIT = 50;

export interface DashboardDto {
  readonly editionId: number | null;
  /** One entry per field of action of the edition, in their order, with counts per status. */
  readonly byField: ReadonlyArray<{
    readonly fieldOfActionId: number;
    readonly name: string;
    readonly counts: Readonly<Partial<Record<MeasureStatus, number>>>;
    readonly total: number;
  }>;
  /** Measures being implemented with no progress note (or status change) for STALE_AFTER_DAYS days. */
  readonly stale: ReadonlyArray<{ readonly id: number; readonly code: string; readonly title: string; readonly lastActivityOn: string }>;
  readonly staleCount: number;
  readonly recentChanges: ReadonlyArray<{
    readonly id: number;
    readonly measureId: number;
    readonly code: string;
    readonly title: string;
    readonly fromStatus: MeasureStatus | null;
    readonly toStatus: MeasureStatus;
    readonly changedOn: string;
    readonly enteredBy: string;
  }>;
}

export const dashboardCalls = {
  /** Without an edition id, the newest edition is summarised. `asOf` defaults to today. */
  'dashboard.summary': defineCall<DashboardDto>()(
    z.strictObject({ editionId: idSchema.optional(), asOf: isoDate.optional() }),
  ),
} as const;
