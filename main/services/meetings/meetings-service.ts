import type { EntityManager } from 'typeorm';
import type { ParsedInput } from '../../../contract';
import { MEETING_STATES, STANDARD_ITEMS, type LatestMeetingDto, type MeetingDto, type MeetingListDto, type MeetingState } from '../../../contract/meetings';
import type { AppDatabase } from '../../../database/app-database';
import { MeetingEntity, MinutesCorrectionEntity, type Meeting } from '../../../database/entities';
import { DomainError, isForeignKeyViolation } from '../domain-error';
import type { CurrentUser } from '../measures/measure-history';
import { randomUUID } from 'node:crypto';
import type { CalendarEntryDto } from '../../../contract/meetings';
import { nowIso, nowLocalIso } from '../text-compare';
import { formatDateWithWeekday } from '../../../documents/meetings/meeting-time';
import { insertItem } from './agenda-write';
import { inFuture, preloadMembers } from './attendance-service';
import { assertContactExists, editableMeeting } from './meeting-guard';
import { loadMeeting, meetingRow } from './meeting-read';
import { latestOfBody, listMeetings } from './meeting-list';
import { calendarEntry } from './meeting-record';
import { dayOf, STANDARD_TITLES } from './meeting-text';

type MeetingFields = Omit<ParsedInput<'meetings.update'>, 'id'>;

/** Steps a meeting may take by hand; approval has its own call. Going back is allowed while nothing is decided. */
const FORWARD: Record<MeetingState, readonly MeetingState[]> = {
  planned: ['invited', 'held'],
  invited: ['held', 'planned'],
  held: ['invited'],
  minutes_approved: [],
};

/**
 * A chair or minute-taker chosen from the contacts is stored by id only (the name is read from
 * the contact), so erasing the person (DSGVO Art. 17) leaves no name behind in the meeting row.
 */
const storedNames = <T extends Pick<MeetingFields, 'chairContactId' | 'chairName' | 'minuteTakerContactId' | 'minuteTakerName'>>(fields: T): T => ({
  ...fields,
  chairName: fields.chairContactId === null ? fields.chairName : '',
  minuteTakerName: fields.minuteTakerContactId === null ? fields.minuteTakerName : '',
});

/** A meeting that took place names who chaired it and who took the minutes (a contact or a typed name); the message is at the field. */
function assertChairAndMinuteTaker(meeting: Pick<MeetingFields, 'chairContactId' | 'chairName' | 'minuteTakerContactId' | 'minuteTakerName'>): void {
  if (meeting.chairContactId === null && meeting.chairName.trim() === '') throw new DomainError('meetingErrors.heldWithoutChair', { field: 'chairName' });
  if (meeting.minuteTakerContactId === null && meeting.minuteTakerName.trim() === '') throw new DomainError('meetingErrors.heldWithoutMinuteTaker', { field: 'minuteTakerName' });
}

/** Meetings (Sitzungen): planning, state, approval of the minutes with corrections, and live-mode resume. */
export class MeetingsService {
  constructor(
    private readonly db: AppDatabase,
    private readonly currentUser: CurrentUser,
  ) {}

  list(filter: ParsedInput<'meetings.list'>): Promise<MeetingListDto> {
    return this.db.read((manager) => listMeetings(manager, filter));
  }

  latestOfBody(bodyId: number): Promise<LatestMeetingDto> {
    return this.db.read((manager) => latestOfBody(manager, bodyId));
  }

  get(id: number): Promise<MeetingDto> {
    return this.db.read((manager) => loadMeeting(manager, id));
  }

  create(input: ParsedInput<'meetings.create'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const { standardItems, ...fields } = input;
      const id = await this.insert(manager, fields);
      const wanted = STANDARD_ITEMS.filter((item) => standardItems.includes(item));
      for (const standard of wanted) await insertItem(manager, id, { title: STANDARD_TITLES[standard], public: true, papers: [], measureIds: [], standard });
      return loadMeeting(manager, id);
    });
  }

  /** A working-group session on the backlog: standard items, one item per measure in Beratung, "Verschiedenes". */
  createFromBacklog(input: ParsedInput<'meetings.createFromBacklog'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const { editionId, ...fields } = input;
      const id = await this.insert(manager, fields);
      const standard = (item: (typeof STANDARD_ITEMS)[number]) => insertItem(manager, id, { title: STANDARD_TITLES[item], public: true, papers: [], measureIds: [], standard: item });
      await standard('welcome');
      await standard('approve_minutes');
      await standard('open_action_items');
      const backlog: Array<{ id: number; code: string; title: string }> = await manager.query(
        `SELECT m.id, m.code, m.title FROM measure m JOIN field_of_action f ON f.id = m.field_of_action_id
         WHERE m.status = 'in_review' ${editionId === undefined ? '' : 'AND m.edition_id = ?'}
         ORDER BY m.edition_id, f.position, m.code`,
        editionId === undefined ? [] : [editionId],
      );
      for (const measure of backlog) {
        await insertItem(manager, id, { title: `${measure.code} ${measure.title}`.slice(0, 300), public: true, papers: [], measureIds: [measure.id] });
      }
      await standard('any_other_business');
      return loadMeeting(manager, id);
    });
  }

  update(input: ParsedInput<'meetings.update'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const { id, ...fields } = input;
      const existing = await editableMeeting(manager, id);
      await this.assertReferences(manager, fields);
      // Calendar truth: a meeting that took place cannot move to a day still to come, nor lose who chaired and minuted it.
      if (existing.state === 'held' && inFuture(fields.startsAt)) throw new DomainError('meetingErrors.heldMovedToFuture', { field: 'startsAt' });
      if (existing.state === 'held') assertChairAndMinuteTaker(fields);
      // It stays after every meeting whose minutes it approved (as `approveMinutes` requires).
      const [approvedBefore] = (await manager.query('SELECT 1 FROM meeting WHERE approved_in_meeting_id = ? AND starts_at >= ? LIMIT 1', [id, fields.startsAt])) as unknown[];
      if (approvedBefore) throw new DomainError('meetingErrors.approvedMinutesLater', { field: 'startsAt' });
      await manager.getRepository(MeetingEntity).save({ ...existing, ...storedNames(fields), updatedAt: nowIso() });
      // Moved to a later day: what was recorded for the old day has not happened yet.
      if (inFuture(fields.startsAt)) {
        await manager.query(`UPDATE attendance SET status = 'expected' WHERE meeting_id = ? AND status IN ('present', 'absent')`, [id]);
      }
      return loadMeeting(manager, id);
    });
  }

  setState(input: ParsedInput<'meetings.setState'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const meeting = await editableMeeting(manager, input.id);
      if (meeting.state === input.state) return loadMeeting(manager, meeting.id);
      if (!FORWARD[meeting.state].includes(input.state)) {
        throw new DomainError('meetingErrors.stateForbidden', { field: 'state', params: { fromState: meeting.state, toState: input.state } });
      }
      const endsAt = input.state === 'held' ? this.endForHeld(meeting, input.endsAt, input.confirmedEarly === true) : meeting.endsAt;
      if (input.state === 'held') assertChairAndMinuteTaker(meeting);
      // Any step back ("invited" → "planned" too): decisions may be recorded before the meeting is set to "held".
      const back = MEETING_STATES.indexOf(input.state) < MEETING_STATES.indexOf(meeting.state);
      if (back && (await this.hasDecisions(manager, meeting.id))) {
        throw new DomainError('meetingErrors.stateHasDecisions', { field: 'state' });
      }
      await manager.getRepository(MeetingEntity).update({ id: meeting.id }, { state: input.state, endsAt, updatedAt: nowIso() });
      return loadMeeting(manager, meeting.id);
    });
  }

  /** A held meeting has happened (not on a later day) and has an end for the minutes ("Zeit: 18:00 – 19:15"). */
  private endForHeld(meeting: Meeting, given: string | undefined, confirmedEarly: boolean): string {
    if (inFuture(meeting.startsAt)) throw new DomainError('meetingErrors.heldInFuture', { field: 'state', params: { date: dayOf(meeting.startsAt) } });
    const endsAt = given ?? meeting.endsAt;
    if (endsAt === null) throw new DomainError('meetingErrors.endRequired', { field: 'endsAt' });
    if (endsAt <= meeting.startsAt) throw new DomainError('validation.endBeforeStart', { field: 'endsAt' });
    // Its own day but before the start: only after the question was asked and confirmed.
    if (!confirmedEarly && meeting.startsAt > nowLocalIso()) {
      throw new DomainError('meetingErrors.heldBeforeStart', {
        field: 'confirmedEarly',
        params: { date: formatDateWithWeekday(dayOf(meeting.startsAt)), time: meeting.startsAt.slice(11, 16) },
      });
    }
    return endsAt;
  }

  calendarEntry(input: ParsedInput<'meetings.calendarEntry'>): Promise<CalendarEntryDto> {
    return this.db.write((manager) => calendarEntry(manager, input.id));
  }

  delete(input: ParsedInput<'meetings.delete'>): Promise<{ deleted: true }> {
    return this.db.write(async (manager) => {
      const meeting = await editableMeeting(manager, input.id);
      // A held meeting has minutes; it goes back to "eingeladen" first, on purpose, before it can go.
      if (meeting.state === 'held') throw new DomainError('meetingErrors.deleteHeld', { field: 'state' });
      const [used] = (await manager.query('SELECT 1 FROM action_item WHERE meeting_id = ? LIMIT 1', [meeting.id])) as unknown[];
      if (used || (await this.hasDecisions(manager, meeting.id))) throw new DomainError('meetingErrors.inUse');
      try {
        await manager.getRepository(MeetingEntity).delete({ id: meeting.id });
      } catch (error) {
        // Named as the meeting that approved other minutes.
        if (isForeignKeyViolation(error)) throw new DomainError('meetingErrors.inUse');
        throw error;
      }
      return { deleted: true as const };
    });
  }

  recordCorrection(input: ParsedInput<'meetings.recordCorrection'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const meeting = await meetingRow(manager, input.id);
      if (meeting.state !== 'minutes_approved') throw new DomainError('meetingErrors.correctionNeedsApproval');
      if (input.agendaItemId !== null) {
        const [item] = (await manager.query('SELECT 1 FROM agenda_item WHERE id = ? AND meeting_id = ?', [input.agendaItemId, meeting.id])) as unknown[];
        if (!item) throw new DomainError('meetingErrors.agendaItemNotFound', { field: 'agendaItemId', code: 'not-found' });
      }
      await manager.getRepository(MinutesCorrectionEntity).insert({
        meetingId: meeting.id,
        agendaItemId: input.agendaItemId,
        text: input.text,
        reason: input.reason,
        enteredBy: await this.currentUser(manager),
        createdAt: nowIso(),
      });
      return loadMeeting(manager, meeting.id);
    });
  }

  /** Live mode: remembers the open item; `null` means live mode was left, so there is nothing to resume. */
  setCurrentItem(input: ParsedInput<'meetings.setCurrentItem'>): Promise<{ saved: true }> {
    return this.db.write(async (manager) => {
      if (input.agendaItemId === null) {
        await meetingRow(manager, input.id);
        await manager.getRepository(MeetingEntity).update({ id: input.id }, { currentAgendaItemId: null, liveAt: null });
        return { saved: true as const };
      }
      const meeting = await editableMeeting(manager, input.id);
      const [item] = (await manager.query('SELECT 1 FROM agenda_item WHERE id = ? AND meeting_id = ?', [input.agendaItemId, meeting.id])) as unknown[];
      if (!item) throw new DomainError('meetingErrors.agendaItemNotFound', { field: 'agendaItemId', code: 'not-found' });
      await manager.getRepository(MeetingEntity).update({ id: meeting.id }, { currentAgendaItemId: input.agendaItemId, liveAt: nowIso() });
      return { saved: true as const };
    });
  }

  resumeTarget(): Promise<{ meetingId: number; agendaItemId: number | null } | null> {
    return this.db.read(async (manager) => {
      const [row] = (await manager.query(
        `SELECT id AS "meetingId", current_agenda_item_id AS "agendaItemId" FROM meeting
         WHERE live_at IS NOT NULL AND state <> 'minutes_approved' ORDER BY live_at DESC LIMIT 1`,
      )) as Array<{ meetingId: number; agendaItemId: number | null }>;
      return row ?? null;
    });
  }

  private async insert(manager: EntityManager, fields: MeetingFields): Promise<number> {
    await this.assertReferences(manager, fields);
    const now = nowIso();
    const saved = await manager.getRepository(MeetingEntity).save({
      ...storedNames(fields),
      state: 'planned',
      approvedOn: null,
      approvedInMeetingId: null,
      currentAgendaItemId: null,
      liveAt: null,
      icsUid: randomUUID(),
      icsSequence: 0,
      icsFingerprint: null,
      createdAt: now,
      updatedAt: now,
    } satisfies Omit<Meeting, 'id'>);
    await preloadMembers(manager, saved.id, saved.bodyId, saved.startsAt);
    return saved.id;
  }

  private async assertReferences(manager: EntityManager, fields: MeetingFields): Promise<void> {
    if (fields.bodyId !== null) {
      const [body] = (await manager.query('SELECT 1 FROM body WHERE id = ?', [fields.bodyId])) as unknown[];
      if (!body) throw new DomainError('meetingErrors.bodyNotFound', { field: 'bodyId', code: 'not-found' });
    }
    await assertContactExists(manager, fields.chairContactId, 'chairContactId');
    await assertContactExists(manager, fields.minuteTakerContactId, 'minuteTakerContactId');
  }

  private async hasDecisions(manager: EntityManager, meetingId: number): Promise<boolean> {
    const [row] = (await manager.query('SELECT 1 FROM decision d JOIN agenda_item i ON i.id = d.agenda_item_id WHERE i.meeting_id = ? LIMIT 1', [meetingId])) as unknown[];
    return row !== undefined;
  }
}

