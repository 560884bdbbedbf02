import type { EntityManager } from 'typeorm';
import type { MotionDto, MotionSignatoryDto } from '../../../contract/documents';
import type { ParsedInput } from '../../../contract';
import type { MotionConventionsDto } from '../../../contract/settings';
import { canTransition } from '../../../contract/lifecycle';
import { MeasureEntity, MotionEntity, MotionMeasureEntity, type Motion } from '../../../database/entities';
import { motionHeading } from '../../../documents/antrag/motion-wording';
import { DomainError } from '../domain-error';
import type { CurrentUser, MeasureHistory } from '../measures/measure-history';
import { nowIso } from '../text-compare';
import { loadEdition, refuseRepeats } from './document-records';

const REASON_MAX = 2000;

/**
 * Records an Antrag and, when asked, moves its measures to "beantragt" in the same
 * transaction through the lifecycle: one measure that may not move refuses the whole motion,
 * and nothing is written.
 */
export async function saveMotion(
  manager: EntityManager,
  history: MeasureHistory,
  currentUser: CurrentUser,
  input: ParsedInput<'documents.saveAntrag'>,
  conventions?: MotionConventionsDto,
): Promise<MotionDto> {
  await loadEdition(manager, input.editionId);
  refuseRepeats(input.fraktionen, 'fraktionen', 'documents.errors.fraktionTwice');
  refuseRepeats(input.measureIds.map(String), 'measureIds', 'documents.errors.measureTwice');

  const found = await manager.getRepository(MeasureEntity).findBy(input.measureIds.map((id) => ({ id })));
  const byId = new Map(found.map((measure) => [measure.id, measure]));
  const measures = input.measureIds.map((id, index) => {
    const measure = byId.get(id);
    if (!measure) throw new DomainError('documents.errors.measureNotFound', { field: `measureIds.${index}`, code: 'not-found' });
    if (measure.editionId !== input.editionId) throw new DomainError('documents.errors.measureOtherEdition', { field: `measureIds.${index}`, params: { code: measure.code } });
    if (input.markSubmitted && !canTransition(measure.status, 'submitted')) {
      throw new DomainError('documents.errors.notSubmittable', { field: `measureIds.${index}`, params: { code: measure.code, status: measure.status } });
    }
    return measure;
  });

  const enteredBy = await currentUser(manager);
  const motion = await manager.getRepository(MotionEntity).save({
    editionId: input.editionId,
    submittedOn: input.submittedOn,
    subject: input.subject,
    fraktionen: JSON.stringify(input.fraktionen),
    signatories: JSON.stringify(input.signatories),
    sachverhalt: input.sachverhalt,
    drucksache: input.drucksache,
    enteredBy,
    createdAt: nowIso(),
  });
  await manager.getRepository(MotionMeasureEntity).insert(measures.map((measure, position) => ({ motionId: motion.id, measureId: measure.id, position })));

  if (input.markSubmitted) {
    const reason = `${motionHeading(input.fraktionen, conventions)}: ${input.subject}`.slice(0, REASON_MAX);
    for (const measure of measures) {
      await history.transition(manager, measure, 'submitted', { changedOn: input.submittedOn, reason, drucksache: input.drucksache });
    }
  }
  return toDto(motion, measures.map((measure) => measure.id));
}

export async function listMotions(manager: EntityManager, editionId: number): Promise<MotionDto[]> {
  await loadEdition(manager, editionId);
  const motions = await manager.getRepository(MotionEntity).find({ where: { editionId }, order: { submittedOn: 'DESC', id: 'DESC' } });
  if (motions.length === 0) return [];
  const links: Array<{ motionId: number; measureId: number }> = await manager.query(
    `SELECT mm.motion_id AS "motionId", mm.measure_id AS "measureId" FROM motion_measure mm JOIN motion mo ON mo.id = mm.motion_id
     WHERE mo.edition_id = ? ORDER BY mm.motion_id, mm.position`,
    [editionId],
  );
  const measuresOf = new Map<number, number[]>();
  for (const link of links) measuresOf.set(link.motionId, [...(measuresOf.get(link.motionId) ?? []), link.measureId]);
  return motions.map((motion) => toDto(motion, measuresOf.get(motion.id) ?? []));
}

function toDto(motion: Motion, measureIds: number[]): MotionDto {
  return {
    id: motion.id,
    editionId: motion.editionId,
    submittedOn: motion.submittedOn,
    fraktionen: JSON.parse(motion.fraktionen) as string[],
    subject: motion.subject,
    sachverhalt: motion.sachverhalt,
    signatories: JSON.parse(motion.signatories) as MotionSignatoryDto[],
    drucksache: motion.drucksache,
    measureIds,
    enteredBy: motion.enteredBy,
    createdAt: motion.createdAt,
  };
}
