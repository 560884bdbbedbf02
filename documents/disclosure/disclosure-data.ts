import type { ContactDto, MembershipRole, OrganizationDto } from '../../contract/contacts';
import { facts, formatDateShort, heading, paragraph, paragraphs, spacer, table, type Block } from '../engine';
import { isPlanned, meetingRolesOn, membershipSpanOn, type DisclosedMeeting } from './disclosure-dates';

/** A task (Aufgabe) given to the person in a meeting. */
export interface DisclosedActionItem {
  readonly title: string;
  readonly meetingDate: string;
  readonly meetingTitle: string;
  readonly dueOn: string | null;
  readonly doneOn: string | null;
}

export const ROLE_LABELS: Readonly<Record<MembershipRole, string>> = {
  chair: 'Vorsitz',
  vice_chair: 'stellvertretender Vorsitz',
  member: 'Mitglied',
  deputy: 'Stellvertretung',
  council_representative: 'Vertretung des Integrationsrats',
  guest: 'Gast',
};

const PHONE_LABELS = { work: 'Telefon', mobile: 'Mobil', home: 'Telefon privat', other: 'Telefon (sonstige)', fax: 'Fax' } as const;

const date = (value: string | null) => (value ? formatDateShort(value) : '');
const place = (item: { street: string; postalCode: string; city: string; street2?: string; country?: string }) =>
  [item.street, item.street2 ?? '', [item.postalCode, item.city].filter(Boolean).join(' '), item.country ?? ''].filter(Boolean).join(', ');

function personBlocks(contact: ContactDto): Block[] {
  return [
    heading(2, 'Angaben zu Ihrer Person'),
    facts([
      { label: 'Anrede', value: contact.salutation },
      { label: 'Titel', value: contact.title },
      { label: 'Vorname', value: contact.firstName },
      { label: 'Nachname', value: contact.lastName },
      { label: 'Funktion', value: contact.function },
      { label: 'Abteilung', value: contact.department },
      { label: 'Fraktion', value: contact.fraktion },
      ...contact.emails.map((email) => ({ label: 'E-Mail', value: email })),
      ...contact.phones.map((phone) => ({ label: PHONE_LABELS[phone.kind], value: phone.number })),
      { label: 'Webseite', value: contact.website },
      { label: 'Anschrift', value: place(contact) },
      { label: 'Anschrift privat', value: place({ street: contact.privateStreet, postalCode: contact.privatePostalCode, city: contact.privateCity, country: contact.privateCountry }) },
      { label: 'Geburtstag', value: date(contact.birthday) },
      { label: 'Sprachen', value: contact.languages.join(', ') },
      { label: 'Kategorien', value: contact.categories.join(', ') },
    ]),
    ...(contact.notes.trim() ? [heading(3, 'Notizen'), ...paragraphs(contact.notes)] : []),
  ];
}

function consentBlocks(contact: ContactDto): Block[] {
  const none = !contact.consentDate && !contact.consentPurpose && !contact.consentWithdrawnOn;
  return [
    heading(2, 'Einwilligung'),
    none
      ? paragraph('Es ist keine Einwilligung gespeichert.')
      : facts([
          { label: 'Zweck', value: contact.consentPurpose },
          { label: 'Erteilt am', value: date(contact.consentDate) },
          { label: 'Wie erteilt', value: contact.consentHow },
          { label: 'Widerrufen am', value: date(contact.consentWithdrawnOn) },
        ]),
  ];
}

function organizationBlocks(organizations: readonly OrganizationDto[]): Block[] {
  if (organizations.length === 0) return [];
  return [
    heading(2, 'Organisationen'),
    table(
      [
        { header: 'Organisation', share: 0.5 },
        { header: 'Anschrift', share: 0.5 },
      ],
      organizations.map((org) => [org.name, place(org)]),
    ),
  ];
}

function membershipBlocks(contact: ContactDto, issuedOn: string): Block[] {
  return [
    heading(2, 'Mitgliedschaften in Gremien'),
    contact.memberships.length === 0
      ? paragraph('Keine Mitgliedschaften gespeichert.')
      : table(
          [
            { header: 'Gremium', share: 0.45 },
            { header: 'Rolle', share: 0.25 },
            { header: 'Zeitraum', share: 0.3 },
          ],
          contact.memberships.map((membership) => [membership.bodyName, ROLE_LABELS[membership.role], membershipSpanOn(membership.from, membership.to, issuedOn)]),
        ),
  ];
}

function meetingTable(meetings: readonly DisclosedMeeting[], issuedOn: string, roleHeader: string): Block {
  return table(
    [
      { header: 'Datum', share: 0.16 },
      { header: 'Sitzung', share: 0.5 },
      { header: roleHeader, share: 0.34 },
    ],
    meetings.map((meeting) => [date(meeting.date), meeting.title, meetingRolesOn(meeting, issuedOn)]),
  );
}

function meetingBlocks(meetings: readonly DisclosedMeeting[], issuedOn: string): Block[] {
  const held = meetings.filter((meeting) => !isPlanned(meeting, issuedOn));
  const planned = meetings.filter((meeting) => isPlanned(meeting, issuedOn));
  return [
    heading(2, 'Sitzungen'),
    held.length === 0 ? paragraph('Sie sind in keiner stattgefundenen Sitzung verzeichnet.') : meetingTable(held, issuedOn, 'Verzeichnet als'),
    ...(planned.length === 0
      ? []
      : [
          heading(2, 'Vorgesehene Sitzungen (Einladung)'),
          paragraph(`Diese Sitzungen finden erst nach dem ${formatDateShort(issuedOn)} statt; verzeichnet ist nur die Einladung, keine Teilnahme.`, { keepNext: true }),
          meetingTable(planned, issuedOn, 'Vorgesehen als'),
        ]),
  ];
}

function actionItemBlocks(actionItems: readonly DisclosedActionItem[]): Block[] {
  if (actionItems.length === 0) return [];
  return [
    heading(2, 'Aufgaben aus Sitzungen'),
    table(
      [
        { header: 'Aufgabe', share: 0.38 },
        { header: 'Aus der Sitzung', share: 0.34 },
        { header: 'Frist', share: 0.14 },
        { header: 'Erledigt', share: 0.14 },
      ],
      actionItems.map((item) => [item.title, `${date(item.meetingDate)} ${item.meetingTitle}`, date(item.dueOn), item.doneOn ? date(item.doneOn) : 'offen']),
    ),
  ];
}

/** The copy of the stored data (Art. 15 (3) DSGVO), as true on `issuedOn`. */
export function storedDataBlocks(input: {
  readonly issuedOn: string;
  readonly contact: ContactDto;
  readonly organizations: readonly OrganizationDto[];
  readonly meetings: readonly DisclosedMeeting[];
  readonly actionItems: readonly DisclosedActionItem[];
}): Block[] {
  return [
    ...personBlocks(input.contact),
    ...consentBlocks(input.contact),
    ...organizationBlocks(input.organizations),
    ...membershipBlocks(input.contact, input.issuedOn),
    ...meetingBlocks(input.meetings, input.issuedOn),
    ...actionItemBlocks(input.actionItems),
    spacer(6),
  ];
}
