import type { DocumentMeasureDto, DocumentOfficeDto, ProcessFactsDto } from '../../contract/documents';
import { HARBURG_MOTION_CONVENTIONS } from '../../contract/settings';
import type { EditionInput } from '../edition/edition-builder';
import type { LogoImage } from '../engine';
import type { ReportInput } from '../report/report-builder';

/** Records as the calls return them, small enough to read in a test. */
export const office: DocumentOfficeDto = {
  districtName: 'Bezirksamt Harburg',
  officeName: 'Fachamt Sozialraummanagement',
  officeAddress: 'Harburger Ring 33\n21073 Hamburg',
  officePhone: '040 428 71-0',
  officeEmail: 'sozialraummanagement@harburg.hamburg.de',
};

export const edition = { id: 1, title: 'Zusammenleben in Vielfalt', subtitle: 'Harburger Integrationskonzept', periodFrom: 2022, periodTo: 2024, adoptedOn: '2022-06-28', drucksache: '21-2519' };

export const measure = (id: number, code: string, extra: Partial<DocumentMeasureDto> = {}): DocumentMeasureDto => ({
  id,
  fieldOfActionId: 1,
  code,
  title: `Maßnahme ${code}`,
  description: `Beschreibung von ${code}.`,
  goal: `Ziel von ${code}.`,
  lead: 'Bezirksamt Harburg, Fachamt Sozialraummanagement',
  partners: '',
  targetGroup: '',
  periodFrom: 2022,
  periodTo: 2024,
  status: 'recommended',
  ...extra,
});

export const process: ProcessFactsDto = {
  workshop: { date: '2021-09-25', note: 'Planungswerkstatt 2021 (online)', online: true, proposals: 34 },
  agSessions: ['2021-11-17', '2022-01-26', '2022-03-16', '2022-05-04'],
  agVotes: { reviewed: 32, recommended: 28, rejected: 2, deferred: 2 },
  motion: { date: '2022-05-24', drucksache: '21-2433', fraktionen: ['SPD', 'GRÜNE', 'CDU'] },
  adoption: { date: '2022-06-28', drucksache: '21-2519' },
};

/** The smallest valid PNG: 1×1 pixel. */
export const tinyPng: LogoImage = {
  type: 'png',
  data: Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (char) => char.charCodeAt(0)),
};

/** A Leitbild edition with `perField` adopted measures in each of `fields` fields. */
export function editionInput(fields = 3, perField = 4, logo: LogoImage | null = null): EditionInput {
  const statuses = ['adopted', 'implementing', 'completed', 'continued'] as const;
  return {
    office,
    logo,
    issuedOn: '2026-11-26',
    edition: {
      ...edition,
      preamble: 'Harburg ist seit Jahrzehnten ein vielfältiger Bezirk.\n\nDieses Leitbild ist in einem partizipativen Prozess entstanden.',
      leitbildText: 'Harburg ist ein Ort, an dem sich alle Menschen zu Hause fühlen können.',
      guidelines: [
        { title: 'Begegnung ermöglichen', text: 'Wir schaffen Orte und Anlässe der Begegnung.' },
        { title: 'Sprache als Schlüssel', text: 'Deutsch lernen wird unterstützt.' },
      ],
    },
    fields: Array.from({ length: fields }, (_, f) => ({
      id: f + 1,
      name: `Handlungsfeld Nummer ${f + 1}`,
      shortCode: `H${f + 1}`,
      description: `Worum es im Handlungsfeld ${f + 1} geht.`,
      position: f + 1,
      measures: Array.from({ length: perField }, (_, m) =>
        measure(f * 100 + m + 1, `H${f + 1}-${String(m + 1).padStart(2, '0')}`, {
          fieldOfActionId: f + 1,
          status: statuses[m % statuses.length]!,
          description: 'Ein Angebot mit mehreren Sätzen, damit die Beschreibung über eine Zeile hinausgeht und der Umbruch zählt. '.repeat(1 + (m % 3)),
          partners: m % 2 ? 'Bücherhallen Hamburg, Harburger Integrationsrat' : '',
        }),
      ),
    })),
    process,
    measureCount: fields * perField + 5,
    conventions: HARBURG_MOTION_CONVENTIONS,
  };
}

/** A progress report: every field with measures in several statuses, some with notes. */
export function reportInput(): ReportInput {
  const statuses = ['implementing', 'adopted', 'recommended', 'proposed', 'implementing'] as const;
  return {
    office,
    logo: null,
    edition,
    asOf: '2026-11-26',
    fields: [1, 2].map((f) => ({
      id: f,
      name: `Handlungsfeld ${f}`,
      shortCode: f === 1 ? 'ZL' : 'DS',
      description: '',
      position: f,
      measures: statuses.map((status, m) => ({
        ...measure(f * 10 + m, `${f === 1 ? 'ZL' : 'DS'}-0${m + 1}`, { fieldOfActionId: f, status }),
        statusSince: '2022-09-01',
        notes: m === 0 ? [{ notedOn: '2026-11-02', text: 'Fest mit 900 Gästen.' }, { notedOn: '2026-05-02', text: 'Planung läuft.' }] : [],
      })),
    })),
  };
}
