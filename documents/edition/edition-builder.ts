import type { Document } from 'docx';
import type { DocumentMeasureDto, EditionDocumentDto } from '../../contract/documents';
import { addressLines, assemblyName } from '../district';
import {
  createDocument,
  facts,
  formatDateLong,
  formatDateShort,
  formatMonthYear,
  formatPeriod,
  heading,
  image,
  pageBreak,
  paragraph,
  rule,
  paragraphs,
  spacer,
  tableOfContents,
  type Block,
  type LogoImage,
} from '../engine';
import { bodyWidthPoints } from '../engine/page-setup';
import { countLines } from '../engine/text-measure';
import { TYPOGRAPHY } from '../engine/typography';
import { drucksacheLabel, STATUS_LABELS } from '../labels';
import { adoptionSentence, workingGroupSentence, workshopSentence } from '../process-text';

/** The records of `documents.editionData`, with the logo as bytes. */
export interface EditionInput extends Omit<EditionDocumentDto, 'logo'> {
  readonly logo: LogoImage | null;
  /** The date the brochure is issued ("Stand"); ISO. */
  readonly issuedOn: string;
}

export const EDITION_ACCENT = '1F3F66';

function coverBlocks(input: EditionInput): Block[] {
  const { edition, office } = input;
  const adopted = edition.adoptedOn
    ? `Beschlossen von der ${assemblyName(office)} am ${formatDateLong(edition.adoptedOn)}${edition.drucksache ? ` (${drucksacheLabel(edition.drucksache)})` : ''}`
    : '';
  return [
    input.logo ? image(input.logo, 60, 30, 'left') : spacer(30),
    spacer(110),
    rule(EDITION_ACCENT, 5),
    spacer(14),
    paragraph([{ text: edition.title, bold: true }], { size: 30, color: EDITION_ACCENT }),
    ...(edition.subtitle ? [paragraph(edition.subtitle, { size: 15, color: '555555' })] : []),
    paragraph([{ text: formatPeriod(edition.periodFrom, edition.periodTo), bold: true }], { size: 22, color: EDITION_ACCENT }),
    spacer(14),
    rule(EDITION_ACCENT, 1),
    spacer(input.logo ? 170 : 230),
    ...[office.districtName, office.officeName].filter(Boolean).map((line, index) => paragraph(index === 0 ? [{ text: line, bold: true }] : line, { size: 12 })),
    ...(adopted ? [spacer(8), paragraph(adopted, { style: 'small' })] : []),
    pageBreak(),
  ];
}

/** Lines of description beyond which a measure cannot be kept on one page with its facts. */
const KEEP_TOGETHER_MAX_LINES = 30;

function measureBlocks(measure: DocumentMeasureDto, input: EditionInput): Block[] {
  const period = formatPeriod(measure.periodFrom ?? input.edition.periodFrom, measure.periodTo ?? input.edition.periodTo);
  const description = paragraphs(measure.description);
  const lines = description.reduce((sum, block) => sum + (block.type === 'paragraph' ? countLines(block.content, TYPOGRAPHY.normal.size, bodyWidthPoints) : 0), 0);
  // A measure is read as one block: its heading, text and facts stay on one page. A text too long
  // for that flows from page to page (LibreOffice mislays a kept block taller than a page).
  const keep = lines <= KEEP_TOGETHER_MAX_LINES;
  return [
    heading(2, `${measure.code}  ${measure.title}`),
    ...(keep ? paragraphs(measure.description, { keepNext: true, keepLines: true }) : description),
    facts([
      { label: 'Ziel', value: measure.goal },
      { label: 'Federführung', value: measure.lead },
      { label: 'Partner', value: measure.partners },
      { label: 'Zielgruppe', value: measure.targetGroup },
      { label: 'Zeitraum', value: period },
      { label: 'Stand', value: STATUS_LABELS[measure.status] },
    ]),
  ];
}

function fieldChapters(input: EditionInput): Block[] {
  return input.fields.flatMap((field, index) => [
    heading(1, `Handlungsfeld ${index + 1}: ${field.name}`),
    ...paragraphs(field.description),
    ...(field.measures.length === 0
      ? [paragraph('Für diesen Zeitraum sind in diesem Handlungsfeld keine Maßnahmen beschlossen.')]
      : field.measures.flatMap((measure) => measureBlocks(measure, input))),
  ]);
}

function processChapter(input: EditionInput): Block[] {
  const { process, edition } = input;
  const adoptedCount = input.fields.reduce((sum, field) => sum + field.measures.length, 0);
  const text = [workshopSentence(process, edition.title), workingGroupSentence(process), adoptionSentence(process, assemblyName(input.office), input.conventions)].filter(
    (part): part is string => part !== null,
  );
  const sessions = process.agSessions.map(formatDateShort).join(', ');
  return [
    heading(1, 'Wie diese Ausgabe entstanden ist'),
    ...(text.length ? text.map((part) => paragraph(part)) : [paragraph('Zu dieser Ausgabe sind noch keine Beratungsschritte erfasst.')]),
    facts([
      { label: 'Planungswerkstatt', value: process.workshop ? `${formatDateShort(process.workshop.date)}${process.workshop.online ? ' (online)' : ''}` : '' },
      { label: 'Arbeitsgruppe', value: sessions ? `${process.agSessions.length} Sitzungen: ${sessions}` : '' },
      { label: 'Antrag', value: process.motion ? `${formatDateShort(process.motion.date)}${process.motion.drucksache ? `, ${drucksacheLabel(process.motion.drucksache)}` : ''}` : '' },
      { label: 'Beschluss', value: process.adoption ? `${formatDateShort(process.adoption.date)}${process.adoption.drucksache ? `, ${drucksacheLabel(process.adoption.drucksache)}` : ''}` : '' },
      { label: 'Maßnahmen', value: `${adoptedCount} beschlossene Maßnahmen in ${input.fields.length} Handlungsfeldern` },
    ]),
  ];
}

function contactChapter(input: EditionInput): Block[] {
  const { office } = input;
  const lines = [office.districtName, office.officeName, ...addressLines(office)].filter(Boolean);
  return [
    heading(1, 'Kontakt'),
    paragraph(lines.join('\n')),
    facts([
      { label: 'Telefon', value: office.officePhone },
      { label: 'E-Mail', value: office.officeEmail },
    ]),
    spacer(24),
    paragraph(`Herausgegeben von ${[office.districtName, office.officeName].filter(Boolean).join(', ') || 'der Bezirksverwaltung'}. Stand: ${formatMonthYear(input.issuedOn)}.`, { style: 'small' }),
  ];
}

export function editionBlocks(input: EditionInput): Block[] {
  const { edition } = input;
  const guidelines = edition.guidelines.flatMap((guideline, index) => [heading(3, `${index + 1}. ${guideline.title}`), ...paragraphs(guideline.text)]);
  return [
    ...coverBlocks(input),
    tableOfContents('Inhalt'),
    ...(edition.preamble.trim() ? [heading(1, 'Vorwort'), ...paragraphs(edition.preamble)] : []),
    heading(1, 'Leitbild und Leitlinien'),
    ...(edition.leitbildText.trim() ? [heading(2, 'Unser Leitbild'), ...paragraphs(edition.leitbildText)] : []),
    ...(guidelines.length ? [heading(2, 'Leitlinien'), ...guidelines] : []),
    ...fieldChapters(input),
    ...processChapter(input),
    ...contactChapter(input),
  ];
}

/** The new edition of the Leitbild: a brochure with cover, contents, chapters and contact page. */
export function buildEdition(input: EditionInput): Document {
  const period = formatPeriod(input.edition.periodFrom, input.edition.periodTo);
  return createDocument({
    kind: `Leitbild ${period}`,
    district: input.office.districtName,
    title: `${input.edition.title} ${period}`,
    subject: input.edition.subtitle || 'Leitbild',
    accentColor: EDITION_ACCENT,
    firstPage: 'cover',
    chapterStartsNewPage: true,
    contentsLevels: 1,
    // The contents' page numbers are stored in the file and shown as they are: Word updates its
    // PAGEREF results only on F9, LibreOffice keeps them as text on conversion (checked: it showed
    // 26 for a chapter it laid out on page 25). They come from our page plan, so the plan's page
    // breaks are written into the file: Word and LibreOffice then break where the plan does, and
    // only how much fits on a page is estimated, with two lines to spare. Not a LibreOffice pass
    // reading the PDF: it would help only where LibreOffice is installed, and its breaks are not
    // Word's (it split a kept-together measure in a 500-measure edition; Word keeps it). Assumed:
    // Word breaks lines in Arial as LibreOffice does in Liberation Sans (same widths).
    pinPageBreaks: true,
    body: editionBlocks(input),
  });
}
