import type { ParsedInput } from '../../../contract';
import type { ActionItemDto, MeetingDto } from '../../../contract/meetings';
import type { AppDatabase } from '../../../database/app-database';
import { ActionItemEntity } from '../../../database/entities';
import { DomainError, notFound } from '../domain-error';
import { nowIso, todayIso } from '../text-compare';
import { assertContactExists, editableMeeting, minutesLocked } from './meeting-guard';
import { actionItemRows, loadMeeting, meetingRow } from './meeting-read';

const STATE_SQL: Record<ParsedInput<'actionItems.list'>['state'], string> = {
  open: 'a.done_on IS NULL',
  overdue: 'a.done_on IS NULL AND a.due_on < ?',
  done: 'a.done_on IS NOT NULL',
  all: '1 = 1',
};

/** Aufgaben: recorded in a meeting, open until done, shown again at the body's next meetings. */
export class ActionItemsService {
  constructor(private readonly db: AppDatabase) {}

  list(input: ParsedInput<'actionItems.list'>): Promise<ActionItemDto[]> {
    return this.db.read((manager) => {
      const today = input.today ?? todayIso();
      const where = [STATE_SQL[input.state]];
      const parameters: unknown[] = input.state === 'overdue' ? [today] : [];
      if (input.bodyId !== undefined) {
        where.push('mt.body_id = ?');
        parameters.push(input.bodyId);
      }
      return actionItemRows(manager, where.join(' AND '), parameters, today);
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
