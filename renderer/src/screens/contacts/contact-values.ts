import type { CallError, CallInput, ContactDto, FieldError, PhoneDto } from '../../../../contract';
import { splitList } from './labels';

/** The form's text fields (lists of e-mails, phones and organisations are kept beside them). */
export type ContactValues = {
  salutation: string;
  title: string;
  firstName: string;
  lastName: string;
  function: string;
  department: string;
  fraktion: string;
  street: string;
  street2: string;
  postalCode: string;
  city: string;
  country: string;
  website: string;
  privateStreet: string;
  privatePostalCode: string;
  privateCity: string;
  privateCountry: string;
  birthday: string;
  languages: string;
  categories: string;
  notes: string;
  consentPurpose: string;
  consentDate: string;
  consentHow: string;
  consentWithdrawnOn: string;
};

export interface ContactLists {
  readonly emails: readonly string[];
  readonly phones: readonly PhoneDto[];
  readonly organizationIds: readonly number[];
}

export const EMPTY_VALUES: ContactValues = {
  salutation: '',
  title: '',
  firstName: '',
  lastName: '',
  function: '',
  department: '',
  fraktion: '',
  street: '',
  street2: '',
  postalCode: '',
  city: '',
  country: '',
  website: '',
  privateStreet: '',
  privatePostalCode: '',
  privateCity: '',
  privateCountry: '',
  birthday: '',
  languages: '',
  categories: '',
  notes: '',
  consentPurpose: '',
  consentDate: '',
  consentHow: '',
  consentWithdrawnOn: '',
};

export const valuesOf = (contact: ContactDto): ContactValues => ({
  salutation: contact.salutation,
  title: contact.title,
  firstName: contact.firstName,
  lastName: contact.lastName,
  function: contact.function,
  department: contact.department,
  fraktion: contact.fraktion,
  street: contact.street,
  street2: contact.street2,
  postalCode: contact.postalCode,
  city: contact.city,
  country: contact.country,
  website: contact.website,
  privateStreet: contact.privateStreet,
  privatePostalCode: contact.privatePostalCode,
  privateCity: contact.privateCity,
  privateCountry: contact.privateCountry,
  birthday: contact.birthday ?? '',
  languages: contact.languages.join(', '),
  categories: contact.categories.join(', '),
  notes: contact.notes,
  consentPurpose: contact.consentPurpose,
  consentDate: contact.consentDate ?? '',
  consentHow: contact.consentHow,
  consentWithdrawnOn: contact.consentWithdrawnOn ?? '',
});

export const listsOf = (contact: ContactDto): ContactLists => ({
  emails: contact.emails,
  phones: contact.phones,
  organizationIds: contact.organizations.map((org) => org.id),
});

/** What `contacts.create` takes; empty rows of the lists are dropped. */
export function toInput(values: ContactValues, lists: ContactLists): CallInput<'contacts.create'> {
  return {
    ...values,
    languages: splitList(values.languages),
    categories: splitList(values.categories),
    birthday: values.birthday || null,
    consentDate: values.consentDate || null,
    consentWithdrawnOn: values.consentWithdrawnOn || null,
    emails: lists.emails.map((email) => email.trim()).filter(Boolean),
    phones: lists.phones.filter((phone) => phone.number.trim()).map((phone) => ({ kind: phone.kind, number: phone.number.trim() })),
    organizationIds: [...lists.organizationIds],
  };
}

/**
 * Errors of list entries ("emails.1") belong to that row; they are shown there. The rest goes to
 * the form (fields by name, others at the top). Indexes count the rows sent, i.e. without empty ones.
 */
export function splitListErrors(error: CallError): { rows: Record<string, FieldError>; rest: CallError } {
  const rows: Record<string, FieldError> = {};
  const fields: FieldError[] = [];
  for (const field of error.fields) {
    if (/^(emails|phones)\.\d+/.test(field.field)) rows[field.field.split('.').slice(0, 2).join('.')] ??= field;
    else fields.push(field);
  }
  return { rows, rest: { ...error, fields } };
}
