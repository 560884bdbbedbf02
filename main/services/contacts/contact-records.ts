import type { EntityManager } from 'typeorm';
import { insertReturningId, phrasesOf } from '../../../database/sql-dialect';
import type { BodyDto, ContactDto, ExportFileDto, MembershipDto, OrganizationDto, ParsedInput } from '../../../contract';
import { formatDateShort } from '../../../documents/engine/german-dates';
import { DomainError, notFound } from '../domain-error';
import { todayIso } from '../text-compare';
import { fold } from './contact-import';
import { DETAIL_COLUMNS, detailsOf, detailValues } from './contact-details';
import { storedPhones, storedTexts } from './stored-lists';

/** Rows, columns and loaders shared by the contact services (queries, writes, import, export). */

export const SEP = '\u001f';
export const ERASED_NAME = '—';

export interface ContactRecord {
  id: number;
  salutation: string;
  title: string;
  first_name: string;
  last_name: string;
  function: string;
  fraktion: string;
  emails: string;
  phones: string;
  street: string;
  postal_code: string;
  city: string;
  languages: string;
  categories: string;
  notes: string;
  consent_purpose: string;
  consent_date: string | null;
  consent_how: string;
  consent_withdrawn_on: string | null;
  erased_at: string | null;
  origin: string;
  /** And the columns of `DETAIL_COLUMNS` (contact-details.ts). */
  [detail: string]: unknown;
  created_at: string;
  updated_at: string;
}

export type ContactFields = Omit<ParsedInput<'contacts.create'>, 'organizationIds'>;

export const CONSENT_SQL = `CASE WHEN c.consent_withdrawn_on IS NOT NULL THEN 'withdrawn' WHEN c.consent_date IS NOT NULL THEN 'given' ELSE 'none' END`;
export const CURRENT_SQL = `(m.date_to IS NULL OR m.date_to >= ?) AND (m.date_from IS NULL OR m.date_from <= ?)`;

const MEMBERSHIP_SQL = `
  SELECT m.id, m.contact_id AS "contactId", c.first_name AS "firstName", c.last_name AS "lastName", c.erased_at AS "erasedAt",
         m.body_id AS "bodyId", b.name AS "bodyName", m.role, m.date_from AS "from", m.date_to AS "to"
  FROM membership m JOIN contact c ON c.id = m.contact_id JOIN body b ON b.id = m.body_id`;

/**
 * Alphabetical order as in German phone books: umlauts as their base letter, last name first. The
 * import's duplicate check also reads the folded last name from it (import-candidates.ts): a change
 * to `fold` needs the stored keys computed anew.
 */
export const sortKeyOf = (first: string, last: string) => `${fold(last)}\u0001${fold(first)}`;

export const columnsOf = (fields: ContactFields) => [
  fields.salutation,
  fields.title,
  fields.firstName,
  fields.lastName,
  fields.function,
  fields.fraktion,
  JSON.stringify(fields.emails),
  JSON.stringify(fields.phones),
  fields.street,
  fields.postalCode,
  fields.city,
  JSON.stringify(fields.languages),
  JSON.stringify(fields.categories),
  fields.notes,
  fields.consentPurpose,
  fields.consentDate,
  fields.consentHow,
  fields.consentWithdrawnOn,
  sortKeyOf(fields.firstName, fields.lastName),
  ...detailValues(fields),
];
export const COLUMNS = `salutation, title, first_name, last_name, function, fraktion, emails, phones, street, postal_code, city,
  languages, categories, notes, consent_purpose, consent_date, consent_how, consent_withdrawn_on, sort_key, ${DETAIL_COLUMNS.join(', ')}`;
/** A new row's columns: id, the columns above, origin, created_at, updated_at. */
export const CONTACT_INSERT_COLUMNS = ['id', ...COLUMNS.split(',').map((column) => column.trim()), 'origin', 'created_at', 'updated_at'];

/** "03.12.2026", as the origin of a contact names the day (Art. 15 (1) (g) DSGVO). */
export const originDay = (iso: string): string => formatDateShort(iso);

/** The sqlite driver answers an INSERT with the new row's id. */
export const insertRow = insertReturningId;

export const displayName = (first: string, last: string, erased: boolean) => (erased ? ERASED_NAME : [first, last].filter(Boolean).join(' '));
export const toFile = (fileName: string, mimeType: string, text: string): ExportFileDto => ({
  fileName,
  mimeType,
  contentBase64: Buffer.from(text, 'utf8').toString('base64'),
});

/** Keys under which two rows count as the same person. */
export const emailKey = (email: string) => email.trim().toLowerCase();
export const nameOrgKey = (first: string, last: string, organization: string) => `${fold(first)}|${fold(last)}|${fold(organization)}`;
const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };
const spellUmlauts = (text: string) => text.normalize('NFC').replace(/[äöüÄÖÜ]/g, (char) => UMLAUTS[char]!);
/** The name keys of a person: "Müller" folds to "muller" and, written out, to "mueller", as files spell it either way. */
export const nameOrgKeys = (first: string, last: string, organization: string): string[] => [
  ...new Set([nameOrgKey(first, last, organization), nameOrgKey(spellUmlauts(first), spellUmlauts(last), spellUmlauts(organization))]),
];

export async function readRecord(manager: EntityManager, id: number): Promise<ContactRecord> {
  const [row] = (await manager.query('SELECT * FROM contact WHERE id = ?', [id])) as ContactRecord[];
  if (!row) throw notFound('contacts.errors.notFound');
  return row;
}

export async function assertBody(manager: EntityManager, id: number): Promise<void> {
  const rows: unknown[] = await manager.query('SELECT id FROM body WHERE id = ?', [id]);
  if (rows.length === 0) throw new DomainError('contacts.errors.bodyNotFound', { field: 'bodyId', code: 'not-found' });
}

/** Contacts per query batch: few enough for SQLite's parameter limit, many enough that a query serves a thousand rows. */
export const CONTACT_BATCH = 1000;

const groupBy = <T extends { contactId: number }>(rows: readonly T[]): Map<number, T[]> => {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.contactId);
    if (group) group.push(row);
    else groups.set(row.contactId, [row]);
  }
  return groups;
};

/** One batch (at most a few thousand ids): three queries whatever its size; the order of `ids` is kept. */
export async function loadContactBatch(manager: EntityManager, ids: readonly number[]): Promise<ContactDto[]> {
  if (ids.length === 0) return [];
  const marks = ids.map(() => '?').join(',');
  const records = (await manager.query(`SELECT * FROM contact WHERE id IN (${marks}) AND erased_at IS NULL`, [...ids])) as ContactRecord[];
  const organizations = groupBy(
    (await manager.query(
      `SELECT co.contact_id AS "contactId", o.id, o.name FROM contact_organization co JOIN organization o ON o.id = co.organization_id
       WHERE co.contact_id IN (${marks}) ORDER BY o.name COLLATE NOCASE`,
      [...ids],
    )) as Array<{ contactId: number; id: number; name: string }>,
  );
  const memberships = groupBy(await membershipRows(manager, `m.contact_id IN (${marks})`, [...ids]));
  const byId = new Map(records.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const orgs = (organizations.get(id) ?? []).map(({ id: orgId, name }) => ({ id: orgId, name }));
    return [toContactDto(row, orgs, memberships.get(id) ?? [])];
  });
}

export async function loadContact(manager: EntityManager, id: number): Promise<ContactDto> {
  const row = await readRecord(manager, id);
  const organizations: Array<{ id: number; name: string }> = await manager.query(
    `SELECT o.id, o.name FROM contact_organization co JOIN organization o ON o.id = co.organization_id WHERE co.contact_id = ? ORDER BY o.name COLLATE NOCASE`,
    [id],
  );
  return toContactDto(row, organizations, await membershipRows(manager, 'm.contact_id = ?', [id]));
}

function toContactDto(row: ContactRecord, organizations: ContactDto['organizations'], memberships: MembershipDto[]): ContactDto {
  return {
    id: row.id,
    salutation: row.salutation,
    title: row.title,
    firstName: row.first_name,
    lastName: row.last_name,
    function: row.function,
    fraktion: row.fraktion,
    organizations,
    emails: storedTexts(row.emails),
    phones: storedPhones(row.phones),
    street: row.street,
    postalCode: row.postal_code,
    city: row.city,
    languages: storedTexts(row.languages),
    categories: storedTexts(row.categories),
    notes: row.notes,
    consentPurpose: row.consent_purpose,
    consentDate: row.consent_date,
    consentHow: row.consent_how,
    consentWithdrawnOn: row.consent_withdrawn_on,
    ...detailsOf(row, 'column'),
    erasedAt: row.erased_at,
    memberships,
    origin: row.origin,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function membershipRows(manager: EntityManager, where: string, parameters: unknown[]): Promise<MembershipDto[]> {
  const today = todayIso();
  const rows: Array<Omit<MembershipDto, 'contactName' | 'current'> & { firstName: string; lastName: string; erasedAt: string | null }> = await manager.query(
    `${MEMBERSHIP_SQL} WHERE ${where} ORDER BY b.name COLLATE NOCASE, m.date_from`,
    parameters,
  );
  return rows.map(({ firstName, lastName, erasedAt, ...row }) => ({
    ...row,
    contactName: displayName(firstName, lastName, erasedAt !== null),
    current: (row.to === null || row.to >= today) && (row.from === null || row.from <= today),
  }));
}

export async function organizationRows(manager: EntityManager, ids?: readonly number[]): Promise<OrganizationDto[]> {
  const filter = ids ? `WHERE o.id IN (${ids.map(() => '?').join(',') || 'NULL'})` : '';
  return manager.query(
    `SELECT o.id, o.name, o.kind, o.street, o.postal_code AS "postalCode", o.city, o.email, o.phone, o.website,
            (SELECT count(*) FROM contact_organization co WHERE co.organization_id = o.id) AS "contactCount"
     FROM organization o ${filter} ORDER BY o.name COLLATE NOCASE`,
    ids ? [...ids] : [],
  );
}

export async function bodyRows(manager: EntityManager, id?: number): Promise<BodyDto[]> {
  const today = todayIso();
  // All members come from membership_count (kept by triggers, migration 10); the current ones (CURRENT_SQL) are
  // all but those ended before today and those beginning after it, few of them, counted from two indexes alone.
  const p = phrasesOf(manager);
  return manager.query(
    `SELECT b.id, b.name, b.kind, b.short_name AS "shortName", b.name_genitive AS "nameGenitive",
            coalesce(mc.n, 0)
              - (SELECT count(*) FROM membership m ${p.indexedBy('ix_membership_body')} WHERE m.body_id = b.id AND m.date_to < ?1)
              - (SELECT count(*) FROM membership m ${p.indexedBy('ix_membership_start')} WHERE m.body_id = b.id AND m.date_from > ?1 AND (m.date_to IS NULL OR m.date_to >= ?1))
              AS "currentMemberCount",
            coalesce(mc.n, 0) AS "memberCount"
     FROM body b LEFT JOIN membership_count mc ON mc.body_id = b.id ${id === undefined ? '' : 'WHERE b.id = ?2'} ORDER BY b.kind, b.name COLLATE NOCASE`,
    id === undefined ? [today] : [today, id],
  );
}
