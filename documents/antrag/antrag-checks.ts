import type { MeasureStatus } from '../../contract/lifecycle';
import { formatDateShort } from '../engine/german-dates';

/** A reason the Antrag would say something wrong, at the field to fix (`submittedOn`, `measureIds`, `measureIds.<i>`, `chair.<i>`). */
export interface AntragProblem {
  readonly field: string;
  readonly key: string;
  readonly params: Readonly<Record<string, string>>;
}

export interface AntragCheckInput {
  /** ISO date of the Antrag. */
  readonly date: string;
  /** The planning workshop's date, if recorded. */
  readonly workshopDate: string | null;
  /** The petitum's measures in order, with their status on the Antrag's date. */
  readonly measures: ReadonlyArray<{ readonly code: string; readonly statusOnDate: MeasureStatus | null }>;
  /** Each moving Fraktion in order, with the name that signs for it. */
  readonly signers: ReadonlyArray<{ readonly fraktion: string; readonly name: string }>;
}

/**
 * What must hold before an Antrag is built, so it never states a wrong sentence: its date is
 * not before the workshop it reports on, every measure was recommended on that date (the
 * Sachverhalt calls them "empfohlen"), and each Fraktion has someone to sign for it.
 */
export function antragProblems({ date, workshopDate, measures, signers }: AntragCheckInput): AntragProblem[] {
  const day = formatDateShort(date);
  const problems: AntragProblem[] = [];
  if (workshopDate && date < workshopDate) {
    problems.push({ field: 'submittedOn', key: 'documents.antrag.errors.beforeWorkshop', params: { date: day, workshop: formatDateShort(workshopDate) } });
  }
  if (measures.length === 0) problems.push({ field: 'measureIds', key: 'documents.antrag.errors.noneRecommendedOn', params: { date: day } });
  measures.forEach((measure, index) => {
    if (measure.statusOnDate !== 'recommended') {
      const key = measure.statusOnDate === null ? 'documents.antrag.errors.notYetOn' : 'documents.antrag.errors.notRecommendedOn';
      problems.push({ field: `measureIds.${index}`, key, params: { code: measure.code, date: day } });
    }
  });
  signers.forEach((signer, index) => {
    if (signer.name.trim() === '') problems.push({ field: `chair.${index}`, key: 'documents.antrag.errors.noChairOn', params: { fraktion: signer.fraktion, date: day } });
  });
  return problems;
}

/**
 * What the Antrag may still say, but a clerk should see before filing: a date after the
 * edition's period ("für den Zeitraum 2022–2024" in a motion of 2026). A hint, not a refusal:
 * measures may join a running or extended edition.
 */
export function antragHints({ date, periodFrom, periodTo }: { date: string; periodFrom: number; periodTo: number }): AntragProblem[] {
  // While the date is being typed (or cleared) it is not a date yet: its own field says so.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number(date.slice(0, 4)) <= periodTo) return [];
  return [{ field: 'submittedOn', key: 'documents.antrag.hints.periodOver', params: { date: formatDateShort(date), period: `${periodFrom}–${periodTo}` } }];
}
