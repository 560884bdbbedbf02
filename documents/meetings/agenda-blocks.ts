import type { AgendaItemDto, DecisionDto } from '../../contract/meetings';
import { facts, heading, paragraph, paragraphs, spacer, table, type Block } from '../engine';
import { STATUS_LABELS } from '../labels';
import { DECISION_RESULT_LABELS, NON_PUBLIC_MARK, NON_PUBLIC_OMITTED } from './labels';
import { voteTextOf } from './vote-text';

/** "Ö 6.1" stays on one line (a no-break space; hyphens stay ordinary, so the number copied from the file is the one typed). */
export const agendaNumberText = (number: string): string => number.replace(/ /g, '\u00a0');

export const agendaTitleText = (item: Pick<AgendaItemDto, 'title' | 'public'>): string => (item.public ? item.title : `${item.title} (${NON_PUBLIC_MARK})`);

/** The agenda as a two-column table: TOP number and subject. */
export function agendaTable(items: readonly AgendaItemDto[]): Block {
  return table(
    [
      { header: 'TOP', share: 0.13 },
      { header: 'Gegenstand', share: 0.87 },
    ],
    items.map((item) => [agendaNumberText(item.number), agendaTitleText(item)]),
  );
}

/** "21-2433, 21-2519" with ordinary hyphens: pasted into the council information system, the number finds its paper. */
const paperList = (papers: readonly string[]): string => papers.join(', ');

function decisionBlocks(decision: DecisionDto): Block[] {
  const vote = decision.voteText.trim() || voteTextOf(decision.vote);
  const mismatch = decision.voteMismatchConfirmed ? ' (die Stimmen ergeben nicht die Zahl der anwesenden Stimmberechtigten; so bestätigt)' : '';
  const effects = decision.effects.map((effect) => `${effect.code}: ${STATUS_LABELS[effect.fromStatus]} → ${STATUS_LABELS[effect.toStatus]}`).join('\n');
  return [
    // A heading, not bold text: each decision shows in Word's navigation pane.
    heading(3, 'Beschluss'),
    ...paragraphs(decision.wording, { keepNext: true }),
    facts([
      { label: 'Ergebnis', value: DECISION_RESULT_LABELS[decision.result] },
      { label: 'Abstimmung', value: vote ? `${vote}${mismatch}` : '' },
      { label: 'Drucksache', value: decision.drucksache },
      { label: 'Maßnahmenstatus', value: effects },
    ]),
  ];
}

export interface ItemOptions {
  /** Leave out the contents of non-public items (the version for publication). */
  readonly publicVersion: boolean;
  /** Minutes approved in this meeting ("der 12. Sitzung vom 4. März 2026"), for the item "Genehmigung des Protokolls" without a recorded decision. */
  readonly approvedMinutes?: readonly string[];
}

/** One item: heading, linked measures and papers, the discussion as minuted, the decision. */
export function agendaItemBlocks(item: AgendaItemDto, options: ItemOptions): Block[] {
  const head = heading(2, `TOP ${agendaNumberText(item.number)}: ${agendaTitleText(item)}`);
  if (!item.public && options.publicVersion) return [head, paragraph(NON_PUBLIC_OMITTED, { style: 'small' })];
  const links = facts([
    { label: 'Maßnahmen', value: item.measures.map((measure) => `${measure.code} ${measure.title}`).join('\n') },
    { label: 'Drucksachen', value: paperList(item.papers) },
  ]);
  const notes = paragraphs(item.notes);
  const approved = item.standard === 'approve_minutes' && !item.decision ? (options.approvedMinutes ?? []) : [];
  // The app knows the approval even when no vote was recorded with it: say so, nothing more.
  const approval = approved.map((minutes) => paragraph(`Die Niederschrift ${minutes} wurde genehmigt.`));
  return [
    head,
    ...(links.type === 'facts' && links.facts.length ? [links, spacer(6)] : []),
    ...notes,
    ...(item.decision ? decisionBlocks(item.decision) : []),
    ...approval,
    ...(notes.length === 0 && !item.decision && approval.length === 0 ? [paragraph('Keine Aussprache protokolliert.', { style: 'small' })] : []),
  ];
}
