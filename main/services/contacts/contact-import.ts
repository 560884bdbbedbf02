import { birthdayInRange, contactFields, MAX_CONTACT_IMPORT_BYTES, type ImportMappingProblemDto, type ImportTarget, type PhoneDto } from '../../../contract/contacts';
import type { ContactDetails } from './contact-details';
import { DomainError } from '../domain-error';
import { bomEncoding, decode, detectEncoding, detectSeparator, looksBinary, parseCsv, splitSeparatorLine, type CsvEncoding, type CsvRecord, type CsvSeparator } from './csv';
import { isXlsx, readXlsxRows, type SheetRow } from './contact-xlsx';
import { joinTitles, titleBeforeName, titleInSalutation } from './academic-title';
import { isExchangeAddress, isOutlookDefault, isOutlookHeader, OUTLOOK_HEADERS } from './outlook-columns';
import { mappingProblemsOf, refuseIncompleteMapping } from './import-mapping-check';
import { isVcardText, readVcards, VCARD_COLUMNS, VCARD_LIST_SEPARATOR } from './vcard-import';

export { OUTLOOK_HEADERS } from './outlook-columns';

/** The column in which bad rows come back (`import-rejects.ts`); read again, it is left out. */
export const REJECT_PROBLEM_HEADER = 'Fehler beim Einlesen';

/** Other names a column may carry (Excel lists, other programs); compared folded. */
const SYNONYMS: Readonly<Record<string, ImportTarget>> = {
  anrede: 'salutation', salutation: 'salutation', titel: 'title', title: 'title',
  vorname: 'firstName', 'first name': 'firstName', firstname: 'firstName',
  nachname: 'lastName', name: 'lastName', 'last name': 'lastName', lastname: 'lastName', familienname: 'lastName',
  funktion: 'function', position: 'function', function: 'function', 'job title': 'function',
  organisation: 'organization', firma: 'organization', organization: 'organization', company: 'organization', trager: 'organization',
  fraktion: 'fraktion', 'e-mail': 'email', email: 'email', 'e-mail-adresse': 'email', mail: 'email', 'e-mail 2': 'email2',
  telefon: 'phoneWork', phone: 'phoneWork', 'telefon geschaftlich': 'phoneWork', mobil: 'phoneMobile', handy: 'phoneMobile', mobile: 'phoneMobile',
  mobiltelefon: 'phoneMobile', 'telefon privat': 'phoneHome', strasse: 'street', street: 'street', adresse: 'street',
  plz: 'postalCode', postleitzahl: 'postalCode', 'postal code': 'postalCode', ort: 'city', stadt: 'city', city: 'city',
  sprachen: 'languages', sprache: 'languages', languages: 'languages', kategorien: 'categories', kategorie: 'categories',
  categories: 'categories', tags: 'categories', notizen: 'notes', notiz: 'notes', bemerkung: 'notes', notes: 'notes',
  // Outlook in English.
  'e-mail address': 'email', 'email address': 'email', 'e-mail 2 address': 'email2', 'e-mail 3 address': 'email3', 'e-mail 3': 'email3',
  'e-mail 2: adresse': 'email2', 'e-mail 3: adresse': 'email3', 'business phone': 'phoneWork', 'mobile phone': 'phoneMobile',
  'home phone': 'phoneHome', 'business street': 'street', 'business city': 'city', 'business postal code': 'postalCode',
  'e-mail-typ': 'emailType', 'e-mail 2: typ': 'email2Type', 'e-mail 3: typ': 'email3Type',
  // The app's own CSV export (`CSV_HEADER` in contact-export-stream.ts).
  'telefon sonstige': 'phoneOther', 'einwilligung: zweck': 'consentPurpose', 'einwilligung: erteilt am': 'consentDate',
  'einwilligung: wie erteilt': 'consentHow', 'einwilligung: widerrufen am': 'consentWithdrawnOn',
  webseite: 'website', website: 'website', homepage: 'website', internet: 'website',
  abteilung: 'department', department: 'department', adresszusatz: 'street2', 'strasse 2': 'street2', land: 'country', country: 'country',
  'strasse privat': 'privateStreet', 'plz privat': 'privatePostalCode', 'postleitzahl privat': 'privatePostalCode', 'ort privat': 'privateCity',
  'land privat': 'privateCountry', fax: 'phoneFax', telefax: 'phoneFax', geburtstag: 'birthday', geburtsdatum: 'birthday', birthday: 'birthday',
};

/** The app's own CSV export: its lists are joined with ";" only (a category may hold a comma). */
const isAppExport = (headers: readonly string[]) => ['Einwilligung: Zweck', 'Telefon sonstige', 'Kategorien'].every((header) => headers.includes(header));

/** Lower case, umlauts folded to their base letters ("Ö" → "o", "ß" → "ss"): for matching, never for storing. */
export const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/ı/g, 'i').toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();

export interface ImportedContact extends ContactDetails {
  /**
   * A row with a company and no person's name (an organisation's entry, common in Outlook) becomes
   * an organisation with its address, e-mail, phone and website; every other row a person.
   */
  readonly kind: 'person' | 'organization';
  /** Physical line in the file where the row starts. */
  readonly line: number;
  /** The row as Excel and Calc number it (the header is row 1); for a vCard file, the card's number. */
  readonly record: number;
  readonly salutation: string;
  readonly title: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly function: string;
  readonly fraktion: string;
  /** The first organisation (duplicate detection compares it). */
  readonly organization: string;
  /** Every organisation of the row ("A; B" in the app's export). */
  readonly organizations: string[];
  readonly emails: string[];
  readonly phones: PhoneDto[];
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  readonly languages: string[];
  readonly categories: string[];
  readonly notes: string;
  readonly consentPurpose: string;
  readonly consentDate: string | null;
  readonly consentHow: string;
  readonly consentWithdrawnOn: string | null;
  readonly errors: { field: string; messageKey: string }[];
  /** What the import did that the person should know (an Exchange address passed over). */
  readonly notices: { messageKey: string; params: Record<string, string | number> }[];
}

export interface ParsedImport {
  readonly format: 'outlook' | 'mapped' | 'vcard';
  /** What the file is: text with separators, an Excel workbook, or vCards. */
  readonly fileType: 'csv' | 'xlsx' | 'vcard';
  readonly encoding: CsvEncoding;
  readonly separator: CsvSeparator;
  readonly headers: string[];
  readonly mapping: Record<string, ImportTarget>;
  readonly previewRows: string[][];
  /** Headers with something in at least one row (Outlook's defaults count as nothing). */
  readonly filledHeaders: string[];
  /** A mapping the import refuses (no last-name column, a field fed twice); then `contacts` is empty. */
  readonly mappingProblems: ImportMappingProblemDto[];
  readonly contacts: ImportedContact[];
}

export interface ImportSource {
  readonly contentBase64: string;
  readonly separator?: CsvSeparator | undefined;
  readonly encoding?: CsvEncoding | undefined;
  readonly mapping?: Record<string, ImportTarget> | undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const FIELD = 'contentBase64';

/** What our own CSV export put before formula-like cells comes off again, so an export re-imports unchanged. */
const unneutralise = (value: string) => (/^'[=+\-@]/.test(value) ? value.slice(1) : value);
const list = (value: string, separator: string | RegExp) => value.split(separator).map((part) => part.trim()).filter(Boolean);

export function guessMapping(headers: readonly string[]): { format: 'outlook' | 'mapped'; mapping: Record<string, ImportTarget> } {
  const isOutlook = isOutlookHeader(headers);
  const mapping: Record<string, ImportTarget> = {};
  const used = new Set<ImportTarget>();
  // Outlook's columns may share a field (two work phones, first and middle names); a list's may not.
  const mayRepeat = (target: ImportTarget) => isOutlook || target === 'note' || target === 'ignore';
  for (const header of headers) {
    // An unknown column is kept in the notes ("Spalte: Wert"); the person may choose otherwise.
    const target = header === REJECT_PROBLEM_HEADER ? 'ignore' : ((isOutlook ? OUTLOOK_HEADERS[header] : SYNONYMS[fold(header)]) ?? 'note');
    const chosen = used.has(target) && !mayRepeat(target) ? 'note' : target;
    used.add(chosen);
    mapping[header] = chosen;
  }
  return { format: isOutlook ? 'outlook' : 'mapped', mapping };
}

/** A header named twice would share one mapping entry: the later ones become "E-Mail (2)", "E-Mail (3)". */
function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((header) => {
    let unique = header;
    for (let count = 2; seen.has(unique); count++) unique = `${header} (${count})`.trim();
    seen.add(unique);
    return unique;
  });
}

/** Reads a CSV file the user picked: checks, decodes, parses, maps. Refusals name the problem and the line. */
export function readImport(source: ImportSource): ParsedImport {
  const { parsed, count, contactsOf } = readImportParts(source);
  return { ...parsed, contacts: contactsOf(0, count) };
}

/** Rows mapped per slice before `readImportYielding` lets other calls run. */
const MAP_SLICE_ROWS = 2000;

/**
 * Like `readImport`, but the rows become contacts in slices with a pause for the event loop in
 * between: mapping 200,000 rows takes seconds, and other calls (another person's list, progress
 * polls) are answered meanwhile. The checks that refuse a file still come first.
 */
export async function readImportYielding(source: ImportSource): Promise<ParsedImport> {
  const { parsed, count, contactsOf } = await readImportPartsAsync(source);
  const contacts: ImportedContact[] = [];
  for (let from = 0; from < count; from += MAP_SLICE_ROWS) {
    if (from > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const contact of contactsOf(from, Math.min(count, from + MAP_SLICE_ROWS))) contacts.push(contact);
  }
  return { ...parsed, contacts };
}

interface ImportParts {
  readonly parsed: Omit<ParsedImport, 'contacts'>;
  readonly count: number;
  readonly contactsOf: (from: number, to: number) => ImportedContact[];
  /** The cells of row `index` as the file has them (for handing bad rows back to be fixed). */
  readonly cellsOf: (index: number) => readonly string[];
}

/** The file's header and, for each row that cannot be imported, its cells as read and its problems. */
export async function readRejectedRows(source: ImportSource): Promise<{ headers: string[]; rows: Array<{ contact: ImportedContact; cells: readonly string[] }> }> {
  const { parsed, count, contactsOf, cellsOf } = await readImportPartsAsync(source);
  refuseIncompleteMapping(parsed);
  const rows = contactsOf(0, count).flatMap((contact, index) => (contact.errors.length > 0 ? [{ contact, cells: cellsOf(index) }] : []));
  return { headers: parsed.headers, rows };
}

/** The file's bytes, refused when empty or too large. */
function bytesOf(source: ImportSource): Buffer {
  const bytes = Buffer.from(source.contentBase64, 'base64');
  if (bytes.length === 0) throw new DomainError('contacts.import.empty', { field: FIELD });
  if (bytes.length > MAX_CONTACT_IMPORT_BYTES) {
    throw new DomainError('contacts.import.tooLarge', { field: FIELD, params: { maxMegabytes: MAX_CONTACT_IMPORT_BYTES / 1024 / 1024 } });
  }
  return bytes;
}

/** Like `readImportParts`, for Excel workbooks too (their first sheet is read asynchronously first). */
async function readImportPartsAsync(source: ImportSource): Promise<ImportParts> {
  const bytes = bytesOf(source);
  return readImportParts(source, bytes, isXlsx(bytes) ? await readXlsxRows(bytes) : null);
}

function readImportParts(source: ImportSource, bytes = bytesOf(source), sheet: SheetRow[] | null = null): ImportParts {
  if (sheet) return tableParts(source, 'xlsx', 'utf-8', ',', sheet.map((row) => ({ line: row.record, fields: row.fields })));
  if (looksBinary(bytes)) throw new DomainError('contacts.import.binary', { field: FIELD });
  // A byte order mark decides, whatever was chosen: read as Windows-1252, a UTF-8 mark would become
  // "ï»¿" in front of the first header and that column would lose its name and mapping.
  const encoding = bomEncoding(bytes) ?? source.encoding ?? detectEncoding(bytes);
  const text = decode(bytes, encoding);
  if (isVcardText(text)) return readVcardParts(text, encoding);
  const sepLine = splitSeparatorLine(text);
  const separator = source.separator ?? sepLine.separator ?? detectSeparator(sepLine.text);
  return tableParts(source, 'csv', encoding, separator, parseCsv(sepLine.text, separator, sepLine.firstLine));
}

/** A table read from a CSV file or a workbook (header first): checked, mapped, ready to become contacts. */
function tableParts(source: ImportSource, fileType: 'csv' | 'xlsx', encoding: CsvEncoding, separator: CsvSeparator, records: readonly CsvRecord[]): ImportParts {
  if (records.length === 0 || records[0]!.fields.every((field) => field.trim() === '')) throw new DomainError('contacts.import.empty', { field: FIELD });
  const headers = uniqueHeaders(records[0]!.fields.map((header) => header.trim()));
  // Rows of nothing but separators (Excel writes them below the data) are no rows.
  // A CSV record's number is its place in the file; a workbook row keeps the number Excel shows.
  const rows = records
    .map((row, index) => ({ line: row.line, record: fileType === 'xlsx' ? row.line : index + 1, fields: padded(row.fields, fileType === 'xlsx' ? headers.length : 0) }))
    .slice(1)
    .filter((row) => row.fields.some((field) => field.trim() !== ''));
  if (rows.length === 0) throw new DomainError('contacts.import.noRows', { field: FIELD });
  const guessed = guessMapping(headers);
  const mapping = source.mapping ? Object.fromEntries(headers.map((header) => [header, source.mapping![header] ?? 'ignore'])) : guessed.mapping;
  const listSeparator = isAppExport(headers) ? ';' : /[;,]/;
  // Not refused here: the wizard shows the mapping with the problem so the person can fix it there.
  const namesUnknown = !source.mapping && !Object.values(guessed.mapping).some((target) => target === 'lastName' || target === 'firstName' || target === 'email');
  const mappingProblems = mappingProblemsOf(headers, mapping, { outlook: guessed.format === 'outlook', namesUnknown });
  return {
    parsed: {
      format: source.mapping ? 'mapped' : guessed.format,
      fileType,
      encoding,
      separator,
      headers,
      mapping,
      previewRows: rows.slice(0, 10).map((row) => row.fields),
      filledHeaders: filledHeaders(headers, rows),
      mappingProblems,
    },
    // Under a mapping that cannot be imported every row would only be an error: none is read.
    count: mappingProblems.length > 0 ? 0 : rows.length,
    contactsOf: (from, to) => rows.slice(from, to).map((row) => toContact({ line: row.line, record: row.record }, row.fields, headers, mapping, listSeparator)),
    cellsOf: (index) => rows[index]?.fields ?? [],
  };
}

/** Excel leaves out empty cells at the end of a row: the row still has every column. */
const padded = (fields: string[], length: number) => (fields.length >= length ? fields : [...fields, ...Array<string>(length - fields.length).fill('')]);

function filledHeaders(headers: readonly string[], rows: readonly { readonly fields: readonly string[] }[]): string[] {
  const holdsSomething = (header: string, value: string | undefined) => value !== undefined && value.trim() !== '' && !isOutlookDefault(header, value);
  return headers.filter((header, index) => rows.some((row) => holdsSomething(header, row.fields[index])));
}

/** A .vcf file: its cards become rows with Outlook's column names, mapped without questions. */
function readVcardParts(text: string, encoding: CsvEncoding): ImportParts {
  const rows = readVcards(text);
  if (rows.length === 0) throw new DomainError('contacts.import.noRows', { field: FIELD });
  const headers = VCARD_COLUMNS.map(([header]) => header);
  const mapping = Object.fromEntries(VCARD_COLUMNS);
  return {
    parsed: { format: 'vcard', fileType: 'vcard', encoding, separator: ',', headers, mapping, previewRows: rows.slice(0, 10).map((row) => row.fields), filledHeaders: filledHeaders(headers, rows), mappingProblems: [] },
    count: rows.length,
    contactsOf: (from, to) => rows.slice(from, to).map((row, index) => toContact({ line: row.line, record: from + index + 1 }, row.fields, headers, mapping, VCARD_LIST_SEPARATOR)),
    cellsOf: (index) => rows[index]?.fields ?? [],
  };
}

type Place = { readonly line: number; readonly record: number };

/** A person's fields an organisation has no place for. */
const PERSON_ONLY: readonly ImportTarget[] = ['department', 'street2', 'country', 'privateStreet', 'privatePostalCode', 'privateCity', 'privateCountry', 'birthday'];

/** A long value in a notice, cut with "…" so it does not pass for the whole (an Exchange address runs to 100+ characters). */
const shortened = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** What an organisation cannot hold (it has one e-mail address, one phone, no notes): said in the dry run, not dropped silently. */
function organizationLeftovers(values: Partial<Record<ImportTarget, string[]>>, kept: readonly string[]): ImportedContact['notices'] {
  const extraEmails = [...(values.email ?? []), ...(values.email2 ?? []), ...(values.email3 ?? [])].slice(1);
  const extraPhones = [...(values.phoneWork ?? []), ...(values.phoneMobile ?? []), ...(values.phoneHome ?? []), ...(values.phoneOther ?? []), ...(values.phoneFax ?? [])].slice(1);
  const personal = PERSON_ONLY.flatMap((target) => values[target] ?? []);
  const left = [...extraEmails, ...extraPhones, ...(values.notes ?? []), ...(values.categories ?? []), ...(values.languages ?? []), ...personal, ...kept];
  return left.length === 0 ? [] : [{ messageKey: 'contacts.import.organizationLeftovers', params: { values: left.join('; ').slice(0, 300) } }];
}

/** "01.05.2024" (as Excel shows a date in German) or "2024-05-01" → ISO; anything else is a row error. */
function dateOf(cell: string, field: string, errors: { field: string; messageKey: string }[]): string | null {
  if (cell === '') return null;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : cell;
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
  if (parsed && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso) return iso;
  errors.push({ field, messageKey: 'contacts.import.rowDateInvalid' });
  return null;
}

/**
 * A birthday as Outlook and Excel write it: "15.3.1970" (German), "3/15/1970" (Outlook in English:
 * month first), "1970-03-15"; "0.0.00" and the like mean none. Anything else is a row error.
 */
function birthdayOf(cell: string, errors: { field: string; messageKey: string }[]): string | null {
  if (/^0{1,2}[./]0{1,2}[./]0{2,4}$/.test(cell)) return null;
  const english = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  const birthday = dateOf(english ? `${english[2]}.${english[1]}.${english[3]}` : cell, 'birthday', errors);
  if (birthday && !birthdayInRange(birthday)) {
    errors.push({ field: 'birthday', messageKey: 'validation.birthdayRange' });
    return null;
  }
  return birthday;
}

/** The e-mail columns with the type column beside each (Outlook: "E-Mail-Typ", "E-Mail 2: Typ" …). */
const EMAIL_SLOTS = [
  ['email', 'emailType'],
  ['email2', 'email2Type'],
  ['email3', 'email3Type'],
] as const;

/** The mapped cells of a row: each field's values in column order, and the columns kept as notes. */
function cellsOf(fields: readonly string[], headers: readonly string[], mapping: Record<string, ImportTarget>) {
  const values: Partial<Record<ImportTarget, string[]>> = {};
  const kept: string[] = [];
  headers.forEach((header, index) => {
    const target = mapping[header];
    const value = unneutralise((fields[index] ?? '').trim());
    if (!target || target === 'ignore' || value === '' || isOutlookDefault(header, value)) return;
    if (target === 'note') kept.push(`${header}: ${value.replace(/\r\n?/g, '\n')}`);
    else (values[target] ??= []).push(value);
  });
  return { values, kept };
}

/** `listSeparator`: what separates languages and categories in a cell (Outlook writes ";", people type ","). */
function toContact(
  place: Place,
  fields: string[],
  headers: readonly string[],
  mapping: Record<string, ImportTarget>,
  listSeparator: string | RegExp = /[;,]/,
): ImportedContact {
  const errors: { field: string; messageKey: string }[] = [];
  const notices: ImportedContact['notices'] = [];
  if (fields.length !== headers.length) errors.push({ field: 'row', messageKey: 'contacts.import.rowColumnCount' });
  const { values, kept } = cellsOf(fields, headers, mapping);
  const text = (target: ImportTarget) => (values[target] ?? []).join(' ');
  const salutation = titleInSalutation(text('salutation'));
  const firstNameTitle = titleBeforeName(text('firstName'));
  let firstName = firstNameTitle.rest;
  let lastName = text('lastName');
  if (lastName === '' && firstName !== '') [firstName, lastName] = ['', firstName];
  const company = (values.organization ?? []).join(' ').trim();
  const kind: ImportedContact['kind'] = lastName === '' && company !== '' ? 'organization' : 'person';
  if (lastName === '' && kind === 'person' && errors.length === 0) errors.push({ field: 'lastName', messageKey: 'contacts.import.rowNameMissing' });
  const emails: string[] = [];
  for (const [slot, typeSlot] of EMAIL_SLOTS) {
    const type = text(typeSlot);
    for (const address of (values[slot] ?? []).flatMap((cell) => list(cell, ';'))) {
      if (isExchangeAddress(address, type)) notices.push({ messageKey: 'contacts.import.exchangeAddressSkipped', params: { address: shortened(address, 80) } });
      else emails.push(address);
    }
  }
  if (emails.some((address) => !EMAIL.test(address) || address.length > 200)) errors.push({ field: 'email', messageKey: 'contacts.import.rowEmailInvalid' });
  if (lastName.length > 120 || firstName.length > 120) errors.push({ field: 'lastName', messageKey: 'contacts.import.rowTooLong' });
  // Several numbers of one kind share a cell in the app's export ("040 1; 040 2").
  const phones = (
    [
      ['work', values.phoneWork],
      ['mobile', values.phoneMobile],
      ['home', values.phoneHome],
      ['other', values.phoneOther],
      ['fax', values.phoneFax],
    ] as const
  ).flatMap(([kind, cells]) => (cells ?? []).flatMap((cell) => list(cell, ';')).map((number) => ({ kind, number })));
  // Several organisations stand one per line of the cell in the app's export (a name may hold "," or ";").
  const organizations = [...new Set((values.organization ?? []).flatMap((cell) => list(cell, /\r?\n/)).map((name) => name.slice(0, 200)))];
  const consentDate = dateOf(text('consentDate'), 'consentDate', errors);
  const consentWithdrawnOn = dateOf(text('consentWithdrawnOn'), 'consentWithdrawnOn', errors);
  if (consentDate && consentWithdrawnOn && consentWithdrawnOn < consentDate) errors.push({ field: 'consentWithdrawnOn', messageKey: 'validation.consentOrder' });
  const notes = [...(values.notes ?? []).map((note) => note.replace(/\r\n?/g, '\n')), ...(kind === 'person' ? kept : [])].join('\n');
  // Outlook's second and third street lines share one field, as do the private ones.
  const lines = (target: ImportTarget) => (values[target] ?? []).join(', ');
  const birthday = birthdayOf(text('birthday'), errors);
  if (kind === 'organization') notices.push({ messageKey: 'contacts.import.becomesOrganization', params: { name: company.slice(0, 200) } }, ...organizationLeftovers(values, kept));
  const contact = {
    kind,
    website: text('website'),
    line: place.line,
    record: place.record,
    salutation: salutation.rest,
    title: joinTitles(joinTitles(text('title'), salutation.title), firstNameTitle.title),
    firstName,
    lastName,
    function: text('function'),
    department: text('department'),
    fraktion: text('fraktion'),
    organization: organizations[0] ?? '',
    organizations,
    emails,
    phones,
    street: text('street'),
    street2: lines('street2'),
    postalCode: text('postalCode'),
    city: text('city'),
    country: text('country'),
    privateStreet: lines('privateStreet'),
    privatePostalCode: text('privatePostalCode'),
    privateCity: text('privateCity'),
    privateCountry: text('privateCountry'),
    birthday,
    languages: list(text('languages'), listSeparator),
    categories: list(text('categories'), listSeparator),
    notes,
    consentPurpose: text('consentPurpose'),
    consentDate,
    consentHow: text('consentHow'),
    consentWithdrawnOn,
    errors,
    notices,
  };
  // What the contact form would refuse (too long, too many, an address it does not take) must not get in
  // through the import either: the contact could not be saved again.
  const { kind: _kind, line: _line, record: _record, errors: _errors, notices: _notices, organization: _organization, organizations: _organizations, ...contactValues } = contact;
  const checked = contactFields.safeParse(contactValues);
  for (const issue of checked.success ? [] : checked.error.issues) {
    const field = issue.path[0] === 'emails' ? 'email' : String(issue.path[0]);
    if (field === 'firstName' || field === 'lastName' || errors.some((error) => error.field === field)) continue;
    errors.push({ field, messageKey: field === 'email' ? 'contacts.import.rowEmailInvalid' : 'contacts.import.rowFieldTooLong' });
  }
  return contact;
}
