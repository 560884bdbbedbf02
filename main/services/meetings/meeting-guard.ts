import type { EntityManager, QueryResult } from 'typeorm';
import { dialectOf, toPostgresPlaceholders } from '../../../database/sql-dialect';
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

/** Rows changed by an UPDATE/DELETE run on the transaction's connection. */
export async function changedRows(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  if (!manager.queryRunner) throw new Error('changedRows needs a transaction (AppDatabase.write)');
  // (the query runner is below the placeholder translation of managerForServices)
  const text = dialectOf(manager) === 'postgres' ? toPostgresPlaceholders(sql) : sql;
  const result = (await manager.queryRunner.query(text, parameters, true)) as QueryResult;
  return result.affected ?? 0;
}

export async function assertContactExists(manager: EntityManager, contactId: number | null, field: string): Promise<void> {
  if (contactId === null) return;
  const [row] = (await manager.query('SELECT id FROM contact WHERE id = ?', [contactId])) as unknown[];
  if (!row) throw new DomainError('meetingErrors.contactNotFound', { field, code: 'not-found' });
}
