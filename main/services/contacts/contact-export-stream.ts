import type { EntityManager } from 'typeorm';
import type { contactExportFilter } from '../../../contract/exports';
import type { z } from 'zod';
import { dialectOf } from '../../../database/sql-dialect';
import { datedFileName } from '../../../documents/file-names';
import { notFound } from '../domain-error';
import { todayIso } from '../text-compare';
import { CSV_HEADER, csvRowOf } from './contact-columns';
import { categoryIsDense, contactWhere } from './contact-queries';
import { exportedAfter, exportedByIds, type ExportedContact, type KeysetPosition } from './contact-export-rows';
import { CONTACT_BATCH, loadContactBatch } from './contact-records';
import { EXCEL_BOM, excelCsvLine } from './csv';
import { toVcard } from './vcard';
import { XLSX_TYPE, xlsxChunks } from './contact-xlsx';
import { vcardZipChunks } from './vcard-zip';

/** Reads in one unit of work, as `AppDatabase.read`; each batch is its own, so a long export never blocks writes. */
export type ReadWork = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

export type ContactExportFilter = z.output<typeof contactExportFilter>;
/** Contacts by id (in that order) or every contact matching the list's filter (alphabetically, as the list shows them). */
export type ContactSelection = { readonly ids: readonly number[] } | { readonly filter: ContactExportFilter };

/**
 * A file produced piece by piece: `chunks()` may be started once; stopping it early releases what
 * it holds. A piece once yielded is not changed by its source (the writer may still be writing it).
 */
export interface ExportFile {
  readonly fileName: string;
  readonly mimeType: string;
  chunks(): AsyncGenerator<string | Uint8Array>;
}

export { CSV_HEADER, csvRowOf, LIST_JOIN } from './contact-columns';

export type ContactExportFormat = 'csv' | 'xlsx' | 'vcard' | 'vcardZip';

/** Contacts per read while exporting: one query each (400 for 200,000 people), a few hundred KB held per batch. */
export const EXPORT_BATCH = 500;
/** Contacts per piece of text handed to the writer: about 20–40 KB, so no piece is one large string. */
const TEXT_PIECE = 100;

/** The WHERE of the list's filter, built as the list builds it (erased entries never leave the app in an export). */
async function filterSql(manager: EntityManager, filter: ContactExportFilter): Promise<{ where: readonly string[]; parameters: readonly unknown[] }> {
  const listFilter = { ...filter, includeErased: false };
  const { clauses, parameters } = contactWhere(dialectOf(manager), listFilter, 'page', { categoryDense: await categoryIsDense(manager, filter.category) });
  return { where: clauses, parameters };
}

/**
 * The selected contacts, a batch at a time: ids in slices, a filter by keyset on the list's index
 * (sort_key, id), so memory stays flat however many there are and no batch is read twice. The next
 * batch is read while the caller writes this one (SQLite works on its own thread meanwhile), so
 * at most two batches are held at once.
 */
export async function* contactBatches(read: ReadWork, selection: ContactSelection, batchSize = EXPORT_BATCH): AsyncGenerator<ExportedContact[]> {
  const pages = 'ids' in selection ? idPages(read, [...new Set(selection.ids)], batchSize) : filterPages(read, selection.filter, batchSize);
  let next = pages.next();
  try {
    for (;;) {
      const page = await next;
      if (page.done) return;
      next = pages.next();
      // Stopped early, the read already started must not end as an unhandled rejection.
      next.catch(() => undefined);
      if (page.value.length > 0) yield page.value;
    }
  } finally {
    await next.catch(() => undefined);
    await pages.return(undefined);
  }
}

/** Pages of a batch each, one read unit per page (a long export never blocks writes). */
type Pages = AsyncGenerator<ExportedContact[], void, undefined>;

async function* idPages(read: ReadWork, ids: readonly number[], batchSize: number): Pages {
  for (let start = 0; start < ids.length; start += batchSize) {
    const slice = ids.slice(start, start + batchSize);
    yield await read((manager) => exportedByIds(manager, slice));
  }
}

async function* filterPages(read: ReadWork, filter: ContactExportFilter, batchSize: number): Pages {
  const where = await read((manager) => filterSql(manager, filter));
  let after: KeysetPosition | null = null;
  for (;;) {
    const position: KeysetPosition | null = after;
    const page: Awaited<ReturnType<typeof exportedAfter>> = await read((manager) => exportedAfter(manager, where, position, batchSize));
    yield page.contacts;
    if (page.contacts.length < batchSize || !page.last) return;
    after = page.last;
  }
}

/** Ids that are not (or no longer) there make the whole export fail before anything is written. */
async function assertAllPresent(read: ReadWork, ids: readonly number[]): Promise<void> {
  const unique = [...new Set(ids)];
  for (let start = 0; start < unique.length; start += CONTACT_BATCH) {
    const slice = unique.slice(start, start + CONTACT_BATCH);
    const [{ found }] = await read(
      (manager) => manager.query(`SELECT count(*) AS found FROM contact WHERE erased_at IS NULL AND id IN (${slice.map(() => '?').join(',')})`, slice) as Promise<[{ found: number }]>,
    );
    if (found !== slice.length) throw notFound('contacts.errors.notFound');
  }
}

/** A batch's text in pieces of `TEXT_PIECE` contacts, each handed to the writer as it is made. */
async function* textPieces(read: ReadWork, selection: ContactSelection, format: (contact: ExportedContact) => string): AsyncGenerator<string> {
  for await (const batch of contactBatches(read, selection)) {
    for (let start = 0; start < batch.length; start += TEXT_PIECE) {
      let text = '';
      for (const contact of batch.slice(start, start + TEXT_PIECE)) text += format(contact);
      yield text;
    }
  }
}

/** CSV for German Excel: BOM and header first, then one line per contact. */
async function* csvChunks(read: ReadWork, selection: ContactSelection): AsyncGenerator<string> {
  yield EXCEL_BOM + excelCsvLine(CSV_HEADER);
  yield* textPieces(read, selection, (contact) => excelCsvLine(csvRowOf(contact)));
}

const vcardChunks = (read: ReadWork, selection: ContactSelection): AsyncGenerator<string> => textPieces(read, selection, toVcard);

/**
 * A contact export ready to stream: checked and named now, read batch by batch when written.
 * One person's vCard is named after them, as the Word files are ("2026-12-06_Kontakt_Zbigniew-Kowalczyk.vcf").
 */
export async function prepareContactExport(read: ReadWork, format: ContactExportFormat, selection: ContactSelection): Promise<ExportFile> {
  if ('ids' in selection) await assertAllPresent(read, selection.ids);
  const today = todayIso();
  if (format === 'csv') {
    return { fileName: datedFileName(today, 'Kontakte', [], 'csv'), mimeType: 'text/csv', chunks: () => csvChunks(read, selection) };
  }
  if (format === 'vcardZip') {
    return { fileName: datedFileName(today, 'Kontakte', ['vCards'], 'zip'), mimeType: 'application/zip', chunks: () => vcardZipChunks(contactBatches(read, selection)) };
  }
  if (format === 'xlsx') {
    return { fileName: datedFileName(today, 'Kontakte', [], 'xlsx'), mimeType: XLSX_TYPE, chunks: () => xlsxChunks(contactBatches(read, selection)) };
  }
  const single = 'ids' in selection && new Set(selection.ids).size === 1 ? (await read((manager) => loadContactBatch(manager, [selection.ids[0]!])))[0] : undefined;
  const fileName = single ? datedFileName(today, 'Kontakt', [`${single.firstName} ${single.lastName}`], 'vcf') : datedFileName(today, 'Kontakte', [], 'vcf');
  return { fileName, mimeType: 'text/vcard', chunks: () => vcardChunks(read, selection) };
}

/** All chunks as one text (tests, and small files a caller needs whole). */
export async function collectText(file: ExportFile): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of file.chunks()) parts.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  return parts.join('');
}
