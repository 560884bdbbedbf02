import type { AgendaItemDto } from '../../../../contract';
import { DRUCKSACHE_PATTERN } from '../../../../contract/lifecycle';

/**
 * The agenda arrives flat, in position order, numbered "1", "2", "2.1", "Ö 6.1". The level of an
 * item is read from its number; its parent is the nearest item above it one level up.
 */

export const levelOf = (number: string): number => number.replace(/^[ÖN] /, '').split('.').length - 1;

export interface AgendaNode {
  readonly item: AgendaItemDto;
  readonly level: number;
  readonly parentId: number | null;
  /** Index among the items with the same parent (what `agenda.move` calls `toIndex`). */
  readonly indexAmongSiblings: number;
  readonly siblingCount: number;
}

/** The main side names the parent (`parentId`); older data is read from the numbers. */
function givenParent(item: AgendaItemDto): number | null | undefined {
  if (!('parentId' in item)) return undefined;
  const parentId: unknown = item.parentId;
  return typeof parentId === 'number' || parentId === null ? parentId : undefined;
}

export function agendaNodes(agenda: readonly AgendaItemDto[]): AgendaNode[] {
  const ordered = [...agenda].sort((a, b) => a.position - b.position);
  const levels = new Map<number, number>();
  const parents: number[] = [];
  const drafts = ordered.map((item) => {
    const given = givenParent(item);
    let level: number;
    let parentId: number | null;
    if (given !== undefined) {
      parentId = given;
      level = given === null ? 0 : (levels.get(given) ?? 0) + 1;
    } else {
      level = levelOf(item.number);
      parents.length = Math.min(parents.length, level);
      parentId = level > 0 ? (parents[level - 1] ?? null) : null;
      parents[level] = item.id;
    }
    levels.set(item.id, level);
    return { item, level, parentId };
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
