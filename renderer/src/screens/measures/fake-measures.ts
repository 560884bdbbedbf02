import type { FieldOfActionDto, MeasureDto, MeasureRowDto, MeasureStatus, ProgressNoteDto, SearchHitDto } from '../../../../contract';
import { canTransition, MEASURE_STATUSES, STATUSES_REQUIRING_SOURCE } from '../../../../contract/lifecycle';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../../contract/measures';
import { fail, ok, type FakeHandlers } from '../../test/fake-api';

/**
 * Measures in memory for the screen tests, with the rules of the real service the screens rely
 * on: lifecycle transitions (all or nothing), the Drucksache for "adopted", unique numbers,
 * required titles, counts per status that ignore the status filter, prefix search with markers.
 */
export interface SeedMeasure {
  readonly code: string;
  readonly title: string;
  /** Index into the fields. */
  readonly field?: number;
  readonly status?: MeasureStatus;
  readonly lead?: string;
  readonly tags?: readonly string[];
  readonly points?: number;
  readonly description?: string;
  readonly editionId?: number;
}

export const TEST_FIELDS = [
  { name: 'Zusammenleben in Vielfalt', shortCode: 'ZL' },
  { name: 'Arbeit und Bildung', shortCode: 'AB' },
  { name: 'Sprache', shortCode: 'SP' },
] as const;

const NOW = '2026-11-26T09:00:00.000Z';
const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });
const invalid = (field: string, messageKey = 'validation.required') => fail({ code: 'invalid-input', messageKey: 'errors.invalidInput', fields: [{ field, messageKey }] });
const words = (text: string) => text.toLocaleLowerCase('de').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function measuresHandlers(seeds: readonly SeedMeasure[], options: { enteredBy?: string } = {}) {
  const enteredBy = options.enteredBy ?? 'Meier';
  const fields: FieldOfActionDto[] = TEST_FIELDS.map((field, index) => ({
    id: index + 1,
    editionId: 1,
    name: field.name,
    shortCode: field.shortCode,
    description: '',
    position: index + 1,
    createdAt: NOW,
    updatedAt: NOW,
  }));
  let nextId = 1;
  let nextEntry = 1;
  const fieldOf = (id: number) => fields.find((field) => field.id === id);

  const make = (seed: SeedMeasure): MeasureDto => {
    const field = fields[seed.field ?? 0]!;
    const status = seed.status ?? 'proposed';
    return {
      id: nextId++,
      editionId: seed.editionId ?? 1,
      code: seed.code,
      title: seed.title,
      fieldOfActionId: field.id,
      fieldOfActionName: field.name,
      status,
      lead: seed.lead ?? '',
      priorityPoints: seed.points ?? 0,
      tags: [...(seed.tags ?? [])],
      updatedAt: NOW,
      description: seed.description ?? '',
      goal: '',
      origin: 'workshop',
      originNote: '',
      partners: '',
      targetGroup: '',
      cost: '',
      funding: '',
      periodFrom: null,
      periodTo: null,
      predecessor: null,
      notes: [],
      history: [
        { id: nextEntry++, changedOn: '2026-03-14', fromStatus: null, toStatus: 'proposed', reason: '', drucksache: '', enteredBy, createdAt: NOW },
        ...(status === 'proposed'
          ? []
          : [{ id: nextEntry++, changedOn: '2026-05-01', fromStatus: 'proposed' as const, toStatus: status, reason: '', drucksache: '', enteredBy, createdAt: NOW }]),
      ],
      createdAt: NOW,
    };
  };
  let measures: MeasureDto[] = seeds.map(make);

  const row = ({ id, editionId, code, title, fieldOfActionId, fieldOfActionName, status, lead, priorityPoints, tags, updatedAt }: MeasureDto): MeasureRowDto => ({
    id,
    editionId,
    code,
    title,
    fieldOfActionId,
    fieldOfActionName,
    status,
    lead,
    priorityPoints,
    tags,
    updatedAt,
  });
  const matches = (measure: MeasureDto, text: string) => {
    const wanted = words(text);
    const have = words(`${measure.code} ${measure.title} ${measure.description}`);
    return wanted.every((word) => have.some((each) => each.startsWith(word)));
  };
  const mark = (text: string, query: string) => {
    const wanted = words(query);
    return text.replace(/[\p{L}\p{N}]+/gu, (word) => (wanted.some((each) => word.toLocaleLowerCase('de').startsWith(each)) ? `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}` : word));
  };
  const suggest = (editionId: number, fieldId: number) => {
    const prefix = fieldOf(fieldId)?.shortCode ?? 'M';
    const highest = measures
      .filter((measure) => measure.editionId === editionId && measure.code.startsWith(`${prefix}-`))
      .reduce((max, measure) => Math.max(max, Number(measure.code.slice(prefix.length + 1)) || 0), 0);
    return `${prefix}-${String(highest + 1).padStart(2, '0')}`;
  };
  const taken = (editionId: number, code: string, exceptId?: number) => measures.some((measure) => measure.editionId === editionId && measure.code === code && measure.id !== exceptId);
  const codeTaken = (code: string) => fail({ messageKey: 'measures.errors.codeTaken', params: { code }, fields: [{ field: 'code', messageKey: 'measures.errors.codeTaken', params: { code } }] });

  const handlers: FakeHandlers = {
    'fieldsOfAction.list': () => ok(fields),
    'measures.list': (filter) => {
      const lead = (filter.lead ?? '').toLocaleLowerCase('de');
      const matching = measures.filter(
        (measure) =>
          (filter.editionId === undefined || measure.editionId === filter.editionId) &&
          (!filter.fieldOfActionIds?.length || filter.fieldOfActionIds.includes(measure.fieldOfActionId)) &&
          (!lead || measure.lead.toLocaleLowerCase('de').includes(lead)) &&
          (!filter.tag || measure.tags.includes(filter.tag)) &&
          (!filter.text?.trim() || matches(measure, filter.text)),
      );
      const statusCounts: Partial<Record<MeasureStatus, number>> = {};
      for (const measure of matching) statusCounts[measure.status] = (statusCounts[measure.status] ?? 0) + 1;
      const rows = filter.statuses?.length ? matching.filter((measure) => filter.statuses!.includes(measure.status)) : matching;
      const key = filter.sortKey ?? 'code';
      const direction = filter.sortDirection === 'desc' ? -1 : 1;
      const compare = (a: MeasureDto, b: MeasureDto): number => {
        switch (key) {
          case 'title':
            return collator.compare(a.title, b.title);
          case 'status':
            return MEASURE_STATUSES.indexOf(a.status) - MEASURE_STATUSES.indexOf(b.status);
          case 'field':
            return a.fieldOfActionId - b.fieldOfActionId;
          case 'priority':
            return a.priorityPoints - b.priorityPoints;
          case 'lead':
            return collator.compare(a.lead, b.lead);
          case 'updated':
            return a.updatedAt.localeCompare(b.updatedAt);
          default:
            return collator.compare(a.code, b.code);
        }
      };
      const sorted = [...rows].sort((a, b) => direction * compare(a, b) || collator.compare(a.code, b.code));
      return ok({ rows: sorted.map(row), total: sorted.length, statusCounts });
    },
    'measures.get': ({ id }) => {
      const measure = measures.find((each) => each.id === id);
      return measure ? ok(measure) : fail({ code: 'not-found', messageKey: 'measures.errors.notFound' });
    },
    'measures.facets': () =>
      ok({
        leads: [...new Set(measures.map((measure) => measure.lead).filter(Boolean))].sort(collator.compare),
        tags: [...new Set(measures.flatMap((measure) => measure.tags))].sort(collator.compare),
      }),
    'measures.suggestCode': ({ editionId, fieldOfActionId }) => ok({ code: suggest(editionId, fieldOfActionId) }),
    'measures.create': (input) => {
      if (!input.title.trim()) return invalid('title');
      const field = fieldOf(input.fieldOfActionId);
      if (!field) return fail({ messageKey: 'measures.errors.fieldNotInEdition', fields: [{ field: 'fieldOfActionId', messageKey: 'measures.errors.fieldNotInEdition' }] });
      const code = (input.code ?? '').trim().toUpperCase() || suggest(input.editionId, field.id);
      if (taken(input.editionId, code)) return codeTaken(code);
      const measure: MeasureDto = {
        ...make({ code, title: input.title.trim(), field: fields.indexOf(field), points: input.priorityPoints ?? 0, description: input.description ?? '', editionId: input.editionId }),
        origin: input.origin ?? 'workshop',
        originNote: input.originNote ?? '',
      };
      measures = [...measures, measure];
      return ok(measure);
    },
    'measures.update': (input) => {
      const existing = measures.find((each) => each.id === input.id);
      if (!existing) return fail({ code: 'not-found', messageKey: 'measures.errors.notFound' });
      if (!input.title.trim()) return invalid('title');
      if (input.periodFrom && input.periodTo && input.periodFrom > input.periodTo) return invalid('periodTo', 'validation.periodOrder');
      const code = (input.code ?? '').trim().toUpperCase() || existing.code;
      if (taken(existing.editionId, code, existing.id)) return codeTaken(code);
      const field = fieldOf(input.fieldOfActionId) ?? fieldOf(existing.fieldOfActionId)!;
      const { id: _id, ...rest } = input;
      const updated: MeasureDto = {
        ...existing,
        ...rest,
        code,
        title: input.title.trim(),
        fieldOfActionId: field.id,
        fieldOfActionName: field.name,
        tags: [...(input.tags ?? [])],
        priorityPoints: input.priorityPoints ?? 0,
        periodFrom: input.periodFrom ?? null,
        periodTo: input.periodTo ?? null,
        updatedAt: '2026-11-27T10:00:00.000Z',
      } as MeasureDto;
      measures = measures.map((each) => (each.id === input.id ? updated : each));
      return ok(updated);
    },
    'measures.changeStatus': (input) => {
      const chosen = measures.filter((measure) => input.measureIds.includes(measure.id)).sort((a, b) => collator.compare(a.code, b.code));
      if (chosen.length !== new Set(input.measureIds).size) return fail({ code: 'not-found', messageKey: 'measures.errors.notFound' });
      for (const measure of chosen) {
        if (!canTransition(measure.status, input.toStatus)) {
          const params = { code: measure.code, fromStatus: measure.status, toStatus: input.toStatus };
          return fail({ messageKey: 'measures.errors.transitionForbidden', params, fields: [{ field: 'toStatus', messageKey: 'measures.errors.transitionForbidden', params }] });
        }
        if (STATUSES_REQUIRING_SOURCE.includes(input.toStatus) && !(input.drucksache ?? '').trim()) {
          return fail({ messageKey: 'measures.errors.sourceRequired', params: { code: measure.code }, fields: [{ field: 'drucksache', messageKey: 'measures.errors.sourceRequired', params: { code: measure.code } }] });
        }
      }
      const ids = new Set(chosen.map((measure) => measure.id));
      measures = measures.map((measure) =>
        ids.has(measure.id)
          ? {
              ...measure,
              status: input.toStatus,
              history: [
                ...measure.history,
                {
                  id: nextEntry++,
                  changedOn: input.changedOn,
                  fromStatus: measure.status,
                  toStatus: input.toStatus,
                  reason: input.reason ?? '',
                  drucksache: input.drucksache ?? '',
                  enteredBy,
                  createdAt: NOW,
                },
              ],
            }
          : measure,
      );
      return ok(measures.filter((measure) => ids.has(measure.id)).map(row));
    },
    'measures.addNote': ({ measureId, notedOn, text }) => {
      if (!text.trim()) return invalid('text');
      const note: ProgressNoteDto = { id: nextEntry++, notedOn, text: text.trim(), enteredBy, createdAt: NOW };
      measures = measures.map((measure) => (measure.id === measureId ? { ...measure, notes: [note, ...measure.notes] } : measure));
      return ok(note);
    },
    'measures.search': ({ text, editionId, limit = 50 }) => {
      const hits: SearchHitDto[] = measures
        .filter((measure) => (editionId === undefined || measure.editionId === editionId) && matches(measure, text))
        .slice(0, limit)
        .map((measure) => ({
          id: measure.id,
          editionId: measure.editionId,
          code: measure.code,
          title: measure.title,
          status: measure.status,
          titleHighlighted: mark(measure.title, text),
          snippet: mark(measure.description || measure.title, text),
        }));
      return ok(hits);
    },
    'measures.similar': ({ editionId, title, excludeId }) => {
      const stems = new Set(words(title).filter((word) => word.length > 3).map((word) => word.slice(0, 6)));
      return ok(
        measures
          .filter((measure) => measure.editionId === editionId && measure.id !== excludeId)
          .filter((measure) => words(measure.title).some((word) => stems.has(word.slice(0, 6))))
          .map(({ id, code, title: found }) => ({ id, code, title: found })),
      );
    },
  };
  return { handlers, fields, current: () => measures, find: (code: string) => measures.find((measure) => measure.code === code) };
}

/** `count` measures spread over the statuses and fields, for the virtualisation test. */
export function manySeeds(count: number): SeedMeasure[] {
  return Array.from({ length: count }, (_, index) => ({
    code: `ZL-${String(index + 1).padStart(4, '0')}`,
    title: `Maßnahme Nummer ${index + 1}`,
    field: index % TEST_FIELDS.length,
    status: MEASURE_STATUSES[index % MEASURE_STATUSES.length],
    points: index % 17,
  }));
}
