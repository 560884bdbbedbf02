import { z } from 'zod';
import { defineCall } from './define-call';

/** The kinds of file the app writes; each has its own filter and remembered folder in the save dialog. */
export const SAVE_FILE_KINDS = ['docx', 'ics', 'csv', 'xlsx', 'vcf', 'zip', 'json', 'sqlite'] as const;
export type SaveFileKind = (typeof SAVE_FILE_KINDS)[number];

/**
 * The largest document the desktop saves through this call (a Word file with logo, a calendar):
 * 50 MB, as base64. Contact lists and the database never come this way: `exports.save` streams them.
 */
export const MAX_SAVE_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_SAVE_FILE_BASE64 = Math.ceil(MAX_SAVE_FILE_BYTES / 3) * 4;

/**
 * `saved: false, download: true`: this transport has no save dialog (browser mode), the page
 * downloads the file itself. `saved: false, download: false`: the person cancelled the dialog.
 */
export type SaveFileResultDto =
  | { readonly saved: true; readonly path: string }
  | { readonly saved: false; readonly download: boolean };

export const saveFileInput = z.strictObject({
  // Only suggested in the dialog; the main side keeps the name part and drops characters Windows refuses.
  fileName: z.string().trim().min(1).max(255),
  kind: z.enum(SAVE_FILE_KINDS),
  contentBase64: z.string().max(MAX_SAVE_FILE_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'validation.fileContent' }),
});

export const filesCalls = {
  /** Desktop: the system's save dialog, the last folder per kind remembered on this PC. Needs no data file. */
  'system.saveFile': defineCall<SaveFileResultDto>()(saveFileInput),
} as const;
