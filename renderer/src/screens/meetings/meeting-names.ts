import type { TFunction } from 'i18next';
import type { ActionItemDto, AttendanceDto, MeetingKind, StandardItem } from '../../../../contract/meetings';
import { STANDARD_ITEM_TITLES } from '../../../../contract/meetings/meetings-constants';

/*
 * Names the app gives meetings, standard agenda items and attendance roles, in the interface's
 * language. The German texts stay in the records and the documents; what a person typed is shown
 * as typed.
 */

interface MeetingNameParts {
  readonly givenTitle: string;
  readonly kind: MeetingKind;
  readonly number: number | null;
  readonly bodyName: string;
}

/** The title given, else "13. Sitzung – Harburger Integrationsrat" (de) · "Meeting 13 – Harburger Integrationsrat" (en). */
export function meetingName(t: TFunction, { givenTitle, kind, number, bodyName }: MeetingNameParts): string {
  if (givenTitle !== '') return givenTitle;
  const kindLabel = t(`meetings.kind.${kind}`);
  if (number !== null && bodyName !== '') return t('meetings.name.numbered', { number, body: bodyName });
  if (number !== null) return t('meetings.name.numberedKind', { number, kind: kindLabel });
  return bodyName !== '' ? t('meetings.name.kindBody', { kind: kindLabel, body: bodyName }) : kindLabel;
}

/** The meeting an action item was agreed in, named as `meetingName` does. */
export function actionItemMeetingName(t: TFunction, item: Pick<ActionItemDto, 'meetingGivenTitle' | 'meetingKind' | 'meetingNumber' | 'bodyName'>): string {
  return meetingName(t, { givenTitle: item.meetingGivenTitle, kind: item.meetingKind, number: item.meetingNumber, bodyName: item.bodyName });
}

/** A standard item still titled as created is shown in the interface's language; a reworded one as typed. */
export function agendaItemTitle(t: TFunction, item: { readonly title: string; readonly standard: StandardItem | null }): string {
  return item.standard !== null && item.title === STANDARD_ITEM_TITLES[item.standard] ? t(`meetings.standardTitle.${item.standard}`) : item.title;
}

/** "Vorsitz, SPD", "SPD" (a member of a Fraktion), "Gast, Referentin" – in the interface's language. */
export function attendanceRoleLabel(t: TFunction, person: Pick<AttendanceDto, 'role' | 'memberRole' | 'fraktion' | 'givenRole' | 'guest'>): string {
  if (person.guest) return [t('meetings.attendance.guest'), person.givenRole].filter(Boolean).join(', ');
  if (person.memberRole === null) return person.givenRole;
  if (person.memberRole === 'member' && person.fraktion !== '') return person.fraktion;
  return [t(`contacts.roles.${person.memberRole}`), person.fraktion].filter(Boolean).join(', ');
}
