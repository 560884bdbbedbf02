/** Action items (Aufgaben) agreed in a meeting, carried over until done. */

export interface ActionItemDto {
  readonly id: number;
  readonly meetingId: number;
  readonly meetingTitle: string;
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

