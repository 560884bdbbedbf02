import type { ContactDto, OrganizationDto } from '../../contract/contacts';
import type { SettingsDto } from '../../contract/settings';
import { formatDateShort } from '../engine/german-dates';

/** Who is responsible and whom to ask or complain to: the settings' office block (Art. 15 (1) and 13 (1) a, b). */
export type DisclosureController = Pick<
  SettingsDto,
  'districtName' | 'officeName' | 'officeAddress' | 'officePhone' | 'officeEmail' | 'dataProtectionOfficer' | 'supervisoryAuthority'
>;

/** The information Art. 15 (1) a–h and (2) DSGVO require besides the copy of the data; in the JSON and the letter alike. */
export interface Art15Information {
  readonly purposes: readonly string[];
  readonly legalBasis: string;
  readonly categories: readonly string[];
  readonly recipients: readonly string[];
  readonly storagePeriod: readonly string[];
  readonly rights: readonly string[];
  readonly complaint: string;
  readonly supervisoryAuthority: readonly string[];
  readonly source: readonly string[];
  readonly automatedDecisions: string;
  readonly thirdCountries: string;
}

/** The person's part that the texts depend on; meetings and tasks only by count. */
export interface Art15Facts {
  readonly contact: ContactDto;
  readonly organizations: readonly Pick<OrganizationDto, 'kind'>[];
  readonly meetingCount: number;
  readonly actionItemCount: number;
}

/** The settings screen's sections: the office's own data, and who is named in documents (DPO, authority). */
const SETTINGS_PLACES = { office: 'Einstellungen → Bezirk & Geschäftsstelle', documents: 'Einstellungen → Dokumente' } as const;
export type SettingsPlace = keyof typeof SETTINGS_PLACES;

/** A missing setting, as the settings screen, the contact page and the letter show it. */
export function missingSettingText(what: string, place: SettingsPlace = 'office'): string {
  return `${what} fehlt – bitte unter ${SETTINGS_PLACES[place]} eintragen.`;
}

/** German hints for each setting the Auskunft needs but does not have; empty when complete. */
export function disclosureSettingsGaps(controller: DisclosureController): string[] {
  const required: Array<[keyof DisclosureController, string, SettingsPlace]> = [
    ['districtName', 'Der Name des Verantwortlichen (Bezirk)', 'office'],
    ['officeAddress', 'Die Anschrift des Verantwortlichen', 'office'],
    ['dataProtectionOfficer', 'Die Kontaktangabe der oder des Datenschutzbeauftragten', 'documents'],
    ['supervisoryAuthority', 'Die Aufsichtsbehörde für Beschwerden', 'documents'],
  ];
  return required.filter(([key]) => controller[key].trim() === '').map(([, what, place]) => missingSettingText(what, place));
}

export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Consent given and not withdrawn on the day of the Auskunft. */
export const consentActive = (contact: ContactDto, issuedOn: string): boolean =>
  Boolean(contact.consentDate || contact.consentPurpose) && !(contact.consentWithdrawnOn && contact.consentWithdrawnOn <= issuedOn);

function purposes(facts: Art15Facts, issuedOn: string): string[] {
  const { contact } = facts;
  return [
    'Pflege der Kontakte des Bezirksamts in der Integrationsarbeit: Einladungen und Informationen zu Veranstaltungen, Beteiligung und Zusammenarbeit.',
    ...(contact.consentPurpose && consentActive(contact, issuedOn) ? [`Der Zweck, für den Sie eingewilligt haben: „${contact.consentPurpose}“.`] : []),
    ...(contact.memberships.length ? ['Führung der Mitgliederlisten der Gremien, in denen Sie mitwirken.'] : []),
    ...(facts.meetingCount ? ['Einladung zu Sitzungen, Anwesenheitslisten und Protokolle dieser Sitzungen.'] : []),
    ...(facts.actionItemCount ? ['Nachverfolgung der Aufgaben, die in Sitzungen vereinbart wurden.'] : []),
  ];
}

function legalBasis(contact: ContactDto, issuedOn: string): string {
  const task = 'zur Erfüllung der Aufgaben des Bezirksamts (Art. 6 Abs. 1 Satz 1 lit. e DSGVO)';
  return consentActive(contact, issuedOn)
    ? `Rechtsgrundlage ist, soweit Sie eingewilligt haben, Ihre Einwilligung (Art. 6 Abs. 1 Satz 1 lit. a DSGVO), im Übrigen die Verarbeitung ${task}.`
    : `Rechtsgrundlage ist die Verarbeitung ${task}.`;
}

function categories(facts: Art15Facts): string[] {
  const { contact } = facts;
  const privateAddress = contact.privateStreet || contact.privatePostalCode || contact.privateCity || contact.privateCountry;
  const contactData = [
    contact.emails.length ? 'E-Mail-Adresse' : '',
    contact.phones.length ? 'Telefonnummer' : '',
    contact.street || contact.street2 || contact.postalCode || contact.city ? 'Anschrift' : '',
    privateAddress ? 'Privatanschrift' : '',
    contact.website ? 'Webseite' : '',
  ].filter(Boolean);
  const religious = facts.organizations.some((org) => org.kind === 'religionsgemeinschaft');
  return [
    'Name, Anrede und Titel',
    ...(contactData.length ? [`Kontaktdaten (${contactData.join(', ')})`] : []),
    ...(contact.function || contact.department ? [[contact.function ? 'Funktion' : '', contact.department ? 'Abteilung' : ''].filter(Boolean).join(' und ')] : []),
    ...(contact.birthday ? ['Geburtsdatum'] : []),
    ...(contact.fraktion ? ['Zugehörigkeit zu einer Fraktion – sie lässt eine politische Meinung erkennen (besondere Kategorie nach Art. 9 DSGVO)'] : []),
    ...(facts.organizations.length
      ? [`Zugehörigkeit zu Organisationen${religious ? ' – bei einer Religionsgemeinschaft lässt sie eine religiöse Überzeugung erkennen (besondere Kategorie nach Art. 9 DSGVO)' : ''}`]
      : []),
    ...(contact.languages.length ? ['Sprachkenntnisse'] : []),
    ...(contact.categories.length ? ['Zuordnung zu Verteilern (Kategorien)'] : []),
    ...(contact.notes.trim() ? ['Notizen der Dienststelle'] : []),
    ...(contact.consentDate || contact.consentPurpose || contact.consentHow ? ['Angaben zu Ihrer Einwilligung'] : []),
    ...(contact.memberships.length ? ['Mitgliedschaften in Gremien mit Rolle und Zeitraum'] : []),
    ...(facts.meetingCount ? ['Einladung, Teilnahme und Funktion in Sitzungen'] : []),
    ...(facts.actionItemCount ? ['Aufgaben aus Sitzungen mit Frist und Erledigung'] : []),
  ];
}

function recipients(facts: Art15Facts, controller: DisclosureController): string[] {
  const office = [controller.districtName, controller.officeName].filter((part) => part.trim()).join(', ') || 'des Bezirksamts';
  return [
    `Beschäftigte der Dienststelle (${office}), soweit sie die Daten für ihre Aufgaben benötigen.`,
    ...(facts.contact.memberships.length || facts.meetingCount
      ? ['Mitglieder der Gremien, in denen Sie mitwirken oder zu deren Sitzungen Sie eingeladen sind: Einladungen, Anwesenheitslisten und Protokolle nennen Ihren Namen.']
      : []),
    'An andere Stellen übermitteln wir Ihre Daten nur, wenn eine gesetzliche Pflicht dazu besteht.',
  ];
}

function storagePeriod(contact: ContactDto, issuedOn: string): string[] {
  return [
    'Wir speichern Ihre Daten, solange sie für die genannten Zwecke erforderlich sind. Entfällt der Zweck oder verlangen Sie die Löschung, löschen wir Ihre Angaben.',
    ...(consentActive(contact, issuedOn) ? ['Daten, die wir allein aufgrund Ihrer Einwilligung verarbeiten, löschen wir, sobald Sie die Einwilligung widerrufen.'] : []),
    'Nach einer Löschung steht in Protokollen und anderen Unterlagen der Gremien, die aufbewahrt werden müssen, anstelle Ihres Namens „Person gelöscht“; Ihre Mitgliedschaften bleiben nur ohne Namen erhalten, damit die Zusammensetzung der Gremien nachvollziehbar bleibt.',
    'Sicherungskopien der Datenbank werden nach festgelegten Fristen gelöscht.',
  ];
}

function rights(contact: ContactDto, issuedOn: string): string[] {
  return [
    'Berichtigung unrichtiger und Vervollständigung unvollständiger Daten (Art. 16 DSGVO)',
    'Löschung Ihrer Daten (Art. 17 DSGVO)',
    'Einschränkung der Verarbeitung (Art. 18 DSGVO)',
    'Widerspruch gegen die Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben (Art. 21 DSGVO)',
    ...(consentActive(contact, issuedOn)
      ? ['Widerruf Ihrer Einwilligung jederzeit mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO)', 'Datenübertragbarkeit, soweit die Verarbeitung auf Ihrer Einwilligung beruht (Art. 20 DSGVO)']
      : []),
  ];
}

function source(facts: Art15Facts): string[] {
  const { contact } = facts;
  const consent = contact.consentHow || contact.consentDate;
  return [
    `Ihre Angaben wurden am ${formatDateShort(contact.createdAt.slice(0, 10))} in die Kontaktverwaltung aufgenommen und zuletzt am ${formatDateShort(contact.updatedAt.slice(0, 10))} geändert.`,
    // Recorded since schema version 8; older entries say so rather than guess.
    contact.origin.trim()
      ? `Herkunft der Angaben laut Kontaktverwaltung: ${contact.origin.trim()}.`
      : 'Woher die Angaben stammen, wurde vor dieser Version der Kontaktverwaltung nicht festgehalten. Soweit Sie uns die Angaben nicht selbst mitgeteilt haben, hat die Dienststelle sie erfasst oder aus einer Kontaktliste übernommen.',
    ...(consent
      ? [`Ihre Einwilligung haben Sie${contact.consentDate ? ` am ${formatDateShort(contact.consentDate)}` : ''} erteilt${contact.consentHow ? ` (Art der Erteilung: ${contact.consentHow})` : ''}.`]
      : []),
    ...(facts.meetingCount || facts.actionItemCount ? ['Angaben zu Sitzungen und Aufgaben stammen aus den Einladungen und Protokollen dieser Sitzungen.'] : []),
  ];
}

/** Art. 15 (1) a–h and (2) for one person, as true on `issuedOn`. */
export function art15Information(facts: Art15Facts, controller: DisclosureController, issuedOn: string): Art15Information {
  const { contact } = facts;
  return {
    purposes: purposes(facts, issuedOn),
    legalBasis: legalBasis(contact, issuedOn),
    categories: categories(facts),
    recipients: recipients(facts, controller),
    storagePeriod: storagePeriod(contact, issuedOn),
    rights: rights(contact, issuedOn),
    complaint: 'Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren (Art. 77 DSGVO). Zuständig für das Bezirksamt ist:',
    supervisoryAuthority: lines(controller.supervisoryAuthority),
    source: source(facts),
    automatedDecisions: 'Eine automatisierte Entscheidungsfindung einschließlich Profiling (Art. 22 DSGVO) findet nicht statt.',
    thirdCountries: 'Ihre Daten werden nicht in Länder außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums (Drittländer) und nicht an internationale Organisationen übermittelt.',
  };
}
