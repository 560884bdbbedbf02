/**
 * The life of a measure (Maßnahme), from the planning workshop to its end. The table of allowed
 * transitions is the single source of truth: the service enforces it, the UI only offers it.
 */
export const MEASURE_STATUSES = [
  'proposed', // Vorschlag
  'in_review', // in Beratung (Arbeitsgruppe)
  'recommended', // empfohlen
  'rejected', // abgelehnt (AG oder Bezirksversammlung)
  'deferred', // zurückgestellt
  'submitted', // beantragt (Antrag an die Bezirksversammlung)
  'adopted', // beschlossen
  'implementing', // in Umsetzung
  'completed', // umgesetzt
  'continued', // fortgeführt (in die nächste Ausgabe)
  'discontinued', // eingestellt
] as const;

export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const ALLOWED_TRANSITIONS: Readonly<Record<MeasureStatus, readonly MeasureStatus[]>> = {
  proposed: ['in_review', 'deferred'],
  in_review: ['recommended', 'rejected', 'deferred'],
  deferred: ['in_review'],
  recommended: ['submitted', 'in_review'],
  rejected: [],
  submitted: ['adopted', 'rejected'],
  adopted: ['implementing', 'discontinued'],
  implementing: ['completed', 'continued', 'discontinued'],
  completed: [],
  continued: [],
  discontinued: [],
};

/** Statuses that need a source: a meeting decision or a Drucksache number. */
export const STATUSES_REQUIRING_SOURCE: readonly MeasureStatus[] = ['adopted'];

/** Measures in these statuses are offered for the next edition by default. */
export const CARRY_OVER_DEFAULT: readonly MeasureStatus[] = ['implementing', 'continued'];

export const canTransition = (from: MeasureStatus, to: MeasureStatus): boolean => ALLOWED_TRANSITIONS[from].includes(to);

/** Drucksache numbers look like "21-1967": election term, hyphen, running number. */
export const DRUCKSACHE_PATTERN = /^\d{1,2}-\d{1,5}(\.\d{1,2})?$/;
