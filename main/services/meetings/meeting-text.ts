import type { MembershipRole } from '../../../contract';
import type { MeetingKind, StandardItem, VoteDto } from '../../../contract/meetings';

/**
 * German texts that become part of the record (titles, vote lines, history reasons). They are
 * data, written as the minutes print them, not UI labels: the UI translates its own labels.
 */
const KIND_TITLES: Record<MeetingKind, string> = {
  ag_session: 'Sitzung der Arbeitsgruppe',
  planning_workshop: 'Planungswerkstatt',
  integration_conference: 'Integrationskonferenz',
  council_meeting: 'Sitzung des Integrationsrats',
  consultation_hour: 'Sprechstunde',
  fraktion_meeting: 'Fraktionssitzung',
  committee: 'Ausschusssitzung',
  bv_session: 'Sitzung der Bezirksversammlung',
  forum: 'Fachforum',
  public_event: 'Veranstaltung',
};

export const STANDARD_TITLES: Record<StandardItem, string> = {
  welcome: 'Begrüßung und Feststellung der Beschlussfähigkeit',
  approve_minutes: 'Genehmigung des Protokolls der letzten Sitzung',
  open_action_items: 'Offene Aufgaben',
  any_other_business: 'Verschiedenes',
};

/** Shown for an erased person in attendance and as assignee (DSGVO Art. 17). */
export const ERASED_PERSON = 'Person gelöscht';

export interface TitleParts {
  readonly kind: MeetingKind;
  readonly title: string;
  readonly number: number | null;
  readonly bodyName: string;
}

/** The title given, else "4. Sitzung – Arbeitsgruppe Integrationskonzept", else the kind ("Planungswerkstatt"). */
export function meetingTitle({ kind, title, number, bodyName }: TitleParts): string {
  if (title !== '') return title;
  if (number !== null && bodyName !== '') return `${number}. Sitzung – ${bodyName}`;
  if (number !== null) return `${number}. ${KIND_TITLES[kind]}`;
  return bodyName !== '' ? `${KIND_TITLES[kind]} – ${bodyName}` : KIND_TITLES[kind];
}

/** "Beschluss der 4. Sitzung der AG, TOP 3" – the reason written into a measure's history. */
export function decisionReason(parts: TitleParts & { bodyShortName: string }, itemNumber: string): string {
  const body = parts.bodyShortName || parts.bodyName;
  const occasion = parts.number !== null && body !== '' ? `der ${parts.number}. Sitzung der ${body}` : `„${meetingTitle(parts)}“`;
  return `Beschluss ${occasion}, TOP ${itemNumber}`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "einstimmig", "5 Ja, 2 Nein, 1 Enthaltung, 1 befangen", "SPD, GRÜNE gegen CDU bei Enthaltung FDP". */
export function voteText(vote: VoteDto): string {
  switch (vote.mode) {
    case 'none':
      return '';
    case 'unanimous':
      return 'einstimmig';
    case 'counts': {
      const parts = [`${vote.yes} Ja`, `${vote.no} Nein`, plural(vote.abstain, 'Enthaltung', 'Enthaltungen')];
      if (vote.conflicted > 0) parts.push(`${vote.conflicted} befangen`);
      return parts.join(', ');
    }
    case 'fraktionen': {
      const list = (names: readonly string[]) => names.join(', ');
      const parts: string[] = [];
      if (vote.for.length) parts.push(vote.against.length ? list(vote.for) : `mit den Stimmen von ${list(vote.for)}`);
      if (vote.against.length) parts.push(vote.for.length ? `gegen ${list(vote.against)}` : `gegen die Stimmen von ${list(vote.against)}`);
      if (vote.abstain.length) parts.push(`bei Enthaltung ${list(vote.abstain)}`);
      return parts.join(' ');
    }
  }
}

const ROLE_LABELS: Record<MembershipRole, string> = {
  chair: 'Vorsitz',
  vice_chair: 'stellv. Vorsitz',
  member: 'Mitglied',
  deputy: 'Stellvertretung',
  council_representative: 'Vertretung Integrationsrat',
  guest: 'Gast',
};

/** What the attendance list shows beside a member: the Fraktion for members of one, else the role ("Vorsitz, SPD"). */
export function attendanceRole(role: MembershipRole, fraktion: string): string {
  if (role === 'member' && fraktion !== '') return fraktion;
  return fraktion !== '' ? `${ROLE_LABELS[role]}, ${fraktion}` : ROLE_LABELS[role];
}

/** Guests and deputies (present without their principal's vote) do not count for the quorum. */
export const isVotingRole = (role: MembershipRole): boolean => role !== 'guest' && role !== 'deputy';

/** The day of a "YYYY-MM-DDTHH:mm" time. */
export const dayOf = (localDateTime: string): string => localDateTime.slice(0, 10);
