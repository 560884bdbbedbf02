import { formatDateShort } from '../../../documents/engine/german-dates';
import type { ExportedContact } from './contact-export-rows';

/**
 * The app's own CSV (German Excel): every field a contact has, each in a column the import reads
 * back to the same contact. Lists inside a cell (languages, categories, a third and further e-mail
 * addresses, phones of one kind) are joined with "; ", so a category "Presse, Medien" stays one;
 * organisations, whose names may hold either, one per line of the cell. Dates as Excel shows them
 * in German (TT.MM.JJJJ).
 */
export const CSV_HEADER = [
  'Anrede', 'Titel', 'Vorname', 'Nachname', 'Funktion', 'Abteilung', 'Organisation', 'Fraktion', 'E-Mail', 'E-Mail 2', 'E-Mail 3', 'Webseite',
  'Telefon', 'Mobil', 'Telefon privat', 'Telefon sonstige', 'Fax', 'Straße', 'Adresszusatz', 'PLZ', 'Ort', 'Land', 'Straße privat',
  'PLZ privat', 'Ort privat', 'Land privat', 'Geburtstag', 'Sprachen', 'Kategorien', 'Notizen', 'Einwilligung: Zweck',
  'Einwilligung: erteilt am', 'Einwilligung: wie erteilt', 'Einwilligung: widerrufen am',
];

export const LIST_JOIN = '; ';
const phonesOf = (contact: ExportedContact, kind: string) => contact.phones.filter((entry) => entry.kind === kind).map((entry) => entry.number).join(LIST_JOIN);
const germanDate = (iso: string | null) => (iso ? formatDateShort(iso) : '');

/** One contact as a CSV row under `CSV_HEADER` (the headers the import reads back, see `contact-import.ts`). */
export const csvRowOf = (contact: ExportedContact): string[] => [
  contact.salutation,
  contact.title,
  contact.firstName,
  contact.lastName,
  contact.function,
  contact.department,
  contact.organizations.map((org) => org.name).join('\n'),
  contact.fraktion,
  contact.emails[0] ?? '',
  contact.emails[1] ?? '',
  contact.emails.slice(2).join(LIST_JOIN),
  contact.website,
  phonesOf(contact, 'work'),
  phonesOf(contact, 'mobile'),
  phonesOf(contact, 'home'),
  phonesOf(contact, 'other'),
  phonesOf(contact, 'fax'),
  contact.street,
  contact.street2,
  contact.postalCode,
  contact.city,
  contact.country,
  contact.privateStreet,
  contact.privatePostalCode,
  contact.privateCity,
  contact.privateCountry,
  germanDate(contact.birthday),
  contact.languages.join(LIST_JOIN),
  contact.categories.join(LIST_JOIN),
  contact.notes,
  contact.consentPurpose,
  germanDate(contact.consentDate),
  contact.consentHow,
  germanDate(contact.consentWithdrawnOn),
];
