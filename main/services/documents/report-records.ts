import type { EntityManager } from 'typeorm';
import type { ReportMeasureDto, ReportNoteDto } from '../../../contract/documents';
import { MEASURE_COLUMNS, sortByFieldAndCode } from './document-records';

/** How many of the newest progress notes a report shows per measure. */
export const NOTES_PER_MEASURE = 2;

/**
 * The measures as they stood on a date: the status of each is its last history record up to
 * that day (a measure proposed later is not in the report), with the newest notes until then.
 * Two statements with window functions, whatever the number of measures.
 */
export async function loadReportMeasures(manager: EntityManager, editionId: number, asOf: string): Promise<ReportMeasureDto[]> {
  const rows: Array<ReportMeasureDto & { fieldPosition: number; statusAsOf: ReportMeasureDto['status'] }> = await manager.query(
    `SELECT ${MEASURE_COLUMNS}, f.position AS "fieldPosition", h.to_status AS "statusAsOf", h.changed_on AS "statusSince"
     FROM measure m
     JOIN field_of_action f ON f.id = m.field_of_action_id
     JOIN (SELECT sc.measure_id, sc.to_status, sc.changed_on,
                  ROW_NUMBER() OVER (PARTITION BY sc.measure_id ORDER BY sc.changed_on DESC, sc.id DESC) AS rn
           FROM status_change sc JOIN measure x ON x.id = sc.measure_id
           WHERE x.edition_id = ? AND sc.changed_on <= ?) h ON h.measure_id = m.id AND h.rn = 1
     WHERE m.edition_id = ?`,
    [editionId, asOf, editionId],
  );
  const notes: Array<ReportNoteDto & { measureId: number }> = await manager.query(
    `SELECT "measureId", "notedOn", text FROM (
       SELECT pn.measure_id AS "measureId", pn.noted_on AS "notedOn", pn.text,
              ROW_NUMBER() OVER (PARTITION BY pn.measure_id ORDER BY pn.noted_on DESC, pn.id DESC) AS rn
       FROM progress_note pn JOIN measure m ON m.id = pn.measure_id
       WHERE m.edition_id = ? AND pn.noted_on <= ?) AS numbered
     WHERE rn <= ? ORDER BY "measureId", "notedOn" DESC`,
    [editionId, asOf, NOTES_PER_MEASURE],
  );
  const notesOf = new Map<number, ReportNoteDto[]>();
  for (const { measureId, ...note } of notes) notesOf.set(measureId, [...(notesOf.get(measureId) ?? []), note]);
  return sortByFieldAndCode(rows).map(({ fieldPosition: _position, statusAsOf, ...measure }) => ({
    ...measure,
    status: statusAsOf,
    notes: notesOf.get(measure.id) ?? [],
  }));
}
