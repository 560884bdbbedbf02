import { z } from 'zod';
import { CONSENT_FILTERS } from './contacts';
import { idSchema, noInput, optionalText, searchText } from './common';
import { defineCall } from './define-call';

/**
 * What can be exported as a file: contacts (CSV and .xlsx for Excel; vCard as one file, or as a
 * .zip with one file per person, which Outlook's import needs) and the whole database.
 */
export const EXPORT_KINDS = ['contactsCsv', 'contactsXlsx', 'contactsVcard', 'contactsVcardZip', 'database'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The contact list's filter (as `contacts.list` takes it): the export takes every contact it matches, not a page. */
export const contactExportFilter = z.strictObject({
  text: searchText(200).default(''),
  category: optionalText(60),
  bodyId: idSchema.optional(),
  organizationId: idSchema.optional(),
  consent: z.enum(CONSENT_FILTERS).default('any'),
});

/** Chosen contacts by id: a body's members, one person. Larger sets go by filter. */
export const MAX_EXPORT_IDS = 100_000;

export const exportInput = z
  .strictObject({
    kind: z.enum(EXPORT_KINDS),
    /** Contacts by id (in this order); without ids and filter: every contact. */
    ids: z.array(idSchema).min(1).max(MAX_EXPORT_IDS).optional(),
    filter: contactExportFilter.optional(),
  })
  .refine((input) => input.ids === undefined || input.filter === undefined, { message: 'validation.exportSelection', path: ['filter'] })
  .refine((input) => input.kind !== 'database' || (input.ids === undefined && input.filter === undefined), { message: 'validation.exportSelection', path: ['kind'] });

/**
 * `saved`: written under `path` (desktop save dialog). `cancelled`: the dialog was closed.
 * `download`: browser mode; `url` (same origin, one-time, valid for a minute) streams the file.
 */
export type ExportResultDto =
  | { readonly state: 'saved'; readonly path: string; readonly fileName: string }
  | { readonly state: 'cancelled' }
  | { readonly state: 'download'; readonly url: string; readonly fileName: string };

/**
 * A database file to import, held by main until `backups.importChosen` (or for a minute):
 * chosen in the desktop's open dialog, or uploaded by the page (`POST /upload`, browser mode).
 */
export type ImportChoiceDto =
  | { readonly state: 'chosen'; readonly token: string; readonly fileName: string; readonly size: number }
  | { readonly state: 'cancelled' }
  /** No open dialog on this transport: the page picks the file and uploads it. */
  | { readonly state: 'upload' };

/** The answer to browser mode's `POST /upload` (a database file to import). */
export interface UploadedFileDto {
  readonly token: string;
  readonly fileName: string;
  readonly size: number;
}

export const transferToken = z.string().regex(/^[\w-]{16,64}\.[\w-]{16,64}$/, { message: 'validation.transferToken' });

/** Served whatever state the data file is in (part of `maintenanceCalls`): a refused file can still be replaced. */
export const exportsCalls = {
  /** Streams the export to a file: desktop save dialog (last folder per kind), or a one-time download URL in browser mode. */
  'exports.save': defineCall<ExportResultDto>()(exportInput),
  /** Desktop: the open dialog for a database file; browser mode answers `upload`. */
  'backups.importChoose': defineCall<ImportChoiceDto>()(noInput),
  /** Replaces the database with the chosen or uploaded file (checked first, as every restore). */
  'backups.importChosen': defineCall<{ readonly restored: true }>()(z.strictObject({ token: transferToken, fileName: z.string().trim().min(1).max(255) })),
} as const;
