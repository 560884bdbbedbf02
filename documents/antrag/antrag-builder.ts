import type { Document } from 'docx';
import type { DocumentEditionDto, DocumentMeasureDto, DocumentOfficeDto, MotionSignatoryDto } from '../../contract/documents';
import { assemblyName } from '../district';
import {
  bold,
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
import { motionHeading, PETITUM_OPENING } from './motion-wording';

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
}

const DEFAULT_ROLE = 'Fraktionsvorsitz';

function petitumIntro(input: AntragInput): string {
  const period = formatPeriod(input.edition.periodFrom, input.edition.periodTo);
  const count = input.measures.length;
  const what = count === 1 ? 'Die folgende Maßnahme wird' : 'Die folgenden Maßnahmen werden';
  return `${what} in das Leitbild „${input.edition.title}“ für den Zeitraum ${period} aufgenommen und umgesetzt:`;
}

/** One petitum point: code and title, the description, lead and period. */
function petitumPoint(measure: DocumentMeasureDto, edition: AntragInput['edition']): ListItem {
  const period = formatPeriod(measure.periodFrom ?? edition.periodFrom, measure.periodTo ?? edition.periodTo);
  const essentials = [measure.lead ? `Federführung: ${measure.lead}` : '', period ? `Zeitraum: ${period}` : ''].filter(Boolean).join('\n');
  const details = [measure.description.trim(), essentials].filter(Boolean).map((text) => [{ text }]);
  return { content: [bold(`${unbreakable(measure.code)} ${measure.title}`)], details };
}

/** Signatories as entered; without any, an empty line per Fraktion to sign by hand. */
function signers(input: AntragInput): Signer[] {
  const entered = input.signatories.map((person) => ({
    heading: person.fraktion ? `Für die Fraktion ${person.fraktion}` : '',
    name: person.name,
    role: person.role || DEFAULT_ROLE,
  }));
  if (entered.length > 0) return entered;
  return input.fraktionen.map((fraktion) => ({ heading: `Für die Fraktion ${fraktion}`, name: '', role: DEFAULT_ROLE }));
}

/** The blocks of the motion; separate from `buildAntrag` so tests and previews can inspect them. */
export function antragBlocks(input: AntragInput): Block[] {
  const assembly = assemblyName(input.office);
  const left = [assembly, ...(input.drucksache ? [drucksacheLabel(input.drucksache)] : [])];
  return [
    letterhead(left, [`Datum: ${formatDateShort(input.date)}`], input.logo),
    spacer(18),
    title(motionHeading(input.fraktionen)),
    paragraph([bold('Betreff: '), { text: input.subject }], { keepNext: true }),
    heading(1, 'Sachverhalt'),
    ...paragraphs(input.sachverhalt),
    heading(1, 'Petitum'),
    paragraph([bold(PETITUM_OPENING)], { keepNext: true }),
    paragraph(input.petitumIntro ?? petitumIntro(input), { keepNext: true }),
    numberedList(input.measures.map((measure) => petitumPoint(measure, input.edition))),
    spacer(24),
    signatures(signers(input)),
  ];
}

/** The Antrag to the Bezirksversammlung (Hamburg convention), ready to file. */
export function buildAntrag(input: AntragInput): Document {
  return createDocument({
    kind: 'Antrag',
    district: assemblyName(input.office),
    title: `${motionHeading(input.fraktionen)}: ${input.subject}`,
    subject: input.subject,
    footerNote: `Antrag vom ${formatDateShort(input.date)}`,
    firstPage: 'letterhead',
    body: antragBlocks(input),
  });
}
