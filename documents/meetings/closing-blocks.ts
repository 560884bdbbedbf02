import type { ActionItemDto, MeetingDto, MinutesCorrectionDto } from '../../contract/meetings';
import { formatDateLong, formatDateShort, heading, paragraph, paragraphs, signatures, table, type Block } from '../engine';
import { agendaNumberText } from './agenda-blocks';

const stateOf = (item: ActionItemDto): string => (item.doneOn ? formatDateShort(item.doneOn) : item.overdue ? 'überfällig' : 'offen');
const dueOf = (item: ActionItemDto): string => (item.dueOn ? formatDateShort(item.dueOn) : '');

/** The action items of this meeting (what, who, by when, done) and the open ones carried over from earlier meetings. */
export function actionItemBlocks(meeting: MeetingDto, items: readonly ActionItemDto[], carried: readonly ActionItemDto[]): Block[] {
  const numbers = new Map(meeting.agenda.map((item) => [item.id, agendaNumberText(item.number)]));
  const own =
    items.length === 0
      ? [paragraph('In dieser Sitzung wurden keine Aufgaben vereinbart.')]
      : [
          table(
            [
              { header: 'TOP', share: 0.1 },
              { header: 'Aufgabe', share: 0.42 },
              { header: 'Wer', share: 0.2 },
              { header: 'Bis', share: 0.14 },
              { header: 'Erledigt', share: 0.14 },
            ],
            items.map((item) => [item.agendaItemId === null ? '' : (numbers.get(item.agendaItemId) ?? ''), item.title, item.assigneeName, dueOf(item), stateOf(item)]),
          ),
        ];
  const earlier =
    carried.length === 0
      ? []
      : [
          heading(2, 'Offene Aufgaben aus früheren Sitzungen'),
          table(
            [
              { header: 'Sitzung', share: 0.14 },
              { header: 'Aufgabe', share: 0.38 },
              { header: 'Wer', share: 0.2 },
              { header: 'Bis', share: 0.14 },
              { header: 'Erledigt', share: 0.14 },
            ],
            carried.map((item) => [formatDateShort(item.meetingDate), item.title, item.assigneeName, dueOf(item), stateOf(item)]),
          ),
        ];
  return [heading(1, 'Aufgaben'), ...own, ...earlier];
}

export interface ApprovalOptions {
  /** "5. Sitzung", for "genehmigt in der 5. Sitzung am …"; the date alone otherwise. */
  readonly approvedInMeetingTitle?: string;
}

/** Whether and when the minutes were approved, and the corrections recorded beside them since. */
export function approvalBlocks(meeting: MeetingDto, corrections: readonly MinutesCorrectionDto[], options: ApprovalOptions): Block[] {
  const where = options.approvedInMeetingTitle?.trim() ? `in der ${options.approvedInMeetingTitle.trim()}` : 'in der Sitzung';
  const approval = meeting.approvedOn
    ? `Das Protokoll wurde ${where} am ${formatDateLong(meeting.approvedOn)} genehmigt.`
    : 'Das Protokoll ist noch nicht genehmigt; es wird in der nächsten Sitzung zur Genehmigung vorgelegt.';
  const numbers = new Map(meeting.agenda.map((item) => [item.id, agendaNumberText(item.number)]));
  const correctionBlocks = corrections.flatMap((correction) => {
    const top = correction.agendaItemId !== null && numbers.has(correction.agendaItemId) ? ` zu TOP ${numbers.get(correction.agendaItemId)}` : '';
    const by = correction.enteredBy ? `, eingetragen von ${correction.enteredBy}` : '';
    return [
      paragraph(`Berichtigung vom ${formatDateShort(correction.createdAt)}${top}${by}:`, { keepNext: true, style: 'small' }),
      ...paragraphs(correction.text, { keepNext: true }),
      paragraph(`Grund: ${correction.reason}`, { style: 'small' }),
    ];
  });
  return [
    heading(1, 'Genehmigung'),
    paragraph(approval),
    ...(correctionBlocks.length ? [heading(2, 'Berichtigungen nach der Genehmigung'), ...correctionBlocks] : []),
  ];
}

/** Chair and minute-taker sign; DIN 5008 puts the distribution list below the signatures. */
export function signatureAndDistributionBlocks(meeting: MeetingDto, distribution: readonly string[]): Block[] {
  return [
    paragraph('', { keepNext: true }),
    signatures([
      // Named persons under the lines: who chaired and who took the minutes sign them.
      { heading: '', name: meeting.chairName, role: 'Vorsitz' },
      { heading: '', name: meeting.minuteTakerName, role: 'Protokollführung' },
    ]),
    ...(distribution.length ? [paragraph([{ text: 'Verteiler', bold: true }], { keepNext: true }), paragraph(distribution.join('\n'), { keepLines: true })] : []),
  ];
}
