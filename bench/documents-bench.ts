import { Document as DocxDocument, Packer, Paragraph, type Document } from 'docx';
import type { DocumentMeasureDto } from '../contract/documents';
import { HARBURG_MOTION_CONVENTIONS } from '../contract/settings';
import { buildAntrag, buildEdition, draftSachverhalt, type EditionInput } from '../documents';
import { demoEdition, demoFields, demoSettings } from '../main/demo/demo-data';
import { demoEditionTexts, demoFieldsWith } from '../test-support/large-edition';
import { describeSamples, ms, sample, type BenchFigure, type Samples } from './bench-support';

const EDITION_MEASURES = 500;
const ANTRAG_MEASURES = 20;

const office = {
  districtName: demoSettings.districtName ?? '',
  officeName: demoSettings.officeName ?? '',
  officeAddress: demoSettings.officeAddress ?? '',
  officePhone: demoSettings.officePhone ?? '',
  officeEmail: demoSettings.officeEmail ?? '',
};
const editionFacts = { id: 1, title: demoEdition.title, subtitle: demoEdition.subtitle ?? '', periodFrom: 2022, periodTo: 2024, adoptedOn: '2022-06-28', drucksache: '21-2519' };
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

function benchEditionInput(): EditionInput {
  const all = measures(EDITION_MEASURES);
  return {
    office,
    logo: null,
    issuedOn: '2026-11-26',
    edition: { ...editionFacts, ...demoEditionTexts() },
    fields: demoFieldsWith(all),
    process,
    measureCount: all.length,
    conventions: HARBURG_MOTION_CONVENTIONS,
  };
}

/** Build + pack, 30 times after one warm-up (the first run compiles the code paths). */
async function timeBuildAndPack(build: () => Document): Promise<Samples> {
  await Packer.toBuffer(build());
  return sample(() => Packer.toBuffer(build()), 30, 120_000);
}

/** Anchor: a one-paragraph document, the fixed cost of making any .docx. */
const emptyDocument = () => new DocxDocument({ sections: [{ children: [new Paragraph('Leitbild-Werkstatt')] }] });

/** Word documents built and packed in Node: a 500-measure Leitbild edition and a 20-measure Antrag. */
export async function benchDocuments(): Promise<BenchFigure[]> {
  const input = benchEditionInput();
  const anchor = await timeBuildAndPack(emptyDocument);
  const edition = await timeBuildAndPack(() => buildEdition(input));
  const chosen = measures(ANTRAG_MEASURES);
  const antrag = await timeBuildAndPack(() =>
    buildAntrag({
      office,
      logo: null,
      edition: editionFacts,
      date: '2026-11-26',
      fraktionen: ['SPD', 'GRÜNE', 'CDU'],
      subject: 'Maßnahmen für 2022–2024',
      sachverhalt: draftSachverhalt({ edition: editionFacts, process, measureCount: chosen.length }),
      measures: chosen,
      signatories: [],
    }),
  );
  const group = 'Word-Dokumente (Aufbau + Packen)';
  const anchorText = `leeres Dokument p95 ${ms(anchor.p95)}`;
  return [
    { group, name: `Leitbild-Ausgabe mit ${EDITION_MEASURES} Maßnahmen`, value: describeSamples(edition), anchor: anchorText, target: 'p95 < 2000 ms', met: edition.p95 < 2000 },
    { group, name: `Antrag mit ${ANTRAG_MEASURES} Maßnahmen`, value: describeSamples(antrag), anchor: anchorText, target: 'p95 < 300 ms', met: antrag.p95 < 300 },
  ];
}
