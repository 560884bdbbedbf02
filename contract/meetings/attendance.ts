import type { MembershipRole } from '../contacts';

/** Attendance (Anwesenheit): who is expected, present, excused or absent, and the quorum. */

import { ATTENDANCE_STATUSES } from './meetings-constants';

export { ATTENDANCE_STATUSES } from './meetings-constants';
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export interface AttendanceDto {
  readonly id: number;
  readonly contactId: number | null;
  /** The contact's current name ("Person gelöscht" once erased) or the guest's name. */
  readonly name: string;
  /** Role or Fraktion as the German minutes print it ("Vorsitz, SPD", "SPD", "Gast"). */
  readonly role: string;
  /** A member's role in the body (the interface names it in its language); null for guests. */
  readonly memberRole: MembershipRole | null;
  /** The Fraktion the member sat for that day ('' for none). */
  readonly fraktion: string;
  /** A guest's role as typed ("Referentin"), '' for none. */
  readonly givenRole: string;
  readonly guest: boolean;
  /** The person was erased (DSGVO); the row stays so the counts stay as minuted. */
  readonly erased: boolean;
  /** Counts for the quorum (members; not guests or deputies present without a vote). */
  readonly voting: boolean;
  readonly status: AttendanceStatus;
}

export interface AttendanceCountsDto {
  /** Listed but not yet recorded (before or while the meeting is held). */
  readonly expected: number;
  readonly present: number;
  readonly excused: number;
  readonly absent: number;
  readonly guests: number;
  /** Votes in the room (members present, plus deputies standing in for missing members) / voting members in all. */
  readonly votingPresent: number;
  readonly votingTotal: number;
  /** More than half of the voting members present. */
  readonly quorate: boolean;
}

