import type { EntityManager } from 'typeorm';
import type { MeasureDto, MeasureListDto, MeasureRowDto, MeasureSelectionDto, ParsedInput, ProgressNoteDto, SearchHitDto } from '../../../contract';
import type { AppDatabase } from '../../../database/app-database';
import { measureSortKeys } from '../../../database/measure-sort-keys';
import { EditionEntity, FieldOfActionEntity, MeasureEntity, MeasureTagEntity, ProgressNoteEntity, type Measure } from '../../../database/entities';
import { DomainError, isUniqueViolation, notFound } from '../domain-error';
import { nowIso, todayIso } from '../text-compare';
import type { CurrentUser, MeasureHistory, MeasureToMove } from './measure-history';
import { listMeasureIds, listMeasures, measureFacets } from './measure-list';
import { collator, rowSql, toRow, type RawRow } from './measure-rows';
import { changedRows, phrasesOf } from '../../../database/sql-dialect';
import { searchMeasures, similarMeasures } from './measure-search';
import { historyWithSources } from './status-history';
import { nextCode, shortCodeFromName } from './measure-text';

/** Measures (Maßnahmen): entry, detail and the lifecycle; the list (measure-list.ts) and search (measure-search.ts) are delegated. */
export class MeasuresService {
  constructor(
    private readonly db: AppDatabase,
    private readonly history: MeasureHistory,
    private readonly currentUser: CurrentUser,
  ) {}

  list(filter: ParsedInput<'measures.list'>): Promise<MeasureListDto> {
    return this.db.read((manager) => listMeasures(manager, filter));
  }

  listIds(filter: ParsedInput<'measures.listIds'>): Promise<MeasureSelectionDto> {
    return this.db.read((manager) => listMeasureIds(manager, filter));
  }

  get(id: number): Promise<MeasureDto> {
    return this.db.read((manager) => this.load(manager, id));
  }

  create(input: ParsedInput<'measures.create'>): Promise<MeasureDto> {
    return this.db.write(async (manager) => {
      const { tags, proposedOn, ...fields } = input;
      if (!(await manager.getRepository(EditionEntity).existsBy({ id: input.editionId }))) {
        throw new DomainError('editions.errors.notFound', { field: 'editionId', code: 'not-found' });
      }
      await this.assertFieldInEdition(manager, input.fieldOfActionId, input.editionId);
      const code = fields.code || (await this.suggestCodeWith(manager, input.editionId, input.fieldOfActionId));
      await this.assertCodeFree(manager, input.editionId, code);
      const now = nowIso();
      const updatedBy = await this.currentUser(manager);
      const saved = await this.saving(() =>
        manager.getRepository(MeasureEntity).save({
          ...fields,
          ...measureSortKeys({ ...fields, code }),
          code,
          status: 'proposed',
          predecessorId: null,
          createdAt: now,
          updatedAt: now,
          version: 1,
          updatedBy,
        }),
      );
      await this.replaceTags(manager, saved.id, tags);
      await this.history.record(manager, {
        measureId: saved.id,
        fromStatus: null,
        toStatus: 'proposed',
        changedOn: proposedOn ?? todayIso(),
        reason: '',
        drucksache: '',
      });
      return this.load(manager, saved.id);
    });
  }

  /**
   * Saves the form only over the version it was loaded with. The version is claimed first with one
   * conditional UPDATE: on a server, a colleague's save in the same second waits for the row and
   * then finds the version gone, so one of two saves is refused, never both kept half each.
   */
  update(input: ParsedInput<'measures.update'>): Promise<MeasureDto> {
    return this.db.write(async (manager) => {
      const { id, tags, version, ...fields } = input;
      const updatedBy = await this.currentUser(manager);
      const claimed = await changedRows(manager, 'UPDATE measure SET version = version + 1, updated_by = ? WHERE id = ? AND version = ?', [updatedBy, id, version]);
      const existing = await this.row(manager, id);
      if (claimed === 0) throw changedMeanwhile(existing);
      await this.assertFieldInEdition(manager, fields.fieldOfActionId, existing.editionId);
      const code = fields.code || existing.code;
      await this.assertCodeFree(manager, existing.editionId, code, id);
      await this.saving(() =>
        manager.getRepository(MeasureEntity).save({ ...existing, ...fields, ...measureSortKeys({ ...fields, code }), code, updatedAt: nowIso() }),
      );
      await this.replaceTags(manager, id, tags);
      return this.load(manager, id);
    });
  }

  suggestCode(input: ParsedInput<'measures.suggestCode'>): Promise<{ code: string }> {
    return this.db.read(async (manager) => {
      await this.assertFieldInEdition(manager, input.fieldOfActionId, input.editionId);
      return { code: await this.suggestCodeWith(manager, input.editionId, input.fieldOfActionId) };
    });
  }

  /** All or nothing: one forbidden transition refuses the whole selection (the first in number order is named). */
  changeStatus(input: ParsedInput<'measures.changeStatus'>): Promise<MeasureRowDto[]> {
    return this.db.write(async (manager) => {
      const unique = [...new Set(input.measureIds)];
      const ids = JSON.stringify(unique);
      const p = phrasesOf(manager);
      const measures: MeasureToMove[] = await manager.query(`SELECT id, code, status FROM measure WHERE id IN (${p.idsFromJson})`, [ids]);
      if (measures.length !== unique.length) throw notFound('measures.errors.notFound');
      measures.sort((a, b) => collator.compare(a.code, b.code));
      await this.history.transitionAll(manager, measures, input.toStatus, { changedOn: input.changedOn, reason: input.reason, drucksache: input.drucksache });
      const rows: RawRow[] = await manager.query(`${rowSql(p)} WHERE m.id IN (${p.idsFromJson}) ORDER BY m.id`, [ids]);
      return rows.map(toRow);
    });
  }

  addNote(input: ParsedInput<'measures.addNote'>): Promise<ProgressNoteDto> {
    return this.db.write(async (manager) => {
      await this.row(manager, input.measureId);
      const note = await manager.getRepository(ProgressNoteEntity).save({
        measureId: input.measureId,
        notedOn: input.notedOn,
        text: input.text,
        enteredBy: await this.currentUser(manager),
        createdAt: nowIso(),
      });
      await manager.getRepository(MeasureEntity).update({ id: input.measureId }, { updatedAt: nowIso() });
      const { measureId: _measureId, ...dto } = note;
      return dto;
    });
  }

  /**
   * Two steps so the planner cannot scan all measures and test MATCH on each: first the ranked
   * hits from the index (bm25 weights set in the migration), then highlights for the page only.
   */
  search(input: ParsedInput<'measures.search'>): Promise<SearchHitDto[]> {
    return this.db.read((manager) => searchMeasures(manager, input));
  }

  similar(input: ParsedInput<'measures.similar'>): Promise<Array<{ id: number; code: string; title: string }>> {
    return this.db.read((manager) => similarMeasures(manager, input));
  }

  facets(input: ParsedInput<'measures.facets'>): Promise<{ leads: string[]; tags: string[] }> {
    return this.db.read((manager) => measureFacets(manager, input));
  }

  private async load(manager: EntityManager, id: number): Promise<MeasureDto> {
    const measure = await this.row(manager, id);
    const [row] = (await manager.query(`${rowSql(phrasesOf(manager))} WHERE m.id = ?`, [id])) as RawRow[];
    const listRow = toRow(row!);
    const notes: ProgressNoteDto[] = await manager.query(
      `SELECT id, noted_on AS "notedOn", text, entered_by AS "enteredBy", created_at AS "createdAt"
       FROM progress_note WHERE measure_id = ? ORDER BY noted_on DESC, id DESC`,
      [id],
    );
    const history = await historyWithSources(manager, id);
    const [predecessor] = measure.predecessorId
      ? ((await manager.query(
          `SELECT m.id, m.code, e.title || ' ' || e.period_from || '–' || e.period_to AS "editionTitle"
           FROM measure m JOIN edition e ON e.id = m.edition_id WHERE m.id = ?`,
          [measure.predecessorId],
        )) as Array<{ id: number; code: string; editionTitle: string }>)
      : [];
    return {
      ...listRow,
      description: measure.description,
      goal: measure.goal,
      origin: measure.origin,
      originNote: measure.originNote,
      partners: measure.partners,
      targetGroup: measure.targetGroup,
      cost: measure.cost,
      funding: measure.funding,
      periodFrom: measure.periodFrom,
      periodTo: measure.periodTo,
      predecessor: predecessor ?? null,
      notes,
      history,
      createdAt: measure.createdAt,
      version: measure.version,
      updatedBy: measure.updatedBy,
    };
  }

  private async row(manager: EntityManager, id: number): Promise<Measure> {
    const row = await manager.getRepository(MeasureEntity).findOneBy({ id });
    if (!row) throw notFound('measures.errors.notFound');
    return row;
  }

  private async assertFieldInEdition(manager: EntityManager, fieldOfActionId: number, editionId: number): Promise<void> {
    const field = await manager.getRepository(FieldOfActionEntity).findOneBy({ id: fieldOfActionId });
    if (!field || field.editionId !== editionId) {
      throw new DomainError('measures.errors.fieldNotInEdition', { field: 'fieldOfActionId' });
    }
  }

  private async assertCodeFree(manager: EntityManager, editionId: number, code: string, exceptId?: number): Promise<void> {
    const clash = await manager.getRepository(MeasureEntity).findOneBy({ editionId, code });
    if (clash && clash.id !== exceptId) {
      throw new DomainError('measures.errors.codeTaken', { field: 'code', params: { code, title: clash.title } });
    }
  }

  private async suggestCodeWith(manager: EntityManager, editionId: number, fieldOfActionId: number): Promise<string> {
    const field = await manager.getRepository(FieldOfActionEntity).findOneByOrFail({ id: fieldOfActionId });
    const prefix = field.shortCode || shortCodeFromName(field.name);
    const codes: Array<{ code: string }> = await manager.query('SELECT code FROM measure WHERE edition_id = ? AND code LIKE ?', [
      editionId,
      `${prefix}-%`,
    ]);
    return nextCode(prefix, codes.map((row) => row.code));
  }

  private async replaceTags(manager: EntityManager, measureId: number, tags: readonly string[]): Promise<void> {
    const repository = manager.getRepository(MeasureTagEntity);
    await repository.delete({ measureId });
    const unique = [...new Map(tags.map((tag) => [tag.toLocaleLowerCase('de'), tag])).values()];
    if (unique.length) await repository.insert(unique.map((tag) => ({ measureId, tag })));
  }

  private async saving<T>(save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('measures.errors.codeTaken', { field: 'code' });
      throw error;
    }
  }
}

/** "Inzwischen von NAME geändert": the form was loaded before the version now stored. */
function changedMeanwhile(current: Measure): DomainError {
  const params = { name: current.updatedBy, at: current.updatedAt, version: current.version };
  return new DomainError(current.updatedBy ? 'measures.errors.changedMeanwhile' : 'measures.errors.changedMeanwhileUnnamed', { code: 'conflict', params });
}
