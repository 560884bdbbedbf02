import { z } from 'zod';
import { drucksacheSchema, idSchema, isoDate, noInput, optionalText, requiredText, searchText } from '../common';
import { defineCall } from '../define-call';
import type { ActionItemDto, ActionItemListDto } from './action-items';
import { agendaItemFields, agendaNumber, STANDARD_ITEMS } from './agenda';
import { ATTENDANCE_STATUSES } from './attendance';
import { DECISION_RESULTS, measureEffect, voteSchema } from './decisions';
import { endsAfterStart, localDateTime, meetingFields, MEETING_KINDS, MEETING_STATES, type CalendarEntryDto, type LatestMeetingDto, type MeetingDto, type MeetingListDto } from './meetings';

/**
 * The meetings calls, one block per sub-domain. They live together because nearly all of them answer
 * with the whole MeetingDto, which is made of every sub-domain's parts (a call per sub-domain file would
 * make the files import each other).
 */
export const meetingsCalls = {
  // Meetings
  'meetings.list': defineCall<MeetingListDto>()(
    z.strictObject({
      bodyId: idSchema.optional(),
      kind: z.enum(MEETING_KINDS).optional(),
      state: z.enum(MEETING_STATES).optional(),
      text: searchText(200).default(''),
      from: isoDate.optional(),
      to: isoDate.optional(),
      /**
       * One side of `now` (the renderer's wall-clock time; main's when left out): "upcoming" = not
       * yet over (ends, or starts, at `now` or later), soonest first; "past" = over, latest first.
       * Without it: all meetings, latest first.
       */
      when: z.enum(['upcoming', 'past']).optional(),
      now: localDateTime.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  /** What "Neue Sitzung" suggests for a body: its latest meeting (by start) and the highest number it gave. */
  'meetings.latestOfBody': defineCall<LatestMeetingDto>()(z.strictObject({ bodyId: idSchema })),
  'meetings.get': defineCall<MeetingDto>()(z.strictObject({ id: idSchema })),
  /** Attendance is preloaded from the body's current members; standard items are added if asked. */
  'meetings.create': defineCall<MeetingDto>()(
    z
      .strictObject({ ...meetingFields, standardItems: z.array(z.enum(STANDARD_ITEMS)).max(4).default([]) })
      .superRefine(endsAfterStart),
  ),
  /** A working-group session whose agenda has one item per measure in Beratung (optionally of one edition). */
  'meetings.createFromBacklog': defineCall<MeetingDto>()(
    z.strictObject({ ...meetingFields, editionId: idSchema.optional() }).superRefine(endsAfterStart),
  ),
  'meetings.update': defineCall<MeetingDto>()(z.strictObject({ id: idSchema, ...meetingFields }).superRefine(endsAfterStart)),
  /** planned → invited → held (and back one step while nothing is decided). */
  /**
   * "held" needs the end (Ende): given here or already stored; and a meeting day not in the future.
   * On the meeting's own day but before its start time "held" is refused (at the field
   * confirmedEarly) unless confirmedEarly is true: the user was asked and confirmed.
   */
  'meetings.setState': defineCall<MeetingDto>()(
    // The end is checked against the stored start in the service.
    z.strictObject({ id: idSchema, state: z.enum(['planned', 'invited', 'held']), endsAt: localDateTime.optional(), confirmedEarly: z.boolean().optional() }),
  ),
  /** For a .ics export: the meeting's UID and the SEQUENCE to write (raised and stored when time, place or title changed since the last export). */
  'meetings.calendarEntry': defineCall<CalendarEntryDto>()(z.strictObject({ id: idSchema })),
  /** Only meetings without decisions or action items. */
  'meetings.delete': defineCall<{ deleted: true }>()(z.strictObject({ id: idSchema })),
  /** Approval at a later meeting (usually under "Genehmigung des Protokolls"); locks the minutes. */
  'meetings.approveMinutes': defineCall<MeetingDto>()(
    z.strictObject({
      id: idSchema,
      /** Held, or on its own day (live mode): a meeting still to come approves nothing. */
      approvedInMeetingId: idSchema,
      /** Always the approving meeting's day; may be left out, and any other day is refused. */
      approvedOn: isoDate.optional(),
      /** The vote on the approval; recorded as the decision of the approving meeting's item "Genehmigung des Protokolls". */
      vote: voteSchema.optional(),
    }),
  ),
  /**
   * Takes back an approval made by mistake, until the approving meeting's own minutes are approved:
   * the minutes are "durchgeführt" again, the approval's decision leaves the approving meeting, and a
   * history entry (with the reason) stays with the minutes.
   */
  'meetings.withdrawApproval': defineCall<MeetingDto>()(z.strictObject({ id: idSchema, reason: requiredText(500) })),
  /** A later correction of approved minutes, kept beside them (the minutes themselves stay as approved). */
  'meetings.recordCorrection': defineCall<MeetingDto>()(
    z.strictObject({ id: idSchema, agendaItemId: idSchema.nullable().default(null), text: requiredText(5_000), reason: requiredText(500) }),
  ),
  /** Live mode remembers where the minute-taker is, so a restart reopens it there; `agendaItemId: null` = live mode left (no resume). */
  'meetings.setCurrentItem': defineCall<{ saved: true }>()(
    z.strictObject({ id: idSchema, agendaItemId: idSchema.nullable() }),
  ),
  /** The meeting open in live mode when the app last stopped, if it is not yet approved. */
  'meetings.resumeTarget': defineCall<{ meetingId: number; agendaItemId: number | null } | null>()(noInput),

  // Agenda
  'agenda.add': defineCall<MeetingDto>()(
    z.strictObject({
      meetingId: idSchema,
      ...agendaItemFields,
      /** Below this item as a sub-item ("3.1"); otherwise a main item at the end. */
      parentItemId: idSchema.optional(),
      standard: z.enum(STANDARD_ITEMS).optional(),
    }),
  ),
  /** `number` set by hand ("Ö 6.1") must be unique in the meeting; it stays until move/remove/renumber renumber the agenda (an "Ö "/"N " mark is kept). */
  'agenda.update': defineCall<MeetingDto>()(z.strictObject({ id: idSchema, number: agendaNumber, ...agendaItemFields })),
  /** Moves an item (with its sub-items) to a new place among its siblings and renumbers the agenda. */
  'agenda.move': defineCall<MeetingDto>()(z.strictObject({ id: idSchema, toIndex: z.number().int().min(0).max(1_000) })),
  'agenda.renumber': defineCall<MeetingDto>()(z.strictObject({ meetingId: idSchema })),
  'agenda.remove': defineCall<MeetingDto>()(z.strictObject({ id: idSchema })),
  /** Autosave of the minutes text while typing; small and fast on purpose. */
  'agenda.saveNotes': defineCall<{ savedAt: string }>()(z.strictObject({ id: idSchema, notes: z.string().max(100_000) })),

  // Attendance
  'attendance.setStatus': defineCall<MeetingDto>()(z.strictObject({ id: idSchema, status: z.enum(ATTENDANCE_STATUSES) })),
  'attendance.addGuest': defineCall<MeetingDto>()(
    z.strictObject({ meetingId: idSchema, contactId: idSchema.nullable().default(null), name: optionalText(200), role: optionalText(100) }),
  ),
  'attendance.remove': defineCall<MeetingDto>()(z.strictObject({ id: idSchema })),
  /** On the meeting's day: everyone still "erwartet" becomes "anwesend" (the minute-taker then marks who is missing). */
  'attendance.markExpectedPresent': defineCall<MeetingDto>()(z.strictObject({ meetingId: idSchema })),
  /** Adds the body's current members who are not on the list yet. */
  'attendance.preload': defineCall<MeetingDto>()(z.strictObject({ meetingId: idSchema })),

  // Decisions
  /**
   * Records the decision on an item and moves its linked measures in the same transaction.
   * Counts that do not add up to the voting members present are refused with a warning unless
   * `confirmVoteMismatch` is set; the confirmation is kept with the decision.
   */
  'decisions.save': defineCall<MeetingDto>()(
    z.strictObject({
      agendaItemId: idSchema,
      wording: optionalText(10_000),
      result: z.enum(DECISION_RESULTS),
      vote: voteSchema,
      drucksache: drucksacheSchema,
      measureEffects: z.array(measureEffect).max(200).default([]),
      confirmVoteMismatch: z.boolean().default(false),
    }),
  ),

  // Action items
  /**
   * A window of the tasks: open ones by due date (earliest first, those without one after them),
   * then done ones (latest done first); `total` counts all that match.
   */
  'actionItems.list': defineCall<ActionItemListDto>()(
    z.strictObject({
      bodyId: idSchema.optional(),
      state: z.enum(['open', 'overdue', 'done', 'all']).default('open'),
      today: isoDate.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  'actionItems.create': defineCall<MeetingDto>()(
    z.strictObject({
      meetingId: idSchema,
      agendaItemId: idSchema.nullable().default(null),
      title: requiredText(500),
      assigneeContactId: idSchema.nullable().default(null),
      assigneeName: optionalText(200),
      dueOn: isoDate.nullable().default(null),
    }),
  ),
  /** After the minutes are approved only `doneOn` may change (the rest is locked with the minutes). */
  'actionItems.update': defineCall<ActionItemDto>()(
    z.strictObject({
      id: idSchema,
      title: requiredText(500),
      assigneeContactId: idSchema.nullable().default(null),
      assigneeName: optionalText(200),
      dueOn: isoDate.nullable().default(null),
      doneOn: isoDate.nullable().default(null),
    }),
  ),
} as const;
