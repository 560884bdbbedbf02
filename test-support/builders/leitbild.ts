import type { EditionDto, FieldOfActionDto, MeasureDto, MeasureStatus } from '../../contract';
import { ALLOWED_TRANSITIONS, STATUSES_REQUIRING_SOURCE } from '../../contract/lifecycle';
import { MeasureImport, type ImportedMeasure } from './measure-import';
import type { RealApi } from '../real-api';

/**
 * Test builders for Leitbild state (editions, fields of action, measures). Everything goes
 * through the contract calls the screens use, so the state is what the real services make of it.
 */

/** The three fields most screen tests use, in this order (positions 1–3). */
export const TEST_FIELDS = [
  { name: 'Zusammenleben in Vielfalt', shortCode: 'ZL' },
  { name: 'Arbeit und Bildung', shortCode: 'AB' },
  { name: 'Sprache', shortCode: 'SP' },
] as const;

export interface MeasureSeed {
  readonly code: string;
  readonly title: string;
  /** Index into the edition's fields. */
  readonly field?: number;
  readonly status?: MeasureStatus;
  readonly lead?: string;
  readonly tags?: readonly string[];
  readonly points?: number;
  readonly description?: string;
  /** The date of the proposal (first history entry); today unless given. */
  readonly proposedOn?: string;
  /** The date of every further status change on the way to `status`; the proposal date unless given. */
  readonly changedOn?: string;
}

export interface LeitbildSeed {
  readonly title?: string;
  readonly subtitle?: string;
  readonly periodFrom?: number;
  readonly periodTo?: number;
  readonly fields?: readonly { readonly name: string; readonly shortCode?: string; readonly description?: string }[];
  readonly measures?: readonly MeasureSeed[];
}

export interface Leitbild {
  readonly edition: EditionDto;
  readonly fields: FieldOfActionDto[];
  readonly measures: MeasureDto[];
}

/** A draft edition with fields of action and measures, each brought to its status along the lifecycle. */
export async function seedLeitbild(api: RealApi, seed: LeitbildSeed = {}): Promise<Leitbild> {
  const edition = await api.must('editions.create', {
    title: seed.title ?? 'Zusammenleben in Vielfalt',
    subtitle: seed.subtitle ?? '',
    periodFrom: seed.periodFrom ?? 2022,
    periodTo: seed.periodTo ?? 2024,
  });
  const fields: FieldOfActionDto[] = [];
  const wanted: LeitbildSeed['fields'] = seed.fields ?? TEST_FIELDS;
  for (const field of wanted ?? []) {
    fields.push(await api.must('fieldsOfAction.create', { editionId: edition.id, name: field.name, shortCode: field.shortCode ?? '', description: field.description ?? '' }));
  }
  const measures: MeasureDto[] = [];
  for (const measure of seed.measures ?? []) measures.push(await addMeasure(api, edition.id, fields, measure));
  return { edition, fields, measures };
}

/** One measure through `measures.create`, then moved to its status through `measures.changeStatus`. */
export async function addMeasure(api: RealApi, editionId: number, fields: readonly FieldOfActionDto[], seed: MeasureSeed): Promise<MeasureDto> {
  const field = fields[seed.field ?? 0];
  if (!field) throw new Error(`no field ${seed.field} in the edition`);
  const created = await api.must('measures.create', {
    editionId,
    fieldOfActionId: field.id,
    code: seed.code,
    title: seed.title,
    description: seed.description ?? '',
    lead: seed.lead ?? '',
    tags: [...(seed.tags ?? [])],
    priorityPoints: seed.points ?? 0,
    ...(seed.proposedOn ? { proposedOn: seed.proposedOn } : {}),
  });
  if (!seed.status || seed.status === 'proposed') return created;
  await moveTo(api, [created.id], 'proposed', seed.status, seed.changedOn ?? seed.proposedOn ?? new Date().toLocaleDateString('sv-SE'));
  return api.must('measures.get', { id: created.id });
}

/** The shortest way along the lifecycle table from one status to another. */
export function lifecyclePath(from: MeasureStatus, to: MeasureStatus): MeasureStatus[] {
  const previous = new Map<MeasureStatus, MeasureStatus>();
  const queue: MeasureStatus[] = [from];
  while (queue.length) {
    const current = queue.shift()!;
    if (current === to) break;
    for (const next of ALLOWED_TRANSITIONS[current]) {
      if (next === from || previous.has(next)) continue;
      previous.set(next, current);
      queue.push(next);
    }
  }
  if (from !== to && !previous.has(to)) throw new Error(`no way from ${from} to ${to}`);
  const steps: MeasureStatus[] = [];
  for (let status = to; status !== from; status = previous.get(status)!) steps.unshift(status);
  return steps;
}

/** Moves measures that stand on `from` to `to`, step by step (a Drucksache where one is needed). */
export async function moveTo(api: RealApi, measureIds: readonly number[], from: MeasureStatus, to: MeasureStatus, changedOn: string): Promise<void> {
  for (const toStatus of lifecyclePath(from, to)) {
    await api.must('measures.changeStatus', {
      measureIds: [...measureIds],
      toStatus,
      changedOn,
      reason: '',
      drucksache: STATUSES_REQUIRING_SOURCE.includes(toStatus) ? '21-0001' : '',
    });
  }
}

/**
 * `count` measures „Maßnahme Nummer 1 …“ numbered ZL-0001 …, spread over the fields and all
 * statuses (index modulo), with points 0–16. Thousands of `measures.create` calls would take
 * minutes, so they go in through the bulk import of measures with their histories
 * (`MeasureImport`: every history checked against the lifecycle table, one transaction).
 */
export async function manyMeasures(api: RealApi, editionId: number, fields: readonly FieldOfActionDto[], count: number): Promise<void> {
  const statuses = Object.keys(ALLOWED_TRANSITIONS) as MeasureStatus[];
  const today = new Date().toLocaleDateString('sv-SE');
  const measures: ImportedMeasure[] = Array.from({ length: count }, (_, index) => {
    const steps = lifecyclePath('proposed', statuses[index % statuses.length]!);
    return {
      fieldOfActionId: fields[index % fields.length]!.id,
      code: `ZL-${String(index + 1).padStart(4, '0')}`,
      title: `Maßnahme Nummer ${index + 1}`,
      description: '',
      lead: '',
      origin: 'workshop',
      priorityPoints: index % 17,
      history: ['proposed' as const, ...steps].map((toStatus, step, all) => ({
        changedOn: today,
        fromStatus: step === 0 ? null : all[step - 1]!,
        toStatus,
        reason: '',
        drucksache: STATUSES_REQUIRING_SOURCE.includes(toStatus) ? '21-0001' : '',
      })),
    };
  });
  await new MeasureImport(api.core.database!).run(editionId, measures, '');
}
