import type { EntityManager } from 'typeorm';
import type { ExportFileDto, ParsedInput } from '../../../contract';
import { notFound } from '../domain-error';
import { todayIso } from '../text-compare';
import { datedFileName } from '../../../documents/file-names';
import { assertBody, CURRENT_SQL, displayName, emailKey, loadContacts, toFile } from './contact-records';
import { CSV_HEADER, csvRowOf } from './contact-export-stream';
import { writeExcelCsv } from './csv';
import { toVcard } from './vcard';

const collator = new Intl.Collator('de', { sensitivity: 'base' });

/** CSV for German Excel, whole in memory (small sets); `exports.save` streams the same lines (contact-export-stream.ts). */
export async function exportCsv(manager: EntityManager, input: ParsedInput<'contacts.exportCsv'>): Promise<ExportFileDto> {
  const contacts = await loadContacts(manager, input.ids);
  return toFile(datedFileName(todayIso(), 'Kontakte', [], 'csv'), 'text/csv', writeExcelCsv([CSV_HEADER, ...contacts.map(csvRowOf)]));
}

export async function exportVcard(manager: EntityManager, input: ParsedInput<'contacts.exportVcard'>): Promise<ExportFileDto> {
  const contacts = await loadContacts(manager, input.ids);
  if (contacts.length !== new Set(input.ids).size) throw notFound('contacts.errors.notFound');
  // The Word files' pattern: "2026-12-06_Kontakt_Zbigniew-Kowalczyk.vcf", "2026-12-06_Kontakte.vcf".
  const single = contacts.length === 1 ? contacts[0]! : undefined;
  const fileName = single ? datedFileName(todayIso(), 'Kontakt', [`${single.firstName} ${single.lastName}`], 'vcf') : datedFileName(todayIso(), 'Kontakte', [], 'vcf');
  return toFile(fileName, 'text/vcard', contacts.map(toVcard).join(''));
}

/** A body's mailing list: the first address of each (current) member, for BCC. */
export async function distributionList(
  manager: EntityManager,
  input: ParsedInput<'contacts.distributionList'>,
): Promise<{ addresses: string[]; mailto: string; withoutEmail: string[] }> {
  await assertBody(manager, input.bodyId);
  const today = todayIso();
  const rows: Array<{ firstName: string; lastName: string; emails: string }> = await manager.query(
    `SELECT DISTINCT c.id, c.first_name AS firstName, c.last_name AS lastName, c.emails
     FROM membership m JOIN contact c ON c.id = m.contact_id
     WHERE m.body_id = ? AND c.erased_at IS NULL ${input.includeFormer ? '' : `AND ${CURRENT_SQL}`}`,
    input.includeFormer ? [input.bodyId] : [input.bodyId, today, today],
  );
  const addresses: string[] = [];
  const withoutEmail: string[] = [];
  for (const row of rows.sort((a, b) => collator.compare(a.lastName, b.lastName))) {
    const [first] = JSON.parse(row.emails) as string[];
    if (first) {
      if (!addresses.some((known) => emailKey(known) === emailKey(first))) addresses.push(first);
    } else withoutEmail.push(displayName(row.firstName, row.lastName, false));
  }
  return { addresses, mailto: `mailto:?bcc=${addresses.map(encodeURIComponent).join(',')}`, withoutEmail };
}
