import type { EntityManager } from 'typeorm';
import { dialectOf } from '../../../database/sql-dialect';
import type { BodyDto, MembershipDto, OrganizationDto, ParsedInput } from '../../../contract';
import { DomainError, isUniqueViolation, notFound } from '../domain-error';
import { nowIso } from '../text-compare';
import { assertBody, bodyRows, insertRow, membershipRows, organizationRows, readRecord } from './contact-records';

/** Organisations, bodies (Gremien) and who sits in them. */

const organizationTaken = () => new DomainError('contacts.errors.organizationExists', { field: 'name' });
const bodyTaken = () => new DomainError('contacts.errors.bodyExists', { field: 'name' });

/** A unique index names the duplicate; the caller's transaction rolls back. */
async function unique<T>(work: () => Promise<T>, taken: () => DomainError): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}

export async function createOrganization(manager: EntityManager, input: ParsedInput<'organizations.create'>): Promise<OrganizationDto> {
  const id = await unique(
    () =>
      insertRow(manager, 'INSERT INTO organization (name, kind, street, postal_code, city, email, phone, website, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        input.name,
        input.kind,
        input.street,
        input.postalCode,
        input.city,
        input.email,
        input.phone,
        input.website,
        nowIso(),
      ]),
    organizationTaken,
  );
  return (await organizationRows(manager, [id]))[0]!;
}

export async function updateOrganization(manager: EntityManager, input: ParsedInput<'organizations.update'>): Promise<OrganizationDto> {
  const [existing] = await organizationRows(manager, [input.id]);
  if (!existing) throw notFound('contacts.errors.organizationNotFound');
  await unique(
    () =>
      manager.query('UPDATE organization SET name = ?, kind = ?, street = ?, postal_code = ?, city = ?, email = ?, phone = ?, website = ? WHERE id = ?', [
        input.name,
        input.kind,
        input.street,
        input.postalCode,
        input.city,
        input.email,
        input.phone,
        input.website,
        input.id,
      ]),
    organizationTaken,
  );
  // The search index holds the organisation names of each contact; its triggers only see links change.
  await manager.query(dialectOf(manager) === 'postgres' ? RENAMED_ON_SERVER : RENAMED, [input.id]);
  return (await organizationRows(manager, [input.id]))[0]!;
}

const RENAMED = `UPDATE contact_search SET organizations = coalesce((SELECT group_concat(o.name, ' ') FROM contact_organization co
       JOIN organization o ON o.id = co.organization_id WHERE co.contact_id = contact_search.rowid), '')
     WHERE rowid IN (SELECT contact_id FROM contact_organization WHERE organization_id = ?)`;
/** PostgreSQL builds a contact's document in one place (lbw_contact_documents, migration 0003): its linked contacts' anew. */
const RENAMED_ON_SERVER = 'SELECT lbw_contact_documents(ARRAY(SELECT contact_id FROM contact_organization WHERE organization_id = ?))';

/** The organisation and its links go in one step; the contacts stay (their search entry follows by trigger). */
export async function deleteOrganization(manager: EntityManager, id: number): Promise<{ id: number; unlinkedContacts: number }> {
  const [existing] = await organizationRows(manager, [id]);
  if (!existing) throw notFound('contacts.errors.organizationNotFound');
  await manager.query('DELETE FROM contact_organization WHERE organization_id = ?', [id]);
  await manager.query('DELETE FROM organization WHERE id = ?', [id]);
  return { id, unlinkedContacts: existing.contactCount };
}

export async function createBody(manager: EntityManager, input: ParsedInput<'bodies.create'>): Promise<BodyDto> {
  const id = await unique(
    () =>
      insertRow(manager, 'INSERT INTO body (name, kind, short_name, name_genitive, created_at) VALUES (?, ?, ?, ?, ?)', [
        input.name,
        input.kind,
        input.shortName,
        input.nameGenitive,
        nowIso(),
      ]),
    bodyTaken,
  );
  return (await bodyRows(manager, id))[0]!;
}

export async function updateBody(manager: EntityManager, input: ParsedInput<'bodies.update'>): Promise<BodyDto> {
  await assertBody(manager, input.id);
  await unique(
    () =>
      manager.query('UPDATE body SET name = ?, kind = ?, short_name = ?, name_genitive = ? WHERE id = ?', [
        input.name,
        input.kind,
        input.shortName,
        input.nameGenitive,
        input.id,
      ]),
    bodyTaken,
  );
  return (await bodyRows(manager, input.id))[0]!;
}

/**
 * Only a body with no history: memberships (also ended ones) and meetings are the record of who
 * sat where and what was decided, so they are never deleted along with it.
 */
export async function deleteBody(manager: EntityManager, id: number): Promise<{ id: number }> {
  await assertBody(manager, id);
  const [{ members, meetings }] = (await manager.query(
    'SELECT (SELECT count(*) FROM membership WHERE body_id = ?1) AS members, (SELECT count(*) FROM meeting WHERE body_id = ?1) AS meetings',
    [id],
  )) as [{ members: number; meetings: number }];
  if (members > 0) throw new DomainError('contacts.errors.bodyHasMembers', { params: { count: members } });
  if (meetings > 0) throw new DomainError('contacts.errors.bodyHasMeetings', { params: { count: meetings } });
  await manager.query('DELETE FROM body WHERE id = ?', [id]);
  return { id };
}

export async function bodyMemberships(manager: EntityManager, bodyId: number): Promise<MembershipDto[]> {
  await assertBody(manager, bodyId);
  return membershipRows(manager, 'm.body_id = ?', [bodyId]);
}

export async function createMembership(manager: EntityManager, input: ParsedInput<'memberships.create'>): Promise<MembershipDto> {
  const contact = await readRecord(manager, input.contactId);
  if (contact.erased_at) throw new DomainError('contacts.errors.erased', { field: 'contactId' });
  await assertBody(manager, input.bodyId);
  const id = await insertRow(manager, 'INSERT INTO membership (contact_id, body_id, role, date_from, date_to, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
    input.contactId,
    input.bodyId,
    input.role,
    input.from,
    input.to,
    nowIso(),
  ]);
  return (await membershipRows(manager, 'm.id = ?', [id]))[0]!;
}

async function membership(manager: EntityManager, id: number): Promise<MembershipDto> {
  const [row] = await membershipRows(manager, 'm.id = ?', [id]);
  if (!row) throw notFound('contacts.errors.membershipNotFound');
  return row;
}

/** Role and dates; the person and the body stay (a different body is a new membership). */
export async function updateMembership(manager: EntityManager, input: ParsedInput<'memberships.update'>): Promise<MembershipDto> {
  await membership(manager, input.id);
  await manager.query('UPDATE membership SET role = ?, date_from = ?, date_to = ? WHERE id = ?', [input.role, input.from, input.to, input.id]);
  return membership(manager, input.id);
}

/** Ends a membership on a day; a day before it began is refused at the field. */
export async function endMembership(manager: EntityManager, input: ParsedInput<'memberships.end'>): Promise<MembershipDto> {
  const current = await membership(manager, input.id);
  if (current.from && input.to < current.from) throw new DomainError('validation.membershipOrder', { field: 'to' });
  await manager.query('UPDATE membership SET date_to = ? WHERE id = ?', [input.to, input.id]);
  return membership(manager, input.id);
}

/** For entries made by mistake; a membership that simply ended is ended, not removed. */
export async function deleteMembership(manager: EntityManager, id: number): Promise<{ id: number }> {
  await membership(manager, id);
  await manager.query('DELETE FROM membership WHERE id = ?', [id]);
  return { id };
}
