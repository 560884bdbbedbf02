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
  const kinds: SampleKind[] = ['antrag', 'edition', 'report'];
  return Promise.all(kinds.map((kind) => buildDocumentOfKind(dispatch, kind, editionId, today)));
}

/**
 * One document of an edition, as the app builds it; the Antrag with its drafted Sachverhalt for
 * the given Fraktionen (the sample's invented ones unless named). Used by the CLI too.
 */
export async function buildDocumentOfKind(
  dispatch: Dispatch,
  kind: SampleKind,
  editionId: number,
  today: string,
  motion: { fraktionen: readonly string[]; signatories: readonly MotionSignatoryDto[] } = { fraktionen: SAMPLE_FRAKTIONEN, signatories: SAMPLE_SIGNATORIES },
): Promise<SampleDocument> {
  if (kind === 'antrag') {
    const draft = await call(dispatch, 'documents.antragDraft', { editionId });
    const document = buildAntrag({
      office: draft.office,
      logo: logoFromDto(draft.logo),
      edition: draft.edition,
      date: today,
      fraktionen: motion.fraktionen,
      subject: draft.subject,
      sachverhalt: draft.sachverhalt,
      measures: draft.measures,
      signatories: motion.signatories,
    });
    return { kind, fileName: antragFileName(today, 'Integration'), document };
  }
  if (kind === 'edition') {
    const edition = await call(dispatch, 'documents.editionData', { editionId });
    return {
      kind,
      fileName: editionFileName(today, edition.edition.periodFrom, edition.edition.periodTo),
      document: buildEdition({ ...edition, logo: logoFromDto(edition.logo), issuedOn: today }),
    };
  }
  const report = await call(dispatch, 'documents.reportData', { editionId, asOf: today });
  return { kind, fileName: reportFileName(today), document: buildReport({ ...report, logo: logoFromDto(report.logo) }) };
}
