import type { BodyDto, CallName, ContactDto, ContactRowDto, MembershipDto, OrganizationDto } from '../../../../contract';
import { contract } from '../../../../contract';
import { validateInput } from '../../../../contract/validate-input';
import { fail, ok, type FakeHandlers } from '../../test/fake-api';

/** Test data and handlers for the contact screens; inputs go through the real contract schemas. */

export const ORGS: OrganizationDto[] = [
  { id: 1, name: 'Verikom e. V.', kind: 'traeger', street: '', postalCode: '', city: 'Hamburg', contactCount: 1 },
  { id: 2, name: 'Bürgerverein Harburg', kind: 'verein', street: '', postalCode: '', city: '', contactCount: 0 },
];
export const BODIES: BodyDto[] = [
  { id: 1, name: 'Harburger Integrationsrat', kind: 'integrationsrat', shortName: 'HIR', nameGenitive: '', currentMemberCount: 1, memberCount: 1 },
  { id: 2, name: 'AG Leitbild', kind: 'arbeitsgruppe', shortName: '', nameGenitive: '', currentMemberCount: 0, memberCount: 0 },
];

export const contactRow = (id: number, lastName: string, firstName = '', extra: Partial<ContactRowDto> = {}): ContactRowDto => ({
  id,
  displayName: [firstName, lastName].filter(Boolean).join(' '),
  firstName,
  lastName,
  function: '',
  organizations: [],
  emails: [],
  categories: [],
  consent: 'none',
  erased: false,
  ...extra,
});

export const contactDto = (extra: Partial<ContactDto> = {}): ContactDto => ({
  id: 7,
  salutation: 'Frau',
  title: '',
  firstName: 'Ayşe',
  lastName: 'Özdemir',
  function: 'Sprecherin',
  fraktion: '',
  organizations: [{ id: 1, name: 'Verikom e. V.' }],
  emails: ['a.oezdemir@example.org'],
  phones: [{ kind: 'mobile', number: '0170 555' }],
  street: '',
  postalCode: '',
  city: '',
  languages: ['Türkisch'],
  categories: ['Integrationsrat'],
  notes: '',
  consentPurpose: '',
  consentDate: null,
  consentHow: '',
  consentWithdrawnOn: null,
  erasedAt: null,
  memberships: [],
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
  ...extra,
});

export const membership = (extra: Partial<MembershipDto> = {}): MembershipDto => ({
  id: 3,
  contactId: 7,
  contactName: 'Ayşe Özdemir',
  bodyId: 1,
  bodyName: 'Harburger Integrationsrat',
  role: 'member',
  from: '2024-01-01',
  to: null,
  current: true,
  ...extra,
});

/** The refusal the dispatcher gives for input the contract rejects, or null. */
export function refusal(name: CallName, input: unknown) {
  const checked = validateInput(contract[name].input, input);
  return checked.ok ? null : fail({ code: 'invalid-input', messageKey: 'errors.invalidInput', fields: checked.fields });
}

/** One person, organisations and bodies; create/update/memberships validated like the main side. */
export function contactHandlers(contact: ContactDto = contactDto()): FakeHandlers {
  let current = contact;
  return {
    'organizations.list': () => ok(ORGS),
    'bodies.list': () => ok(BODIES),
    'contacts.get': () => ok(current),
    'contacts.create': (input) => refusal('contacts.create', input) ?? ok({ ...current, id: 8 }),
    'contacts.update': (input) => {
      const refused = refusal('contacts.update', input);
      if (refused) return refused;
      current = { ...current, lastName: input.lastName, updatedAt: '2026-01-02T09:00:00.000Z' };
      return ok(current);
    },
    'memberships.create': (input) => {
      const refused = refusal('memberships.create', input);
      if (refused) return refused;
      const body = BODIES.find((each) => each.id === input.bodyId)!;
      const created = membership({ id: 9, bodyId: body.id, bodyName: body.name, role: input.role ?? 'member', from: input.from ?? null, to: input.to ?? null });
      current = { ...current, memberships: [...current.memberships, created] };
      return ok(created);
    },
    'memberships.update': (input) => refusal('memberships.update', input) ?? ok(membership({ role: input.role ?? 'member', from: input.from ?? null, to: input.to ?? null })),
  };
}
