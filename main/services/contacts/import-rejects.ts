import { EXCEL_BOM, excelCsvLine } from './csv';
import { readRejectedRows, REJECT_PROBLEM_HEADER, type ImportSource } from './contact-import';

/**
 * The rows an import left out, handed back to be fixed: a CSV for German Excel with the problem of
 * each row in a first column (which a later import leaves out), then the file's own columns and
 * cells, all of them (a row with too many cells keeps them).
 * Corrected and saved, the file goes through the import again. `describe` words a problem's message
 * key in the reader's language (the service itself speaks none).
 */
export async function rejectedRowsCsv(
  source: ImportSource,
  describe: (messageKey: string, params: Record<string, string | number>) => string,
): Promise<{ csv: string; count: number }> {
  const { headers, rows } = await readRejectedRows(source);
  const lines = [EXCEL_BOM + excelCsvLine([REJECT_PROBLEM_HEADER, ...headers])];
  for (const { contact, cells } of rows) {
    const problems = contact.errors.map((error) => describe(error.messageKey, { record: contact.record, line: contact.line }));
    lines.push(excelCsvLine([problems.join(' '), ...cells]));
  }
  return { csv: lines.join(''), count: rows.length };
}
