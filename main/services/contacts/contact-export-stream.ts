import type { EntityManager } from 'typeorm';
import type { ContactDto } from '../../../contract';
import type { contactExportFilter } from '../../../contract/exports';
import type { z } from 'zod';
import { datedFileName } from '../../../documents/file-names';
import { notFound } from '../domain-error';
import { todayIso } from '../text-compare';
import { categoryIsDense, contactWhere } from './contact-queries';
import { CONTACT_BATCH, loadContactBatch } from './contact-records';
import { EXCEL_BOM, excelCsvLine } from './csv';
import { toVcard } from './vcard';

/** Reads in one unit of work, as `AppDatabase.read`; each batch is its own, so a long export never blocks writes. */
export type ReadWork = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

export type ContactExportFilter = z.output<typeof contactExportFilter>;
/** Contacts by id (in that order) or every contact matching the list's filter (alphabetically, as the list shows them). */
export type ContactSelection = { readonly ids: readonly number[] } | { readonly filter: ContactExportFilter };

/** A file produced piece by piece: `chunks()` may be started once; stopping it early releases what it holds. */
export interface ExportFile {
  readonly fileName: string;
  readonly mimeType: string;
  chunks(): AsyncGenerator<string | Uint8Array>;
}

/**
 * The app's own CSV (German Excel): every field a contact has, each in a column the import reads
 * back to the same contact. Lists inside a cell (languages, categories, a third and further e-mail
 * addresses, phones of one kind) are joined with "; ", so a category "Presse, Medien" stays one;
 * organisations, whose names may hold either, one per line of the cell. Dates as Excel shows them
 * in German (TT.MM.JJJJ).
 */
export const CSV_HEADER = [
  'Anrede', 'Titel', 'Vorname', 'Nachname', 'Funktion', 'Organisation', 'Fraktion', 'E-Mail', 'E-Mail 2', 'E-Mail 3', 'Telefon', 'Mobil',
  'Telefon privat', 'Telefon sonstige', 'Straße', 'PLZ', 'Ort', 'Sprachen', 'Kategorien', 'Notizen', 'Einwilligung: Zweck',
  'Einwilligung: erteilt am', 'Einwilligung: wie erteilt', 'Einwilligung: widerrufen am',
];

export const LIST_JOIN = '; ';
const phonesOf = (contact: ContactDto, kind: string) => contact.phones.filter((entry) => entry.kind === kind).map((entry) => entry.number).join(LIST_JOIN);
const germanDate = (iso: string | null) => (iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : '');

/** One contact as a CSV row under `CSV_HEADER` (the headers the import reads back, see `contact-import.ts`). */
export const csvRowOf = (contact: ContactDto): string[] => [
  contact.salutation,
  contact.title,
  contact.firstName,
  contact.lastName,
  contact.function,
  contact.organizations.map((org) => org.name).join('\n'),
  contact.fraktion,
  contact.emails[0] ?? '',
  contact.emails[1] ?? '',
  contact.emails.slice(2).join(LIST_JOIN),
  phonesOf(contact, 'work'),
  phonesOf(contact, 'mobile'),
  phonesOf(contact, 'home'),
  phonesOf(contact, 'other'),
  contact.street,
  contact.postalCode,
  contact.city,
  contact.languages.join(LIST_JOIN),
  contact.categories.join(LIST_JOIN),
  contact.notes,
  contact.consentPurpose,
  germanDate(contact.consentDate),
  contact.consentHow,
  germanDate(contact.consentWithdrawnOn),
];

/** The WHERE of the list's filter, built as the list builds it (erased entries never leave the app in an export). */
async function filterSql(manager: EntityManager, filter: ContactExportFilter): Promise<{ where: readonly string[]; parameters: readonly unknown[] }> {
  const listFilter = { ...filter, includeErased: false };
  const { clauses, parameters } = contactWhere(listFilter, 'page', { categoryDense: await categoryIsDense(manager, filter.category) });
  return { where: clauses, parameters };
}

/**
 * The selected contacts, a batch at a time: ids in slices, a filter by keyset on the list's index
 * (sort_key, id), so memory stays flat however many there are and no batch is read twice.
 */
export async function* contactBatches(read: ReadWork, selection: ContactSelection, batchSize = CONTACT_BATCH): AsyncGenerator<ContactDto[]> {
  if ('ids' in selection) {
    const ids = [...new Set(selection.ids)];
    for (let start = 0; start < ids.length; start += batchSize) {
      const slice = ids.slice(start, start + batchSize);
      yield await read((manager) => loadContactBatch(manager, slice));
    }
    return;
  }
  const { where, parameters } = await read((manager) => filterSql(manager, selection.filter));
  let after: { sortKey: string; id: number } | null = null;
  for (;;) {
    const position: { sortKey: string; id: number } | null = after;
    const batch = await read(async (manager) => {
      // A row value, so SQLite seeks in ix_contact_sort instead of scanning from the start for each batch.
      const keyset = position ? ' AND (c.sort_key, c.id) > (?, ?)' : '';
      const rows = (await manager.query(
        `SELECT c.id, c.sort_key AS sortKey FROM contact c WHERE ${where.join(' AND ')}${keyset} ORDER BY c.sort_key, c.id LIMIT ?`,
        [...parameters, ...(position ? [position.sortKey, position.id] : []), batchSize],
      )) as Array<{ id: number; sortKey: string }>;
      return { rows, contacts: await loadContactBatch(manager, rows.map((row) => row.id)) };
    });
    if (batch.rows.length === 0) return;
    yield batch.contacts;
    if (batch.rows.length < batchSize) return;
    after = batch.rows[batch.rows.length - 1]!;
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

/** CSV for German Excel: BOM and header first, then one line per contact. */
async function* csvChunks(read: ReadWork, selection: ContactSelection): AsyncGenerator<string> {
  yield EXCEL_BOM + excelCsvLine(CSV_HEADER);
  for await (const batch of contactBatches(read, selection)) yield batch.map((contact) => excelCsvLine(csvRowOf(contact))).join('');
}

async function* vcardChunks(read: ReadWork, selection: ContactSelection): AsyncGenerator<string> {
  for await (const batch of contactBatches(read, selection)) yield batch.map(toVcard).join('');
}

/**
 * A contact export ready to stream: checked and named now, read batch by batch when written.
 * One person's vCard is named after them, as the Word files are ("2026-12-06_Kontakt_Zbigniew-Kowalczyk.vcf").
 */
export async function prepareContactExport(read: ReadWork, format: 'csv' | 'vcard', selection: ContactSelection): Promise<ExportFile> {
  if ('ids' in selection) await assertAllPresent(read, selection.ids);
  const today = todayIso();
  if (format === 'csv') {
    return { fileName: datedFileName(today, 'Kontakte', [], 'csv'), mimeType: 'text/csv', chunks: () => csvChunks(read, selection) };
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
