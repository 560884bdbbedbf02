import type { ContactDto } from '../../../contract';

/**
 * The plain text fields of schema 13 (issue 18) with their columns: read, written, exported,
 * merged and erased alike, so each place takes them from here. The birthday (a date or null) follows them.
 */
export const DETAIL_TEXT_FIELDS = [
  ['department', 'department'],
  ['street2', 'street2'],
  ['country', 'country'],
  ['privateStreet', 'private_street'],
  ['privatePostalCode', 'private_postal_code'],
  ['privateCity', 'private_city'],
  ['privateCountry', 'private_country'],
  ['website', 'website'],
] as const satisfies ReadonlyArray<readonly [keyof ContactDto, string]>;

type DetailTextKey = (typeof DETAIL_TEXT_FIELDS)[number][0];
export type ContactDetails = Pick<ContactDto, DetailTextKey | 'birthday'>;

const FIELDS: ReadonlyArray<readonly [keyof ContactDetails, string]> = [...DETAIL_TEXT_FIELDS, ['birthday', 'birthday']];

/** The columns, in the order of `detailValues`. */
export const DETAIL_COLUMNS: readonly string[] = FIELDS.map(([, column]) => column);

/** `SELECT` expressions on the contact table aliased `alias`: each column under its field name (quoted: PostgreSQL folds the rest). */
export const detailSelect = (alias: string) => FIELDS.map(([key, column]) => `${alias}.${column} AS "${key}"`).join(', ');

/** Values in `DETAIL_COLUMNS` order. */
export const detailValues = (details: ContactDetails): Array<string | null> => FIELDS.map(([key]) => details[key]);

const textIn = (value: unknown) => (typeof value === 'string' ? value : '');

/** The details of a row: read with `SELECT *` (`by: 'column'`) or with `detailSelect` (`by: 'field'`). */
export function detailsOf(row: object, by: 'column' | 'field'): ContactDetails {
  const value = (key: string, column: string) => (row as Readonly<Record<string, unknown>>)[by === 'column' ? column : key];
  const texts = Object.fromEntries(DETAIL_TEXT_FIELDS.map(([key, column]) => [key, textIn(value(key, column))])) as Pick<ContactDetails, DetailTextKey>;
  const birthday = value('birthday', 'birthday');
  return { ...texts, birthday: typeof birthday === 'string' ? birthday : null };
}

export const EMPTY_DETAILS: ContactDetails = detailsOf({}, 'field');

/** Where the incoming value fills what the current one lacks (a merge or an import's "merge"). */
export const filledDetails = (current: ContactDetails, incoming: ContactDetails): ContactDetails => ({
  ...(Object.fromEntries(DETAIL_TEXT_FIELDS.map(([key]) => [key, current[key] || incoming[key]])) as Pick<ContactDetails, DetailTextKey>),
  birthday: current.birthday ?? incoming.birthday,
});
