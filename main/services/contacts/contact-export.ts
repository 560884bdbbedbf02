import type { EntityManager } from 'typeorm';
import type { ContactDto, ExportFileDto, ParsedInput } from '../../../contract';
import { notFound } from '../domain-error';
import { todayIso } from '../text-compare';
import { datedFileName } from '../../../documents/file-names';
import { assertBody, CURRENT_SQL, displayName, emailKey, loadContacts, toFile } from './contact-records';
import { writeExcelCsv } from './csv';
import { toVcard } from './vcard';

const collator = new Intl.Collator('de', { sensitivity: 'base' });

/** CSV for German Excel: the headers read back by the import (see `contact-import.ts`). */
export async function exportCsv(manager: EntityManager, input: ParsedInput<'contacts.exportCsv'>): Promise<ExportFileDto> {
  const contacts = await loadContacts(manager, input.ids);
  const header = ['Anrede', 'Titel', 'Vorname', 'Nachname', 'Funktion', 'Organisation', 'Fraktion', 'E-Mail', 'E-Mail 2', 'Telefon', 'Mobil', 'Telefon privat', 'Straße', 'PLZ', 'Ort', 'Sprachen', 'Kategorien', 'Notizen'];
  const phone = (contact: ContactDto, kind: string) => contact.phones.filter((entry) => entry.kind === kind).map((entry) => entry.number).join(', ');
  const rows = contacts.map((contact) => [
    contact.salutation,
    contact.title,
    contact.firstName,
    contact.lastName,
    contact.function,
    contact.organizations.map((org) => org.name).join(', '),
    contact.fraktion,
    contact.emails[0] ?? '',
    contact.emails[1] ?? '',
    phone(contact, 'work'),
    phone(contact, 'mobile'),
    phone(contact, 'home'),
    contact.street,
    contact.postalCode,
    contact.city,
    contact.languages.join(', '),
    contact.categories.join(', '),
    contact.notes,
  ]);
  return toFile(datedFileName(todayIso(), 'Kontakte', [], 'csv'), 'text/csv', writeExcelCsv([header, ...rows]));
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
