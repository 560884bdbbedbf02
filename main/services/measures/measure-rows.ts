import type { MeasureRowDto } from '../../../contract';
import { MEASURE_STATUSES, type MeasureStatus } from '../../../contract/lifecycle';

/** A measure's table row as SQLite gives it: the row SQL, the JSON tuples of the list, and decoding them. */

export type RawRow = Omit<MeasureRowDto, 'tags'> & { tags: string | null };
export type SortableRow = MeasureRowDto & { fieldPosition: number };

const TAG_SEPARATOR = '\u001f';
export const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
export const statusOrder = new Map(MEASURE_STATUSES.map((status, index) => [status, index]));

export const ROW_SQL = `
  SELECT m.id, m.edition_id AS editionId, m.code, m.title, m.field_of_action_id AS fieldOfActionId,
         f.name AS fieldOfActionName, f.position AS fieldPosition, m.status, m.lead,
         m.priority_points AS priorityPoints, m.updated_at AS updatedAt,
         (SELECT group_concat(t.tag, char(31)) FROM measure_tag t WHERE t.measure_id = m.id) AS tags
  FROM measure m JOIN field_of_action f ON f.id = m.field_of_action_id`;

export const toRow = ({ tags, ...row }: RawRow & { fieldPosition?: number }): MeasureRowDto & { fieldPosition?: number } => ({
  ...row,
  tags: tags ? tags.split(TAG_SEPARATOR).sort(collator.compare) : [],
});

/**
 * The table's rows as one JSON array built by SQLite: for thousands of rows this is several
 * times faster than letting the driver build one JavaScript object per row.
 */
export const LIST_SQL = `
  SELECT json_group_array(json_array(
           m.id, m.edition_id, m.code, m.title, m.field_of_action_id, f.name, f.position, m.status, m.lead,
           m.priority_points, m.updated_at,
           json((SELECT json_group_array(t.tag) FROM measure_tag t WHERE t.measure_id = m.id)))) AS rows
  FROM measure m JOIN field_of_action f ON f.id = m.field_of_action_id`;

export type ListTuple = [number, number, string, string, number, string, number, MeasureStatus, string, number, string, string[]];

export const fromTuple = ([id, editionId, code, title, fieldOfActionId, fieldOfActionName, fieldPosition, status, lead, priorityPoints, updatedAt, tags]: ListTuple): SortableRow => ({
  id,
  editionId,
  code,
  title,
  fieldOfActionId,
  fieldOfActionName,
  fieldPosition,
  status,
  lead,
  priorityPoints,
  updatedAt,
  tags: tags.sort(collator.compare),
});
