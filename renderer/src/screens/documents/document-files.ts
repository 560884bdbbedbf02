import { Packer, type Document } from 'docx';
import type { AntragDraftDto, DocumentLogoDto, EditionDocumentDto, MotionSignatoryDto, ReportDataDto } from '../../../../contract/documents';
import { antragFileName, buildAntrag, buildEdition, buildReport, editionFileName, logoFromDto, reportFileName } from '../../../../documents';

/**
 * The Word files, built in the renderer with the same pure builders the CLI, the sample script
 * and the tests run (`documents/`): records from the calls in, a `.docx` blob out. The file
 * names are those of `npm run docs:sample`.
 */

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The topic in the Antrag's file name: "2026-11-26_Antrag_Integration.docx". */
export const ANTRAG_TOPIC = 'Integration';

export interface BuiltFile {
  readonly fileName: string;
  readonly blob: Blob;
}

async function pack(document: Document, fileName: string): Promise<BuiltFile> {
  const packed = await Packer.toBlob(document);
  // Packer gives the blob no type everywhere; the download and the preview want the Word type.
  const blob = packed.type === DOCX_TYPE ? packed : new Blob([packed], { type: DOCX_TYPE });
  return { fileName, blob };
}

/** What the composer adds to the records of `documents.antragDraft`. */
export interface AntragChoices {
  readonly date: string;
  readonly fraktionen: readonly { readonly name: string; readonly chair: string }[];
  readonly subject: string;
  readonly sachverhalt: string;
  readonly drucksache?: string;
}

/**
 * Signatures: one block per Fraktion once any chair is named (a Fraktion without a name gets an
 * empty line to sign by hand); without any names the builder draws the empty lines itself.
 */
export function signatoriesFor(fraktionen: AntragChoices['fraktionen']): MotionSignatoryDto[] {
  if (!fraktionen.some((fraktion) => fraktion.chair.trim())) return [];
  return fraktionen.map((fraktion) => ({ name: fraktion.chair.trim(), fraktion: fraktion.name.trim(), role: '' }));
}

export const antragFile = (date: string) => antragFileName(date, ANTRAG_TOPIC);

export function buildAntragFile(records: AntragDraftDto, choices: AntragChoices): Promise<BuiltFile> {
  const document = buildAntrag({
    office: records.office,
    logo: logoFromDto(records.logo),
    edition: records.edition,
    date: choices.date,
    fraktionen: choices.fraktionen.map((fraktion) => fraktion.name.trim()),
    subject: choices.subject.trim(),
    sachverhalt: choices.sachverhalt,
    measures: records.measures,
    signatories: signatoriesFor(choices.fraktionen),
    drucksache: choices.drucksache || undefined,
    conventions: records.conventions,
  });
  return pack(document, antragFile(choices.date));
}

export const editionFile = (issuedOn: string, edition: { periodFrom: number; periodTo: number }) => editionFileName(issuedOn, edition.periodFrom, edition.periodTo);

export function buildEditionFile(records: EditionDocumentDto, issuedOn: string): Promise<BuiltFile> {
  const document = buildEdition({ ...records, logo: logoFromDto(records.logo), issuedOn });
  return pack(document, editionFile(issuedOn, records.edition));
}

/** The report's file carries the one date the report shows, its "Stand": "2026-11-26_Sachstandsbericht.docx". */
export const reportFile = (asOf: string) => reportFileName(asOf);

export function buildReportFile(records: ReportDataDto): Promise<BuiltFile> {
  const document = buildReport({ ...records, logo: logoFromDto(records.logo) });
  return pack(document, reportFile(records.asOf));
}

/** The stored logo as an address for `<img>` (img-src allows data:). */
export const logoSource = (logo: DocumentLogoDto) => `data:${logo.type === 'png' ? 'image/png' : 'image/jpeg'};base64,${logo.base64}`;
