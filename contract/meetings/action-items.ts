/** Action items (Aufgaben) agreed in a meeting, carried over until done. */

import type { MeetingKind } from './kinds';

export interface ActionItemDto {
  readonly id: number;
  readonly meetingId: number;
  /** The meeting's German name as documents print it ("13. Sitzung – Harburger Integrationsrat"). */
  readonly meetingTitle: string;
  /** What the interface names the meeting by, in its own language: the title typed ('' for none), kind and number. */
  readonly meetingGivenTitle: string;
  readonly meetingKind: MeetingKind;
  readonly meetingNumber: number | null;
  readonly meetingDate: string;
  readonly bodyId: number | null;
  readonly bodyName: string;
  readonly agendaItemId: number | null;
  /** Agreed under a non-public item: left out of the minutes for publication. */
  readonly nonPublic: boolean;
  readonly title: string;
  readonly assigneeContactId: number | null;
  readonly assigneeName: string;
  readonly dueOn: string | null;
  readonly doneOn: string | null;
  readonly overdue: boolean;
}


export interface ActionItemListDto {
  readonly rows: readonly ActionItemDto[];
  readonly total: number;
}
