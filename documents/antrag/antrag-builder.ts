import type { Document } from 'docx';
import type { DocumentEditionDto, DocumentMeasureDto, DocumentOfficeDto, MotionSignatoryDto } from '../../contract/documents';
import { HARBURG_MOTION_CONVENTIONS, type MotionConventionsDto } from '../../contract/settings-constants';
import { assemblyName, documentAuthor } from '../district';
import {
  bold,
  countWord,
  createDocument,
  formatDateShort,
  formatPeriod,
  heading,
  letterhead,
  numberedList,
  paragraph,
  paragraphs,
  signatures,
  spacer,
  title,
  type Block,
  type ListItem,
  type LogoImage,
  type Signer,
  unbreakable,
} from '../engine';
import { drucksacheLabel } from '../labels';
import { actingRequest, motionHeading, motionKind, signatureHeading } from './motion-wording';

export interface AntragInput {
  readonly office: DocumentOfficeDto;
  readonly logo: LogoImage | null;
  readonly edition: Pick<DocumentEditionDto, 'title' | 'periodFrom' | 'periodTo'>;
  /** ISO date of the motion. */
  readonly date: string;
  readonly fraktionen: readonly string[];
  readonly subject: string;
  /** The final background text, as the user edited it (blank lines separate paragraphs). */
  readonly sachverhalt: string;
  /** In the order of the petitum. */
  readonly measures: readonly DocumentMeasureDto[];
  readonly signatories: readonly MotionSignatoryDto[];
  /** Once the Bezirksversammlung's office has numbered it. */
  readonly drucksache?: string;
  /** Replaces the sentence that introduces the list of measures. */
  readonly petitumIntro?: string;
  /** The district's wording (settings); Harburg's when not given. */
  readonly conventions?: MotionConventionsDto;
}

const DEFAULT_ROLE = 'Fraktionsvorsitz';

const conventionsOf = (input: AntragInput) => input.conventions ?? HARBURG_MOTION_CONVENTIONS;

/** Names the count of the list it introduces, the same number the Sachverhalt gives. */
function petitumIntro(input: AntragInput): string {
  const period = formatPeriod(input.edition.periodFrom, input.edition.periodTo);
  const count = input.measures.length;
  const what = count === 1 ? 'Die folgende Maßnahme wird' : `Die folgenden ${countWord(count)} Maßnahmen werden`;
  return `${what} für den Zeitraum ${period} in das Leitbild „${input.edition.title}“ aufgenommen:`;
}

/** The petitum asks someone to act (Harburg: "Die Bezirksamtsleitung wird gebeten, …"). */
function petitumRequest(input: AntragInput): string {
  const these = input.measures.length === 1 ? 'dieser Maßnahme' : 'dieser Maßnahmen';
  return actingRequest(conventionsOf(input), `die Umsetzung ${these} zu veranlassen und der Bezirksversammlung jährlich über den Stand der Umsetzung zu berichten.`);
}

/** One petitum point: code and title, the description, lead and period. */
function petitumPoint(measure: DocumentMeasureDto, edition: AntragInput['edition']): ListItem {
  const period = formatPeriod(measure.periodFrom ?? edition.periodFrom, measure.periodTo ?? edition.periodTo);
  const essentials = [measure.lead ? `Federführung: ${measure.lead}` : '', period ? `Zeitraum: ${period}` : ''].filter(Boolean).join('\n');
  const details = [measure.description.trim(), essentials].filter(Boolean).map((text) => [{ text }]);
  // An ordinary hyphen, so "ZL-06" pasted from the file still finds the measure; at the start of the line it cannot break.
  return { content: [bold(`${measure.code} ${measure.title}`)], details };
}

/** Signatories as entered; without any, an empty line per Fraktion to sign by hand. */
function signers(input: AntragInput): Signer[] {
  const conventions = conventionsOf(input);
  const entered = input.signatories.map((person) => ({
    heading: person.fraktion ? signatureHeading(person.fraktion, conventions) : '',
    name: person.name,
    role: person.role || DEFAULT_ROLE,
  }));
  if (entered.length > 0) return entered;
  return input.fraktionen.map((fraktion) => ({ heading: signatureHeading(fraktion, conventions), name: '', role: DEFAULT_ROLE }));
}

/** The blocks of the motion; separate from `buildAntrag` so tests and previews can inspect them. */
export function antragBlocks(input: AntragInput): Block[] {
  const conventions = conventionsOf(input);
  const assembly = assemblyName(input.office);
  const left = [assembly, ...(input.drucksache ? [drucksacheLabel(input.drucksache)] : [])];
  return [
    letterhead(left, [`Datum: ${formatDateShort(input.date)}`], input.logo),
    spacer(18),
    // "GRÜNE-Fraktion" must not split at its hyphen across the title's lines.
    title(unbreakable(motionHeading(input.fraktionen, conventions))),
    paragraph([bold(`${conventions.subjectPrefix} ${input.subject}`.trim())], { keepNext: true }),
    heading(1, 'Sachverhalt:'),
    ...paragraphs(input.sachverhalt),
    heading(1, conventions.petitumLabel),
    // A heading style, so Word's navigation pane lists it.
    heading(2, conventions.petitumOpening),
    paragraph(input.petitumIntro ?? petitumIntro(input), { keepNext: true }),
    numberedList(input.measures.map((measure) => petitumPoint(measure, input.edition))),
    spacer(6),
    paragraph(petitumRequest(input), { keepLines: true }),
    spacer(24),
    signatures(signers(input)),
  ];
}

/** The Antrag to the Bezirksversammlung in the district's wording, ready to file. */
export function buildAntrag(input: AntragInput): Document {
  const kind = motionKind(input.fraktionen, conventionsOf(input));
  return createDocument({
    kind,
    district: assemblyName(input.office),
    author: documentAuthor(input.office),
    title: `${motionHeading(input.fraktionen, conventionsOf(input))}: ${input.subject}`,
    subject: input.subject,
    footerNote: `${kind} vom ${formatDateShort(input.date)}`,
    firstPage: 'letterhead',
    body: antragBlocks(input),
  });
}
