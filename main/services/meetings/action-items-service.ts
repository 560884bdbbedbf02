import type { ParsedInput } from '../../../contract';
import { phrasesOf } from '../../../database/sql-dialect';
import type { EntityManager } from 'typeorm';
import type { ActionItemDto, ActionItemListDto, MeetingDto } from '../../../contract/meetings';
import type { AppDatabase } from '../../../database/app-database';
import { ActionItemEntity } from '../../../database/entities';
import { DomainError, notFound } from '../domain-error';
import { nowIso, todayIso } from '../text-compare';
import { assertContactExists, editableMeeting, minutesLocked } from './meeting-guard';
import { actionItemRows, loadMeeting, meetingRow } from './meeting-read';
import { pageAcross, type Segment } from './segment-paging';

type ListInput = ParsedInput<'actionItems.list'>;

/**
 * The parts of each list, in the order shown; each is read along ix_action_item_open
 * (done_on, due_on, rowid), so a page is found without sorting all tasks.
 */
type Part = {
  readonly where: string;
  readonly order: string;
  readonly needsToday?: true;
  /** Its row in `action_item_part` (migration 10): the count of all tasks in this part, kept by triggers. */
  readonly counted?: 'open_due' | 'open_undated' | 'done';
};
const OPEN: readonly Part[] = [
  { where: 'a.done_on IS NULL AND a.due_on IS NOT NULL', order: 'a.due_on, a.id', counted: 'open_due' },
  { where: 'a.done_on IS NULL AND a.due_on IS NULL', order: 'a.id', counted: 'open_undated' },
];
const DONE: readonly Part[] = [{ where: 'a.done_on IS NOT NULL', order: 'a.done_on DESC, a.due_on DESC, a.id DESC', counted: 'done' }];
const PARTS: Record<ListInput['state'], readonly Part[]> = {
  open: OPEN,
  overdue: [{ where: 'a.done_on IS NULL AND a.due_on < ?', order: 'a.due_on, a.id', needsToday: true }],
  done: DONE,
  all: [...OPEN, ...DONE],
};

/** The ids of one part of the list (optionally of one body's meetings) as a pageable segment. */
function idSegment(manager: EntityManager, part: Part, input: ListInput, today: string): Segment<number> {
  const where = [part.where];
  const parameters: unknown[] = part.needsToday ? [today] : [];
  if (input.bodyId !== undefined) {
    where.push('a.meeting_id IN (SELECT id FROM meeting WHERE body_id = ?)');
    parameters.push(input.bodyId);
  }
  const sql = `FROM action_item a ${phrasesOf(manager).indexedBy('ix_action_item_open')} WHERE ${where.join(' AND ')}`;
  const countSql = part.counted && input.bodyId === undefined ? 'SELECT n FROM action_item_part WHERE part = ?' : `SELECT count(*) AS n ${sql}`;
  const countParameters = part.counted && input.bodyId === undefined ? [part.counted] : parameters;
  return {
    count: async () => ((await manager.query(countSql, countParameters)) as [{ n: number }])[0].n,
    rows: async (offset, limit) =>
      ((await manager.query(`SELECT a.id ${sql} ORDER BY ${part.order} LIMIT ? OFFSET ?`, [...parameters, limit, offset])) as Array<{ id: number }>).map((row) => row.id),
  };
}

/** Aufgaben: recorded in a meeting, open until done, shown again at the body's next meetings. */
export class ActionItemsService {
  constructor(private readonly db: AppDatabase) {}

  list(input: ListInput): Promise<ActionItemListDto> {
    return this.db.read(async (manager) => {
      const today = input.today ?? todayIso();
      const page = await pageAcross(PARTS[input.state].map((part) => idSegment(manager, part, input, today)), input.offset, input.limit);
      // The page's rows in one query, put back in the order the ids were found in.
      const rows = await actionItemRows(manager, `a.id IN (${phrasesOf(manager).idsFromJson})`, [JSON.stringify(page.rows)], today);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return { rows: page.rows.flatMap((id) => byId.get(id) ?? []), total: page.total };
    });
  }

  create(input: ParsedInput<'actionItems.create'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const meeting = await editableMeeting(manager, input.meetingId);
      if (input.agendaItemId !== null) {
        const [item] = (await manager.query('SELECT 1 FROM agenda_item WHERE id = ? AND meeting_id = ?', [input.agendaItemId, meeting.id])) as unknown[];
        if (!item) throw new DomainError('meetingErrors.agendaItemNotFound', { field: 'agendaItemId', code: 'not-found' });
      }
      if (input.assigneeContactId === null && input.assigneeName === '') {
        throw new DomainError('meetingErrors.assigneeRequired', { field: 'assigneeName' });
      }
      await assertContactExists(manager, input.assigneeContactId, 'assigneeContactId');
      const now = nowIso();
      await manager.getRepository(ActionItemEntity).insert({
        meetingId: meeting.id,
        agendaItemId: input.agendaItemId,
        title: input.title,
        assigneeContactId: input.assigneeContactId,
        assigneeName: input.assigneeContactId === null ? input.assigneeName : '',
        dueOn: input.dueOn,
        doneOn: null,
        createdAt: now,
        updatedAt: now,
      });
      return loadMeeting(manager, meeting.id);
    });
  }

  /**
   * Marking an item done stays possible after the minutes were approved (it is carried over
   * until then); what the minutes recorded (task, assignee, due date) is locked with them.
   */
  update(input: ParsedInput<'actionItems.update'>): Promise<ActionItemDto> {
    return this.db.write(async (manager) => {
      const existing = await manager.getRepository(ActionItemEntity).findOneBy({ id: input.id });
      if (!existing) throw notFound('meetingErrors.actionItemNotFound');
      const meeting = await meetingRow(manager, existing.meetingId);
      const assigneeName = input.assigneeContactId === null ? input.assigneeName : '';
      if (meeting.state === 'minutes_approved') {
        const recordedChanged =
          input.title !== existing.title || input.assigneeContactId !== existing.assigneeContactId || assigneeName !== existing.assigneeName || input.dueOn !== existing.dueOn;
        if (recordedChanged) throw minutesLocked();
      }
      if (input.assigneeContactId === null && input.assigneeName === '') {
        throw new DomainError('meetingErrors.assigneeRequired', { field: 'assigneeName' });
      }
      if (input.doneOn !== null && input.doneOn < meeting.startsAt.slice(0, 10)) {
        throw new DomainError('meetingErrors.doneBeforeMeeting', { field: 'doneOn' });
      }
      await assertContactExists(manager, input.assigneeContactId, 'assigneeContactId');
      const { id, ...fields } = input;
      await manager.getRepository(ActionItemEntity).update({ id }, { ...fields, assigneeName, updatedAt: nowIso() });
      const [row] = await actionItemRows(manager, 'a.id = ?', [id]);
      return row!;
    });
  }
}
