import type { EntityManager } from 'typeorm';
import type { MeasureDto, MeasureListDto, MeasureRowDto, ParsedInput, ProgressNoteDto, SearchHitDto } from '../../../contract';
import { MEASURE_STATUSES, type MeasureStatus } from '../../../contract/lifecycle';
import type { AppDatabase } from '../../../database/app-database';
import { EditionEntity, FieldOfActionEntity, MeasureEntity, MeasureTagEntity, ProgressNoteEntity, type Measure } from '../../../database/entities';
import { DomainError, isUniqueViolation, notFound } from '../domain-error';
import { nowIso, todayIso } from '../text-compare';
import type { CurrentUser, MeasureHistory } from './measure-history';
import { historyWithSources } from './status-history';
import { nextCode, shortCodeFromName, titleSimilarity, titleStems, toMatchQuery } from './measure-text';

type RawRow = Omit<MeasureRowDto, 'tags'> & { tags: string | null };
type SortableRow = MeasureRowDto & { fieldPosition: number };

const TAG_SEPARATOR = '\u001f';
const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
const statusOrder = new Map(MEASURE_STATUSES.map((status, index) => [status, index]));

const ROW_SQL = `
  SELECT m.id, m.edition_id AS editionId, m.code, m.title, m.field_of_action_id AS fieldOfActionId,
         f.name AS fieldOfActionName, f.position AS fieldPosition, m.status, m.lead,
         m.priority_points AS priorityPoints, m.updated_at AS updatedAt,
         (SELECT group_concat(t.tag, char(31)) FROM measure_tag t WHERE t.measure_id = m.id) AS tags
  FROM measure m JOIN field_of_action f ON f.id = m.field_of_action_id`;

const toRow = ({ tags, ...row }: RawRow & { fieldPosition?: number }): MeasureRowDto & { fieldPosition?: number } => ({
  ...row,
  tags: tags ? tags.split(TAG_SEPARATOR).sort(collator.compare) : [],
});

/**
 * The table's rows as one JSON array built by SQLite: for thousands of rows this is several
 * times faster than letting the driver build one JavaScript object per row.
 */
const LIST_SQL = `
  SELECT json_group_array(json_array(
           m.id, m.edition_id, m.code, m.title, m.field_of_action_id, f.name, f.position, m.status, m.lead,
           m.priority_points, m.updated_at,
           json((SELECT json_group_array(t.tag) FROM measure_tag t WHERE t.measure_id = m.id)))) AS rows
  FROM measure m JOIN field_of_action f ON f.id = m.field_of_action_id`;

type ListTuple = [number, number, string, string, number, string, number, MeasureStatus, string, number, string, string[]];

const fromTuple = ([id, editionId, code, title, fieldOfActionId, fieldOfActionName, fieldPosition, status, lead, priorityPoints, updatedAt, tags]: ListTuple): SortableRow => ({
  id,
  editionId,
  code,
  title,
  fieldOfActionId,
  fieldOfActionName,
  fieldPosition,
  status,
  lead,
  priorityPoints,
  updatedAt,
  tags: tags.sort(collator.compare),
});

const COMPARATORS: Record<ParsedInput<'measures.list'>['sortKey'], (a: SortableRow, b: SortableRow) => number> = {
  code: (a, b) => collator.compare(a.code, b.code),
  title: (a, b) => collator.compare(a.title, b.title),
  status: (a, b) => statusOrder.get(a.status)! - statusOrder.get(b.status)!,
  field: (a, b) => a.fieldPosition - b.fieldPosition || collator.compare(a.code, b.code),
  priority: (a, b) => a.priorityPoints - b.priorityPoints,
  lead: (a, b) => collator.compare(a.lead, b.lead),
  updated: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
};

/** Measures (Maßnahmen): entry, the table's list and filters, search, and the lifecycle. */
export class MeasuresService {
  constructor(
    private readonly db: AppDatabase,
    private readonly history: MeasureHistory,
    private readonly currentUser: CurrentUser,
  ) {}

  list(filter: ParsedInput<'measures.list'>): Promise<MeasureListDto> {
    return this.db.read(async (manager) => {
      const where: string[] = [];
      const parameters: unknown[] = [];
      if (filter.editionId !== undefined) {
        where.push('m.edition_id = ?');
        parameters.push(filter.editionId);
      }
      if (filter.fieldOfActionIds.length > 0) {
        where.push(`m.field_of_action_id IN (${filter.fieldOfActionIds.map(() => '?').join(',')})`);
        parameters.push(...filter.fieldOfActionIds);
      }
      if (filter.tag !== '') {
        where.push('EXISTS (SELECT 1 FROM measure_tag t WHERE t.measure_id = m.id AND t.tag = ?)');
        parameters.push(filter.tag);
      }
      const match = toMatchQuery(filter.text);
      if (match) {
        where.push('m.id IN (SELECT rowid FROM measure_search WHERE measure_search MATCH ?)');
        parameters.push(match);
      }
      const [{ rows: json }] = (await manager.query(`${LIST_SQL} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, parameters)) as [{ rows: string }];
      const lead = filter.lead.toLocaleLowerCase('de');
      const matching = (JSON.parse(json) as ListTuple[]).map(fromTuple).filter((row) => lead === '' || row.lead.toLocaleLowerCase('de').includes(lead));

      // Counts per status ignore the status filter, so the user sees what each choice would show.
      const statusCounts: Partial<Record<MeasureStatus, number>> = {};
      for (const row of matching) statusCounts[row.status] = (statusCounts[row.status] ?? 0) + 1;

      const rows = filter.statuses.length ? matching.filter((row) => filter.statuses.includes(row.status)) : matching;
      const compare = COMPARATORS[filter.sortKey];
      const direction = filter.sortDirection === 'asc' ? 1 : -1;
      rows.sort((a, b) => direction * compare(a, b) || collator.compare(a.code, b.code));
      return { rows: rows.map(({ fieldPosition: _position, ...row }) => row), total: rows.length, statusCounts };
    });
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
      const saved = await this.saving(() =>
        manager.getRepository(MeasureEntity).save({ ...fields, code, status: 'proposed', predecessorId: null, createdAt: now, updatedAt: now }),
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

  update(input: ParsedInput<'measures.update'>): Promise<MeasureDto> {
    return this.db.write(async (manager) => {
      const { id, tags, ...fields } = input;
      const existing = await this.row(manager, id);
      await this.assertFieldInEdition(manager, fields.fieldOfActionId, existing.editionId);
      const code = fields.code || existing.code;
      await this.assertCodeFree(manager, existing.editionId, code, id);
      await this.saving(() => manager.getRepository(MeasureEntity).save({ ...existing, ...fields, code, updatedAt: nowIso() }));
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

  /** All or nothing: one forbidden transition refuses the whole selection. */
  changeStatus(input: ParsedInput<'measures.changeStatus'>): Promise<MeasureRowDto[]> {
    return this.db.write(async (manager) => {
      const ids = [...new Set(input.measureIds)];
      const measures = await manager.getRepository(MeasureEntity).findBy(ids.map((id) => ({ id })));
      if (measures.length !== ids.length) throw notFound('measures.errors.notFound');
      measures.sort((a, b) => collator.compare(a.code, b.code));
      for (const measure of measures) {
        await this.history.transition(manager, measure, input.toStatus, {
          changedOn: input.changedOn,
          reason: input.reason,
          drucksache: input.drucksache,
        });
      }
      const rows: RawRow[] = await manager.query(`${ROW_SQL} WHERE m.id IN (${ids.map(() => '?').join(',')})`, ids);
      return rows.map(toRow).map(({ fieldPosition: _position, ...row }) => row);
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
    return this.db.read(async (manager) => {
      const match = toMatchQuery(input.text);
      if (!match) return [];
      const editionFilter = input.editionId === undefined ? '' : 'AND m.edition_id = ?';
      const ranked: Array<{ id: number }> = await manager.query(
        `WITH hits AS MATERIALIZED (SELECT rowid AS id, rank FROM measure_search WHERE measure_search MATCH ?)
         SELECT m.id FROM hits JOIN measure m ON m.id = hits.id
         WHERE 1 = 1 ${editionFilter} ORDER BY hits.rank LIMIT ?`,
        input.editionId === undefined ? [match, input.limit] : [match, input.editionId, input.limit],
      );
      if (ranked.length === 0) return [];
      const ids = ranked.map((row) => row.id);
      const hits: SearchHitDto[] = await manager.query(
        `SELECT m.id, m.edition_id AS editionId, m.code, m.title, m.status,
                highlight(measure_search, 1, char(2), char(3)) AS titleHighlighted,
                snippet(measure_search, -1, char(2), char(3), '…', 14) AS snippet
         FROM measure_search JOIN measure m ON m.id = measure_search.rowid
         WHERE measure_search MATCH ? AND measure_search.rowid IN (${ids.map(() => '?').join(',')})`,
        [match, ...ids],
      );
      const order = new Map(ids.map((id, index) => [id, index]));
      return hits.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    });
  }

  similar(input: ParsedInput<'measures.similar'>): Promise<Array<{ id: number; code: string; title: string }>> {
    return this.db.read(async (manager) => {
      const stems = titleStems(input.title);
      if (stems.size === 0) return [];
      const candidates: Array<{ id: number; code: string; title: string }> = await manager.query(
        'SELECT id, code, title FROM measure WHERE edition_id = ?',
        [input.editionId],
      );
      return candidates
        .filter((candidate) => candidate.id !== input.excludeId)
        .map((candidate) => ({ candidate, score: titleSimilarity(stems, titleStems(candidate.title)) }))
        .filter(({ score }) => score >= 0.5)
        .sort((a, b) => b.score - a.score)
        .slice(0, 5)
        .map(({ candidate }) => candidate);
    });
  }

  facets(input: ParsedInput<'measures.facets'>): Promise<{ leads: string[]; tags: string[] }> {
    return this.db.read(async (manager) => {
      const edition = input.editionId === undefined ? '' : 'WHERE m.edition_id = ?';
      const parameters = input.editionId === undefined ? [] : [input.editionId];
      const leads: Array<{ lead: string }> = await manager.query(`SELECT DISTINCT m.lead FROM measure m ${edition}`, parameters);
      const tags: Array<{ tag: string }> = await manager.query(
        `SELECT DISTINCT t.tag FROM measure_tag t JOIN measure m ON m.id = t.measure_id ${edition}`,
        parameters,
      );
      return {
        leads: leads.map((row) => row.lead).filter((lead) => lead !== '').sort(collator.compare),
        tags: tags.map((row) => row.tag).sort(collator.compare),
      };
    });
  }

  private async load(manager: EntityManager, id: number): Promise<MeasureDto> {
    const measure = await this.row(manager, id);
    const [row] = (await manager.query(`${ROW_SQL} WHERE m.id = ?`, [id])) as RawRow[];
    const { fieldPosition: _position, ...listRow } = toRow(row!);
    const notes: ProgressNoteDto[] = await manager.query(
      `SELECT id, noted_on AS notedOn, text, entered_by AS enteredBy, created_at AS createdAt
       FROM progress_note WHERE measure_id = ? ORDER BY noted_on DESC, id DESC`,
      [id],
    );
    const history = await historyWithSources(manager, id);
    const [predecessor] = measure.predecessorId
      ? ((await manager.query(
          `SELECT m.id, m.code, e.title || ' ' || e.period_from || '–' || e.period_to AS editionTitle
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
