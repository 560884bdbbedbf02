import type { EntityManager } from 'typeorm';
import { canTransition, STATUSES_REQUIRING_SOURCE, type MeasureStatus } from '../../../contract/lifecycle';
import { MeasureEntity, StatusChangeEntity, type Measure } from '../../../database/entities';
import { phrasesOf } from '../../../database/sql-dialect';
import { DomainError } from '../domain-error';
import { nowIso } from '../text-compare';

export interface StatusChangeDetails {
  readonly changedOn: string;
  readonly reason: string;
  readonly drucksache: string;
  /** The meeting decision behind the change; its meeting shows as the source in the history. */
  readonly decisionId?: number | null;
}

/** Who is working: the name from the settings, else the operating system's user name. */
export type CurrentUser = (manager: EntityManager) => Promise<string>;

/** What a transition needs to know of a measure. */
export type MeasureToMove = Pick<Measure, 'id' | 'code' | 'status'>;

function assertTransition(measure: MeasureToMove, to: MeasureStatus, details: StatusChangeDetails): void {
  if (!canTransition(measure.status, to)) {
    throw new DomainError('measures.errors.transitionForbidden', {
      field: 'toStatus',
      params: { code: measure.code, fromStatus: measure.status, toStatus: to },
    });
  }
  if (STATUSES_REQUIRING_SOURCE.includes(to) && details.drucksache === '') {
    throw new DomainError('measures.errors.sourceRequired', { field: 'drucksache', params: { code: measure.code } });
  }
}

/**
 * The one place that moves a measure along its lifecycle. It checks the transition table and
 * the source rule, then writes the new status and its history record with the caller's
 * manager, so both land in the caller's transaction or neither does.
 */
export class MeasureHistory {
  constructor(private readonly currentUser: CurrentUser) {}

  async transition(manager: EntityManager, measure: Measure, to: MeasureStatus, details: StatusChangeDetails): Promise<void> {
    assertTransition(measure, to, details);
    await manager.getRepository(MeasureEntity).update({ id: measure.id }, { status: to, updatedAt: nowIso() });
    await this.record(manager, { measureId: measure.id, fromStatus: measure.status, toStatus: to, ...details });
  }

  /**
   * Many measures to one status with one reason and source (the list's bulk change). All are
   * checked first, in the given order, so the first forbidden one is named; then one UPDATE and
   * one INSERT for all, the history rows in the given order. The triggers still run per row, as
   * for a single change, but no statement is prepared and no user name read once per measure.
   */
  async transitionAll(manager: EntityManager, measures: readonly MeasureToMove[], to: MeasureStatus, details: StatusChangeDetails): Promise<void> {
    for (const measure of measures) assertTransition(measure, to, details);
    if (measures.length === 0) return;
    const now = nowIso();
    const moves = JSON.stringify(measures.map((measure) => [measure.id, measure.status]));
    const p = phrasesOf(manager);
    await manager.query(`UPDATE measure SET status = ?, updated_at = ? WHERE id IN (SELECT CAST(m.value ->> 0 AS INTEGER) FROM ${p.jsonArrayRows('m')})`, [to, now, moves]);
    await manager.query(
      `INSERT INTO status_change (measure_id, changed_on, from_status, to_status, reason, drucksache, entered_by, created_at, decision_id)
       SELECT CAST(m.value ->> 0 AS INTEGER), ?, m.value ->> 1, ?, ?, ?, ?, ?, CAST(? AS INTEGER) FROM ${p.jsonArrayRows('m')} ORDER BY m.key`,
      [details.changedOn, to, details.reason, details.drucksache, await this.currentUser(manager), now, details.decisionId ?? null, moves],
    );
  }

  async record(
    manager: EntityManager,
    entry: StatusChangeDetails & { measureId: number; fromStatus: MeasureStatus | null; toStatus: MeasureStatus },
  ): Promise<void> {
    await manager.getRepository(StatusChangeEntity).insert({
      ...entry,
      enteredBy: await this.currentUser(manager),
      createdAt: nowIso(),
    });
  }
}
