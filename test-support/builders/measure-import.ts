import type { MeasureOrigin } from '../../contract';
import { canTransition, MEASURE_STATUSES, type MeasureStatus } from '../../contract/lifecycle';
import type { AppDatabase } from '../../database/app-database';
import { bulkInsert } from '../../database/bulk-insert';
import { DomainError, notFound } from '../../main/services/domain-error';
import { nowIso } from '../../main/services/text-compare';

export interface ImportedStatusChange {
  readonly changedOn: string;
  readonly fromStatus: MeasureStatus | null;
  readonly toStatus: MeasureStatus;
  readonly reason: string;
  readonly drucksache: string;
}

export interface ImportedMeasure {
  readonly fieldOfActionId: number;
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly lead: string;
  readonly origin: MeasureOrigin;
  readonly priorityPoints: number;
  readonly history: readonly ImportedStatusChange[];
}

export const MEASURE_COLUMNS =
  'id, edition_id, field_of_action_id, code, title, description, lead, origin, priority_points, status, created_at, updated_at';
export const STATUS_CHANGE_COLUMNS = 'measure_id, changed_on, from_status, to_status, reason, drucksache, entered_by, created_at';

/**
 * Bulk import of measures with their recorded histories, for screen tests that need thousands of
 * measures in seconds. Not an app feature: no call in the contract uses it, so it lives in
 * test-support and not in main/services. Every history must follow the lifecycle table; then all rows go in with
 * prepared statements in one transaction: all or nothing.
 */
export class MeasureImport {
  constructor(private readonly db: AppDatabase) {}

  async run(editionId: number, measures: readonly ImportedMeasure[], enteredBy: string): Promise<{ measures: number; statusChanges: number }> {
    measures.forEach(assertValidHistory);
    return this.db.write(async (manager) => {
      const fields: Array<{ id: number }> = await manager.query('SELECT id FROM field_of_action WHERE edition_id = ?', [editionId]);
      if (fields.length === 0) throw notFound('editions.errors.notFound');
      const fieldIds = new Set(fields.map((field) => field.id));
      const [{ next }] = (await manager.query('SELECT coalesce(max(id), 0) + 1 AS next FROM measure')) as [{ next: number }];
      const now = nowIso();
      const measureRows: unknown[][] = [];
      const changeRows: unknown[][] = [];
      measures.forEach((measure, index) => {
        if (!fieldIds.has(measure.fieldOfActionId)) throw new DomainError('measures.errors.fieldNotInEdition', { field: 'fieldOfActionId' });
        const id = next + index;
        const status = measure.history.at(-1)!.toStatus;
        measureRows.push([id, editionId, measure.fieldOfActionId, measure.code, measure.title, measure.description, measure.lead, measure.origin, measure.priorityPoints, status, now, now]);
        for (const change of measure.history) {
          changeRows.push([id, change.changedOn, change.fromStatus, change.toStatus, change.reason, change.drucksache, enteredBy, now]);
        }
      });
      await bulkInsert(manager, `INSERT INTO measure (${MEASURE_COLUMNS}) VALUES (${placeholders(12)})`, measureRows);
      await bulkInsert(manager, `INSERT INTO status_change (${STATUS_CHANGE_COLUMNS}) VALUES (${placeholders(8)})`, changeRows);
      return { measures: measureRows.length, statusChanges: changeRows.length };
    });
  }
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');

function assertValidHistory(measure: ImportedMeasure): void {
  const [first, ...rest] = measure.history;
  if (!first || first.fromStatus !== null || !MEASURE_STATUSES.includes(first.toStatus)) {
    throw new DomainError('measures.errors.importHistory', { params: { code: measure.code } });
  }
  let current = first.toStatus;
  for (const change of rest) {
    if (change.fromStatus !== current || !canTransition(current, change.toStatus)) {
      throw new DomainError('measures.errors.importHistory', { params: { code: measure.code } });
    }
    if (change.toStatus === 'adopted' && change.drucksache === '') {
      throw new DomainError('measures.errors.sourceRequired', { params: { code: measure.code } });
    }
    current = change.toStatus;
  }
}
