// The meetings contract's lists and the standard agenda titles without zod, so the renderer can
// load them cheaply; the modules beside it re-export them (and build their schemas from them).

/** geplant → eingeladen → durchgeführt → Protokoll genehmigt (the last only through `meetings.approveMinutes`). */
export const MEETING_STATES = ['planned', 'invited', 'held', 'minutes_approved'] as const;

/** "expected" (erwartet): listed, not yet recorded; a meeting that has not happened has no one present. */
export const ATTENDANCE_STATUSES = ['expected', 'present', 'excused', 'absent'] as const;

export const DECISION_RESULTS = ['adopted', 'adopted_with_changes', 'rejected', 'deferred', 'referred', 'noted'] as const;

/** Items the agenda offers with one click; `open_action_items` lists the body's open Aufgaben. */
export const STANDARD_ITEMS = ['welcome', 'approve_minutes', 'open_action_items', 'any_other_business'] as const;
export type StandardItem = (typeof STANDARD_ITEMS)[number];

/**
 * The German titles a standard item is created with, as the minutes print them. Stored as typed
 * text (the user may reword it); while unchanged, the interface shows it in its own language.
 */
export const STANDARD_ITEM_TITLES: Readonly<Record<StandardItem, string>> = {
  welcome: 'Begrüßung und Feststellung der Beschlussfähigkeit',
  approve_minutes: 'Genehmigung des Protokolls der letzten Sitzung',
  open_action_items: 'Offene Aufgaben',
  any_other_business: 'Verschiedenes',
};
