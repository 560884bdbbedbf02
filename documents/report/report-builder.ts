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
} from '../engine';
import { addressLines, } from '../district';
import { ADOPTED_STATUSES, REPORT_STATUS_ORDER, STATUS_LABELS, statusHeading } from '../labels';

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

/**
 * The measures of the Leitbild are those the Bezirksversammlung adopted, in whatever stage since
 * (also discontinued ones); proposals not (yet) adopted and rejected ones are counted apart.
 */
const LEITBILD_STATUSES: readonly MeasureStatus[] = [...ADOPTED_STATUSES, 'discontinued'];
const inLeitbild = (status: MeasureStatus): boolean => LEITBILD_STATUSES.includes(status);

/** Status rows by field with a totals row, for the statuses of one part of the report. */
function statusTable(input: ReportInput, statuses: readonly MeasureStatus[]): Block {
  const statusShare = 0.3;
  const share = (1 - statusShare) / (input.fields.length + 1);
  const columns: TableColumn[] = [
    { header: 'Status', share: statusShare },
    ...input.fields.map((_, index) => ({ header: columnLabel(input, index), share, align: 'right' as const })),
    { header: 'Gesamt', share, align: 'right' },
  ];
  const count = (wanted: readonly MeasureStatus[], measures: readonly ReportMeasureDto[]) => measures.filter((measure) => wanted.includes(measure.status)).length;
  const row = (label: string, wanted: readonly MeasureStatus[]) => [
    label,
    ...input.fields.map((field) => String(count(wanted, field.measures))),
    String(input.fields.reduce((sum, field) => sum + count(wanted, field.measures), 0)),
  ];
  return table(columns, [...statuses.map((status) => row(statusHeading(status), [status])), row('Gesamt', statuses)], { totalsRow: true });
}

const measuresWord = (count: number) => (count === 1 ? '1 Maßnahme' : `${count} Maßnahmen`);
const proposalsWord = (count: number) => (count === 1 ? '1 Vorschlag' : `${count} Vorschläge`);

function summary(input: ReportInput): Block[] {
  const statuses = presentStatuses(input);
  const all = input.fields.flatMap((field) => field.measures);
  const adopted = all.filter((measure) => inLeitbild(measure.status)).length;
  const rejected = all.filter((measure) => measure.status === 'rejected').length;
  const open = all.length - adopted - rejected;
  const leitbildStatuses = statuses.filter(inLeitbild);
  const proposalStatuses = statuses.filter((status) => !inLeitbild(status));
  const others = [
    open ? `${proposalsWord(open)} ${open === 1 ? 'war' : 'waren'} noch nicht beschlossen` : '',
    rejected ? `${proposalsWord(rejected)} ${rejected === 1 ? 'wurde' : 'wurden'} abgelehnt` : '',
  ].filter(Boolean);
  const legend = input.fields.map((field, index) => `${columnLabel(input, index)} = ${field.name}`).join('; ');
  return [
    heading(1, 'Überblick'),
    paragraph(
      `Am ${formatDateLong(input.asOf)} umfasste das Leitbild „${input.edition.title}“ ${measuresWord(adopted)} in ${input.fields.length} Handlungsfeldern, von der Bezirksversammlung beschlossen. ${others.length ? `${others.join('; ')} (nicht Teil des Leitbilds). ` : ''}Die Tabelle zeigt, in welchem Stand die Maßnahmen sich befanden.`,
      { keepNext: true },
    ),
    ...(leitbildStatuses.length ? [statusTable(input, leitbildStatuses)] : [paragraph('Noch keine beschlossenen Maßnahmen.')]),
    ...(proposalStatuses.length
      ? [spacer(6), paragraph([bold('Vorschläge, nicht Teil des Leitbilds')], { keepNext: true }), statusTable(input, proposalStatuses)]
      : []),
    spacer(4),
    paragraph(legend, { style: 'small' }),
  ];
}

function measureBlocks(measure: ReportMeasureDto, input: ReportInput): Block[] {
  const period = formatPeriod(measure.periodFrom ?? input.edition.periodFrom, measure.periodTo ?? input.edition.periodTo);
  return [
    heading(3, `${measure.code}  ${measure.title}`),
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
