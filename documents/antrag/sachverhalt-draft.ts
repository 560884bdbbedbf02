import type { DocumentEditionDto, ProcessFactsDto } from '../../contract/documents';
import { countWord, formatPeriod } from '../engine/german-dates';
import { workingGroupSentence, workshopSentence } from '../process-text';

export interface SachverhaltFacts {
  readonly edition: Pick<DocumentEditionDto, 'title' | 'periodFrom' | 'periodTo'>;
  /** As of the Antrag's date: the working group's votes up to then. */
  readonly process: ProcessFactsDto;
  /** How many measures the petitum names: the same list, so the numbers agree. */
  readonly measureCount: number;
}

/**
 * What the motion asks, counted from the petitum's list: "die fünf empfohlenen Maßnahmen", or
 * "fünf der 28 empfohlenen Maßnahmen" when the working group recommended more than it names
 * (the rest moved on before the Antrag's date), so no number contradicts the vote sentence.
 */
function purposeSentence(measureCount: number, recommended: number, editionTitle: string, period: string): string {
  const some = measureCount < recommended;
  const subject = some
    ? `${measureCount === 1 ? 'eine' : countWord(measureCount)} der ${countWord(recommended)} empfohlenen Maßnahmen`
    : measureCount === 1
      ? 'die empfohlene Maßnahme'
      : `die ${countWord(measureCount)} empfohlenen Maßnahmen`;
  return `Die Vertreterinnen und Vertreter haben die Empfehlungen in ihren Fraktionen beraten. Mit diesem Antrag soll die Bezirksversammlung ${subject} für den Zeitraum ${period} beschließen. Nach dem Beschluss erscheint eine neue Ausgabe des Leitbildes „${editionTitle}“ mit den beschlossenen Maßnahmen.`;
}

/**
 * A first wording of the Sachverhalt from the records as of the Antrag's date: the workshop, the
 * working group's sessions and votes, and what the motion asks for. The user edits it before
 * export; the builder then takes the final text as it is. Paragraphs are separated by a blank line.
 */
export function draftSachverhalt({ edition, process, measureCount }: SachverhaltFacts): string {
  const period = formatPeriod(edition.periodFrom, edition.periodTo);
  return [workshopSentence(process, edition.title), workingGroupSentence(process), purposeSentence(measureCount, process.agVotes.recommended, edition.title, period)]
    .filter((part): part is string => part !== null)
    .join('\n\n');
}

/** A subject line the user can keep or change. */
export function draftSubject(edition: Pick<DocumentEditionDto, 'title' | 'periodFrom' | 'periodTo'>): string {
  return `Leitbild „${edition.title}“: Maßnahmen für ${formatPeriod(edition.periodFrom, edition.periodTo)}`;
}
