import type { Document } from 'docx';
import type { CallInput, CallName, CallOutput, CallResult } from '../../contract';
import type { MotionSignatoryDto } from '../../contract/documents';
import type { AntragDraftDto } from '../../contract/documents';
import { antragFileName, antragHints, antragProblems, type AntragProblem, buildAntrag, buildEdition, buildReport, editionFileName, logoFromDto, reportFileName } from '../../documents';
import type { Dispatch } from '../core/dispatch';
import { DomainError } from '../services/domain-error';

export type SampleKind = 'antrag' | 'edition' | 'report';

export interface SampleDocument {
  readonly kind: SampleKind;
  readonly fileName: string;
  readonly document: Document;
  /** What a clerk should check before filing (message keys), e.g. a date after the edition's period. */
  readonly hints?: readonly AntragProblem[];
}

/** The Fraktionen of the sample motion, a joint one as the demo's working group prepared it. */
export const SAMPLE_FRAKTIONEN = ['SPD', 'GRÜNE', 'CDU'];

/** Who moves an Antrag; without signatories, each Fraktion's chair on the Antrag's date signs. */
export interface MotionChoice {
  readonly fraktionen: readonly string[];
  readonly signatories?: readonly MotionSignatoryDto[];
  /** The Antrag's date; the day of building when not given. */
  readonly date?: string;
}

/** Each Fraktion's signer: as given, else its chair on the Antrag's date from the memberships. */
export function signatoriesFor(draft: Pick<AntragDraftDto, 'fraktionen'>, motion: MotionChoice): MotionSignatoryDto[] {
  if (motion.signatories) return [...motion.signatories];
  return motion.fraktionen.map((fraktion) => ({
    fraktion,
    name: draft.fraktionen.find((entry) => entry.fraktion.localeCompare(fraktion, 'de', { sensitivity: 'accent' }) === 0)?.chair ?? '',
    role: '',
  }));
}

async function call<N extends CallName>(dispatch: Dispatch, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = (await dispatch(name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) throw new Error(`${name} refused: ${result.error.messageKey} ${JSON.stringify(result.error.fields)}`);
  return result.data;
}

/**
 * Every kind of document for an edition, built the way the app builds them: records through
 * the calls, the drafted Sachverhalt taken as it is, the pure builders. The Antrag is dated on
 * the day the records show it was filed (the demo's is in 2022), so it reads as it was then.
 * Used by `npm run docs:sample` and the LibreOffice test.
 */
export async function sampleDocuments(dispatch: Dispatch, editionId: number, today: string): Promise<SampleDocument[]> {
  const kinds: SampleKind[] = ['antrag', 'edition', 'report'];
  const current = await call(dispatch, 'documents.antragDraft', { editionId, asOf: today });
  const motion = { fraktionen: SAMPLE_FRAKTIONEN, date: current.process.motion?.date ?? today };
  return Promise.all(kinds.map((kind) => buildDocumentOfKind(dispatch, kind, editionId, today, motion)));
}

/**
 * One document of an edition, as the app builds it; the Antrag as of its date, with its drafted
 * Sachverhalt, for the given Fraktionen (the sample's unless named), signed by their chairs then.
 * Refuses (DomainError with the message for the field) an Antrag that would state something wrong.
 * Used by the CLI too.
 */
export async function buildDocumentOfKind(dispatch: Dispatch, kind: SampleKind, editionId: number, today: string, motion: MotionChoice = { fraktionen: SAMPLE_FRAKTIONEN }): Promise<SampleDocument> {
  if (kind === 'antrag') {
    const date = motion.date ?? today;
    const draft = await call(dispatch, 'documents.antragDraft', { editionId, asOf: date });
    const signatories = signatoriesFor(draft, motion);
    const [problem] = antragProblems({
      date,
      workshopDate: draft.process.workshop?.date ?? null,
      measures: draft.measures,
      signers: motion.fraktionen.map((fraktion) => ({ fraktion, name: signatories.find((person) => person.fraktion === fraktion)?.name ?? '' })),
    });
    if (problem) throw new DomainError(problem.key, { field: problem.field, params: problem.params });
    const document = buildAntrag({
      office: draft.office,
      logo: logoFromDto(draft.logo),
      edition: draft.edition,
      date,
      fraktionen: motion.fraktionen,
      subject: draft.subject,
      sachverhalt: draft.sachverhalt,
      measures: draft.measures,
      signatories,
      conventions: draft.conventions,
    });
    const hints = antragHints({ date, periodFrom: draft.edition.periodFrom, periodTo: draft.edition.periodTo });
    return { kind, fileName: antragFileName(date, 'Integration'), document, hints };
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
