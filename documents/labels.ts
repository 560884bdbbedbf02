import type { MeasureStatus } from '../contract/lifecycle';

/** Status names as German documents write them (the document's language, not the UI's). */
export const STATUS_LABELS: Readonly<Record<MeasureStatus, string>> = {
  proposed: 'Vorschlag',
  in_review: 'in Beratung',
  recommended: 'empfohlen',
  rejected: 'abgelehnt',
  deferred: 'zurückgestellt',
  submitted: 'beantragt',
  adopted: 'beschlossen',
  implementing: 'in Umsetzung',
  completed: 'umgesetzt',
  continued: 'fortgeführt',
  discontinued: 'eingestellt',
};

/** What a Leitbild edition prints: the measures the Bezirksversammlung adopted, in whatever stage since. */
export const ADOPTED_STATUSES: readonly MeasureStatus[] = ['adopted', 'implementing', 'completed', 'continued'];

/** A progress report leads with what is being done, then what is decided, then what is still open. */
export const REPORT_STATUS_ORDER: readonly MeasureStatus[] = [
  'implementing',
  'adopted',
  'completed',
  'continued',
  'discontinued',
  'submitted',
  'recommended',
  'in_review',
  'proposed',
  'deferred',
  'rejected',
];

/** Capitalised for a heading or a table row ("In Umsetzung"). */
export const statusHeading = (status: MeasureStatus): string => {
  const label = STATUS_LABELS[status];
  return label.charAt(0).toUpperCase() + label.slice(1);
};

/**
 * "Drucksache 21-2433": a no-break space keeps the word with its number; the hyphen is an ordinary
 * one, so the number copied from the file finds the paper in the council information system (a
 * non-breaking hyphen is another character there). Word may break after it only at a full line.
 */
export const drucksacheLabel = (number: string): string => `Drucksache\u00a0${number}`;
