import type { CallInput, ContactDto } from '../contract';
import type { RealApi } from './real-api';

/**
 * Contacts, organisations, bodies and memberships for screen tests, made through the contract
 * (the same calls the screens make), so the data is what the real services store.
 */
export async function addOrganization(api: RealApi, name: string, fields: Partial<CallInput<'organizations.create'>> = {}) {
  return api.must('organizations.create', { name, kind: 'verein', ...fields });
}

export async function addBody(api: RealApi, name: string, fields: Partial<CallInput<'bodies.create'>> = {}) {
  return api.must('bodies.create', { name, kind: 'integrationsrat', ...fields });
}

export async function addContact(api: RealApi, lastName: string, firstName = '', fields: Partial<CallInput<'contacts.create'>> = {}): Promise<ContactDto> {
  return api.must('contacts.create', { lastName, firstName, ...fields });
}

export async function addMembership(api: RealApi, contactId: number, bodyId: number, terms: Partial<CallInput<'memberships.create'>> = {}) {
  return api.must('memberships.create', { contactId, bodyId, ...terms });
}

/** The consent fields of a person who agreed in writing. */
export const CONSENT_GIVEN = { consentPurpose: 'Einladungen zum Integrationsrat', consentDate: '2022-01-15', consentHow: 'schriftlich' } as const;
