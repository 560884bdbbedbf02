import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

/**
 * The rows of a virtualised table (all of one height): the scroller to attach, the rows in view
 * (plus `overscan`), and the heights of the spacer rows above and below that keep the scroll height.
 */
export function useVirtualRows(rows: readonly { readonly id: number }[], rowHeight: number, overscan: number) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  return { scroller, virtualizer, items, padTop, padBottom };
}

/** A spacer row for the rows not in the DOM, hidden from screen readers; nothing when there are none. */
export function SpacerRow({ height, columns, className }: { height: number; columns: number; className: string }) {
  return height > 0 ? (
    <tr className={className} aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  ) : null;
}
