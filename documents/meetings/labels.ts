import type { AttendanceStatus, DecisionResult, MeetingKind } from '../../contract/meetings';

/** Kinds of meeting as German documents name them (the document's language, not the UI's). */
export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, string>> = {
  ag_session: 'Sitzung der Arbeitsgruppe',
  planning_workshop: 'Planungswerkstatt',
  integration_conference: 'Integrationskonferenz',
  council_meeting: 'Sitzung des Integrationsrats',
  consultation_hour: 'Sprechstunde',
  fraktion_meeting: 'Fraktionssitzung',
  committee: 'Ausschusssitzung',
  bv_session: 'Sitzung der Bezirksversammlung',
  forum: 'Fachforum',
  public_event: 'Öffentliche Veranstaltung',
};

/** The result of a decision as minutes write it ("Der Antrag wurde … angenommen"). */
export const DECISION_RESULT_LABELS: Readonly<Record<DecisionResult, string>> = {
  adopted: 'angenommen',
  adopted_with_changes: 'angenommen mit Änderungen',
  rejected: 'abgelehnt',
  deferred: 'vertagt',
  referred: 'verwiesen',
  noted: 'zur Kenntnis genommen',
};

export const ATTENDANCE_LABELS: Readonly<Record<AttendanceStatus, string>> = {
  expected: 'erwartet',
  present: 'anwesend',
  excused: 'entschuldigt',
  absent: 'unentschuldigt',
};

/** Marks on agenda items and their parts. */
export const NON_PUBLIC_MARK = 'nicht öffentlich';
export const PUBLIC_PART = 'Öffentlicher Teil';
export const NON_PUBLIC_PART = 'Nicht öffentlicher Teil';
/** What the public version prints instead of a non-public item's contents. */
export const NON_PUBLIC_OMITTED = 'Die Beratung dieses Tagesordnungspunktes war nicht öffentlich; ihr Inhalt wird in dieser Fassung nicht wiedergegeben.';
