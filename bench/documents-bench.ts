import { performance } from 'node:perf_hooks';
import { Packer, type Document } from 'docx';
import type { DocumentMeasureDto } from '../contract/documents';
import { HARBURG_MOTION_CONVENTIONS } from '../contract/settings';
import { buildAntrag, buildEdition, draftSachverhalt, type EditionInput } from '../documents';
import { demoEdition, demoFields, demoSettings } from '../main/demo/demo-data';
import { demoEditionTexts, demoFieldsWith } from '../test-support/large-edition';
import type { BenchFigure } from './bench-support';

const EDITION_MEASURES = 500;
const ANTRAG_MEASURES = 20;

const office = {
  districtName: demoSettings.districtName ?? '',
  officeName: demoSettings.officeName ?? '',
  officeAddress: demoSettings.officeAddress ?? '',
  officePhone: demoSettings.officePhone ?? '',
  officeEmail: demoSettings.officeEmail ?? '',
};
const edition = { id: 1, title: demoEdition.title, subtitle: demoEdition.subtitle ?? '', periodFrom: 2022, periodTo: 2024, adoptedOn: '2022-06-28', drucksache: '21-2519' };
const process = {
  workshop: { date: '2021-09-25', note: 'Planungswerkstatt 2021 (online)', online: true, proposals: 34 },
  agSessions: ['2021-11-17', '2022-01-26', '2022-03-16', '2022-05-04'],
  agVotes: { reviewed: 32, recommended: 28, rejected: 2, deferred: 2 },
  motion: { date: '2022-05-24', drucksache: '21-2433', fraktionen: ['SPD', 'GRÜNE', 'CDU'] },
  adoption: { date: '2022-06-28', drucksache: '21-2519' },
};

/** The demo's measures, repeated with numbers until there are `count`, spread over its five fields. */
function measures(count: number): DocumentMeasureDto[] {
  const texts = demoFields.flatMap((field) => field.measures);
  return Array.from({ length: count }, (_, i) => {
    const text = texts[i % texts.length]!;
    const field = i % demoFields.length;
    return {
      id: i + 1,
      fieldOfActionId: field + 1,
      code: `${demoFields[field]!.shortCode}-${String(Math.floor(i / demoFields.length) + 1).padStart(3, '0')}`,
      title: `${text.title} (${i + 1})`,
      description: text.description,
      goal: text.goal,
      lead: text.lead,
      partners: text.partners ?? '',
      targetGroup: text.targetGroup ?? '',
      periodFrom: 2022,
      periodTo: 2024,
      status: 'implementing',
    };
  });
}

export function benchEditionInput(): EditionInput {
  const all = measures(EDITION_MEASURES);
  return {
    office,
    logo: null,
    issuedOn: '2026-11-26',
    edition: { ...edition, ...demoEditionTexts() },
    fields: demoFieldsWith(all),
    process,
    measureCount: all.length,
    conventions: HARBURG_MOTION_CONVENTIONS,
  };
}

async function timeBuildAndPack(build: () => Document, rounds: number): Promise<number[]> {
  await Packer.toBuffer(build()); // warm-up: the first run compiles the code paths
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    await Packer.toBuffer(build());
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

const p95 = (sorted: readonly number[]) => sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;

/** Word documents built and packed in Node: a 500-measure Leitbild edition and a 20-measure Antrag (p95). */
export async function benchDocuments(): Promise<BenchFigure[]> {
  const input = benchEditionInput();
  const editionMs = p95(await timeBuildAndPack(() => buildEdition(input), 5));
  const chosen = measures(ANTRAG_MEASURES);
  const antrag = () =>
    buildAntrag({
      office,
      logo: null,
      edition,
      date: '2026-11-26',
      fraktionen: ['SPD', 'GRÜNE', 'CDU'],
      subject: 'Maßnahmen für 2022–2024',
      sachverhalt: draftSachverhalt({ edition, process, measureCount: chosen.length }),
      measures: chosen,
      signatories: [],
    });
  const antragMs = p95(await timeBuildAndPack(antrag, 20));
  return [
    { name: `Leitbild-Ausgabe mit ${EDITION_MEASURES} Maßnahmen erzeugen (p95, Aufbau + Packen)`, value: editionMs, unit: 'ms', target: '< 2000 ms', met: editionMs < 2000 },
    { name: `Antrag mit ${ANTRAG_MEASURES} Maßnahmen erzeugen (p95, Aufbau + Packen)`, value: antragMs, unit: 'ms', target: '< 300 ms', met: antragMs < 300 },
  ];
}
