import type { EntityManager } from 'typeorm';
import type { StandardItem } from '../../../contract/meetings';
import { AgendaItemEntity, AgendaItemMeasureEntity, AgendaItemPaperEntity } from '../../../database/entities';
import { DomainError } from '../domain-error';
import { nowIso } from '../text-compare';
import { nextNumber, numberAgenda, type NumberedItem } from './agenda-numbering';

export interface NewItem {
  readonly title: string;
  readonly public: boolean;
  readonly papers: readonly string[];
  readonly measureIds: readonly number[];
  readonly parentItemId?: number;
  readonly standard?: StandardItem;
}

export const numberedItems = (manager: EntityManager, meetingId: number): Promise<NumberedItem[]> =>
  manager.query('SELECT id, parent_id AS "parentId", position, number FROM agenda_item WHERE meeting_id = ?', [meetingId]);

/** Appends an item (or a sub-item under its parent) with the next free number; other numbers stay. */
export async function insertItem(manager: EntityManager, meetingId: number, item: NewItem): Promise<number> {
  const items = await numberedItems(manager, meetingId);
  const parent = item.parentItemId === undefined ? null : items.find((candidate) => candidate.id === item.parentItemId);
  if (parent === undefined) throw new DomainError('meetingErrors.parentNotInMeeting', { field: 'parentItemId' });
  // Three levels at most ("3", "3.1", "3.1.1"): deeper numbers would not pass `agendaNumber` when the item is edited.
  const grandparent = parent?.parentId == null ? null : items.find((candidate) => candidate.id === parent.parentId);
  if (grandparent?.parentId != null) throw new DomainError('meetingErrors.parentTooDeep', { field: 'parentItemId' });
  const siblings = items.filter((candidate) => candidate.parentId === (parent?.id ?? null));
  const now = nowIso();
  const saved = await manager.getRepository(AgendaItemEntity).save({
    meetingId,
    parentId: parent?.id ?? null,
    position: Math.max(0, ...siblings.map((sibling) => sibling.position)) + 1,
    number: nextNumber(items, parent),
    title: item.title,
    public: item.public,
    standard: item.standard ?? null,
    notes: '',
    createdAt: now,
    updatedAt: now,
  });
  await replaceLinks(manager, saved.id, item.papers, item.measureIds);
  return saved.id;
}

/** Measures and papers consulted under an item, in the order given. */
export async function replaceLinks(manager: EntityManager, agendaItemId: number, papers: readonly string[], measureIds: readonly number[]): Promise<void> {
  const uniqueIds = [...new Set(measureIds)];
  if (uniqueIds.length) {
    const [{ found }] = (await manager.query(`SELECT count(*) AS found FROM measure WHERE id IN (${uniqueIds.map(() => '?').join(',')})`, uniqueIds)) as [{ found: number }];
    if (found !== uniqueIds.length) throw new DomainError('meetingErrors.measureNotFound', { field: 'measureIds' });
  }
  await manager.getRepository(AgendaItemMeasureEntity).delete({ agendaItemId });
  await manager.getRepository(AgendaItemPaperEntity).delete({ agendaItemId });
  if (uniqueIds.length) {
    await manager.getRepository(AgendaItemMeasureEntity).insert(uniqueIds.map((measureId, index) => ({ agendaItemId, measureId, position: index + 1 })));
  }
  const uniquePapers = [...new Set(papers)];
  if (uniquePapers.length) {
    await manager.getRepository(AgendaItemPaperEntity).insert(uniquePapers.map((drucksache, index) => ({ agendaItemId, drucksache, position: index + 1 })));
  }
}

/**
 * Renumbers the whole agenda (1..n, n.1 …) and closes gaps in positions. Numbers pass through
 * temporary values first, so the unique index never sees two items with the same number.
 */
export async function renumber(manager: EntityManager, meetingId: number): Promise<void> {
  const numbers = numberAgenda(await numberedItems(manager, meetingId));
  await manager.query(`UPDATE agenda_item SET number = '~' || id WHERE meeting_id = ?`, [meetingId]);
  for (const [id, { number, position }] of numbers) {
    await manager.query('UPDATE agenda_item SET number = ?, position = ? WHERE id = ?', [number, position, id]);
  }
}
