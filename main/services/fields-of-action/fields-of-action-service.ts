import type { EntityManager } from 'typeorm';
import type { FieldOfActionDto, ParsedInput } from '../../../contract';
import type { AppDatabase } from '../../../database/app-database';
import { EditionEntity, FieldOfActionEntity, type FieldOfAction } from '../../../database/entities';
import { DomainError, isForeignKeyViolation, isUniqueViolation, notFound } from '../domain-error';
import { nowIso, sameName } from '../text-compare';

const toDto = (row: FieldOfAction): FieldOfActionDto => ({ ...row });

/** Fields of action (Handlungsfelder): an ordered list the measures hang on. */
export class FieldsOfActionService {
  constructor(private readonly db: AppDatabase) {}

  list(input: ParsedInput<'fieldsOfAction.list'>): Promise<FieldOfActionDto[]> {
    return this.db.read((manager) => this.ordered(manager, input.editionId));
  }

  create(input: ParsedInput<'fieldsOfAction.create'>): Promise<FieldOfActionDto> {
    return this.db.write(async (manager) => {
      const repository = manager.getRepository(FieldOfActionEntity);
      if (!(await manager.getRepository(EditionEntity).existsBy({ id: input.editionId }))) {
        throw new DomainError('editions.errors.notFound', { field: 'editionId', code: 'not-found' });
      }
      await this.assertNameFree(manager, input.editionId, input.name);
      const last = await repository
        .createQueryBuilder('f')
        .select('MAX(f.position)', 'max')
        .where('f.edition_id = :editionId', { editionId: input.editionId })
        .getRawOne<{ max: number | null }>();
      const now = nowIso();
      const saved = await this.saving(() =>
        repository.save({ ...input, position: (last?.max ?? 0) + 1, createdAt: now, updatedAt: now }),
      );
      return toDto(saved);
    });
  }

  update(input: ParsedInput<'fieldsOfAction.update'>): Promise<FieldOfActionDto> {
    return this.db.write(async (manager) => {
      const existing = await this.get(manager, input.id);
      await this.assertNameFree(manager, existing.editionId, input.name, input.id);
      const saved = await this.saving(() =>
        manager.getRepository(FieldOfActionEntity).save({ ...existing, ...input, updatedAt: nowIso() }),
      );
      return toDto(saved);
    });
  }

  /** Takes the complete new order; anything but a permutation of the current ids is refused. */
  reorder(input: ParsedInput<'fieldsOfAction.reorder'>): Promise<FieldOfActionDto[]> {
    return this.db.write(async (manager) => {
      const current = await this.ordered(manager, input.editionId);
      const known = new Set(current.map((field) => field.id));
      const wanted = new Set(input.orderedIds);
      if (wanted.size !== input.orderedIds.length || wanted.size !== known.size || ![...wanted].every((id) => known.has(id))) {
        throw new DomainError('fieldsOfAction.errors.reorderStale', { field: 'orderedIds' });
      }
      const repository = manager.getRepository(FieldOfActionEntity);
      const now = nowIso();
      for (const [index, id] of input.orderedIds.entries()) {
        await repository.update({ id }, { position: index + 1, updatedAt: now });
      }
      return this.ordered(manager, input.editionId);
    });
  }

  delete(input: ParsedInput<'fieldsOfAction.delete'>): Promise<{ id: number }> {
    return this.db.write(async (manager) => {
      const existing = await this.get(manager, input.id);
      try {
        await manager.getRepository(FieldOfActionEntity).delete({ id: existing.id });
      } catch (error) {
        // Measures reference their field with ON DELETE RESTRICT; the database has the last word.
        if (isForeignKeyViolation(error)) {
          throw new DomainError('fieldsOfAction.errors.inUse', { params: { name: existing.name } });
        }
        throw error;
      }
      return { id: existing.id };
    });
  }

  private async ordered(manager: EntityManager, editionId: number): Promise<FieldOfActionDto[]> {
    const rows = await manager.getRepository(FieldOfActionEntity).find({ where: { editionId }, order: { position: 'ASC', id: 'ASC' } });
    return rows.map(toDto);
  }

  private async get(manager: EntityManager, id: number): Promise<FieldOfAction> {
    const row = await manager.getRepository(FieldOfActionEntity).findOneBy({ id });
    if (!row) throw notFound('fieldsOfAction.errors.notFound');
    return row;
  }

  private async assertNameFree(manager: EntityManager, editionId: number, name: string, exceptId?: number): Promise<void> {
    const all = await manager.getRepository(FieldOfActionEntity).find({ where: { editionId }, select: { id: true, name: true } });
    if (all.some((field) => field.id !== exceptId && sameName(field.name, name))) {
      throw new DomainError('fieldsOfAction.errors.nameTaken', { field: 'name', params: { name } });
    }
  }

  private async saving<T>(save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('fieldsOfAction.errors.nameTaken', { field: 'name' });
      throw error;
    }
  }
}
