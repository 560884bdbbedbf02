import { z } from 'zod';
import { idSchema, requiredText } from '../common';
import { MEASURE_STATUSES, type MeasureStatus } from '../lifecycle';

/** Decisions (Beschlüsse) on an agenda item, with their vote and the status changes they make to linked measures. */

import { DECISION_RESULTS } from './meetings-constants';

export { DECISION_RESULTS } from './meetings-constants';
export type DecisionResult = (typeof DECISION_RESULTS)[number];

/** A vote: counts, Fraktion groups ("SPD, GRÜNE gegen CDU bei Enthaltung FDP"), einstimmig, or none taken. */
export const voteSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('none') }),
  z.strictObject({ mode: z.literal('unanimous') }),
  z.strictObject({
    mode: z.literal('counts'),
    yes: z.number().int().min(0).max(10_000),
    no: z.number().int().min(0).max(10_000),
    abstain: z.number().int().min(0).max(10_000),
    conflicted: z.number().int().min(0).max(10_000).default(0),
  }),
  z.strictObject({
    mode: z.literal('fraktionen'),
    /** Fraktion short names as the bodies of kind "fraktion" carry them. */
    for: z.array(requiredText(40)).max(20).default([]),
    against: z.array(requiredText(40)).max(20).default([]),
    abstain: z.array(requiredText(40)).max(20).default([]),
  }),
]);
export type VoteDto = z.output<typeof voteSchema>;

export interface MeasureEffectDto {
  readonly measureId: number;
  readonly code: string;
  readonly fromStatus: MeasureStatus;
  readonly toStatus: MeasureStatus;
}

export interface DecisionDto {
  readonly id: number;
  readonly agendaItemId: number;
  readonly wording: string;
  readonly result: DecisionResult;
  readonly vote: VoteDto;
  /** "einstimmig", "5 Ja, 2 Nein, 1 Enthaltung", "SPD, GRÜNE gegen CDU bei Enthaltung FDP". */
  readonly voteText: string;
  readonly drucksache: string;
  /** Set when the counts did not add up to those present and the user confirmed anyway. */
  readonly voteMismatchConfirmed: boolean;
  /** Status changes this decision made (they are in the measures' history with the meeting as source). */
  readonly effects: readonly MeasureEffectDto[];
}

export const measureEffect = z.strictObject({ measureId: idSchema, toStatus: z.enum(MEASURE_STATUSES) });

