import type { Document } from 'docx';
import type { ContactDto, MembershipRole, OrganizationDto } from '../../contract/contacts';
import { createDocument, facts, formatDateLong, formatDateShort, heading, paragraph, paragraphs, spacer, table, title, type Block } from '../engine';

/** What `contacts.disclosure` returns (its JSON), plus who issues the document and when. */
export interface DisclosureInput {
  readonly district: string;
  readonly issuedOn: string;
  readonly contact: ContactDto;
  readonly organizations: readonly OrganizationDto[];
  /** Meetings that name the person (attendance, chair, minutes); absent in files from before meetings existed. */
  readonly meetings?: readonly DisclosedMeeting[];
  readonly actionItems?: readonly DisclosedActionItem[];
}

/** A meeting in which the person appears: present, excused or absent, in the chair or taking the minutes. */
export interface DisclosedMeeting {
  readonly date: string;
  readonly title: string;
  readonly roles: readonly string[];
}

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

const PHONE_LABELS = { work: 'Telefon', mobile: 'Mobil', home: 'Telefon privat', other: 'Telefon (sonstige)' } as const;

const date = (value: string | null) => (value ? formatDateShort(value) : '');
const span = (from: string | null, to: string | null) => (from || to ? `${from ? formatDateShort(from) : 'offen'} – ${to ? formatDateShort(to) : 'heute'}` : 'ohne Datum');

function personBlocks(contact: ContactDto): Block[] {
  return [
    heading(1, 'Angaben zur Person'),
    facts([
      { label: 'Anrede', value: contact.salutation },
      { label: 'Titel', value: contact.title },
      { label: 'Vorname', value: contact.firstName },
      { label: 'Nachname', value: contact.lastName },
      { label: 'Funktion', value: contact.function },
      { label: 'Fraktion', value: contact.fraktion },
      ...contact.emails.map((email) => ({ label: 'E-Mail', value: email })),
      ...contact.phones.map((phone) => ({ label: PHONE_LABELS[phone.kind], value: phone.number })),
      { label: 'Anschrift', value: [contact.street, [contact.postalCode, contact.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') },
      { label: 'Sprachen', value: contact.languages.join(', ') },
      { label: 'Kategorien', value: contact.categories.join(', ') },
    ]),
    ...(contact.notes.trim() ? [heading(2, 'Notizen'), ...paragraphs(contact.notes)] : []),
  ];
}

function consentBlocks(contact: ContactDto): Block[] {
  const none = !contact.consentDate && !contact.consentPurpose && !contact.consentWithdrawnOn;
  return [
    heading(1, 'Einwilligung'),
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

function organizationBlocks(organizations: readonly DisclosureInput['organizations'][number][]): Block[] {
  if (organizations.length === 0) return [];
  return [
    heading(1, 'Organisationen'),
    table(
      [
        { header: 'Organisation', share: 0.5 },
        { header: 'Anschrift', share: 0.5 },
      ],
      organizations.map((org) => [org.name, [org.street, [org.postalCode, org.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')]),
    ),
  ];
}

function membershipBlocks(contact: ContactDto): Block[] {
  return [
    heading(1, 'Mitgliedschaften in Gremien'),
    contact.memberships.length === 0
      ? paragraph('Keine Mitgliedschaften gespeichert.')
      : table(
          [
            { header: 'Gremium', share: 0.45 },
            { header: 'Rolle', share: 0.3 },
            { header: 'Zeitraum', share: 0.25 },
          ],
          contact.memberships.map((membership) => [membership.bodyName, ROLE_LABELS[membership.role], span(membership.from, membership.to)]),
        ),
  ];
}

function meetingBlocks(meetings: readonly DisclosedMeeting[], actionItems: readonly DisclosedActionItem[]): Block[] {
  return [
    heading(1, 'Sitzungen und Aufgaben'),
    meetings.length === 0
      ? paragraph('Die Person ist in keiner Sitzung verzeichnet.')
      : table(
          [
            { header: 'Datum', share: 0.18 },
            { header: 'Sitzung', share: 0.52 },
            { header: 'Verzeichnet als', share: 0.3 },
          ],
          meetings.map((meeting) => [date(meeting.date), meeting.title, meeting.roles.join(', ')]),
        ),
    ...(actionItems.length === 0
      ? []
      : [
          spacer(6),
          table(
            [
              { header: 'Aufgabe', share: 0.4 },
              { header: 'Aus der Sitzung', share: 0.32 },
              { header: 'Bis', share: 0.14 },
              { header: 'Erledigt', share: 0.14 },
            ],
            actionItems.map((item) => [item.title, `${date(item.meetingDate)} ${item.meetingTitle}`, date(item.dueOn), date(item.doneOn)]),
          ),
        ]),
  ];
}

export function disclosureBlocks(input: DisclosureInput): Block[] {
  const { contact } = input;
  const name = [contact.title, contact.firstName, contact.lastName].filter(Boolean).join(' ');
  return [
    title('Auskunft nach Art. 15 DSGVO'),
    paragraph(`Gespeicherte Daten zu ${name}, Stand ${formatDateLong(input.issuedOn)}.`),
    paragraph(`Verantwortlich: ${input.district}. Die Daten werden in der Leitbild-Werkstatt gespeichert; erfasst am ${date(contact.createdAt.slice(0, 10))}, zuletzt geändert am ${date(contact.updatedAt.slice(0, 10))}.`, { style: 'small' }),
    spacer(6),
    ...personBlocks(contact),
    ...consentBlocks(contact),
    ...organizationBlocks(input.organizations),
    ...membershipBlocks(contact),
    ...meetingBlocks(input.meetings ?? [], input.actionItems ?? []),
  ];
}

/** A readable DSGVO disclosure (Auskunft) for one person, beside the JSON export. */
export function buildDisclosure(input: DisclosureInput): Document {
  return createDocument({
    kind: 'Auskunft DSGVO',
    district: input.district,
    title: `Auskunft nach Art. 15 DSGVO – ${[input.contact.firstName, input.contact.lastName].filter(Boolean).join(' ')}`,
    footerNote: `Stand: ${formatDateShort(input.issuedOn)}`,
    body: disclosureBlocks(input),
  });
}
