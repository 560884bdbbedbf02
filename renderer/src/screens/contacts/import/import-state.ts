import type { CallInput, ImportDecision, ImportPreviewDto, ImportTarget } from '../../../../../contract';

/** What the wizard sends with every preview and the import: the file and the person's overrides. */
export interface ImportSource {
  readonly fileName: string;
  readonly contentBase64: string;
  readonly separator?: ',' | ';' | '\t';
  readonly encoding?: 'utf-8' | 'windows-1252' | 'utf-16le';
  readonly mapping?: Record<string, ImportTarget>;
}

export type WizardStep = 'file' | 'columns' | 'review' | 'run';
export const STEPS: readonly WizardStep[] = ['file', 'columns', 'review', 'run'];

/** Rows shown per list in the review; "für alle" still reaches every row. */
export const REVIEW_ROWS_SHOWN = 200;

export const toCallInput = (source: ImportSource): CallInput<'contacts.importPreview'> => ({ ...source });

/**
 * Duplicates start as "überspringen". Bad rows get no decision: without the person's choice to
 * leave them out (`skipBadRows`), the import refuses the file and nothing is imported.
 */
export function initialDecisions(preview: ImportPreviewDto): Record<string, ImportDecision> {
  const decisions: Record<string, ImportDecision> = {};
  for (const row of preview.rows) if (row.errors.length === 0 && row.duplicateReason) decisions[String(row.line)] = 'skip';
  return decisions;
}

export const badRowsOf = (preview: ImportPreviewDto) => preview.rows.filter((row) => row.errors.length > 0);

/** Leaves the bad rows out (`skip`), or takes that choice back. */
export function skipBadRows(preview: ImportPreviewDto, decisions: Record<string, ImportDecision>, skip: boolean): Record<string, ImportDecision> {
  const next = { ...decisions };
  for (const row of badRowsOf(preview)) {
    if (skip) next[String(row.line)] = 'skip';
    else delete next[String(row.line)];
  }
  return next;
}

export const badRowsSkipped = (preview: ImportPreviewDto, decisions: Record<string, ImportDecision>) =>
  badRowsOf(preview).every((row) => decisions[String(row.line)] === 'skip');

export function decideAllDuplicates(preview: ImportPreviewDto, decisions: Record<string, ImportDecision>, decision: ImportDecision): Record<string, ImportDecision> {
  const next = { ...decisions };
  for (const row of preview.rows) if (row.errors.length === 0 && row.duplicateReason) next[String(row.line)] = decision;
  return next;
}

/** What the import will do with these decisions (the summary before "Einlesen"). */
export function plannedCounts(preview: ImportPreviewDto, decisions: Record<string, ImportDecision>) {
  let created = 0;
  let merged = 0;
  let skipped = 0;
  let organizations = 0;
  for (const row of preview.rows) {
    if (row.errors.length === 0 && row.becomes === 'organization') {
      organizations++;
      continue;
    }
    const decision = row.errors.length > 0 ? 'skip' : row.duplicateReason ? (decisions[String(row.line)] ?? 'skip') : 'new';
    if (decision === 'new') created++;
    else if (decision === 'merge') merged++;
    else skipped++;
  }
  return { created, merged, skipped, organizations };
}
