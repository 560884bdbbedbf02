import type { ParsedInput } from '../../../contract';
import type { MeetingDto } from '../../../contract/meetings';
import type { AppDatabase } from '../../../database/app-database';
import { AgendaItemEntity } from '../../../database/entities';
import { DomainError, isUniqueViolation } from '../domain-error';
import { nowIso } from '../text-compare';
import { insertItem, numberedItems, renumber, replaceLinks } from './agenda-write';
import { agendaItemRow, editableItem, editableMeeting, minutesLocked } from './meeting-guard';
import { changedRows } from '../../../database/sql-dialect';
import { loadMeeting, meetingRow } from './meeting-read';

const numberTaken = (number: string) => new DomainError('meetingErrors.numberTaken', { field: 'number', params: { number } });

/** The agenda (Tagesordnung): items and sub-items, numbering, and the live-mode autosave of the minutes. */
export class AgendaService {
  constructor(private readonly db: AppDatabase) {}

  add(input: ParsedInput<'agenda.add'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      await editableMeeting(manager, input.meetingId);
      await insertItem(manager, input.meetingId, input);
      return loadMeeting(manager, input.meetingId);
    });
  }

  /** A number set by hand stays until the agenda is renumbered; it must be unique in the meeting. */
  update(input: ParsedInput<'agenda.update'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const { item } = await editableItem(manager, input.id);
      const [clash] = (await manager.query('SELECT id FROM agenda_item WHERE meeting_id = ? AND number = ? AND id <> ?', [
        item.meetingId,
        input.number,
        item.id,
      ])) as unknown[];
      if (clash) throw numberTaken(input.number);
      try {
        await manager.query('UPDATE agenda_item SET number = ?, title = ?, public = ?, updated_at = ? WHERE id = ?', [
          input.number,
          input.title,
          input.public ? 1 : 0,
          nowIso(),
          item.id,
        ]);
      } catch (error) {
        if (isUniqueViolation(error)) throw numberTaken(input.number);
        throw error;
      }
      await replaceLinks(manager, item.id, input.papers, input.measureIds);
      return loadMeeting(manager, item.meetingId);
    });
  }

  /** Moves the item (its sub-items come along) among its siblings, then renumbers. */
  move(input: ParsedInput<'agenda.move'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const { item } = await editableItem(manager, input.id);
      const siblings = (await numberedItems(manager, item.meetingId))
        .filter((candidate) => candidate.parentId === item.parentId && candidate.id !== item.id)
        .sort((a, b) => a.position - b.position || a.id - b.id);
      siblings.splice(Math.min(input.toIndex, siblings.length), 0, item);
      for (const [index, sibling] of siblings.entries()) {
        await manager.query('UPDATE agenda_item SET position = ? WHERE id = ?', [index + 1, sibling.id]);
      }
      await renumber(manager, item.meetingId);
      return loadMeeting(manager, item.meetingId);
    });
  }

  renumber(input: ParsedInput<'agenda.renumber'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      await editableMeeting(manager, input.meetingId);
      await renumber(manager, input.meetingId);
      return loadMeeting(manager, input.meetingId);
    });
  }

  /** An item with a decision (on it or a sub-item) stays: the decision is in the measures' history. */
  remove(input: ParsedInput<'agenda.remove'>): Promise<MeetingDto> {
    return this.db.write(async (manager) => {
      const { item } = await editableItem(manager, input.id);
      const [decided] = (await manager.query(
        `WITH RECURSIVE tree(id) AS (SELECT CAST(? AS INTEGER) UNION ALL SELECT a.id FROM agenda_item a JOIN tree ON a.parent_id = tree.id)
         SELECT 1 FROM decision WHERE agenda_item_id IN (SELECT id FROM tree) LIMIT 1`,
        [item.id],
      )) as unknown[];
      if (decided) throw new DomainError('meetingErrors.itemHasDecision');
      await manager.getRepository(AgendaItemEntity).delete({ id: item.id });
      await renumber(manager, item.meetingId);
      return loadMeeting(manager, item.meetingId);
    });
  }

  /**
   * Live-mode autosave, called every few keystrokes: one UPDATE that itself refuses approved
   * minutes. Only when nothing changed do we look up why (unknown item or locked minutes).
   */
  saveNotes(input: ParsedInput<'agenda.saveNotes'>): Promise<{ savedAt: string }> {
    return this.db.write(async (manager) => {
      const savedAt = nowIso();
      const changed = await changedRows(
        manager,
        `UPDATE agenda_item SET notes = ?, updated_at = ?
         WHERE id = ? AND (SELECT state FROM meeting WHERE meeting.id = agenda_item.meeting_id) <> 'minutes_approved'`,
        [input.notes, savedAt, input.id],
      );
      if (changed === 0) {
        const item = await agendaItemRow(manager, input.id);
        if ((await meetingRow(manager, item.meetingId)).state === 'minutes_approved') throw minutesLocked();
      }
      return { savedAt };
    });
  }
}
