import type { DocumentEditionDto, ProcessFactsDto } from '../../contract/documents';
import { formatPeriod } from '../engine';
import { motionPurposeSentence, workingGroupSentence, workshopSentence } from '../process-text';

export interface SachverhaltFacts {
  readonly edition: Pick<DocumentEditionDto, 'title' | 'periodFrom' | 'periodTo'>;
  readonly process: ProcessFactsDto;
  /** How many measures the motion names. */
  readonly measureCount: number;
}

/**
 * A first wording of the Sachverhalt from the records: the workshop, the working group's
 * sessions and votes, and what the motion asks for. The user edits it before export; the
 * builder then takes the final text as it is. Paragraphs are separated by a blank line.
 */
export function draftSachverhalt({ edition, process, measureCount }: SachverhaltFacts): string {
  const period = formatPeriod(edition.periodFrom, edition.periodTo);
  return [workshopSentence(process, edition.title), workingGroupSentence(process), motionPurposeSentence(measureCount, edition.title, period)]
    .filter((part): part is string => part !== null)
    .join('\n\n');
}

/** A subject line the user can keep or change. */
export function draftSubject(edition: Pick<DocumentEditionDto, 'title' | 'periodFrom' | 'periodTo'>): string {
  return `Leitbild „${edition.title}“: Maßnahmen für ${formatPeriod(edition.periodFrom, edition.periodTo)}`;
}
