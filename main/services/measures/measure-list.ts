import type { EntityManager } from 'typeorm';
import type { MeasureListDto, MeasureRowDto, MeasureSelectionDto, MeasureSelectionRowDto, MeasureSortKey, MeasureStatus, ParsedInput } from '../../../contract';
import { MEASURE_STATUSES } from '../../../contract/lifecycle';
import { MEASURE_STATUS_CHANGE_MAX } from '../../../contract/measures';
import { foldForSort, STATUS_RANK_SQL } from '../../../database/measure-sort-keys';
import { collator } from './measure-rows';
import { toMatchQuery, toTsQuery } from './measure-text';
import { phrasesOf, type DialectPhrases } from '../../../database/sql-dialect';

type MeasureFilter = ParsedInput<'measures.listIds'>;

/** Where the page's ids come from and in which order. */
interface Ordering {
  readonly from: string;
  readonly orderBy: string;
}

/**
 * FROM and ORDER BY per sort key: German order through the stored keys (schema 9); ties broken by
 * number and id in the same direction, so every row has one place, pages neither overlap nor skip,
 * and each order is a walk along one index (see migration 0009). The field order runs through the
 * fields by position (CROSS JOIN keeps them the outer loop), each field's measures by number.
 */
function orderingOf(p: DialectPhrases, key: MeasureSortKey, direction: 'asc' | 'desc', editionId: number | undefined): Ordering {
  const dir = direction === 'asc' ? 'ASC' : 'DESC';
  const then = `m.code_key ${dir}, m.id ${dir}`;
  const measures = 'measure m';
  switch (key) {
    case 'code':
      return { from: measures, orderBy: then };
    case 'title':
      return { from: measures, orderBy: `m.title_key ${dir}, ${then}` };
    case 'status':
      return { from: measures, orderBy: `(${STATUS_RANK_SQL}) ${dir}, ${then}` };
    case 'field':
      return {
        // The edition's fields by position (index ix_field_of_action_position), so no sort of all rows.
        from: `field_of_action f ${p.joinInOrder} measure m ON m.field_of_action_id = f.id${editionId === undefined ? '' : ` AND f.edition_id = ${editionId}`}`,
        orderBy: `f.position ${dir}, f.id ${dir}, ${then}`,
      };
    case 'priority':
      return { from: measures, orderBy: `m.priority_points ${dir}, ${then}` };
    case 'lead':
      return { from: measures, orderBy: `m.lead_key ${dir}, ${then}` };
    case 'updated':
      return { from: measures, orderBy: `m.updated_at ${dir}, ${then}` };
  }
}

interface Where {
  readonly sql: string;
  readonly parameters: unknown[];
}

/** Up to this many matching rows, the matches are collected first and sorted (a narrow filter). */
const NARROW_SET = 5000;

/**
 * The ids (or other columns of `measure m`) in list order. A wide set walks the sort's index and stops after the page; a narrow one
 * (a lead or a rare status among 50,000) would make that walk pass thousands of rows that do not
 * match, so its few matches are collected first (through the filter's indexes) and then sorted.
 */
function orderedIdsSql(p: DialectPhrases, filter: MeasureFilter, where: Where, matches: number, columns = 'm.id'): string {
  const ordering = orderingOf(p, filter.sortKey, filter.sortDirection, filter.editionId);
  if (matches > NARROW_SET) return `SELECT ${columns} FROM ${ordering.from} ${where.sql} ORDER BY ${ordering.orderBy}`;
  const field = filter.sortKey === 'field' ? 'JOIN field_of_action f ON f.id = m.field_of_action_id' : '';
  return `WITH matching AS MATERIALIZED (SELECT m.id FROM measure m ${where.sql})
          SELECT ${columns} FROM matching ${p.joinInOrder} measure m ON m.id = matching.id ${field} ORDER BY ${ordering.orderBy}`;
}

/** The filter as a WHERE clause on `measure m`; the status filter only when asked (the counts ignore it). */
function whereOf(p: DialectPhrases, filter: MeasureFilter, withStatuses: boolean): Where {
  const clauses: string[] = [];
  const parameters: unknown[] = [];
  if (filter.editionId !== undefined) {
    clauses.push('m.edition_id = ?');
    parameters.push(filter.editionId);
  }
  if (filter.fieldOfActionIds.length > 0) {
    clauses.push(`m.field_of_action_id IN (${filter.fieldOfActionIds.map(() => '?').join(',')})`);
    parameters.push(...filter.fieldOfActionIds);
  }
  const lead = foldForSort(filter.lead);
  if (lead !== '') {
    clauses.push(`${p.position('m.lead_fold', '?')} > 0`);
    parameters.push(lead);
  }
  if (filter.tag !== '') {
    clauses.push('m.id IN (SELECT t.measure_id FROM measure_tag t WHERE t.tag = ?)');
    parameters.push(filter.tag);
  }
  const onServer = p.dialect === 'postgres';
  const match = onServer ? toTsQuery(filter.text) : toMatchQuery(filter.text);
  if (match) {
    clauses.push(
      onServer
        ? `m.id IN (SELECT id FROM measure_search WHERE document @@ to_tsquery('lbw_suche', ?))`
        : 'm.id IN (SELECT rowid FROM measure_search WHERE measure_search MATCH ?)',
    );
    parameters.push(match);
  }
  if (withStatuses && filter.statuses.length > 0) {
    clauses.push(`m.status IN (${filter.statuses.map(() => '?').join(',')})`);
    parameters.push(...filter.statuses);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', parameters };
}

/** Rows per status under the filter without its status part: one grouped query. */
async function countByStatus(manager: EntityManager, filter: MeasureFilter): Promise<Partial<Record<MeasureStatus, number>>> {
  const where = whereOf(phrasesOf(manager), filter, false);
  // By edition alone (the list as it opens): measure_activity_day (migration 10) holds the counts per
  // status and day, a few hundred rows however many measures; other filters count their matches.
  const byEditionOnly = where.parameters.length === (filter.editionId === undefined ? 0 : 1);
  const rows: Array<{ status: MeasureStatus; count: number }> = byEditionOnly
    ? await manager.query(
        `SELECT status, sum(n) AS count FROM measure_activity_day ${filter.editionId === undefined ? '' : 'WHERE edition_id = ?'} GROUP BY status`,
        where.parameters,
      )
    : await manager.query(`SELECT m.status, count(*) AS count FROM measure m ${where.sql} GROUP BY m.status`, where.parameters);
  return Object.fromEntries(rows.map((row) => [row.status, row.count]));
}

/** The tags of the page's measures in one query, each measure's in German order. */
async function tagsOf(manager: EntityManager, ids: readonly number[]): Promise<Map<number, string[]>> {
  const tags = new Map<number, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return tags;
  const rows: Array<{ measureId: number; tag: string }> = await manager.query(
    `SELECT measure_id AS "measureId", tag FROM measure_tag WHERE measure_id IN (${ids.map(() => '?').join(',')})`,
    [...ids],
  );
  for (const row of rows) tags.get(row.measureId)!.push(row.tag);
  for (const list of tags.values()) list.sort(collator.compare);
  return tags;
}

/**
 * One page of the measures table, sorted, filtered and counted in SQL. The page's ids come first
 * (an index walk, see orderingOf); then only those rows are read with their field, and their tags in
 * one query. The total is the sum of the status counts the filter lets through.
 */
export async function listMeasures(manager: EntityManager, filter: ParsedInput<'measures.list'>): Promise<MeasureListDto> {
  const statusCounts = await countByStatus(manager, filter);
  const counted: readonly MeasureStatus[] = filter.statuses.length > 0 ? filter.statuses : MEASURE_STATUSES;
  const total = counted.reduce((sum, status) => sum + (statusCounts[status] ?? 0), 0);
  if (filter.offset >= total) return { rows: [], total, statusCounts };

  const where = whereOf(phrasesOf(manager), filter, true);
  const ids = (
    (await manager.query(`${orderedIdsSql(phrasesOf(manager), filter, where, total)} LIMIT ? OFFSET ?`, [...where.parameters, filter.limit, filter.offset])) as Array<{ id: number }>
  ).map((row) => row.id);
  const placeholders = ids.map(() => '?').join(',');
  const found: Array<Omit<MeasureRowDto, 'tags'>> = await manager.query(
    `SELECT m.id, m.edition_id AS "editionId", m.code, m.title, m.field_of_action_id AS "fieldOfActionId", f.name AS "fieldOfActionName",
            m.status, m.lead, m.priority_points AS "priorityPoints", m.updated_at AS "updatedAt"
     FROM measure m JOIN field_of_action f ON f.id = m.field_of_action_id WHERE m.id IN (${placeholders})`,
    ids,
  );
  const tags = await tagsOf(manager, ids);
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.map((id) => ({ ...byId.get(id)!, tags: tags.get(id)! }));
  return { rows, total, statusCounts };
}

/**
 * Every measure of the filter, in list order, for "Alle gefilterten auswählen": only what a status
 * change needs. More than one change may take gives no rows, only the total (the screen says why).
 */
export async function listMeasureIds(manager: EntityManager, filter: MeasureFilter): Promise<MeasureSelectionDto> {
  const where = whereOf(phrasesOf(manager), filter, true);
  const [{ total }] = (await manager.query(`SELECT count(*) AS total FROM measure m ${where.sql}`, where.parameters)) as [{ total: number }];
  if (total > MEASURE_STATUS_CHANGE_MAX) return { rows: [], total };
  const rows: MeasureSelectionRowDto[] = await manager.query(orderedIdsSql(phrasesOf(manager), filter, where, total, 'm.id, m.code, m.title, m.status'), where.parameters);
  return { rows, total };
}

/** The filter's choices: leads and tags in use (in one edition or all). */
export async function measureFacets(manager: EntityManager, input: ParsedInput<'measures.facets'>): Promise<{ leads: string[]; tags: string[] }> {
  // measure_lead and measure_tag_use are kept by triggers (migration 10): a few rows, however many measures.
  const edition = input.editionId === undefined ? '' : 'WHERE edition_id = ?';
  const parameters = input.editionId === undefined ? [] : [input.editionId];
  const leads: Array<{ lead: string }> = await manager.query(
    `SELECT lead FROM measure_lead ${edition} GROUP BY lead ORDER BY min(lead_key), lead`,
    parameters,
  );
  const tags: Array<{ tag: string }> = await manager.query(`SELECT DISTINCT tag FROM measure_tag_use ${edition}`, parameters);
  return {
    leads: leads.map((row) => row.lead).filter((lead) => lead !== ''),
    tags: tags.map((row) => row.tag).sort(collator.compare),
  };
}
