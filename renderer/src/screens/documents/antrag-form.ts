import type { CallError, MessageParams } from '../../../../contract';
import type { FraktionRow } from './FraktionenEditor';

/** A message key with its parameters, translated where it is shown. */
export interface Message {
  readonly key: string;
  readonly params?: MessageParams;
}

/** Errors at the Antrag form's fields: `measureIds`, `fraktion.<key>`, `chair.<key>`, `subject`, `sachverhalt`, `submittedOn`. */
export type Errors = Readonly<Record<string, Message>>;

/** The order in which errors take the focus: as the form reads. */
export const fieldOrder = (rows: readonly FraktionRow[]) => ['measureIds', ...rows.flatMap((row) => [`fraktion.${row.key}`, `chair.${row.key}`]), 'subject', 'sachverhalt', 'submittedOn'];

const MEASURE_FIELD = /^measureIds\.(\d+)/;
const FRAKTION_FIELD = /^fraktionen\.(\d+)/;
const SIGNATORY_FIELD = /^signatories\.(\d+)/;

/** What the form must hold before a preview or a file: errors at their fields (none: ready). */
export function antragFormErrors(form: { chosenCount: number; fraktionen: readonly FraktionRow[]; sent: readonly FraktionRow[]; subject: string; date: string }): Errors {
  const { chosenCount, fraktionen, sent, subject, date } = form;
  const found: Record<string, Message> = {};
  if (chosenCount === 0) found.measureIds = { key: 'documents.antrag.errors.noMeasure' };
  const seen = new Set<string>();
  for (const row of fraktionen) {
    const name = row.name.trim();
    if (!name && row.chair.trim()) found[`fraktion.${row.key}`] = { key: 'documents.antrag.errors.fraktionName' };
    if (!name) continue;
    const lower = name.toLocaleLowerCase('de');
    if (seen.has(lower)) found[`fraktion.${row.key}`] = { key: 'documents.errors.fraktionTwice', params: { value: name } };
    seen.add(lower);
  }
  if (sent.length === 0) found[`fraktion.${fraktionen[0]?.key ?? 1}`] ??= { key: 'documents.antrag.errors.noFraktion' };
  if (!subject.trim()) found.subject = { key: 'documents.antrag.errors.noSubject' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.submittedOn = { key: 'documents.antrag.errors.noDate' };
  return found;
}

/**
 * Sorts a refusal from the main side: a measure (`measureIds.2` of the list sent), a
 * Fraktion or a text field of the form, the Drucksache of the dialog, or the form as a whole.
 * `sent` are the named Fraktionen in the order sent (their chairs are the signatories).
 */
export function sortAntragError(error: CallError, measureOrder: readonly number[], sent: readonly FraktionRow[]) {
  const fields: Record<string, Message> = {};
  const measures = new Map<number, Message>();
  const other: Message[] = [];
  let drucksache: Message | undefined;
  const chairs = sent;
  for (const item of error.fields) {
    const text = { key: item.messageKey, params: { ...error.params, ...item.params } };
    const measure = MEASURE_FIELD.exec(item.field);
    const fraktion = FRAKTION_FIELD.exec(item.field);
    const signatory = SIGNATORY_FIELD.exec(item.field);
    const measureId = measure ? measureOrder[Number(measure[1])] : undefined;
    if (measureId !== undefined) measures.set(measureId, text);
    else if (fraktion && sent[Number(fraktion[1])]) fields[`fraktion.${sent[Number(fraktion[1])]!.key}`] = text;
    else if (signatory && chairs[Number(signatory[1])]) fields[`chair.${chairs[Number(signatory[1])]!.key}`] = text;
    else if (['subject', 'sachverhalt', 'submittedOn', 'measureIds'].includes(item.field)) fields[item.field] = text;
    else if (item.field === 'drucksache') drucksache = text;
    else other.push(text);
  }
  if (error.fields.length === 0) other.push({ key: error.messageKey, params: error.params });
  return { fields, measures, other, drucksache };
}
