import type { EditionDto, FieldOfActionDto, MeasureDto } from '../../contract';
import type { RealApi } from '../real-api';
import { addMeasure } from './leitbild';

/**
 * Harburg's editions as the editions screens show them, made through the contract: „Harburg
 * integriert“ 2018–2021 (published, no fields), its successor „Zusammenleben in Vielfalt“
 * 2022–2024 (adopted, texts, three Leitlinien, two fields, six measures in different statuses)
 * and, on request, a draft „Vielfalt gestalten“ 2025–2027 made from it.
 */
export interface HarburgEditions {
  readonly old: EditionDto;
  readonly previous: EditionDto;
  readonly successor: EditionDto | null;
  readonly fields: FieldOfActionDto[];
  readonly measures: MeasureDto[];
  readonly idOf: (code: string) => number;
}

export const PREVIOUS_GUIDELINES = [
  { title: 'Begegnung ermöglichen', text: 'Orte und Anlässe für Begegnung.' },
  { title: 'Sprache als Schlüssel', text: 'Deutsch lernen im Alltag.' },
  { title: 'Engagement stärken', text: 'Ehrenamt gewinnen und anerkennen.' },
];

export async function seedHarburgEditions(api: RealApi, options: { successor?: boolean } = {}): Promise<HarburgEditions> {
  const old = await api.must('editions.create', { title: 'Harburg integriert', subtitle: '', periodFrom: 2018, periodTo: 2021, status: 'published' });
  const made = await api.must('editions.createFromPrevious', {
    previousId: old.id,
    title: 'Zusammenleben in Vielfalt',
    subtitle: 'Harburger Integrationskonzept – Leitbild und Maßnahmen',
    periodFrom: 2022,
    periodTo: 2024,
  });
  const previous = await api.must('editions.update', {
    id: made.id,
    title: made.title,
    subtitle: made.subtitle,
    periodFrom: 2022,
    periodTo: 2024,
    status: 'adopted',
    adoptedOn: '2022-06-28',
    drucksache: '21-2519',
    preamble: 'Harburg ist seit Jahrzehnten ein vielfältiger Bezirk.',
    leitbildText: 'Harburg ist ein Ort, an dem sich alle Menschen zu Hause fühlen können.',
    guidelines: PREVIOUS_GUIDELINES,
  });
  const fields = [
    await api.must('fieldsOfAction.create', { editionId: previous.id, name: 'Zusammenleben in Harburg', shortCode: 'ZL', description: '' }),
    await api.must('fieldsOfAction.create', { editionId: previous.id, name: 'Deutsch als Sprache', shortCode: 'DS', description: '' }),
  ];
  const measures: MeasureDto[] = [];
  for (const seed of [
    { code: 'ZL-01', title: 'Interkulturelles Nachbarschaftsfest', field: 0, status: 'implementing' },
    { code: 'ZL-02', title: 'Begegnungscafé in der Bücherhalle', field: 0, status: 'continued' },
    { code: 'ZL-03', title: 'Mehrsprachige Willkommensmappe', field: 0, status: 'completed' },
    { code: 'DS-01', title: 'Sprachcafé Neugraben', field: 1, status: 'implementing' },
    { code: 'DS-02', title: 'Elternkurse an Grundschulen', field: 1, status: 'rejected' },
    { code: 'DS-03', title: 'Lesepatenschaften', field: 1, status: 'proposed' },
  ] as const) {
    measures.push(await addMeasure(api, previous.id, fields, { ...seed, proposedOn: '2022-03-01', changedOn: '2022-09-01' }));
  }
  const successor = options.successor
    ? await api.must('editions.createFromPrevious', { previousId: previous.id, title: 'Vielfalt gestalten', subtitle: '', periodFrom: 2025, periodTo: 2027 })
    : null;
  return { old, previous, successor, fields, measures, idOf: (code) => measures.find((measure) => measure.code === code)!.id };
}
