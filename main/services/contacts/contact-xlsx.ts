import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ExportedContact } from './contact-export-rows';
import { formatDateShort } from '../../../documents/engine/german-dates';
import { DomainError } from '../domain-error';
import { CSV_HEADER, csvRowOf } from './contact-columns';

/**
 * Contacts as an Excel workbook (.xlsx), written with exceljs's streaming writer: one sheet
 * "Kontakte" with the columns of the CSV export, a bold header row with an autofilter, the first
 * row frozen, every cell text (phone numbers and postcodes such as 01067 stay as typed, also when
 * someone edits them, since the columns are formatted as text) and the birthday and consent dates as real dates.
 * Rows go out as they are added; memory stays flat however many contacts there are.
 */
/** The date columns, written as days (midnight UTC, as Excel stores a day) from the stored ISO date. */
const DATE_OF: Readonly<Record<string, (contact: ExportedContact) => string | null>> = {
  'Einwilligung: erteilt am': (contact) => contact.consentDate,
  'Einwilligung: widerrufen am': (contact) => contact.consentWithdrawnOn,
  Geburtstag: (contact) => contact.birthday,
};
const DATE_COLUMNS = new Set(Object.keys(DATE_OF));
const WIDE_COLUMNS = new Set(['Organisation', 'E-Mail', 'E-Mail 2', 'E-Mail 3', 'Webseite', 'Straße', 'Straße privat', 'Kategorien', 'Notizen', 'Einwilligung: Zweck']);
const TEXT_FORMAT = '@';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DATE_FORMAT = 'dd.mm.yyyy';

const cellsOf = (contact: ExportedContact): Array<string | Date> =>
  csvRowOf(contact).map((text, index) => {
    const iso = DATE_OF[CSV_HEADER[index]!]?.(contact);
    return iso ? new Date(`${iso}T00:00:00Z`) : text;
  });

/**
 * exceljs is loaded when a workbook is made or read, not with the app: it adds ~20 MB to every
 * process that imports the contacts' code (the CLI's CSV export stays under its memory target).
 */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

export async function* xlsxChunks(batches: AsyncIterable<readonly ExportedContact[]>): AsyncGenerator<Uint8Array> {
  const { stream } = await loadExcel();
  const out = new PassThrough();
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Leitbild-Werkstatt';
  const sheet = workbook.addWorksheet('Kontakte', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = CSV_HEADER.map((header) => ({
    header,
    key: header,
    width: WIDE_COLUMNS.has(header) ? 30 : DATE_COLUMNS.has(header) ? 14 : 18,
    style: { numFmt: DATE_COLUMNS.has(header) ? DATE_FORMAT : TEXT_FORMAT },
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: CSV_HEADER.length } };
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  const writing = (async () => {
    for await (const batch of batches) {
      for (const contact of batch) {
        sheet.addRow(cellsOf(contact)).commit();
      }
      // Before the next batch is read, the file stream takes what is waiting (only when it asked to:
      // 'drain' comes only after a refused write).
      if (out.writableNeedDrain) await new Promise<void>((resolve) => out.once('drain', resolve));
    }
    sheet.commit();
    await workbook.commit();
  })();
  writing.catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  for await (const chunk of out) yield chunk as Uint8Array;
  await writing;
}

/** An .xlsx file (a zip whose parts name the spreadsheet format), told apart from other zips. */
export function isXlsx(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  return Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).includes('xl/');
}

export interface SheetRow {
  /** The row number Excel shows (the header is 1). */
  readonly record: number;
  readonly fields: string[];
}

/** A cell as the person sees it: text as typed, a date as TT.MM.JJJJ, a number without Excel's float noise. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatDateShort(value.toISOString());
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? value.hyperlink);
  if ('error' in value) return '';
  return '';
}

/** The first sheet of a workbook as rows of text, the header first; empty rows left out. */
export async function readXlsxRows(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('contacts.import.xlsxUnreadable', { field: 'contentBase64' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError('contacts.import.empty', { field: 'contentBase64' });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, record) => {
    const values = row.values as ExcelJS.CellValue[];
    // exceljs counts columns from 1; index 0 is always empty.
    rows.push({ record, fields: Array.from({ length: Math.max(0, values.length - 1) }, (_, index) => cellText(values[index + 1] ?? null).trim()) });
  });
  return rows;
}
