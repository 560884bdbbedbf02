import type { EntityManager } from 'typeorm';
import type { MeasureListDto, MeasureStatus, ParsedInput } from '../../../contract';
import { collator, fromTuple, LIST_SQL, statusOrder, type ListTuple, type SortableRow } from './measure-rows';
import { toMatchQuery } from './measure-text';

const COMPARATORS: Record<ParsedInput<'measures.list'>['sortKey'], (a: SortableRow, b: SortableRow) => number> = {
  code: (a, b) => collator.compare(a.code, b.code),
  title: (a, b) => collator.compare(a.title, b.title),
  status: (a, b) => statusOrder.get(a.status)! - statusOrder.get(b.status)!,
  field: (a, b) => a.fieldPosition - b.fieldPosition || collator.compare(a.code, b.code),
  priority: (a, b) => a.priorityPoints - b.priorityPoints,
  lead: (a, b) => collator.compare(a.lead, b.lead),
  updated: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
};

/** The measures table: filters in SQL (edition, fields, tag, full text), the lead filter, counts per status and the sort in JavaScript. */
export async function listMeasures(manager: EntityManager, filter: ParsedInput<'measures.list'>): Promise<MeasureListDto> {
  const where: string[] = [];
  const parameters: unknown[] = [];
  if (filter.editionId !== undefined) {
    where.push('m.edition_id = ?');
    parameters.push(filter.editionId);
  }
  if (filter.fieldOfActionIds.length > 0) {
    where.push(`m.field_of_action_id IN (${filter.fieldOfActionIds.map(() => '?').join(',')})`);
    parameters.push(...filter.fieldOfActionIds);
  }
  if (filter.tag !== '') {
    where.push('EXISTS (SELECT 1 FROM measure_tag t WHERE t.measure_id = m.id AND t.tag = ?)');
    parameters.push(filter.tag);
  }
  const match = toMatchQuery(filter.text);
  if (match) {
    where.push('m.id IN (SELECT rowid FROM measure_search WHERE measure_search MATCH ?)');
    parameters.push(match);
  }
  const [{ rows: json }] = (await manager.query(`${LIST_SQL} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, parameters)) as [{ rows: string }];
  const lead = filter.lead.toLocaleLowerCase('de');
  const matching = (JSON.parse(json) as ListTuple[]).map(fromTuple).filter((row) => lead === '' || row.lead.toLocaleLowerCase('de').includes(lead));

  // Counts per status ignore the status filter, so the user sees what each choice would show.
  const statusCounts: Partial<Record<MeasureStatus, number>> = {};
  for (const row of matching) statusCounts[row.status] = (statusCounts[row.status] ?? 0) + 1;

  const rows = filter.statuses.length ? matching.filter((row) => filter.statuses.includes(row.status)) : matching;
  const compare = COMPARATORS[filter.sortKey];
  const direction = filter.sortDirection === 'asc' ? 1 : -1;
  rows.sort((a, b) => direction * compare(a, b) || collator.compare(a.code, b.code));
  return { rows: rows.map(({ fieldPosition: _position, ...row }) => row), total: rows.length, statusCounts };
}

/** The filter's choices: leads and tags in use (in one edition or all). */
export async function measureFacets(manager: EntityManager, input: ParsedInput<'measures.facets'>): Promise<{ leads: string[]; tags: string[] }> {
  const edition = input.editionId === undefined ? '' : 'WHERE m.edition_id = ?';
  const parameters = input.editionId === undefined ? [] : [input.editionId];
  const leads: Array<{ lead: string }> = await manager.query(`SELECT DISTINCT m.lead FROM measure m ${edition}`, parameters);
  const tags: Array<{ tag: string }> = await manager.query(
    `SELECT DISTINCT t.tag FROM measure_tag t JOIN measure m ON m.id = t.measure_id ${edition}`,
    parameters,
  );
  return {
    leads: leads.map((row) => row.lead).filter((lead) => lead !== '').sort(collator.compare),
    tags: tags.map((row) => row.tag).sort(collator.compare),
  };
}
