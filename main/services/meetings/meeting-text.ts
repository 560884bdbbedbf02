import { MEMBERSHIP_ROLES, type MembershipRole } from '../../../contract/contacts';
import { STANDARD_ITEM_TITLES, type AttendanceDto, type MeetingKind, type StandardItem } from '../../../contract/meetings';
import { MEETING_KIND_LABELS } from '../../../documents/meetings/labels';

/**
 * German texts that become part of the record (titles, vote lines, history reasons). They are
 * data, written as the minutes print them, not UI labels: the UI translates its own labels.
 */
export const STANDARD_TITLES: Readonly<Record<StandardItem, string>> = STANDARD_ITEM_TITLES;

/** What the attendance list prints for a guest added without a role. */
export const GUEST_ROLE = 'Gast';

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
  if (number !== null) return `${number}. ${MEETING_KIND_LABELS[kind]}`;
  return bodyName !== '' ? `${MEETING_KIND_LABELS[kind]} – ${bodyName}` : MEETING_KIND_LABELS[kind];
}

/** "Beschluss der 4. Sitzung der AG, TOP 3" – the reason written into a measure's history. */
export function decisionReason(parts: TitleParts & { bodyShortName: string }, itemNumber: string): string {
  const body = parts.bodyShortName || parts.bodyName;
  const occasion = parts.number !== null && body !== '' ? `der ${parts.number}. Sitzung der ${body}` : `„${meetingTitle(parts)}“`;
  return `Beschluss ${occasion}, TOP ${itemNumber}`;
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

/**
 * The key behind an attendance row's German role text, so the interface can name it in its own
 * language: the member's role as `attendanceRole` wrote it when the member was listed, and what a
 * guest's role was typed as (the default "Gast" is no typed role). Documents print `role` as it is.
 */
export function roleParts(role: string, fraktion: string, guest: boolean): Pick<AttendanceDto, 'memberRole' | 'givenRole'> {
  if (guest) return { memberRole: null, givenRole: role === GUEST_ROLE ? '' : role };
  const memberRole = MEMBERSHIP_ROLES.find((candidate) => attendanceRole(candidate, fraktion) === role) ?? null;
  return { memberRole, givenRole: memberRole === null ? role : '' };
}

/** Guests and deputies (present without their principal's vote) do not count for the quorum. */
export const isVotingRole = (role: MembershipRole): boolean => role !== 'guest' && role !== 'deputy';

/** The day of a "YYYY-MM-DDTHH:mm" time. */
export const dayOf = (localDateTime: string): string => localDateTime.slice(0, 10);
