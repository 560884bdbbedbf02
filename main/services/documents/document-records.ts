import type { EntityManager } from 'typeorm';
import type { DocumentEditionDto, DocumentFieldDto, DocumentMeasureDto, GuidelineTextDto } from '../../../contract/documents';
import type { MeasureStatus } from '../../../contract/lifecycle';
import { DomainError } from '../domain-error';

/**
 * The few queries every document starts from: the edition, its fields of action and the
 * measures with the columns documents print. Each is one statement, whatever the size.
 */
export const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

const placeholders = (count: number) => Array(count).fill('?').join(', ');

export type EditionRecord = DocumentEditionDto & { readonly preamble: string; readonly leitbildText: string };

export async function loadEdition(manager: EntityManager, editionId: number): Promise<EditionRecord> {
  const [edition] = (await manager.query(
    `SELECT id, title, subtitle, period_from AS "periodFrom", period_to AS "periodTo", adopted_on AS "adoptedOn", drucksache,
            preamble, leitbild_text AS "leitbildText"
     FROM edition WHERE id = ?`,
    [editionId],
  )) as EditionRecord[];
  if (!edition) throw new DomainError('documents.errors.editionNotFound', { field: 'editionId', code: 'not-found' });
  return edition;
}

export const loadGuidelines = (manager: EntityManager, editionId: number): Promise<GuidelineTextDto[]> =>
  manager.query('SELECT title, text FROM guideline WHERE edition_id = ? ORDER BY position, id', [editionId]);

export const loadFields = (manager: EntityManager, editionId: number): Promise<DocumentFieldDto[]> =>
  manager.query(
    `SELECT id, name, short_code AS "shortCode", description, position FROM field_of_action WHERE edition_id = ? ORDER BY position, id`,
    [editionId],
  );

export const MEASURE_COLUMNS = `m.id, m.field_of_action_id AS "fieldOfActionId", m.code, m.title, m.description, m.goal, m.lead, m.partners,
  m.target_group AS "targetGroup", m.period_from AS "periodFrom", m.period_to AS "periodTo", m.status`;

/** The edition's measures, optionally only in some statuses, in field order and by code. */
export async function loadMeasures(manager: EntityManager, editionId: number, statuses?: readonly MeasureStatus[]): Promise<DocumentMeasureDto[]> {
  const filter = statuses ? ` AND m.status IN (${placeholders(statuses.length)})` : '';
  const rows: Array<DocumentMeasureDto & { fieldPosition: number }> = await manager.query(
    `SELECT ${MEASURE_COLUMNS}, f.position AS "fieldPosition"
     FROM measure m JOIN field_of_action f ON f.id = m.field_of_action_id
     WHERE m.edition_id = ?${filter}`,
    [editionId, ...(statuses ?? [])],
  );
  return sortByFieldAndCode(rows).map(({ fieldPosition: _position, ...measure }) => measure);
}

/** Chosen measures of the edition; an id that is not one of them is refused at its position. */
export async function loadChosenMeasures(manager: EntityManager, editionId: number, ids: readonly number[]): Promise<DocumentMeasureDto[]> {
  const rows: Array<DocumentMeasureDto & { fieldPosition: number; editionId: number }> = await manager.query(
    `SELECT ${MEASURE_COLUMNS}, m.edition_id AS "editionId", f.position AS "fieldPosition"
     FROM measure m JOIN field_of_action f ON f.id = m.field_of_action_id
     WHERE m.id IN (${placeholders(ids.length)})`,
    [...ids],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  ids.forEach((id, index) => {
    const row = byId.get(id);
    if (!row) throw new DomainError('documents.errors.measureNotFound', { field: `measureIds.${index}`, code: 'not-found' });
    if (row.editionId !== editionId) throw new DomainError('documents.errors.measureOtherEdition', { field: `measureIds.${index}`, params: { code: row.code } });
  });
  return sortByFieldAndCode([...byId.values()]).map(({ fieldPosition: _position, editionId: _edition, ...measure }) => measure);
}

export function sortByFieldAndCode<T extends { fieldPosition: number; code: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => a.fieldPosition - b.fieldPosition || collator.compare(a.code, b.code));
}

/** A repeated id is refused at its second position, so the form can mark it. */
export function refuseRepeats(values: readonly string[], field: string, messageKey: string): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const key = value.toLocaleLowerCase('de');
    if (seen.has(key)) throw new DomainError(messageKey, { field: `${field}.${index}`, params: { value } });
    seen.add(key);
  });
}
