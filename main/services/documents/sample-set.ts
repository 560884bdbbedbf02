import type { Document } from 'docx';
import type { CallInput, CallName, CallOutput, CallResult } from '../../../contract';
import type { MotionSignatoryDto } from '../../../contract/documents';
import { antragFileName, buildAntrag, buildEdition, buildReport, editionFileName, logoFromDto, reportFileName } from '../../../documents';
import type { Dispatch } from '../../core/dispatch';

export type SampleKind = 'antrag' | 'edition' | 'report';

export interface SampleDocument {
  readonly kind: SampleKind;
  readonly fileName: string;
  readonly document: Document;
}

/** The Fraktionen and chairs of the sample motion: invented names, as the demo has no contacts yet. */
export const SAMPLE_FRAKTIONEN = ['SPD', 'GRÜNE', 'CDU'];
export const SAMPLE_SIGNATORIES: readonly MotionSignatoryDto[] = [
  { name: 'Petra Albers', fraktion: 'SPD', role: 'Fraktionsvorsitzende' },
  { name: 'Deniz Yıldırım', fraktion: 'GRÜNE', role: 'Fraktionsvorsitzender' },
  { name: 'Jan-Hendrik Brandt', fraktion: 'CDU', role: 'Fraktionsvorsitzender' },
];

async function call<N extends CallName>(dispatch: Dispatch, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = (await dispatch(name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) throw new Error(`${name} refused: ${result.error.messageKey} ${JSON.stringify(result.error.fields)}`);
  return result.data;
}

/**
 * Every kind of document for an edition, built the way the app builds them: records through
 * the calls, the drafted Sachverhalt taken as it is, the pure builders. Used by
 * `npm run docs:sample`, the LibreOffice test and the benchmark.
 */
export async function sampleDocuments(dispatch: Dispatch, editionId: number, today: string): Promise<SampleDocument[]> {
  const draft = await call(dispatch, 'documents.antragDraft', { editionId });
  const antrag = buildAntrag({
    office: draft.office,
    logo: logoFromDto(draft.logo),
    edition: draft.edition,
    date: today,
    fraktionen: SAMPLE_FRAKTIONEN,
    subject: draft.subject,
    sachverhalt: draft.sachverhalt,
    measures: draft.measures,
    signatories: SAMPLE_SIGNATORIES,
  });
  const edition = await call(dispatch, 'documents.editionData', { editionId });
  const report = await call(dispatch, 'documents.reportData', { editionId, asOf: today });
  return [
    { kind: 'antrag', fileName: antragFileName(today, 'Integration'), document: antrag },
    {
      kind: 'edition',
      fileName: editionFileName(today, edition.edition.periodFrom, edition.edition.periodTo),
      document: buildEdition({ ...edition, logo: logoFromDto(edition.logo), issuedOn: today }),
    },
    { kind: 'report', fileName: reportFileName(today), document: buildReport({ ...report, logo: logoFromDto(report.logo) }) },
  ];
}
