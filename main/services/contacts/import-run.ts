import type { EntityManager } from 'typeorm';
import type { ContactDto, ImportDecision, ImportPreviewDto, ImportResultDto, ImportRowReportDto } from '../../../contract';
import { insertJsonRows } from '../../../database/bulk-insert';
import { dialectOf, phrasesOf } from '../../../database/sql-dialect';
import { DomainError } from '../domain-error';
import { nowIso, todayIso } from '../text-compare';
import { fold, type ImportedContact, type ParsedImport } from './contact-import';
import { duplicateCandidates } from './import-candidates';
import { DETAIL_COLUMNS, detailsOf, detailValues, filledDetails, type ContactDetails } from './contact-details';
import { refuseIncompleteMapping } from './import-mapping-check';
import { columnsOf, CONTACT_INSERT_COLUMNS, displayName, emailKey, nameOrgKeys, originDay, readRecord, SEP, sortKeyOf, type ContactFields } from './contact-records';

/** How many rows go in before the import reports progress (and lets other work, e.g. progress polls, run). */
export const IMPORT_CHUNK_ROWS = 250;

/** Rows checked for duplicates before the check lets other work run. */
const ANALYSE_SLICE_ROWS = 2000;

/** Called after each chunk; may throw (cancel) to roll the whole transaction back. */
export type ImportProgress = (done: number, total: number) => Promise<void>;

export async function previewImport(manager: EntityManager, parsed: ParsedImport): Promise<ImportPreviewDto> {
  const reports = await analyse(manager, parsed);
  return {
    format: parsed.format,
    separator: parsed.separator,
    encoding: parsed.encoding,
    headers: parsed.headers,
    mapping: parsed.mapping,
    previewRows: parsed.previewRows,
    fileType: parsed.fileType,
    filledHeaders: parsed.filledHeaders,
    mappingProblems: parsed.mappingProblems,
    rows: reports,
    validCount: reports.filter((row) => row.errors.length === 0).length,
    errorCount: reports.filter((row) => row.errors.length > 0).length,
    duplicateCount: reports.filter((row) => row.duplicateReason !== null).length,
  };
}

/** A contact's origin after an import (Art. 15 (1) (g) DSGVO): "Import aus „Outlook-Export.csv“ am 03.12.2026". */
export const importOrigin = (fileName: string, day: string = todayIso()): string => `Import aus „${fileName.trim()}“ am ${originDay(day)}`;

/**
 * Runs inside the caller's one transaction (all or nothing). Bad rows must be marked "skip";
 * duplicates are skipped unless marked "merge" (fill in what the existing contact lacks) or "new".
 * New contacts record the file as their origin; a contact filled in from it gets the file added.
 */
export async function runImport(
  manager: EntityManager,
  parsed: ParsedImport,
  decisions: Readonly<Record<string, ImportDecision>>,
  fileName: string,
  onProgress: ImportProgress = async () => {},
): Promise<ImportResultDto> {
  refuseIncompleteMapping(parsed);
  const reports = await analyse(manager, parsed);
  const decisionOf = (line: number) => decisions[String(line)];
  const bad = reports.filter((row) => row.errors.length > 0 && decisionOf(row.line) !== 'skip');
  if (bad.length > 0) {
    throw new DomainError('contacts.import.rowsInvalid', { field: 'decisions', params: { lines: bad.map((row) => row.line).join(', '), count: bad.length } });
  }
  const byLine = new Map(parsed.contacts.map((contact) => [contact.line, contact]));
  const targetOf = new Map<number, number | null>();
  const toCreate: ImportedContact[] = [];
  const toMerge: Array<{ line: number; contact: ImportedContact }> = [];
  const organizationRows: ImportedContact[] = [];
  let skipped = 0;
  for (const report of reports) {
    const contact = byLine.get(report.line)!;
    if (contact.kind === 'organization' && report.errors.length === 0) {
      organizationRows.push(contact);
      continue;
    }
    const decision = report.errors.length > 0 ? 'skip' : report.duplicateReason ? (decisionOf(report.line) ?? 'skip') : 'new';
    if (decision === 'new') toCreate.push(contact);
    else if (decision === 'merge') toMerge.push({ line: report.line, contact });
    else skipped++;
    if (decision !== 'new') targetOf.set(report.line, report.duplicateOfContactId ?? (report.duplicateOfLine !== null ? -report.duplicateOfLine : null));
  }
  const total = reports.length;
  let done = skipped;
  await onProgress(done, total);
  const orgIds = await ensureOrganizations(manager, [...toCreate, ...toMerge.map((entry) => entry.contact), ...organizationRows].flatMap((contact) => contact.organizations));
  for (const row of organizationRows) await fillInOrganization(manager, orgIds.get(fold(row.organization))!, row);
  done += organizationRows.length;
  const orgIdsOf = (contact: ImportedContact) => [...new Set(contact.organizations.map((name) => orgIds.get(fold(name))!))];
  // Ids are given explicitly so the organisation links can be bulk-inserted too.
  const newIds = await reserveContactIds(manager, toCreate.length);
  const now = nowIso();
  const origin = importOrigin(fileName);
  const idOfLine = new Map<number, number>();
  toCreate.forEach((contact, index) => idOfLine.set(contact.line, newIds[index]!));
  for (let start = 0; start < toCreate.length; start += IMPORT_CHUNK_ROWS) {
    const chunk = toCreate.slice(start, start + IMPORT_CHUNK_ROWS);
    await insertJsonRows(manager, 'contact', CONTACT_INSERT_COLUMNS, chunk.map((contact) => [idOfLine.get(contact.line)!, ...columnsOf(fieldsOf(contact)), origin, now, now]));
    await insertJsonRows(
      manager,
      'contact_organization',
      ['contact_id', 'organization_id'],
      chunk.flatMap((contact) => orgIdsOf(contact).map((orgId) => [idOfLine.get(contact.line)!, orgId])),
    );
    done += chunk.length;
    await onProgress(done, total);
  }
  const resolve = (line: number): number | null => {
    const target = targetOf.get(line);
    if (target === undefined) return idOfLine.get(line) ?? null;
    if (target === null) return null;
    return target > 0 ? target : resolve(-target);
  };
  for (const [index, { line, contact }] of toMerge.entries()) {
    const targetId = resolve(line);
    if (targetId !== null) {
      await fillInContact(manager, targetId, contact, orgIdsOf(contact));
      await addOrigin(manager, targetId, `ergänzt durch ${origin}`);
    }
    done++;
    if ((index + 1) % IMPORT_CHUNK_ROWS === 0 || index === toMerge.length - 1) await onProgress(done, total);
  }
  return { created: toCreate.length, merged: toMerge.length, skipped, organizations: organizationRows.length };
}

/**
 * Ids for `count` new contacts. SQLite: past the AUTOINCREMENT sequence (one writer at a time). PostgreSQL:
 * taken from the identity's sequence, which other sessions may draw from meanwhile, so the ids need
 * not be consecutive; an explicit id never moves the sequence, so they must come from it.
 */
async function reserveContactIds(manager: EntityManager, count: number): Promise<number[]> {
  if (dialectOf(manager) === 'postgres') {
    const rows = (await manager.query(`SELECT nextval(pg_get_serial_sequence('contact', 'id'))::integer AS id FROM generate_series(1, ?::integer) ORDER BY 1`, [
      count,
    ])) as Array<{ id: number }>;
    return rows.map((row) => row.id);
  }
  const [{ last }] = (await manager.query(
    `SELECT max(coalesce((SELECT max(id) FROM contact), 0), coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'contact'), 0)) AS last`,
  )) as [{ last: number }];
  return Array.from({ length: count }, (_, index) => last + 1 + index);
}

/** Adds to a contact's origin ("…; ergänzt durch Import aus „x.csv“ am …"), once. */
export async function addOrigin(manager: EntityManager, id: number, text: string): Promise<void> {
  await manager.query(
    `UPDATE contact SET origin = CASE WHEN origin = '' THEN ?1 WHEN ${phrasesOf(manager).position('origin', '?1')} > 0 THEN origin ELSE origin || '; ' || ?1 END WHERE id = ?2`,
    [text, id],
  );
}

function fieldsOf(contact: ImportedContact): ContactFields {
  return {
    salutation: contact.salutation,
    title: contact.title,
    firstName: contact.firstName,
    lastName: contact.lastName,
    function: contact.function,
    fraktion: contact.fraktion,
    emails: contact.emails,
    phones: contact.phones,
    street: contact.street,
    postalCode: contact.postalCode,
    city: contact.city,
    languages: contact.languages,
    categories: contact.categories,
    notes: contact.notes,
    consentPurpose: contact.consentPurpose,
    consentDate: contact.consentDate,
    consentHow: contact.consentHow,
    consentWithdrawnOn: contact.consentWithdrawnOn,
    ...detailsOf(contact, 'field'),
  };
}

/** Duplicates against the database and against earlier rows of the same file. */
async function analyse(manager: EntityManager, parsed: ParsedImport): Promise<ImportRowReportDto[]> {
  const existing = await duplicateCandidates(manager, parsed.contacts);
  type Seen = { contactId: number | null; line: number | null; record: number | null };
  const byEmail = new Map<string, Seen>();
  const byName = new Map<string, Seen>();
  for (const row of existing) {
    for (const email of JSON.parse(row.emails) as string[]) if (!byEmail.has(emailKey(email))) byEmail.set(emailKey(email), { contactId: row.id, line: null, record: null });
    for (const org of row.orgs ? row.orgs.split(SEP) : ['']) {
      for (const key of nameOrgKeys(row.first_name, row.last_name, org)) if (!byName.has(key)) byName.set(key, { contactId: row.id, line: null, record: null });
    }
  }
  const reports: ImportRowReportDto[] = [];
  for (const [index, contact] of parsed.contacts.entries()) {
    // 200,000 rows take seconds to check: other calls get their turn every few thousand.
    if (index > 0 && index % ANALYSE_SLICE_ROWS === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    reports.push(reportOf(contact));
  }
  return reports;

  function reportOf(contact: ImportedContact): ImportRowReportDto {
    const report = {
      line: contact.line,
      record: contact.record,
      name: contact.kind === 'organization' ? contact.organization : displayName(contact.firstName, contact.lastName, false),
      errors: contact.errors,
      notices: contact.notices,
      duplicateOfContactId: null as number | null,
      duplicateOfLine: null as number | null,
      duplicateOfRecord: null as number | null,
      duplicateReason: null as ImportRowReportDto['duplicateReason'],
      becomes: contact.kind,
    };
    // A company row becomes (or fills in) the organisation of that name: no person to compare.
    if (contact.errors.length > 0 || contact.kind === 'organization') return report;
    const emailHit = contact.emails.map((email) => byEmail.get(emailKey(email))).find(Boolean);
    const keys = nameOrgKeys(contact.firstName, contact.lastName, contact.organization);
    const nameHit = keys.map((key) => byName.get(key)).find(Boolean);
    const hit = emailHit ?? nameHit;
    if (hit) {
      report.duplicateOfContactId = hit.contactId;
      report.duplicateOfLine = hit.line;
      report.duplicateOfRecord = hit.record;
      report.duplicateReason = emailHit ? 'email' : 'nameAndOrganization';
    }
    const self = { contactId: null, line: contact.line, record: contact.record };
    for (const email of contact.emails) if (!byEmail.has(emailKey(email))) byEmail.set(emailKey(email), self);
    for (const key of keys) if (!byName.has(key)) byName.set(key, self);
    return report;
  }
}

/** What a merge can bring into an existing contact: an imported row or another contact. */
type FillIn = Pick<ContactDto, 'salutation' | 'title' | 'firstName' | 'function' | 'fraktion' | 'emails' | 'phones' | 'street' | 'postalCode' | 'city' | 'languages' | 'categories' | 'notes'> &
  ContactDetails;

/** Fills in what contact `id` lacks from `incoming`; lists are joined, notes appended (also used to merge two contacts). */
export async function fillInContact(manager: EntityManager, id: number, incoming: FillIn, organizationIds: readonly number[]): Promise<void> {
  const current = await readRecord(manager, id);
  const union = (json: string, extra: readonly string[]) => {
    const list = JSON.parse(json) as string[];
    for (const value of extra) if (!list.some((known) => known.toLowerCase() === value.toLowerCase())) list.push(value);
    return JSON.stringify(list);
  };
  const phones = JSON.parse(current.phones) as Array<{ kind: string; number: string }>;
  for (const phone of incoming.phones) if (!phones.some((known) => known.number === phone.number)) phones.push(phone);
  const pick = (mine: string, theirs: string) => mine || theirs;
  const notes = current.notes && incoming.notes && !current.notes.includes(incoming.notes) ? `${current.notes}\n${incoming.notes}` : pick(current.notes, incoming.notes);
  const details = filledDetails(detailsOf(current, 'column'), incoming);
  await manager.query(
    `UPDATE contact SET salutation = ?, title = ?, first_name = ?, function = ?, fraktion = ?, emails = ?, phones = ?, street = ?,
       postal_code = ?, city = ?, languages = ?, categories = ?, notes = ?, sort_key = ?, updated_at = ?,
       ${DETAIL_COLUMNS.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`,
    [
      pick(current.salutation, incoming.salutation),
      pick(current.title, incoming.title),
      pick(current.first_name, incoming.firstName),
      pick(current.function, incoming.function),
      pick(current.fraktion, incoming.fraktion),
      union(current.emails, incoming.emails),
      JSON.stringify(phones),
      pick(current.street, incoming.street),
      pick(current.postal_code, incoming.postalCode),
      pick(current.city, incoming.city),
      union(current.languages, incoming.languages),
      union(current.categories, incoming.categories),
      notes,
      sortKeyOf(pick(current.first_name, incoming.firstName), current.last_name),
      nowIso(),
      ...detailValues(details),
      id,
    ],
  );
  for (const organizationId of organizationIds) {
    await manager.query(phrasesOf(manager).insertIgnoring('contact_organization', '(contact_id, organization_id) VALUES (?, ?)'), [id, organizationId]);
  }
}

/** A company row of the file: what the organisation lacks (address, e-mail, phone, website) is filled in, nothing overwritten. */
async function fillInOrganization(manager: EntityManager, id: number, row: ImportedContact): Promise<void> {
  const firstPhone = row.phones[0]?.number ?? '';
  await manager.query(
    `UPDATE organization SET street = CASE WHEN street = '' THEN ?1 ELSE street END, postal_code = CASE WHEN postal_code = '' THEN ?2 ELSE postal_code END,
       city = CASE WHEN city = '' THEN ?3 ELSE city END, email = CASE WHEN email = '' THEN ?4 ELSE email END,
       phone = CASE WHEN phone = '' THEN ?5 ELSE phone END, website = CASE WHEN website = '' THEN ?6 ELSE website END WHERE id = ?7`,
    [row.street, row.postalCode, row.city, row.emails[0] ?? '', firstPhone, row.website, id],
  );
}

/** Organisation ids by folded name; missing ones are created (in one statement, in the order the file names them). */
async function ensureOrganizations(manager: EntityManager, names: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const rows: Array<{ id: number; name: string }> = await manager.query('SELECT id, name FROM organization');
  for (const row of rows) ids.set(fold(row.name), row.id);
  const missing = new Map<string, string>();
  for (const name of names) if (name && !ids.has(fold(name)) && !missing.has(fold(name))) missing.set(fold(name), name);
  if (missing.size === 0) return ids;
  const [{ last }] = (await manager.query('SELECT coalesce(max(id), 0) AS last FROM organization')) as [{ last: number }];
  const now = nowIso();
  await insertJsonRows(manager, 'organization', ['name', 'created_at'], [...missing.values()].map((name) => [name, now]));
  const added: Array<{ id: number; name: string }> = await manager.query('SELECT id, name FROM organization WHERE id > ? ORDER BY id', [last]);
  for (const row of added) ids.set(fold(row.name), row.id);
  return ids;
}
