import type { EntityManager } from 'typeorm';
import { canTransition, STATUSES_REQUIRING_SOURCE, type MeasureStatus } from '../../../contract/lifecycle';
import { MeasureEntity, StatusChangeEntity, type Measure } from '../../../database/entities';
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

/**
 * The one place that moves a measure along its lifecycle. It checks the transition table and
 * the source rule, then writes the new status and its history record with the caller's
 * manager, so both land in the caller's transaction or neither does.
 */
export class MeasureHistory {
  constructor(private readonly currentUser: CurrentUser) {}

  async transition(manager: EntityManager, measure: Measure, to: MeasureStatus, details: StatusChangeDetails): Promise<void> {
    if (!canTransition(measure.status, to)) {
      throw new DomainError('measures.errors.transitionForbidden', {
        field: 'toStatus',
        params: { code: measure.code, fromStatus: measure.status, toStatus: to },
      });
    }
    if (STATUSES_REQUIRING_SOURCE.includes(to) && details.drucksache === '') {
      throw new DomainError('measures.errors.sourceRequired', { field: 'drucksache', params: { code: measure.code } });
    }
    await manager.getRepository(MeasureEntity).update({ id: measure.id }, { status: to, updatedAt: nowIso() });
    await this.record(manager, { measureId: measure.id, fromStatus: measure.status, toStatus: to, ...details });
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
