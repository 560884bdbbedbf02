import { z } from 'zod';
import { idSchema, inSensibleYears, optionalText } from '../common';
import type { ActionItemDto } from './action-items';
import type { AgendaItemDto } from './agenda';
import type { AttendanceCountsDto, AttendanceDto } from './attendance';
import { MEETING_KINDS, type MeetingKind } from './kinds';

/**
 * Meetings (Sitzungen / Veranstaltungen), their agenda (Tagesordnung), attendance, decisions
 * (Beschlüsse) with votes, action items (Aufgaben) and minutes (Protokoll). Names follow OParl 1.1
 * where they fit: Meeting, AgendaItem, Consultation (a measure or Drucksache on an item).
 *
 * Times are the district's wall-clock time (Europe/Berlin) as "YYYY-MM-DDTHH:mm": a meeting at
 * 18:00 stays at 18:00 whatever the PC's zone; the .ics export names the zone.
 */

export { MEETING_KINDS, type MeetingKind } from './kinds';

import { MEETING_STATES } from './meetings-constants';

export { MEETING_STATES } from './meetings-constants';
export type MeetingState = (typeof MEETING_STATES)[number];

/** "YYYY-MM-DDTHH:mm", Berlin wall-clock time. */
export const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'validation.dateTime' })
  // Round trip: Date.parse alone accepts "2026-02-30" (as 2 March) and "T24:00".
  .refine((value) => {
    const time = Date.parse(`${value}:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 16) === value;
  }, { message: 'validation.dateTime', abort: true })
  .refine(inSensibleYears, { message: 'validation.dateYears' });

const onlineLink = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value === '' || /^https:\/\/\S+$/.test(value), { message: 'validation.httpsLink' })
  .default('');

export interface MeetingRowDto {
  readonly id: number;
  readonly kind: MeetingKind;
  readonly bodyId: number | null;
  readonly bodyName: string;
  readonly number: number | null;
  /** "4. Sitzung der Arbeitsgruppe" or the title given. */
  readonly title: string;
  /** The title typed by the user, '' when the meeting is named by number and body (the interface then names it in its language). */
  readonly givenTitle: string;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly place: string;
  readonly state: MeetingState;
  readonly agendaItemCount: number;
  readonly openActionItemCount: number;
}

export interface MeetingListDto {
  readonly rows: readonly MeetingRowDto[];
  readonly total: number;
}

export interface LatestMeetingDto {
  readonly latest: MeetingRowDto | null;
  readonly highestNumber: number | null;
}

export interface MinutesCorrectionDto {
  readonly id: number;
  readonly agendaItemId: number | null;
  readonly text: string;
  readonly reason: string;
  readonly enteredBy: string;
  readonly createdAt: string;
}

export interface ApprovedMinutesDto {
  readonly meetingId: number;
  readonly number: number | null;
  readonly startsAt: string;
}

/** The .ics identity of a meeting: UID stable across exports, SEQUENCE raised after a change of time, place or title. */
export interface CalendarEntryDto {
  readonly uid: string;
  readonly sequence: number;
}

export interface MeetingDto {
  readonly id: number;
  readonly kind: MeetingKind;
  readonly bodyId: number | null;
  readonly bodyName: string;
  /** "des Harburger Integrationsrats" as the body stores it; '' when not yet entered (documents then use a fallback). */
  readonly bodyGenitive: string;
  readonly number: number | null;
  /** The German name documents print: the title given, else "13. Sitzung – Harburger Integrationsrat". */
  readonly title: string;
  /** The title typed by the user, '' when the meeting is named by number and body (the interface then names it in its language). */
  readonly givenTitle: string;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly place: string;
  readonly onlineLink: string;
  readonly focusTopic: string;
  readonly state: MeetingState;
  readonly chairContactId: number | null;
  readonly chairName: string;
  readonly minuteTakerContactId: number | null;
  readonly minuteTakerName: string;
  /** Set once approved; the minutes are then locked and changed only by recorded corrections. */
  readonly approvedOn: string | null;
  readonly approvedInMeetingId: number | null;
  /** Earlier minutes approved in this meeting (for the item "Genehmigung des Protokolls"). */
  readonly approvedMinutes: readonly ApprovedMinutesDto[];
  readonly agenda: readonly AgendaItemDto[];
  readonly attendance: readonly AttendanceDto[];
  readonly counts: AttendanceCountsDto;
  /** Action items recorded in this meeting. */
  readonly actionItems: readonly ActionItemDto[];
  /** Action items of earlier meetings of the same body still open on this meeting's day (carried over until done; one done on that day or later stays listed with its `doneOn`). */
  readonly carriedActionItems: readonly ActionItemDto[];
  readonly corrections: readonly MinutesCorrectionDto[];
  /** Live mode: the item the minute-taker had open last, to reopen there. */
  readonly currentAgendaItemId: number | null;
  readonly updatedAt: string;
}

export const meetingFields = {
  kind: z.enum(MEETING_KINDS),
  bodyId: idSchema.nullable().default(null),
  number: z.number().int().min(1).max(999).nullable().default(null),
  title: optionalText(200),
  startsAt: localDateTime,
  endsAt: localDateTime.nullable().default(null),
  place: optionalText(300),
  onlineLink,
  focusTopic: optionalText(300),
  chairContactId: idSchema.nullable().default(null),
  chairName: optionalText(200),
  minuteTakerContactId: idSchema.nullable().default(null),
  minuteTakerName: optionalText(200),
};

export const endsAfterStart = (value: { startsAt?: string; endsAt?: string | null }, ctx: z.RefinementCtx) => {
  if (value.startsAt && value.endsAt && value.endsAt <= value.startsAt) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'validation.endBeforeStart' });
  }
};

