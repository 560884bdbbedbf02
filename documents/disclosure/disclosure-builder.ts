import type { Document } from 'docx';
import type { ContactDto, OrganizationDto } from '../../contract/contacts';
import { bold, createDocument, formatDateLong, formatDateShort, heading, letterhead, paragraph, spacer, type Block, type LogoImage } from '../engine';
import { art15Information, disclosureSettingsGaps, lines, missingSettingText, type DisclosureController, type SettingsPlace } from './art15-information';
import { storedDataBlocks, type DisclosedActionItem } from './disclosure-data';
import type { DisclosedMeeting } from './disclosure-dates';

export { ROLE_LABELS, type DisclosedActionItem } from './disclosure-data';
export type { DisclosedMeeting } from './disclosure-dates';

/** What `contacts.disclosure` returns (its JSON), plus who issues the letter and when. */
export interface DisclosureInput {
  readonly controller: DisclosureController;
  /** The day of the Auskunft: the letter's date and the day its facts are true on. */
  readonly issuedOn: string;
  readonly contact: ContactDto;
  readonly organizations: readonly OrganizationDto[];
  /** Meetings that name the person (attendance, chair, minutes); absent in files from before meetings existed. */
  readonly meetings?: readonly DisclosedMeeting[];
  readonly actionItems?: readonly DisclosedActionItem[];
  readonly logo?: LogoImage | null;
}

const dash = (items: readonly string[]): Block[] => items.map((item) => paragraph(`–\u00a0${item}`));
// A missing setting is printed where it belongs, bold, so the letter cannot go out with a silent gap.
const gap = (what: string, place?: SettingsPlace): Block => paragraph([bold(`[${missingSettingText(what, place)}]`)]);

function fullName(contact: ContactDto): string {
  return [contact.title, contact.firstName, contact.lastName].filter(Boolean).join(' ');
}

function salutation(contact: ContactDto): string {
  const surname = [contact.title, contact.lastName].filter(Boolean).join(' ');
  if (contact.salutation === 'Frau') return `Sehr geehrte Frau ${surname},`;
  if (contact.salutation === 'Herr') return `Sehr geehrter Herr ${surname},`;
  return `Guten Tag ${fullName(contact)},`;
}

/** The postal address block: the second line ("Haus B, 2. OG") below the street, the country only when not Germany. */
function addressee(contact: ContactDto): string {
  const town = [contact.postalCode, contact.city].filter(Boolean).join(' ');
  const country = /^(deutschland|germany|de)$/i.test(contact.country.trim()) ? '' : contact.country;
  return [contact.salutation, fullName(contact), contact.street, contact.street2, town, country].filter((line) => line.trim() !== '').join('\n');
}

function controllerBlocks(controller: DisclosureController): Block[] {
  const contact = [controller.officePhone ? `Telefon ${controller.officePhone}` : '', controller.officeEmail ? `E-Mail ${controller.officeEmail}` : ''].filter(Boolean);
  const address = lines(controller.officeAddress);
  const dpo = lines(controller.dataProtectionOfficer);
  return [
    heading(1, '1. Verantwortliche Stelle und Datenschutzbeauftragte'),
    paragraph('Verantwortlich für die Verarbeitung Ihrer Daten ist:', { keepNext: true }),
    controller.districtName.trim() ? paragraph([controller.districtName, controller.officeName, ...address, ...contact].filter((line) => line.trim()).join('\n'), { keepLines: true }) : gap('Der Name des Verantwortlichen (Bezirk)'),
    ...(address.length ? [] : [gap('Die Anschrift des Verantwortlichen')]),
    paragraph('Sie erreichen die oder den Datenschutzbeauftragten unter:', { keepNext: true }),
    dpo.length ? paragraph(dpo.join('\n'), { keepLines: true }) : gap('Die Kontaktangabe der oder des Datenschutzbeauftragten', 'documents'),
  ];
}

function informationBlocks(input: DisclosureInput): Block[] {
  const meetings = input.meetings ?? [];
  const actionItems = input.actionItems ?? [];
  const info = art15Information({ contact: input.contact, organizations: input.organizations, meetingCount: meetings.length, actionItemCount: actionItems.length }, input.controller, input.issuedOn);
  return [
    heading(1, '3. Informationen nach Art. 15 Abs. 1 und 2 DSGVO'),
    heading(2, 'a) Zwecke der Verarbeitung'),
    ...dash(info.purposes),
    paragraph(info.legalBasis),
    heading(2, 'b) Kategorien personenbezogener Daten'),
    ...dash(info.categories),
    heading(2, 'c) Empfänger'),
    ...dash(info.recipients),
    heading(2, 'd) Dauer der Speicherung'),
    ...info.storagePeriod.map((text) => paragraph(text)),
    heading(2, 'e) Ihre Rechte'),
    paragraph('Sie haben gegenüber der verantwortlichen Stelle das Recht auf', { keepNext: true }),
    ...dash(info.rights),
    heading(2, 'f) Beschwerderecht bei der Aufsichtsbehörde'),
    paragraph(info.complaint, { keepNext: true }),
    info.supervisoryAuthority.length ? paragraph(info.supervisoryAuthority.join('\n'), { keepLines: true }) : gap('Die Aufsichtsbehörde für Beschwerden', 'documents'),
    heading(2, 'g) Herkunft der Daten'),
    ...info.source.map((text) => paragraph(text)),
    heading(2, 'h) Automatisierte Entscheidungsfindung'),
    paragraph(info.automatedDecisions),
    heading(2, 'Übermittlung in Drittländer (Art. 15 Abs. 2 DSGVO)'),
    paragraph(info.thirdCountries),
  ];
}

export function disclosureBlocks(input: DisclosureInput): Block[] {
  const { contact, controller, issuedOn } = input;
  const sender = [controller.districtName, controller.officeName, ...lines(controller.officeAddress)].filter((line) => line.trim());
  return [
    letterhead(sender.length ? sender : [' '], [`Datum: ${formatDateShort(issuedOn)}`], input.logo ?? null),
    spacer(24),
    paragraph(addressee(contact), { keepLines: true }),
    spacer(18),
    paragraph([bold('Auskunft nach Art. 15 DSGVO über die zu Ihrer Person gespeicherten Daten')], { keepNext: true }),
    spacer(6),
    paragraph(salutation(contact), { keepNext: true }),
    paragraph(
      `nach Art. 15 der Datenschutz-Grundverordnung (DSGVO) haben Sie das Recht zu erfahren, ob und welche personenbezogenen Daten wir über Sie verarbeiten. Wir bestätigen Ihnen, dass wir Daten zu Ihrer Person verarbeiten. Nachfolgend erhalten Sie eine Kopie dieser Daten nach dem Stand vom ${formatDateLong(issuedOn)} (Art. 15 Abs. 3 DSGVO) sowie die Informationen nach Art. 15 Abs. 1 und 2 DSGVO. Die Auskunft ist für Sie kostenfrei.`,
    ),
    ...controllerBlocks(controller),
    heading(1, '2. Ihre gespeicherten Daten'),
    ...storedDataBlocks({ issuedOn, contact, organizations: input.organizations, meetings: input.meetings ?? [], actionItems: input.actionItems ?? [] }),
    ...informationBlocks(input),
    spacer(10),
    paragraph('Wenn Sie Fragen zu dieser Auskunft haben oder eines Ihrer Rechte ausüben möchten, wenden Sie sich bitte an die oben genannte verantwortliche Stelle.', { keepNext: true }),
    paragraph('Mit freundlichen Grüßen\nIm Auftrag', { keepLines: true }),
    // Room for the handwritten signature.
    spacer(40),
  ];
}

/** The DSGVO Auskunft for one person: a Bezirksamt letter with the copy of the data and Art. 15 (1) a–h, (2). */
export function buildDisclosure(input: DisclosureInput): Document {
  const name = [input.contact.firstName, input.contact.lastName].filter(Boolean).join(' ');
  return createDocument({
    kind: 'Auskunft DSGVO',
    district: input.controller.districtName,
    // File → Info names the office, not the app.
    author: [input.controller.districtName, input.controller.officeName].map((part) => part.trim()).filter(Boolean).join(', ') || undefined,
    title: `Auskunft nach Art. 15 DSGVO – ${name}`,
    footerNote: `Auskunft vom ${formatDateShort(input.issuedOn)}`,
    firstPage: 'letterhead',
    body: disclosureBlocks(input),
  });
}

export { disclosureSettingsGaps };
