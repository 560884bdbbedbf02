import type { CarryOverCandidateDto, EditionDto, EditionSummaryDto } from '../../../../contract';
import { fail, ok, type FakeHandlers } from '../../test/fake-api';

/** Two editions, newest first, as `editions.list` returns them. */
export const previousEdition: EditionDto = {
  id: 3,
  title: 'Zusammenleben in Vielfalt',
  subtitle: 'Harburger Integrationskonzept – Leitbild und Maßnahmen',
  periodFrom: 2022,
  periodTo: 2024,
  status: 'adopted',
  adoptedOn: '2022-06-28',
  drucksache: '21-2519',
  predecessorId: 1,
  measureCount: 6,
  fieldCount: 2,
  preamble: 'Harburg ist seit Jahrzehnten ein vielfältiger Bezirk.',
  leitbildText: 'Harburg ist ein Ort, an dem sich alle Menschen zu Hause fühlen können.',
  guidelines: [
    { id: 31, title: 'Begegnung ermöglichen', text: 'Orte und Anlässe für Begegnung.', position: 1 },
    { id: 32, title: 'Sprache als Schlüssel', text: 'Deutsch lernen im Alltag.', position: 2 },
    { id: 33, title: 'Engagement stärken', text: 'Ehrenamt gewinnen und anerkennen.', position: 3 },
  ],
  createdAt: '2022-01-10T09:00:00.000Z',
  updatedAt: '2022-06-28T09:00:00.000Z',
};

export const oldEdition: EditionDto = {
  ...previousEdition,
  id: 1,
  title: 'Harburg integriert',
  subtitle: '',
  periodFrom: 2018,
  periodTo: 2021,
  status: 'published',
  adoptedOn: null,
  drucksache: '',
  predecessorId: null,
  measureCount: 0,
  fieldCount: 0,
  guidelines: [],
};

export const candidates: CarryOverCandidateDto[] = [
  { id: 101, code: 'ZL-01', title: 'Interkulturelles Nachbarschaftsfest', status: 'implementing', fieldOfActionName: 'Zusammenleben in Harburg', selectedByDefault: true },
  { id: 102, code: 'ZL-02', title: 'Begegnungscafé in der Bücherhalle', status: 'continued', fieldOfActionName: 'Zusammenleben in Harburg', selectedByDefault: true },
  { id: 103, code: 'ZL-03', title: 'Mehrsprachige Willkommensmappe', status: 'completed', fieldOfActionName: 'Zusammenleben in Harburg', selectedByDefault: false },
  { id: 201, code: 'DS-01', title: 'Sprachcafé Neugraben', status: 'implementing', fieldOfActionName: 'Deutsch als Sprache', selectedByDefault: true },
  { id: 202, code: 'DS-02', title: 'Elternkurse an Grundschulen', status: 'rejected', fieldOfActionName: 'Deutsch als Sprache', selectedByDefault: false },
  { id: 203, code: 'DS-03', title: 'Lesepatenschaften', status: 'proposed', fieldOfActionName: 'Deutsch als Sprache', selectedByDefault: false },
];

const summaryOf = (edition: EditionDto): EditionSummaryDto => ({
  id: edition.id,
  title: edition.title,
  subtitle: edition.subtitle,
  periodFrom: edition.periodFrom,
  periodTo: edition.periodTo,
  status: edition.status,
  adoptedOn: edition.adoptedOn,
  drucksache: edition.drucksache,
  predecessorId: edition.predecessorId,
  measureCount: edition.measureCount,
  fieldCount: edition.fieldCount,
});

const invalid = (field: string, messageKey: string) => fail({ code: 'invalid-input', messageKey: 'errors.invalidInput', fields: [{ field, messageKey }] });

/** Editions in memory, with the rules of the real service the screens rely on. */
export function editionStore(initial: readonly EditionDto[] = [previousEdition, oldEdition]) {
  let editions = [...initial];
  let nextId = 10;
  const now = '2026-11-26T09:00:00.000Z';
  const sorted = () => [...editions].sort((a, b) => b.periodFrom - a.periodFrom || b.id - a.id);

  const checkCommon = (input: { title: string; periodFrom: number; periodTo: number }) => {
    if (!input.title.trim()) return invalid('title', 'validation.required');
    if (input.periodFrom > input.periodTo) return invalid('periodTo', 'validation.periodOrder');
    return null;
  };

  const handlers: FakeHandlers = {
    'editions.list': () => ok(sorted().map(summaryOf)),
    'editions.get': ({ id }) => {
      const edition = editions.find((item) => item.id === id);
      return edition ? ok(edition) : fail({ code: 'not-found', messageKey: 'editions.errors.notFound' });
    },
    'editions.create': (input) => {
      const problem = checkCommon(input);
      if (problem) return problem;
      const edition: EditionDto = {
        id: nextId++,
        title: input.title.trim(),
        subtitle: (input.subtitle ?? '').trim(),
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        status: input.status ?? 'draft',
        adoptedOn: input.adoptedOn ?? null,
        drucksache: input.drucksache ?? '',
        predecessorId: null,
        measureCount: 0,
        fieldCount: 0,
        preamble: '',
        leitbildText: '',
        guidelines: [],
        createdAt: now,
        updatedAt: now,
      };
      editions = [...editions, edition];
      return ok(edition);
    },
    'editions.update': (input) => {
      const existing = editions.find((item) => item.id === input.id);
      if (!existing) return fail({ code: 'not-found', messageKey: 'editions.errors.notFound' });
      const problem = checkCommon(input);
      if (problem) return problem;
      const emptyGuideline = (input.guidelines ?? []).findIndex((guideline) => !guideline.title.trim());
      if (emptyGuideline >= 0) return invalid(`guidelines.${emptyGuideline}.title`, 'validation.required');
      const updated: EditionDto = {
        ...existing,
        title: input.title.trim(),
        subtitle: (input.subtitle ?? '').trim(),
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        status: input.status ?? existing.status,
        adoptedOn: input.adoptedOn ?? null,
        drucksache: input.drucksache ?? '',
        preamble: input.preamble ?? '',
        leitbildText: input.leitbildText ?? '',
        guidelines: (input.guidelines ?? []).map((guideline, index) => ({ id: 900 + index, title: guideline.title.trim(), text: (guideline.text ?? '').trim(), position: index + 1 })),
        updatedAt: now,
      };
      editions = editions.map((item) => (item.id === input.id ? updated : item));
      return ok(updated);
    },
    'editions.carryOverCandidates': ({ previousId }) =>
      previousId === previousEdition.id ? ok(candidates) : fail({ code: 'not-found', messageKey: 'editions.errors.notFound' }),
    'editions.createFromPrevious': (input) => {
      const previous = editions.find((item) => item.id === input.previousId);
      if (!previous) return fail({ code: 'not-found', messageKey: 'editions.errors.notFound' });
      const problem = checkCommon(input);
      if (problem) return problem;
      const ids = input.carryOverMeasureIds ?? [];
      if (ids.some((id) => !candidates.some((candidate) => candidate.id === id))) return fail({ code: 'not-found', messageKey: 'editions.errors.carryOverUnknown' });
      const edition: EditionDto = {
        ...previous,
        id: nextId++,
        title: input.title.trim(),
        subtitle: (input.subtitle ?? '').trim(),
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        status: 'draft',
        adoptedOn: null,
        drucksache: '',
        predecessorId: previous.id,
        measureCount: ids.length,
        createdAt: now,
        updatedAt: now,
      };
      editions = [...editions, edition];
      return ok(edition);
    },
  };
  return { handlers, all: () => sorted() };
}
