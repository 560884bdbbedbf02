import type { EntityManager } from 'typeorm';
import type { ContactDto, ParsedInput } from '../../../contract';
import { DomainError } from '../domain-error';
import { nowIso, todayIso } from '../text-compare';
import { COLUMNS, columnsOf, CONTACT_INSERT_COLUMNS, insertRow, loadContact, originDay, readRecord } from './contact-records';

/** Creating and changing one contact by hand (the form). */
export async function createContact(manager: EntityManager, input: ParsedInput<'contacts.create'>): Promise<ContactDto> {
  const { organizationIds, ...fields } = input;
  await assertOrganizations(manager, organizationIds);
  const now = nowIso();
  const id = await insertRow(manager, `INSERT INTO contact (${COLUMNS}, origin, created_at, updated_at) VALUES (${CONTACT_INSERT_COLUMNS.slice(1).map(() => '?').join(',')})`, [
    ...columnsOf(fields),
    `Von Hand erfasst am ${originDay(todayIso())}`,
    now,
    now,
  ]);
  await linkOrganizations(manager, id, organizationIds);
  return loadContact(manager, id);
}

export async function updateContact(manager: EntityManager, input: ParsedInput<'contacts.update'>): Promise<ContactDto> {
  const { id, organizationIds, ...fields } = input;
  const existing = await readRecord(manager, id);
  if (existing.erased_at) throw new DomainError('contacts.errors.erased', { code: 'rejected' });
  await assertOrganizations(manager, organizationIds);
  const assignments = COLUMNS.split(',').map((column) => `${column.trim()} = ?`).join(', ');
  await manager.query(`UPDATE contact SET ${assignments}, updated_at = ? WHERE id = ?`, [...columnsOf(fields), nowIso(), id]);
  await manager.query('DELETE FROM contact_organization WHERE contact_id = ?', [id]);
  await linkOrganizations(manager, id, organizationIds);
  return loadContact(manager, id);
}

async function assertOrganizations(manager: EntityManager, ids: readonly number[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const [{ count }] = (await manager.query(`SELECT count(*) AS count FROM organization WHERE id IN (${unique.map(() => '?').join(',')})`, unique)) as [{ count: number }];
  if (count !== unique.length) throw new DomainError('contacts.errors.organizationNotFound', { field: 'organizationIds' });
}

async function linkOrganizations(manager: EntityManager, contactId: number, ids: readonly number[]): Promise<void> {
  for (const organizationId of new Set(ids)) {
    await manager.query('INSERT INTO contact_organization (contact_id, organization_id) VALUES (?, ?)', [contactId, organizationId]);
  }
}
