import type { Document } from 'docx';
import type { DocumentOfficeDto } from '../../contract/documents';
import type { AgendaItemDto, MeetingDto } from '../../contract/meetings';
import { bold, createDocument, facts, formatDateShort, heading, letterhead, paragraph, paragraphs, spacer, table, type Block, type LogoImage } from '../engine';
import { agendaNumberText } from './agenda-blocks';
import { NON_PUBLIC_PART, PUBLIC_PART } from './labels';
import { invitationHeading, bodyGenitive, invitingSentence } from './meeting-names';
import { datePart, formatDateWithWeekday, formatTimeSpan } from './meeting-time';
import { senderLines } from './minutes-header';

export interface InvitationInput {
  readonly office: DocumentOfficeDto;
  readonly logo: LogoImage | null;
  /** The meeting with its agenda; attendance, decisions and minutes are not used. */
  readonly meeting: Pick<MeetingDto, 'kind' | 'bodyName' | 'bodyGenitive' | 'number' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'onlineLink' | 'focusTopic' | 'chairName' | 'agenda'>;
  /** ISO date of the letter. */
  readonly date: string;
  /** Address lines; "An die Mitglieder der …" by default. */
  readonly addressee?: string;
  readonly subject?: string;
  readonly salutation?: string;
  /** The opening text, replacing the default sentence (blank lines separate paragraphs). */
  readonly text?: string;
  /** The closing request before the greeting, replacing the default one. */
  readonly closingText?: string;
  readonly signerName?: string;
  readonly signerRole?: string;
}

const defaultAddressee = (meeting: InvitationInput['meeting']): string => (meeting.bodyName.trim() ? `An die Mitglieder ${bodyGenitive(meeting)}` : 'An die Eingeladenen');

/** The agenda in a table: TOP, subject and the papers (Drucksachen) consulted, if any item has some. */
function agendaPartTable(items: readonly AgendaItemDto[], withPapers: boolean): Block {
  const papers = (item: AgendaItemDto) => item.papers.join(', ');
  return withPapers
    ? table(
        [
          { header: 'TOP', share: 0.12 },
          { header: 'Gegenstand', share: 0.68 },
          { header: 'Drucksache', share: 0.2 },
        ],
        items.map((item) => [agendaNumberText(item.number), item.title, papers(item)]),
      )
    : table(
        [
          { header: 'TOP', share: 0.12 },
          { header: 'Gegenstand', share: 0.88 },
        ],
        items.map((item) => [agendaNumberText(item.number), item.title]),
      );
}

/** Public and non-public parts under their own headings when both exist; one table otherwise. */
function agendaBlocks(agenda: readonly AgendaItemDto[]): Block[] {
  if (agenda.length === 0) return [paragraph('Die Tagesordnung wird nachgereicht.')];
  const withPapers = agenda.some((item) => item.papers.length > 0);
  const open = agenda.filter((item) => item.public);
  const closed = agenda.filter((item) => !item.public);
  if (open.length === 0 || closed.length === 0) return [agendaPartTable(agenda, withPapers)];
  return [heading(3, PUBLIC_PART), agendaPartTable(open, withPapers), heading(3, NON_PUBLIC_PART), agendaPartTable(closed, withPapers)];
}

/**
 * DIN 5008 letter close: greeting, room to sign, the typed name and role. One paragraph with
 * line breaks, so the page never splits it and no full-width signature rule appears.
 */
function greetingAndSigner(input: InvitationInput): Block {
  const name = input.signerName?.trim() || input.meeting.chairName;
  const role = input.signerRole?.trim() ?? 'Vorsitz';
  return paragraph(['Mit freundlichen Grüßen', '', '', name, role].filter((line, index) => index < 3 || line !== '').join('\n'), { keepLines: true });
}

export function invitationBlocks(input: InvitationInput): Block[] {
  const { meeting } = input;
  const subject = input.subject?.trim() || invitationHeading(meeting);
  const opening = input.text?.trim() || invitingSentence(meeting);
  const closing = input.closingText?.trim() || 'Sollten Sie verhindert sein, bitte ich um eine kurze Nachricht.';
  return [
    letterhead(senderLines(input.office), [`Datum: ${formatDateShort(input.date)}`], input.logo),
    spacer(24),
    paragraph(input.addressee?.trim() || defaultAddressee(meeting), { keepLines: true }),
    spacer(18),
    paragraph([bold(subject)], { keepNext: true }),
    spacer(6),
    paragraph(input.salutation?.trim() || 'Sehr geehrte Damen und Herren,', { keepNext: true }),
    ...paragraphs(opening, { keepNext: true }),
    facts([
      { label: 'Datum', value: formatDateWithWeekday(datePart(meeting.startsAt)) },
      { label: 'Uhrzeit', value: formatTimeSpan(meeting.startsAt, meeting.endsAt) },
      { label: 'Ort', value: meeting.place },
      { label: meeting.place ? 'Online-Teilnahme' : 'Ort (online)', value: meeting.onlineLink },
      { label: 'Schwerpunkt', value: meeting.focusTopic },
    ]),
    spacer(6),
    heading(2, 'Tagesordnung'),
    ...agendaBlocks(meeting.agenda),
    spacer(10),
    ...paragraphs(closing, { keepNext: true }),
    greetingAndSigner(input),
  ];
}

/** The invitation with agenda (Einladung mit Tagesordnung), a DIN 5008 letter signed by the chair. */
export function buildInvitation(input: InvitationInput): Document {
  const subject = input.subject?.trim() || invitationHeading(input.meeting);
  return createDocument({
    kind: 'Einladung',
    district: input.office.districtName,
    title: subject,
    subject: 'Einladung mit Tagesordnung',
    footerNote: `Einladung vom ${formatDateShort(input.date)}`,
    firstPage: 'letterhead',
    body: invitationBlocks(input),
  });
}
