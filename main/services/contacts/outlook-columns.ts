import type { ImportTarget } from '../../../contract/contacts';

/**
 * Every column of Outlook's contact export ("Datei → Öffnen und exportieren → Importieren/Exportieren
 * → In Datei exportieren → Kommagetrennte Werte"), German and English, in Outlook's order. A column
 * with a field of the app goes there; every other one is kept: its non-empty values go into the
 * notes as "Spalte: Wert" (`note`), so nothing a person typed into Outlook is lost. Only columns
 * Outlook derives from others (display names, initials) are left out.
 */
const COLUMNS: ReadonlyArray<readonly [german: string, english: string, target: ImportTarget]> = [
  ['Anrede', 'Title', 'salutation'],
  ['Vorname', 'First Name', 'firstName'],
  ['Weitere Vornamen', 'Middle Name', 'firstName'],
  ['Nachname', 'Last Name', 'lastName'],
  ['Suffix', 'Suffix', 'note'],
  ['Firma', 'Company', 'organization'],
  ['Abteilung', 'Department', 'department'],
  ['Position', 'Job Title', 'function'],
  ['Straße geschäftlich', 'Business Street', 'street'],
  ['Straße geschäftlich 2', 'Business Street 2', 'street2'],
  ['Straße geschäftlich 3', 'Business Street 3', 'street2'],
  ['Ort geschäftlich', 'Business City', 'city'],
  ['Region geschäftlich', 'Business State', 'note'],
  ['Postleitzahl geschäftlich', 'Business Postal Code', 'postalCode'],
  ['Land/Region geschäftlich', 'Business Country/Region', 'country'],
  ['Straße privat', 'Home Street', 'privateStreet'],
  ['Straße privat 2', 'Home Street 2', 'privateStreet'],
  ['Straße privat 3', 'Home Street 3', 'privateStreet'],
  ['Ort privat', 'Home City', 'privateCity'],
  ['Bundesland/Kanton privat', 'Home State', 'note'],
  ['Postleitzahl privat', 'Home Postal Code', 'privatePostalCode'],
  ['Land/Region privat', 'Home Country/Region', 'privateCountry'],
  ['Weitere Straße', 'Other Street', 'note'],
  ['Weitere Straße 2', 'Other Street 2', 'note'],
  ['Weitere Straße 3', 'Other Street 3', 'note'],
  ['Weiterer Ort', 'Other City', 'note'],
  ['Weiteres/r Bundesland/Kanton', 'Other State', 'note'],
  ['Weitere Postleitzahl', 'Other Postal Code', 'note'],
  ['Weiteres/r Land/Region', 'Other Country/Region', 'note'],
  ['Telefon Assistent', "Assistant's Phone", 'note'],
  ['Fax geschäftlich', 'Business Fax', 'phoneFax'],
  ['Telefon geschäftlich', 'Business Phone', 'phoneWork'],
  ['Telefon geschäftlich 2', 'Business Phone 2', 'phoneWork'],
  ['Rückmeldung', 'Callback', 'note'],
  ['Autotelefon', 'Car Phone', 'note'],
  ['Telefon Firma', 'Company Main Phone', 'note'],
  ['Fax privat', 'Home Fax', 'phoneFax'],
  ['Telefon privat', 'Home Phone', 'phoneHome'],
  ['Telefon privat 2', 'Home Phone 2', 'phoneHome'],
  ['ISDN', 'ISDN', 'note'],
  ['Mobiltelefon', 'Mobile Phone', 'phoneMobile'],
  ['Weiteres Fax', 'Other Fax', 'phoneFax'],
  ['Weiteres Telefon', 'Other Phone', 'phoneOther'],
  ['Pager', 'Pager', 'note'],
  ['Haupttelefon', 'Primary Phone', 'note'],
  ['Mobiltelefon 2', 'Radio Phone', 'note'],
  ['Telefon für Hörbehinderte', 'TTY/TDD Phone', 'note'],
  ['Telex', 'Telex', 'note'],
  ['Abrechnungsinformation', 'Billing Information', 'note'],
  ['Benutzer 1', 'User 1', 'note'],
  ['Benutzer 2', 'User 2', 'note'],
  ['Benutzer 3', 'User 3', 'note'],
  ['Benutzer 4', 'User 4', 'note'],
  ['Beruf', 'Profession', 'note'],
  ['Büro', 'Office Location', 'note'],
  ['E-Mail-Adresse', 'E-mail Address', 'email'],
  ['E-Mail-Typ', 'E-mail Type', 'emailType'],
  ['E-Mail: Angezeigter Name', 'E-mail Display Name', 'ignore'],
  ['E-Mail 2: Adresse', 'E-mail 2 Address', 'email2'],
  ['E-Mail 2: Typ', 'E-mail 2 Type', 'email2Type'],
  ['E-Mail 2: Angezeigter Name', 'E-mail 2 Display Name', 'ignore'],
  ['E-Mail 3: Adresse', 'E-mail 3 Address', 'email3'],
  ['E-Mail 3: Typ', 'E-mail 3 Type', 'email3Type'],
  ['E-Mail 3: Angezeigter Name', 'E-mail 3 Display Name', 'ignore'],
  ['Empfohlen von', 'Referred By', 'note'],
  ['Geburtstag', 'Birthday', 'birthday'],
  ['Geschlecht', 'Gender', 'note'],
  ['Hobby', 'Hobby', 'note'],
  ['Initialen', 'Initials', 'ignore'],
  ['Internet-Frei/Gebucht', 'Internet Free Busy', 'note'],
  ['Jahrestag', 'Anniversary', 'note'],
  ['Kategorien', 'Categories', 'categories'],
  ['Kinder', 'Children', 'note'],
  ['Konto', 'Account', 'note'],
  ['Name Assistent', "Assistant's Name", 'note'],
  ['Name des/der Vorgesetzten', "Manager's Name", 'note'],
  ['Notizen', 'Notes', 'notes'],
  ['Organisations-Nr.', 'Organizational ID Number', 'note'],
  ['Ort', 'Location', 'note'],
  ['Partner', 'Spouse', 'note'],
  ['Postfach geschäftlich', 'Business Address PO Box', 'note'],
  ['Postfach privat', 'Home Address PO Box', 'note'],
  ['Priorität', 'Priority', 'note'],
  ['Privat', 'Private', 'note'],
  ['Regierungs-Nr.', 'Government ID Number', 'note'],
  ['Reisekilometer', 'Mileage', 'note'],
  ['Sprache', 'Language', 'languages'],
  ['Stichwörter', 'Keywords', 'note'],
  ['Vertraulichkeit', 'Sensitivity', 'note'],
  ['Verzeichnisserver', 'Directory Server', 'note'],
  ['Webseite', 'Web Page', 'website'],
  ['Weiteres Postfach', 'Other Address PO Box', 'note'],
];

export const OUTLOOK_GERMAN_HEADERS: readonly string[] = COLUMNS.map(([german]) => german);
export const OUTLOOK_ENGLISH_HEADERS: readonly string[] = COLUMNS.map(([, english]) => english);

/** Header → field, for both languages ("Titel" as older German Outlooks and Excel lists name it). */
export const OUTLOOK_HEADERS: Readonly<Record<string, ImportTarget>> = Object.fromEntries([
  ...COLUMNS.flatMap(([german, english, target]) => [
    [german, target],
    [english, target],
  ]),
  ['Titel', 'title'],
]);

/** An Outlook file: the name and e-mail columns under Outlook's own headers, in German or in English. */
export function isOutlookHeader(headers: readonly string[]): boolean {
  const has = (names: readonly string[]) => names.every((name) => headers.includes(name));
  return has(['Vorname', 'Nachname', 'E-Mail-Adresse']) || has(['First Name', 'Last Name', 'E-mail Address']);
}

/**
 * What Outlook writes into a column nobody filled: "0.0.00" for a date, "Normal" for priority and
 * sensitivity, "Aus"/"False" for "Privat", "Unbestimmt" for gender. Such a cell holds nothing.
 */
const NOTHING = ['0.0.00', '0/0/00', '00.00.00', '0.0.0000'];
const OUTLOOK_DEFAULTS: Readonly<Record<string, readonly string[]>> = {
  Geburtstag: NOTHING, Birthday: NOTHING, Jahrestag: NOTHING, Anniversary: NOTHING,
  Priorität: ['normal'], Priority: ['normal'], Vertraulichkeit: ['normal'], Sensitivity: ['normal'],
  Privat: ['aus', 'false'], Private: ['aus', 'false'], Geschlecht: ['unbestimmt', 'unspecified'], Gender: ['unbestimmt', 'unspecified'],
};
export const isOutlookDefault = (header: string, value: string): boolean =>
  OUTLOOK_DEFAULTS[header]?.includes(value.trim().toLocaleLowerCase('de')) ?? false;

/**
 * An Exchange-internal address ("/o=ExchangeLabs/ou=…/cn=…", type "EX"): it reaches nobody outside
 * the organisation's Exchange and is no e-mail address; the next SMTP address of the row is used.
 */
export const isExchangeAddress = (address: string, type: string): boolean => type.trim().toUpperCase() === 'EX' || /^\/o=/i.test(address.trim());
