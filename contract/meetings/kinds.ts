/** Kinds of meeting; on their own so that action items can name a meeting's kind without a cycle to meetings.ts. */
export const MEETING_KINDS = [
  'ag_session', // Sitzung der Arbeitsgruppe
  'planning_workshop', // Planungswerkstatt
  'integration_conference', // Integrationskonferenz
  'council_meeting', // Sitzung des Integrationsrats
  'consultation_hour', // Sprechstunde
  'fraktion_meeting', // Fraktionssitzung
  'committee', // Ausschusssitzung
  'bv_session', // Sitzung der Bezirksversammlung
  'forum', // Fachforum
  'public_event', // öffentliche Veranstaltung
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
