import type { AgendaItemDto } from '../../../../contract';
import { DRUCKSACHE_PATTERN } from '../../../../contract/lifecycle';

/**
 * The agenda arrives flat, in position order ("1", "2", "2.1", "Ö 6.1"); sub-items name their
 * main item (`parentId`). The editor needs each item's level and its place among its siblings.
 */

export interface AgendaNode {
  readonly item: AgendaItemDto;
  readonly level: number;
  readonly parentId: number | null;
  /** Index among the items with the same parent (what `agenda.move` calls `toIndex`). */
  readonly indexAmongSiblings: number;
  readonly siblingCount: number;
}

export function agendaNodes(agenda: readonly AgendaItemDto[]): AgendaNode[] {
  const ordered = [...agenda].sort((a, b) => a.position - b.position);
  const levels = new Map<number, number>();
  const drafts = ordered.map((item) => {
    const level = item.parentId === null ? 0 : (levels.get(item.parentId) ?? 0) + 1;
    levels.set(item.id, level);
    return { item, level, parentId: item.parentId };
  });
  return drafts.map((draft) => {
    const siblings = drafts.filter((other) => other.parentId === draft.parentId);
    return { ...draft, indexAmongSiblings: siblings.indexOf(draft), siblingCount: siblings.length };
  });
}

/** The items in reading order (for live mode's next/previous). */
export const orderedItems = (agenda: readonly AgendaItemDto[]): AgendaItemDto[] => [...agenda].sort((a, b) => a.position - b.position);

/** "21-1967, 21-2011" → ["21-1967", "21-2011"] (duplicates and empty parts dropped). */
export function parsePapers(text: string): string[] {
  return [...new Set(text.split(/[,;\n]/).map((part) => part.trim()).filter(Boolean))];
}

/** The papers that are not Drucksache numbers ("21-1234"). */
export const invalidPapers = (papers: readonly string[]): string[] => papers.filter((paper) => !DRUCKSACHE_PATTERN.test(paper));
