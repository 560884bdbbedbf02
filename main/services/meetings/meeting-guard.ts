import type { EntityManager } from 'typeorm';
import { AgendaItemEntity, type AgendaItem, type Meeting } from '../../../database/entities';
import { DomainError, notFound } from '../domain-error';
import { meetingRow } from './meeting-read';

/** Approved minutes are the record: only corrections (kept beside them) may be added. */
export const minutesLocked = () => new DomainError('meetingErrors.minutesLocked');

export async function editableMeeting(manager: EntityManager, id: number): Promise<Meeting> {
  const meeting = await meetingRow(manager, id);
  if (meeting.state === 'minutes_approved') throw minutesLocked();
  return meeting;
}

export async function agendaItemRow(manager: EntityManager, id: number): Promise<AgendaItem> {
  const item = await manager.getRepository(AgendaItemEntity).findOneBy({ id });
  if (!item) throw notFound('meetingErrors.agendaItemNotFound');
  return item;
}

/** The item and its meeting, refusing when the minutes are approved. */
export async function editableItem(manager: EntityManager, id: number): Promise<{ item: AgendaItem; meeting: Meeting }> {
  const item = await agendaItemRow(manager, id);
  return { item, meeting: await editableMeeting(manager, item.meetingId) };
}

export async function assertContactExists(manager: EntityManager, contactId: number | null, field: string): Promise<void> {
  if (contactId === null) return;
  const [row] = (await manager.query('SELECT id FROM contact WHERE id = ?', [contactId])) as unknown[];
  if (!row) throw new DomainError('meetingErrors.contactNotFound', { field, code: 'not-found' });
}
