import type { EntityManager } from 'typeorm';
import type { ContactDto } from '../../../contract';
import { dialectOf } from '../../../database/sql-dialect';
import { detailSelect, detailsOf, type ContactDetails } from './contact-details';
import { storedPhones, storedTexts } from './stored-lists';

/**
 * What a contact export writes of a person: the fields and the consent (so a list taken to Excel and
 * back keeps it, issue 18); no memberships or history.
 */
export type ExportedContact = Pick<
  ContactDto,
  | 'id' | 'salutation' | 'title' | 'firstName' | 'lastName' | 'function' | 'fraktion' | 'emails' | 'phones' | 'street' | 'postalCode' | 'city' | 'languages'
  | 'categories' | 'notes' | 'consentPurpose' | 'consentDate' | 'consentHow' | 'consentWithdrawnOn'
> &
  ContactDetails & { readonly organizations: ReadonlyArray<{ readonly name: string }> };

/** A row of `exportSelect`: the person's columns, their organisations' names as a JSON list, and the keyset position. */
interface ExportRow {
  id: number;
  sortKey: string;
  salutation: string;
  title: string;
  firstName: string;
  lastName: string;
  function: string;
  fraktion: string;
  emails: string;
  phones: string;
  street: string;
  postalCode: string;
  city: string;
  languages: string;
  categories: string;
  notes: string;
  consentPurpose: string;
  consentDate: string | null;
  consentHow: string;
  consentWithdrawnOn: string | null;
  organizations: string;
  /** And the fields of `detailSelect` (contact-details.ts). */
  [detail: string]: unknown;
}

/**
 * One query per batch: only the columns an export writes, with the organisations (by name, as
 * `loadContactBatch` orders them) folded into the row. Memberships and the full record stay
 * in the database, so a batch holds little and dies young.
 */
const exportSelect = (manager: EntityManager) => `SELECT c.id, c.sort_key AS "sortKey", c.salutation, c.title, c.first_name AS "firstName", c.last_name AS "lastName",
    c.function, c.fraktion, c.emails, c.phones, c.street, c.postal_code AS "postalCode", c.city, c.languages, c.categories, c.notes,
    c.consent_purpose AS "consentPurpose", c.consent_date AS "consentDate", c.consent_how AS "consentHow", c.consent_withdrawn_on AS "consentWithdrawnOn",
    ${detailSelect('c')},
    (SELECT ${organizationNames(manager)} FROM contact_organization co JOIN organization o ON o.id = co.organization_id
     WHERE co.contact_id = c.id) AS organizations
  FROM contact c`;

/** The organisations' names as a JSON list in name order: as text on both engines (node-postgres would parse json), '[]' for none. */
const organizationNames = (manager: EntityManager) =>
  dialectOf(manager) === 'postgres'
    ? `coalesce(json_agg(o.name ORDER BY o.name COLLATE NOCASE)::text, '[]')`
    : `json_group_array(o.name ORDER BY o.name COLLATE NOCASE)`;

const toExported = (row: ExportRow): ExportedContact => ({
  id: row.id,
  salutation: row.salutation,
  title: row.title,
  firstName: row.firstName,
  lastName: row.lastName,
  function: row.function,
  fraktion: row.fraktion,
  organizations: storedTexts(row.organizations).map((name) => ({ name })),
  emails: storedTexts(row.emails),
  phones: storedPhones(row.phones),
  street: row.street,
  postalCode: row.postalCode,
  city: row.city,
  languages: storedTexts(row.languages),
  categories: storedTexts(row.categories),
  notes: row.notes,
  consentPurpose: row.consentPurpose,
  consentDate: row.consentDate,
  consentHow: row.consentHow,
  consentWithdrawnOn: row.consentWithdrawnOn,
  ...detailsOf(row, 'field'),
});

/** The contacts with these ids that are not erased, in the order of `ids`. */
export async function exportedByIds(manager: EntityManager, ids: readonly number[]): Promise<ExportedContact[]> {
  if (ids.length === 0) return [];
  const rows = (await manager.query(`${exportSelect(manager)} WHERE c.id IN (${ids.map(() => '?').join(',')}) AND c.erased_at IS NULL`, [...ids])) as ExportRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toExported(row)] : [];
  });
}

export interface KeysetPosition {
  readonly sortKey: string;
  readonly id: number;
}

/** The next `limit` contacts of a filter after `after`, in the list's order (sort_key, id), with the position to go on from. */
export async function exportedAfter(
  manager: EntityManager,
  filter: { readonly where: readonly string[]; readonly parameters: readonly unknown[] },
  after: KeysetPosition | null,
  limit: number,
): Promise<{ contacts: ExportedContact[]; last: KeysetPosition | null }> {
  // A row value, so SQLite seeks in ix_contact_sort instead of scanning from the start for each batch.
  const keyset = after ? ' AND (c.sort_key, c.id) > (?, ?)' : '';
  const rows = (await manager.query(`${exportSelect(manager)} WHERE ${filter.where.join(' AND ') || '1 = 1'}${keyset} ORDER BY c.sort_key, c.id LIMIT ?`, [
    ...filter.parameters,
    ...(after ? [after.sortKey, after.id] : []),
    limit,
  ])) as ExportRow[];
  const lastRow = rows[rows.length - 1];
  return { contacts: rows.map(toExported), last: lastRow ? { sortKey: lastRow.sortKey, id: lastRow.id } : null };
}
