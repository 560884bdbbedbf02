import type { Document } from 'docx';
import type { DocumentOfficeDto } from '../../contract/documents';
import type { MeetingDto } from '../../contract/meetings';
import { createDocument, formatDateLong, formatDateShort, heading, letterhead, spacer, subtitle, title, type Block, type LogoImage } from '../engine';
import { agendaItemBlocks, agendaTable } from './agenda-blocks';
import { actionItemBlocks, approvalBlocks, signatureAndDistributionBlocks } from './closing-blocks';
import { minutesHeading } from './meeting-names';
import { datePart } from './meeting-time';
import { attendanceBlocks, meetingFacts, senderLines } from './minutes-header';

export interface MinutesInput {
  readonly office: DocumentOfficeDto;
  /** The district's logo as bytes (`logoFromDto` turns the stored one into this). */
  readonly logo: LogoImage | null;
  readonly meeting: MeetingDto;
  /**
   * The version for publication: non-public items keep number and title, their discussion,
   * decision, action items and corrections are left out.
   */
  readonly publicVersion?: boolean;
  /** Verteiler; by default the body's members on the attendance list (not guests). */
  readonly distribution?: readonly string[];
  /** "5. Sitzung" for the approval note ("genehmigt in der 5. Sitzung am …"). */
  readonly approvedInMeetingTitle?: string;
  /** Marks every page "Entwurf"; by default while the minutes are not approved. */
  readonly draft?: boolean;
  /** Replaces the heading "Protokoll der 4. Sitzung der …". */
  readonly heading?: string;
}

export const MINUTES_ACCENT = '1F3F66';

/** Members on the list, in its order: whom the minutes go to unless the user names others. */
export const defaultDistribution = (meeting: MeetingDto): string[] => meeting.attendance.filter((person) => !person.guest).map((person) => person.name);

/** The header's kind: drafts and public versions say so on every page. */
function kindLabel(input: MinutesInput): string {
  const marks = [(input.draft ?? input.meeting.approvedOn === null) ? 'Entwurf' : '', input.publicVersion ? 'öffentliche Fassung' : ''].filter(Boolean);
  return marks.length ? `Protokoll (${marks.join(', ')})` : 'Protokoll';
}

/** "der 12. Sitzung vom 4. März 2026". */
const approvedMinutesName = (minutes: MeetingDto['approvedMinutes'][number]): string =>
  `der ${minutes.number === null ? '' : `${minutes.number}. `}Sitzung vom ${formatDateLong(datePart(minutes.startsAt))}`;

/** The blocks of the minutes; separate from `buildMinutes` so tests and previews can inspect them. */
export function minutesBlocks(input: MinutesInput): Block[] {
  const { meeting, office } = input;
  const publicVersion = input.publicVersion ?? false;
  const hidden = new Set(publicVersion ? meeting.agenda.filter((item) => !item.public).map((item) => item.id) : []);
  const shown = <T extends { readonly agendaItemId: number | null }>(rows: readonly T[]) => rows.filter((row) => row.agendaItemId === null || !hidden.has(row.agendaItemId));
  return [
    letterhead(senderLines(office), [], input.logo),
    spacer(18),
    title(input.heading?.trim() || minutesHeading(meeting)),
    ...(publicVersion ? [subtitle('Öffentliche Fassung')] : []),
    meetingFacts(meeting, office),
    ...attendanceBlocks(meeting),
    heading(1, 'Tagesordnung'),
    agendaTable(meeting.agenda),
    heading(1, 'Beratung und Beschlüsse'),
    ...meeting.agenda.flatMap((item) => agendaItemBlocks(item, { publicVersion, approvedMinutes: meeting.approvedMinutes.map(approvedMinutesName) })),
    // Tasks agreed under a non-public item in an earlier meeting stay out of the public version too.
    ...actionItemBlocks(meeting, shown(meeting.actionItems), publicVersion ? meeting.carriedActionItems.filter((item) => !item.nonPublic) : meeting.carriedActionItems),
    ...approvalBlocks(meeting, shown(meeting.corrections), { approvedInMeetingTitle: input.approvedInMeetingTitle }),
    ...signatureAndDistributionBlocks(meeting, input.distribution ?? defaultDistribution(meeting)),
  ];
}

/** The minutes (Protokoll / Niederschrift) of a meeting in DIN 5008 style, ready to sign and send. */
export function buildMinutes(input: MinutesInput): Document {
  const heading = input.heading?.trim() || minutesHeading(input.meeting);
  return createDocument({
    kind: kindLabel(input),
    district: input.office.districtName,
    title: input.publicVersion ? `${heading} (öffentliche Fassung)` : heading,
    subject: 'Protokoll',
    footerNote: `Sitzung vom ${formatDateShort(datePart(input.meeting.startsAt))}`,
    accentColor: MINUTES_ACCENT,
    firstPage: 'letterhead',
    body: minutesBlocks(input),
  });
}
