import { z } from 'zod';
import { drucksacheSchema, idSchema, isoDate, noInput, optionalText, requiredText } from './common';
import { defineCall } from './define-call';
import type { MeasureStatus } from './lifecycle';
import type { MotionConventionsDto } from './settings';

/**
 * The records the Word documents are built from. The renderer fetches them with these calls,
 * lets the user adjust the texts (Sachverhalt, Fraktionen, signatures) and hands them to the
 * pure builders in `documents/`, which the CLI and the tests run too.
 */

/** District and office as the settings hold them: letterheads, headers and the contact page. */
export interface DocumentOfficeDto {
  readonly districtName: string;
  readonly officeName: string;
  readonly officeAddress: string;
  readonly officePhone: string;
  readonly officeEmail: string;
}

/** The district's logo for the documents, as stored: PNG or JPEG, base64 (calls carry JSON). */
export interface DocumentLogoDto {
  readonly type: 'png' | 'jpg';
  readonly base64: string;
}

export interface DocumentEditionDto {
  readonly id: number;
  readonly title: string;
  readonly subtitle: string;
  readonly periodFrom: number;
  readonly periodTo: number;
  readonly adoptedOn: string | null;
  readonly drucksache: string;
}

export interface DocumentFieldDto {
  readonly id: number;
  readonly name: string;
  readonly shortCode: string;
  readonly description: string;
  readonly position: number;
}

/** A measure's essentials, as a motion, the Leitbild or a report prints them. */
export interface DocumentMeasureDto {
  readonly id: number;
  readonly fieldOfActionId: number;
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly goal: string;
  readonly lead: string;
  readonly partners: string;
  readonly targetGroup: string;
  readonly periodFrom: number | null;
  readonly periodTo: number | null;
  readonly status: MeasureStatus;
}

/**
 * How the measures of an edition came about, read from their status history: the planning
 * workshop (the day most workshop proposals were entered), the working group's sessions (days
 * on which it took measures into review or decided on them) and its votes, the motion and the
 * adoption by the Bezirksversammlung.
 */
export interface ProcessFactsDto {
  readonly workshop: { readonly date: string; readonly note: string; readonly online: boolean; readonly proposals: number } | null;
  readonly agSessions: readonly string[];
  readonly agVotes: { readonly reviewed: number; readonly recommended: number; readonly rejected: number; readonly deferred: number };
  readonly motion: { readonly date: string; readonly drucksache: string; readonly fraktionen: readonly string[] } | null;
  readonly adoption: { readonly date: string; readonly drucksache: string } | null;
}

/** A measure as an Antrag names it, with the status it had on the Antrag's date (null: not yet proposed then). */
export interface AntragMeasureDto extends DocumentMeasureDto {
  readonly statusOnDate: MeasureStatus | null;
}

export interface AntragDraftDto {
  readonly office: DocumentOfficeDto;
  readonly logo: DocumentLogoDto | null;
  readonly edition: DocumentEditionDto;
  readonly fields: readonly DocumentFieldDto[];
  /** The Antrag's date: every count, status and chair below is as of that day. */
  readonly asOf: string;
  readonly measures: readonly AntragMeasureDto[];
  /** The workshop as recorded; the working group's sessions and votes up to the Antrag's date. */
  readonly process: ProcessFactsDto;
  /** A first wording of the background, for the user to edit. */
  readonly sachverhalt: string;
  readonly subject: string;
  /** The Fraktionen kept as bodies, with their chair on the Antrag's date (empty if none), for the signatures. */
  readonly fraktionen: readonly FraktionChairDto[];
  /** The district's wording of motions (settings). */
  readonly conventions: MotionConventionsDto;
}

export interface FraktionChairDto {
  /** As the Bezirksversammlung writes it: the short name ("GRÜNE"), else the name. */
  readonly fraktion: string;
  readonly chair: string;
}

export interface GuidelineTextDto {
  readonly title: string;
  readonly text: string;
}

export interface EditionDocumentDto {
  readonly office: DocumentOfficeDto;
  readonly logo: DocumentLogoDto | null;
  readonly edition: DocumentEditionDto & { readonly preamble: string; readonly leitbildText: string; readonly guidelines: readonly GuidelineTextDto[] };
  readonly fields: ReadonlyArray<DocumentFieldDto & { readonly measures: readonly DocumentMeasureDto[] }>;
  readonly process: ProcessFactsDto;
  /** Measures of the edition in any status, for the closing figures. */
  readonly measureCount: number;
  /** The district's wording of motions (settings), to name the motion in the chapter on the process. */
  readonly conventions: MotionConventionsDto;
}

export interface ReportNoteDto {
  readonly notedOn: string;
  readonly text: string;
}

/** A measure as it stood on the report's date: its status then, since when, its latest notes until then. */
export interface ReportMeasureDto extends DocumentMeasureDto {
  readonly statusSince: string;
  readonly notes: readonly ReportNoteDto[];
}

export interface ReportDataDto {
  readonly office: DocumentOfficeDto;
  readonly logo: DocumentLogoDto | null;
  readonly edition: DocumentEditionDto;
  readonly asOf: string;
  readonly fields: ReadonlyArray<DocumentFieldDto & { readonly measures: readonly ReportMeasureDto[] }>;
}

export interface MotionSignatoryDto {
  readonly name: string;
  readonly fraktion: string;
  readonly role: string;
}

/** A recorded Antrag (OParl: a Paper of type motion). */
export interface MotionDto {
  readonly id: number;
  readonly editionId: number;
  readonly submittedOn: string;
  readonly fraktionen: readonly string[];
  readonly subject: string;
  readonly sachverhalt: string;
  readonly signatories: readonly MotionSignatoryDto[];
  readonly drucksache: string;
  readonly measureIds: readonly number[];
  readonly enteredBy: string;
  readonly createdAt: string;
}

/** The most measures one motion or selection may name. */
export const DOCUMENT_MEASURES_MAX = 500;
import { LOGO_MAX_BYTES } from './documents-constants';

export { LOGO_MAX_BYTES } from './documents-constants';

const drucksache = drucksacheSchema;

const signatory = z.strictObject({
  name: requiredText(120),
  fraktion: optionalText(60),
  role: optionalText(120),
});

export const saveAntragSchema = z.strictObject({
  editionId: idSchema,
  submittedOn: isoDate,
  /** Short names as the Bezirksversammlung writes them ("SPD", "GRÜNE", "CDU"), entered as text until bodies exist. */
  fraktionen: z.array(requiredText(60)).min(1).max(10),
  subject: requiredText(300),
  sachverhalt: optionalText(50_000),
  signatories: z.array(signatory).max(12).default([]),
  measureIds: z.array(idSchema).min(1).max(DOCUMENT_MEASURES_MAX),
  /** Given once the Bezirksversammlung's office has numbered the motion. */
  drucksache,
  /** Moves the measures to "beantragt" in the same transaction; one forbidden step refuses all. */
  markSubmitted: z.boolean().default(false),
});

export const documentsCalls = {
  /** Records for an Antrag as of its date (default today): by default the measures recommended then, with a drafted Sachverhalt. */
  'documents.antragDraft': defineCall<AntragDraftDto>()(
    z.strictObject({ editionId: idSchema, measureIds: z.array(idSchema).min(1).max(DOCUMENT_MEASURES_MAX).optional(), asOf: isoDate.optional() }),
  ),
  /** Records for the Leitbild edition: texts, fields with their adopted measures, the process. */
  'documents.editionData': defineCall<EditionDocumentDto>()(z.strictObject({ editionId: idSchema })),
  /** Records for a Sachstandsbericht as of a date. */
  'documents.reportData': defineCall<ReportDataDto>()(z.strictObject({ editionId: idSchema, asOf: isoDate })),
  'documents.saveAntrag': defineCall<MotionDto>()(saveAntragSchema),
  'documents.listMotions': defineCall<MotionDto[]>()(z.strictObject({ editionId: idSchema })),
  'documents.getLogo': defineCall<{ readonly logo: DocumentLogoDto | null }>()(noInput),
  /** Stores the logo for all documents; `null` removes it. */
  'documents.setLogo': defineCall<{ readonly logo: DocumentLogoDto | null }>()(
    z.strictObject({
      logo: z
        // Room above the limit, so an oversized logo gets the service's "at most 1 MB" rather than a character count.
        .strictObject({ type: z.enum(['png', 'jpg']), base64: z.string().trim().min(1).max(2 * LOGO_MAX_BYTES) })
        .nullable(),
    }),
  ),
} as const;
