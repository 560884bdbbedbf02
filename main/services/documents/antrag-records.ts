import type { EntityManager } from 'typeorm';
import type { AntragMeasureDto } from '../../../contract/documents';
import { MEASURE_COLUMNS, sortByFieldAndCode } from './document-records';

type Row = AntragMeasureDto & { fieldPosition: number; editionId: number };

/**
 * The edition's measures with the status each had on the Antrag's date, from the append-only
 * status history: the last change up to that day. A step to "beantragt" on the day itself is
 * left out, as it is this motion's own doing (a filed Antrag built again reads as on filing).
 * Without ids: the measures recommended on that date; with ids: those, in petitum order.
 */
export async function loadMeasuresOn(manager: EntityManager, editionId: number, date: string, ids?: readonly number[]): Promise<AntragMeasureDto[]> {
  const chosen = ids ? ` AND m.id IN (${ids.map(() => '?').join(', ')})` : '';
  const rows: Row[] = await manager.query(
    `SELECT ${MEASURE_COLUMNS}, m.edition_id AS "editionId", f.position AS "fieldPosition", h.to_status AS "statusOnDate"
     FROM measure m
     JOIN field_of_action f ON f.id = m.field_of_action_id
     LEFT JOIN (SELECT sc.measure_id, sc.to_status,
                       ROW_NUMBER() OVER (PARTITION BY sc.measure_id ORDER BY sc.changed_on DESC, sc.id DESC) AS rn
                FROM status_change sc JOIN measure x ON x.id = sc.measure_id
                WHERE x.edition_id = ? AND (sc.changed_on < ? OR (sc.changed_on = ? AND sc.to_status <> 'submitted'))) h ON h.measure_id = m.id AND h.rn = 1
     WHERE ${ids ? '1 = 1' : 'm.edition_id = ? AND h.to_status = \'recommended\''}${chosen}`,
    [editionId, date, date, ...(ids ? [] : [editionId]), ...(ids ?? [])],
  );
  return sortByFieldAndCode(rows).map(({ fieldPosition: _position, editionId: _edition, ...measure }) => ({ ...measure, statusOnDate: measure.statusOnDate ?? null }));
}
