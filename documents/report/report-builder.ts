import type { Document } from 'docx';
import type { MeasureStatus } from '../../contract/lifecycle';
import type { ReportDataDto, ReportMeasureDto } from '../../contract/documents';
import {
  createDocument,
  facts,
  formatDateLong,
  formatDateShort,
  formatPeriod,
  heading,
  paragraph,
  spacer,
  subtitle,
  table,
  title,
  bold,
  type Block,
  type LogoImage,
  type TableColumn,
  letterhead,
  unbreakable,
} from '../engine';
import { addressLines, } from '../district';
import { REPORT_STATUS_ORDER, STATUS_LABELS, statusHeading } from '../labels';

/** The records of `documents.reportData`, with the logo as bytes. */
export interface ReportInput extends Omit<ReportDataDto, 'logo'> {
  readonly logo: LogoImage | null;
}

export const REPORT_ACCENT = '1F3F66';

const presentStatuses = (input: ReportInput): MeasureStatus[] => {
  const present = new Set(input.fields.flatMap((field) => field.measures.map((measure) => measure.status)));
  return REPORT_STATUS_ORDER.filter((status) => present.has(status));
};

/** Fields are columns: by short code ("ZL") when every field has one, else "HF 1", "HF 2", … with a legend. */
const columnLabel = (input: ReportInput, index: number): string => {
  const everyHasCode = input.fields.every((field) => field.shortCode.trim() !== '');
  return everyHasCode ? input.fields[index]!.shortCode : `HF ${index + 1}`;
};

function summary(input: ReportInput): Block[] {
  const statuses = presentStatuses(input);
  const total = input.fields.reduce((sum, field) => sum + field.measures.length, 0);
  const statusShare = 0.3;
  const share = (1 - statusShare) / (input.fields.length + 1);
  const columns: TableColumn[] = [
    { header: 'Status', share: statusShare },
    ...input.fields.map((_, index) => ({ header: columnLabel(input, index), share, align: 'right' as const })),
    { header: 'Gesamt', share, align: 'right' },
  ];
  const count = (status: MeasureStatus, measures: readonly ReportMeasureDto[]) => measures.filter((measure) => measure.status === status).length;
  const rows = statuses.map((status) => [
    statusHeading(status),
    ...input.fields.map((field) => String(count(status, field.measures))),
    String(input.fields.reduce((sum, field) => sum + count(status, field.measures), 0)),
  ]);
  rows.push(['Gesamt', ...input.fields.map((field) => String(field.measures.length)), String(total)]);
  const legend = input.fields.map((field, index) => `${columnLabel(input, index)} = ${field.name}`).join('; ');
  return [
    heading(1, 'Überblick'),
    paragraph(
      `Am ${formatDateLong(input.asOf)} umfasste das Leitbild „${input.edition.title}“ ${total} Maßnahmen in ${input.fields.length} Handlungsfeldern. Die Tabelle zeigt, in welchem Stand sie sich befanden.`,
      { keepNext: true },
    ),
    table(columns, rows, { totalsRow: true }),
    spacer(4),
    paragraph(legend, { style: 'small' }),
  ];
}

function measureBlocks(measure: ReportMeasureDto, input: ReportInput): Block[] {
  const period = formatPeriod(measure.periodFrom ?? input.edition.periodFrom, measure.periodTo ?? input.edition.periodTo);
  return [
    heading(3, `${unbreakable(measure.code)}  ${measure.title}`),
    facts([
      { label: 'Federführung', value: measure.lead },
      { label: 'Zeitraum', value: period },
      { label: 'Status', value: `${STATUS_LABELS[measure.status]} seit ${formatDateShort(measure.statusSince)}` },
      ...measure.notes.map((note) => ({ label: 'Sachstand', value: `${formatDateShort(note.notedOn)}: ${note.text}` })),
    ]),
  ];
}

function fieldSections(input: ReportInput): Block[] {
  return input.fields.flatMap((field) => {
    const groups = REPORT_STATUS_ORDER.map((status) => ({ status, measures: field.measures.filter((measure) => measure.status === status) })).filter(
      (group) => group.measures.length > 0,
    );
    return [
      heading(1, field.name),
      ...(groups.length === 0 ? [paragraph('Keine Maßnahmen zu diesem Stichtag.')] : []),
      ...groups.flatMap((group) => [heading(2, `${statusHeading(group.status)} (${group.measures.length})`), ...group.measures.flatMap((measure) => measureBlocks(measure, input))]),
    ];
  });
}

export function reportBlocks(input: ReportInput): Block[] {
  const { office } = input;
  const sender = [office.districtName, office.officeName, ...addressLines(office)].filter(Boolean);
  return [
    letterhead(sender.length ? sender : [' '], [], input.logo),
    spacer(18),
    title('Sachstandsbericht'),
    subtitle(`Leitbild „${input.edition.title}“ ${formatPeriod(input.edition.periodFrom, input.edition.periodTo)}`),
    paragraph([bold(`Stand: ${formatDateLong(input.asOf)}`)]),
    ...summary(input),
    ...fieldSections(input),
  ];
}

/** The progress report: measures by field of action and status, with their latest notes. */
export function buildReport(input: ReportInput): Document {
  return createDocument({
    kind: 'Sachstandsbericht',
    district: input.office.districtName,
    title: `Sachstandsbericht ${input.edition.title}, Stand ${formatDateShort(input.asOf)}`,
    footerNote: `Stand: ${formatDateShort(input.asOf)}`,
    accentColor: REPORT_ACCENT,
    firstPage: 'letterhead',
    body: reportBlocks(input),
  });
}
