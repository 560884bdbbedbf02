import type { EntityManager } from 'typeorm';
import type { CarryOverCandidateDto, EditionDto, EditionSummaryDto, ParsedInput } from '../../../contract';
import { CARRY_OVER_DEFAULT, canTransition, type MeasureStatus } from '../../../contract/lifecycle';
import type { AppDatabase } from '../../../database/app-database';
import { EditionEntity, FieldOfActionEntity, GuidelineEntity, MeasureEntity, type Edition } from '../../../database/entities';
import { notFound } from '../domain-error';
import type { MeasureHistory } from '../measures/measure-history';
import { nowIso, todayIso } from '../text-compare';

const SUMMARY_SQL = `
  SELECT e.id, e.title, e.subtitle, e.period_from AS "periodFrom", e.period_to AS "periodTo", e.status,
         e.adopted_on AS "adoptedOn", e.drucksache, e.predecessor_id AS "predecessorId",
         (SELECT COUNT(*) FROM measure m WHERE m.edition_id = e.id) AS "measureCount",
         (SELECT COUNT(*) FROM field_of_action f WHERE f.edition_id = e.id) AS "fieldCount"
  FROM edition e`;

/** Leitbild editions: texts, guidelines, their fields of action, and the step to the next edition. */
export class EditionsService {
  constructor(
    private readonly db: AppDatabase,
    private readonly history: MeasureHistory,
  ) {}

  list(): Promise<EditionSummaryDto[]> {
    return this.db.read((manager) => manager.query(`${SUMMARY_SQL} ORDER BY e.period_from DESC, e.id DESC`));
  }

  get(id: number): Promise<EditionDto> {
    return this.db.read((manager) => this.load(manager, id));
  }

  create(input: ParsedInput<'editions.create'>): Promise<EditionDto> {
    return this.db.write(async (manager) => {
      const { guidelines, ...fields } = input;
      const now = nowIso();
      const saved = await manager.getRepository(EditionEntity).save({ ...fields, predecessorId: null, createdAt: now, updatedAt: now });
      await this.replaceGuidelines(manager, saved.id, guidelines);
      return this.load(manager, saved.id);
    });
  }

  update(input: ParsedInput<'editions.update'>): Promise<EditionDto> {
    return this.db.write(async (manager) => {
      const { id, guidelines, ...fields } = input;
      const existing = await this.row(manager, id);
      await manager.getRepository(EditionEntity).save({ ...existing, ...fields, updatedAt: nowIso() });
      await this.replaceGuidelines(manager, id, guidelines);
      return this.load(manager, id);
    });
  }

  carryOverCandidates(previousId: number): Promise<CarryOverCandidateDto[]> {
    return this.db.read(async (manager) => {
      await this.row(manager, previousId);
      const rows: Array<Omit<CarryOverCandidateDto, 'selectedByDefault'>> = await manager.query(
        `SELECT m.id, m.code, m.title, m.status, f.name AS "fieldOfActionName"
         FROM measure m JOIN field_of_action f ON f.id = m.field_of_action_id
         WHERE m.edition_id = ? ORDER BY f.position, m.code`,
        [previousId],
      );
      return rows.map((row) => ({ ...row, selectedByDefault: CARRY_OVER_DEFAULT.includes(row.status) }));
    });
  }

  /**
   * "Neue Ausgabe aus der letzten": copies texts, guidelines and fields of action, and the chosen
   * measures with a link to their predecessor. A predecessor still in implementation is marked
   * "fortgeführt" in the same transaction, so both editions tell the same story.
   */
  createFromPrevious(input: ParsedInput<'editions.createFromPrevious'>): Promise<EditionDto> {
    return this.db.write(async (manager) => {
      const previous = await this.row(manager, input.previousId);
      const now = nowIso();
      const edition = await manager.getRepository(EditionEntity).save({
        title: input.title,
        subtitle: input.subtitle,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        status: 'draft',
        adoptedOn: null,
        drucksache: '',
        preamble: previous.preamble,
        leitbildText: previous.leitbildText,
        predecessorId: previous.id,
        createdAt: now,
        updatedAt: now,
      });
      const oldGuidelines = await manager.getRepository(GuidelineEntity).find({ where: { editionId: previous.id }, order: { position: 'ASC' } });
      await this.replaceGuidelines(manager, edition.id, oldGuidelines);

      const fieldIdMap = new Map<number, number>();
      const fields = await manager.getRepository(FieldOfActionEntity).find({ where: { editionId: previous.id }, order: { position: 'ASC' } });
      for (const field of fields) {
        const { id: oldId, ...rest } = field;
        const copy = await manager.getRepository(FieldOfActionEntity).save({ ...rest, editionId: edition.id, createdAt: now, updatedAt: now });
        fieldIdMap.set(oldId, copy.id);
      }

      const measures = input.carryOverMeasureIds.length
        ? await manager.getRepository(MeasureEntity).findBy(input.carryOverMeasureIds.map((id) => ({ id, editionId: previous.id })))
        : [];
      if (measures.length !== new Set(input.carryOverMeasureIds).size) throw notFound('editions.errors.carryOverUnknown');
      const changedOn = todayIso();
      const carriedFrom = `${previous.title} ${previous.periodFrom}–${previous.periodTo}`;
      for (const measure of measures.sort((a, b) => a.code.localeCompare(b.code, 'de'))) {
        const { id: oldId, ...rest } = measure;
        const newStatus: MeasureStatus = CARRY_OVER_DEFAULT.includes(measure.status) ? 'implementing' : measure.status;
        const copy = await manager.getRepository(MeasureEntity).save({
          ...rest,
          editionId: edition.id,
          fieldOfActionId: fieldIdMap.get(measure.fieldOfActionId)!,
          status: newStatus,
          predecessorId: oldId,
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          createdAt: now,
          updatedAt: now,
        });
        await manager.query(`INSERT INTO measure_tag (measure_id, tag) SELECT ?, tag FROM measure_tag WHERE measure_id = ?`, [copy.id, oldId]);
        await this.history.record(manager, {
          measureId: copy.id,
          fromStatus: null,
          toStatus: newStatus,
          changedOn,
          reason: `Übernommen aus ${carriedFrom} (${measure.code})`,
          drucksache: '',
        });
        if (canTransition(measure.status, 'continued')) {
          await this.history.transition(manager, measure, 'continued', {
            changedOn,
            reason: `Fortgeführt in ${input.title} ${input.periodFrom}–${input.periodTo}`,
            drucksache: '',
          });
        }
      }
      return this.load(manager, edition.id);
    });
  }

  private async row(manager: EntityManager, id: number): Promise<Edition> {
    const row = await manager.getRepository(EditionEntity).findOneBy({ id });
    if (!row) throw notFound('editions.errors.notFound');
    return row;
  }

  private async load(manager: EntityManager, id: number): Promise<EditionDto> {
    const row = await this.row(manager, id);
    const [summary] = (await manager.query(`${SUMMARY_SQL} WHERE e.id = ?`, [id])) as EditionSummaryDto[];
    const guidelines = await manager.getRepository(GuidelineEntity).find({ where: { editionId: id }, order: { position: 'ASC' } });
    return {
      ...summary!,
      preamble: row.preamble,
      leitbildText: row.leitbildText,
      guidelines: guidelines.map(({ id: guidelineId, title, text, position }) => ({ id: guidelineId, title, text, position })),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  private async replaceGuidelines(manager: EntityManager, editionId: number, guidelines: ReadonlyArray<{ title: string; text: string }>) {
    const repository = manager.getRepository(GuidelineEntity);
    await repository.delete({ editionId });
    for (const [index, guideline] of guidelines.entries()) {
      await repository.insert({ editionId, position: index + 1, title: guideline.title, text: guideline.text });
    }
  }
}
