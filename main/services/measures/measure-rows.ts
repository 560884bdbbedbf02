import type { MeasureRowDto } from '../../../contract';
import type { DialectPhrases } from '../../../database/sql-dialect';

/** A single measure's table row as SQLite gives it (detail and status change; the list pages in measure-list.ts). */

export type RawRow = Omit<MeasureRowDto, 'tags'> & { tags: string | null };

const TAG_SEPARATOR = '\u001f';
/** German order for the few strings sorted in memory (a measure's tags, a selection's numbers). */
export const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

export const rowSql = (p: DialectPhrases) => `
  SELECT m.id, m.edition_id AS "editionId", m.code, m.title, m.field_of_action_id AS "fieldOfActionId",
         f.name AS "fieldOfActionName", m.status, m.lead,
         m.priority_points AS "priorityPoints", m.updated_at AS "updatedAt",
         (SELECT ${p.joined('t.tag', TAG_SEPARATOR)} FROM measure_tag t WHERE t.measure_id = m.id) AS tags
  FROM measure m JOIN field_of_action f ON f.id = m.field_of_action_id`;

export const toRow = ({ tags, ...row }: RawRow): MeasureRowDto => ({
  ...row,
  tags: tags ? tags.split(TAG_SEPARATOR).sort(collator.compare) : [],
});
