import { printedOrder } from './meeting-read';

export interface NumberedItem {
  readonly id: number;
  readonly parentId: number | null;
  readonly position: number;
  readonly number: string;
}

/** "Ö 6.1" → "Ö " (öffentlich / nichtöffentlich marks councils put before the number). */
const prefixOf = (number: string) => /^([ÖN] )/.exec(number)?.[1] ?? '';

/**
 * Numbers as councils print them: main items 1..n, sub-items n.1, n.2 …; a hand-set "Ö"/"N"
 * mark on an item is kept. Returns each item's new number and its position among its siblings.
 */
export function numberAgenda(items: readonly NumberedItem[]): Map<number, { number: string; position: number }> {
  const result = new Map<number, { number: string; position: number }>();
  const counters = new Map<number | null, number>();
  const baseOf = new Map<number, string>();
  for (const item of printedOrder(items)) {
    const index = (counters.get(item.parentId) ?? 0) + 1;
    counters.set(item.parentId, index);
    const base = item.parentId === null ? String(index) : `${baseOf.get(item.parentId) ?? ''}.${index}`;
    baseOf.set(item.id, base);
    result.set(item.id, { number: `${prefixOf(item.number)}${base}`, position: index });
  }
  return result;
}

/** The next free number for an item added at the end: after the highest main number, or "3.n" under "3". */
export function nextNumber(items: readonly NumberedItem[], parent: NumberedItem | null): string {
  const taken = new Set(items.map((item) => item.number));
  if (parent === null) {
    const mains = items.filter((item) => item.parentId === null).map((item) => Number(/(\d+)/.exec(item.number)?.[1] ?? 0));
    let next = Math.max(0, ...mains) + 1;
    while (taken.has(String(next))) next++;
    return String(next);
  }
  let next = items.filter((item) => item.parentId === parent.id).length + 1;
  while (taken.has(`${parent.number}.${next}`)) next++;
  return `${parent.number}.${next}`;
}
