import { EntitySchema } from 'typeorm';
import { flagColumn } from './flag-column';
import type { AttendanceStatus, DecisionResult, MeetingKind, MeetingState, StandardItem } from '../../contract/meetings';

/** A Sitzung or Veranstaltung (OParl Meeting). Times are Berlin wall-clock "YYYY-MM-DDTHH:mm". */
export interface Meeting {
  id: number;
  kind: MeetingKind;
  bodyId: number | null;
  number: number | null;
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string;
  onlineLink: string;
  focusTopic: string;
  state: MeetingState;
  chairContactId: number | null;
  chairName: string;
  minuteTakerContactId: number | null;
  minuteTakerName: string;
  approvedOn: string | null;
  approvedInMeetingId: number | null;
  currentAgendaItemId: number | null;
  /** When live mode last moved to an item; null once it was left. */
  liveAt: string | null;
  /** Stable random UID of the .ics entry (Outlook replaces an entry with the same UID and a higher SEQUENCE). */
  icsUid: string;
  /** SEQUENCE of the last .ics exported; raised when time, place or title changed since. */
  icsSequence: number;
  /** Time, place and title as last exported; null before the first export. */
  icsFingerprint: string | null;
  createdAt: string;
  updatedAt: string;
}

export const MeetingEntity = new EntitySchema<Meeting>({
  name: 'Meeting',
  tableName: 'meeting',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    kind: { type: 'text' },
    bodyId: { type: 'integer', name: 'body_id', nullable: true },
    number: { type: 'integer', nullable: true },
    title: { type: 'text', default: '' },
    startsAt: { type: 'text', name: 'starts_at' },
    endsAt: { type: 'text', name: 'ends_at', nullable: true },
    place: { type: 'text', default: '' },
    onlineLink: { type: 'text', name: 'online_link', default: '' },
    focusTopic: { type: 'text', name: 'focus_topic', default: '' },
    state: { type: 'text', default: 'planned' },
    chairContactId: { type: 'integer', name: 'chair_contact_id', nullable: true },
    chairName: { type: 'text', name: 'chair_name', default: '' },
    minuteTakerContactId: { type: 'integer', name: 'minute_taker_contact_id', nullable: true },
    minuteTakerName: { type: 'text', name: 'minute_taker_name', default: '' },
    approvedOn: { type: 'text', name: 'approved_on', nullable: true },
    approvedInMeetingId: { type: 'integer', name: 'approved_in_meeting_id', nullable: true },
    currentAgendaItemId: { type: 'integer', name: 'current_agenda_item_id', nullable: true },
    liveAt: { type: 'text', name: 'live_at', nullable: true },
    icsUid: { type: 'text', name: 'ics_uid', default: '' },
    icsSequence: { type: 'integer', name: 'ics_sequence', default: 0 },
    icsFingerprint: { type: 'text', name: 'ics_fingerprint', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

/** A Tagesordnungspunkt; `position` orders it among its siblings (main items, or the sub-items of one parent). */
export interface AgendaItem {
  id: number;
  meetingId: number;
  parentId: number | null;
  position: number;
  number: string;
  title: string;
  public: boolean;
  standard: StandardItem | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export const AgendaItemEntity = new EntitySchema<AgendaItem>({
  name: 'AgendaItem',
  tableName: 'agenda_item',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    meetingId: { type: 'integer', name: 'meeting_id' },
    parentId: { type: 'integer', name: 'parent_id', nullable: true },
    position: { type: 'integer' },
    number: { type: 'text' },
    title: { type: 'text' },
    public: flagColumn(true),
    standard: { type: 'text', nullable: true },
    notes: { type: 'text', default: '' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export interface AgendaItemMeasure {
  agendaItemId: number;
  measureId: number;
  position: number;
}

export const AgendaItemMeasureEntity = new EntitySchema<AgendaItemMeasure>({
  name: 'AgendaItemMeasure',
  tableName: 'agenda_item_measure',
  columns: {
    agendaItemId: { type: 'integer', name: 'agenda_item_id', primary: true },
    measureId: { type: 'integer', name: 'measure_id', primary: true },
    position: { type: 'integer' },
  },
});

export interface AgendaItemPaper {
  agendaItemId: number;
  drucksache: string;
  position: number;
}

export const AgendaItemPaperEntity = new EntitySchema<AgendaItemPaper>({
  name: 'AgendaItemPaper',
  tableName: 'agenda_item_paper',
  columns: {
    agendaItemId: { type: 'integer', name: 'agenda_item_id', primary: true },
    drucksache: { type: 'text', primary: true },
    position: { type: 'integer' },
  },
});

/** Who was there: a contact (name read live, so an erasure shows) or a guest by name. */
export interface Attendance {
  id: number;
  meetingId: number;
  contactId: number | null;
  guestName: string;
  role: string;
  /** The Fraktion the person sat for that day ('' for none): a deputy stands in only within it. */
  fraktion: string;
  guest: boolean;
  voting: boolean;
  status: AttendanceStatus;
  position: number;
  createdAt: string;
}

export const AttendanceEntity = new EntitySchema<Attendance>({
  name: 'Attendance',
  tableName: 'attendance',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    meetingId: { type: 'integer', name: 'meeting_id' },
    contactId: { type: 'integer', name: 'contact_id', nullable: true },
    guestName: { type: 'text', name: 'guest_name', default: '' },
    role: { type: 'text', default: '' },
    fraktion: { type: 'text', default: '' },
    guest: flagColumn(false),
    voting: flagColumn(false),
    status: { type: 'text', default: 'expected' },
    position: { type: 'integer' },
    createdAt: { type: 'text', name: 'created_at' },
  },
});

/** A Beschluss on one agenda item; counts are set only for `vote_mode = 'counts'`. */
export interface Decision {
  id: number;
  agendaItemId: number;
  wording: string;
  result: DecisionResult;
  voteMode: 'none' | 'unanimous' | 'counts' | 'fraktionen';
  votesYes: number | null;
  votesNo: number | null;
  votesAbstain: number | null;
  votesConflicted: number | null;
  /** JSON arrays of Fraktion short names. */
  fraktionenFor: string;
  fraktionenAgainst: string;
  fraktionenAbstain: string;
  voteMismatchConfirmed: boolean;
  drucksache: string;
  createdAt: string;
  updatedAt: string;
}

export const DecisionEntity = new EntitySchema<Decision>({
  name: 'Decision',
  tableName: 'decision',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    agendaItemId: { type: 'integer', name: 'agenda_item_id' },
    wording: { type: 'text', default: '' },
    result: { type: 'text' },
    voteMode: { type: 'text', name: 'vote_mode' },
    votesYes: { type: 'integer', name: 'votes_yes', nullable: true },
    votesNo: { type: 'integer', name: 'votes_no', nullable: true },
    votesAbstain: { type: 'integer', name: 'votes_abstain', nullable: true },
    votesConflicted: { type: 'integer', name: 'votes_conflicted', nullable: true },
    fraktionenFor: { type: 'text', name: 'fraktionen_for', default: '[]' },
    fraktionenAgainst: { type: 'text', name: 'fraktionen_against', default: '[]' },
    fraktionenAbstain: { type: 'text', name: 'fraktionen_abstain', default: '[]' },
    voteMismatchConfirmed: flagColumn(false, 'vote_mismatch_confirmed'),
    drucksache: { type: 'text', default: '' },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

/** An Aufgabe from a meeting; open until `doneOn` is set, and carried to the body's next meetings until then. */
export interface ActionItem {
  id: number;
  meetingId: number;
  agendaItemId: number | null;
  title: string;
  assigneeContactId: number | null;
  assigneeName: string;
  dueOn: string | null;
  doneOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export const ActionItemEntity = new EntitySchema<ActionItem>({
  name: 'ActionItem',
  tableName: 'action_item',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    meetingId: { type: 'integer', name: 'meeting_id' },
    agendaItemId: { type: 'integer', name: 'agenda_item_id', nullable: true },
    title: { type: 'text' },
    assigneeContactId: { type: 'integer', name: 'assignee_contact_id', nullable: true },
    assigneeName: { type: 'text', name: 'assignee_name', default: '' },
    dueOn: { type: 'text', name: 'due_on', nullable: true },
    doneOn: { type: 'text', name: 'done_on', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

/** A later correction of approved minutes. Append-only: triggers refuse UPDATE and DELETE. */
export interface MinutesCorrection {
  id: number;
  meetingId: number;
  agendaItemId: number | null;
  text: string;
  reason: string;
  enteredBy: string;
  createdAt: string;
}

export const MinutesCorrectionEntity = new EntitySchema<MinutesCorrection>({
  name: 'MinutesCorrection',
  tableName: 'minutes_correction',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    meetingId: { type: 'integer', name: 'meeting_id' },
    agendaItemId: { type: 'integer', name: 'agenda_item_id', nullable: true },
    text: { type: 'text' },
    reason: { type: 'text' },
    enteredBy: { type: 'text', name: 'entered_by', default: '' },
    createdAt: { type: 'text', name: 'created_at' },
  },
});

export const meetingEntities = [
  MeetingEntity,
  AgendaItemEntity,
  AgendaItemMeasureEntity,
  AgendaItemPaperEntity,
  AttendanceEntity,
  DecisionEntity,
  ActionItemEntity,
  MinutesCorrectionEntity,
];
