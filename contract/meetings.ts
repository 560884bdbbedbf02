import { z } from 'zod';
import { drucksacheSchema, idSchema, inSensibleYears, isoDate, noInput, optionalText, requiredText, searchText } from './common';
import { defineCall } from './define-call';
import { MEASURE_STATUSES, type MeasureStatus } from './lifecycle';

/**
 * Meetings (Sitzungen / Veranstaltungen), their agenda (Tagesordnung), attendance, decisions
 * (Beschlüsse) with votes, action items (Aufgaben) and minutes (Protokoll). Names follow OParl 1.1
 * where they fit: Meeting, AgendaItem, Consultation (a measure or Drucksache on an item).
 *
 * Times are the district's wall-clock time (Europe/Berlin) as "YYYY-MM-DDTHH:mm": a meeting at
 * 18:00 stays at 18:00 whatever the PC's zone; the .ics export names the zone.
 */

export const MEETING_KINDS = [
  'ag_session', // Sitzung der Arbeitsgruppe
  'planning_workshop', // Planungswerkstatt
  'integration_conference', // Integrationskonferenz
  'council_meeting', // Sitzung des Integrationsrats
  'consultation_hour', // Sprechstunde
  'fraktion_meeting', // Fraktionssitzung
  'committee', // Ausschusssitzung
  'bv_session', // Sitzung der Bezirksversammlung
  'forum', // Fachforum
  'public_event', // öffentliche Veranstaltung
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** geplant → eingeladen → durchgeführt → Protokoll genehmigt (the last only through `meetings.approveMinutes`). */
export const MEETING_STATES = ['planned', 'invited', 'held', 'minutes_approved'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/** "expected" (erwartet): listed, not yet recorded; a meeting that has not happened has no one present. */
export const ATTENDANCE_STATUSES = ['expected', 'present', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const DECISION_RESULTS = ['adopted', 'adopted_with_changes', 'rejected', 'deferred', 'referred', 'noted'] as const;
export type DecisionResult = (typeof DECISION_RESULTS)[number];

/** Items the agenda offers with one click; `open_action_items` lists the body's open Aufgaben. */
export const STANDARD_ITEMS = ['welcome', 'approve_minutes', 'open_action_items', 'any_other_business'] as const;
export type StandardItem = (typeof STANDARD_ITEMS)[number];

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

/** Agenda numbers as councils write them: "1", "3.1", "Ö 6.1", "N 2". */
export const agendaNumber = z
  .string()
  .trim()
  .min(1)
  .max(12)
  .regex(/^(?:[ÖN] )?\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?$/, { message: 'validation.agendaNumber' });

const onlineLink = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value === '' || /^https:\/\/\S+$/.test(value), { message: 'validation.httpsLink' })
  .default('');

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

export interface MeetingRowDto {
  readonly id: number;
  readonly kind: MeetingKind;
  readonly bodyId: number | null;
  readonly bodyName: string;
  readonly number: number | null;
  /** "4. Sitzung der Arbeitsgruppe" or the title given. */
  readonly title: string;
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

export interface AgendaMeasureDto {
  readonly id: number;
  readonly code: string;
  readonly title: string;
  readonly status: MeasureStatus;
}

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

export interface AttendanceDto {
  readonly id: number;
  readonly contactId: number | null;
  /** The contact's current name ("Person gelöscht" once erased) or the guest's name. */
  readonly name: string;
  /** Role or Fraktion shown in the minutes ("Vorsitz", "SPD", "Gast"). */
  readonly role: string;
  readonly guest: boolean;
  /** The person was erased (DSGVO); the row stays so the counts stay as minuted. */
  readonly erased: boolean;
  /** Counts for the quorum (members; not guests or deputies present without a vote). */
  readonly voting: boolean;
  readonly status: AttendanceStatus;
}

export interface AttendanceCountsDto {
  /** Listed but not yet recorded (before or while the meeting is held). */
  readonly expected: number;
  readonly present: number;
  readonly excused: number;
  readonly absent: number;
  readonly guests: number;
  /** Votes in the room (members present, plus deputies standing in for missing members) / voting members in all. */
  readonly votingPresent: number;
  readonly votingTotal: number;
  /** More than half of the voting members present. */
  readonly quorate: boolean;
}

export interface ActionItemDto {
  readonly id: number;
  readonly meetingId: number;
  readonly meetingTitle: string;
  readonly meetingDate: string;
  readonly bodyId: number | null;
  readonly bodyName: string;
  readonly agendaItemId: number | null;
  /** Agreed under a non-public item: left out of the minutes for publication. */
  readonly nonPublic: boolean;
  readonly title: string;
  readonly assigneeContactId: number | null;
  readonly assigneeName: string;
  readonly dueOn: string | null;
  readonly doneOn: string | null;
  readonly overdue: boolean;
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
  readonly title: string;
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

const meetingFields = {
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

const endsAfterStart = (value: { startsAt?: string; endsAt?: string | null }, ctx: z.RefinementCtx) => {
  if (value.startsAt && value.endsAt && value.endsAt <= value.startsAt) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'validation.endBeforeStart' });
  }
};

const agendaItemFields = {
  title: requiredText(300),
  public: z.boolean().default(true),
  papers: z.array(drucksacheSchema.pipe(z.string().min(1))).max(20).default([]),
  measureIds: z.array(idSchema).max(200).default([]),
};

const measureEffect = z.strictObject({ measureId: idSchema, toStatus: z.enum(MEASURE_STATUSES) });

export const meetingsCalls = {
  'meetings.list': defineCall<MeetingListDto>()(
    z.strictObject({
      bodyId: idSchema.optional(),
      kind: z.enum(MEETING_KINDS).optional(),
      state: z.enum(MEETING_STATES).optional(),
      text: searchText(200).default(''),
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: z.number().int().min(1).max(10_000).default(500),
    }),
  ),
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
  /** "held" needs the end (Ende): given here or already stored; and a meeting day not in the future. */
  'meetings.setState': defineCall<MeetingDto>()(
    // The end is checked against the stored start in the service.
    z.strictObject({ id: idSchema, state: z.enum(['planned', 'invited', 'held']), endsAt: localDateTime.optional() }),
  ),
  /** For a .ics export: the meeting's UID and the SEQUENCE to write (raised and stored when time, place or title changed since the last export). */
  'meetings.calendarEntry': defineCall<CalendarEntryDto>()(z.strictObject({ id: idSchema })),
  /** Only meetings without decisions or action items. */
  'meetings.delete': defineCall<{ deleted: true }>()(z.strictObject({ id: idSchema })),
  /** Approval at a later meeting (usually under "Genehmigung des Protokolls"); locks the minutes. */
  'meetings.approveMinutes': defineCall<MeetingDto>()(
    z.strictObject({
      id: idSchema,
      approvedInMeetingId: idSchema,
      approvedOn: isoDate,
      /** The vote on the approval; recorded as the decision of the approving meeting's item "Genehmigung des Protokolls". */
      vote: voteSchema.optional(),
    }),
  ),
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

  'attendance.setStatus': defineCall<MeetingDto>()(z.strictObject({ id: idSchema, status: z.enum(ATTENDANCE_STATUSES) })),
  'attendance.addGuest': defineCall<MeetingDto>()(
    z.strictObject({ meetingId: idSchema, contactId: idSchema.nullable().default(null), name: optionalText(200), role: optionalText(100) }),
  ),
  'attendance.remove': defineCall<MeetingDto>()(z.strictObject({ id: idSchema })),
  /** On the meeting's day: everyone still "erwartet" becomes "anwesend" (the minute-taker then marks who is missing). */
  'attendance.markExpectedPresent': defineCall<MeetingDto>()(z.strictObject({ meetingId: idSchema })),
  /** Adds the body's current members who are not on the list yet. */
  'attendance.preload': defineCall<MeetingDto>()(z.strictObject({ meetingId: idSchema })),

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

  'actionItems.list': defineCall<ActionItemDto[]>()(
    z.strictObject({
      bodyId: idSchema.optional(),
      state: z.enum(['open', 'overdue', 'done', 'all']).default('open'),
      today: isoDate.optional(),
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
