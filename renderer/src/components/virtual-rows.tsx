import { measureElement as measureRow, useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/** The sticky table header covers this much of the window's top: rows brought into view stop below it. */
const STICKY_HEADER_PX = 52;
/** A measured row this close to the row height is a one-line row (borders and zoom round its height). */
const ONE_LINE_TOLERANCE_PX = 4;
/** Frames the keyboard waits for a target row to appear before giving up. */
const FOCUS_ATTEMPTS = 60;

/**
 * The rows of a virtualised table that scrolls with the page (one scrollbar, the window's): the
 * table body to attach, the rows in view (plus `overscan`), and the heights of the spacer rows
 * above and below that keep the page as tall as all rows. Rows are one line (`rowHeight`) but may
 * grow – the focused row shows its full text, narrow windows stack the cells – so each rendered
 * row is measured (`measure` as its ref, with `data-index`). `rowAt` gives the row at a place,
 * `undefined` while its page loads.
 */
export function useVirtualRows(count: number, rowAt: (index: number) => { readonly id: number } | undefined, rowHeight: number, overscan: number) {
  // A count and a key function, no array as long as the list: a row not loaded yet is keyed by its place.
  // The function must keep its identity: TanStack rebuilds the positions of ALL rows whenever it
  // changes, which on 200,000 rows on every scroll frame was the pause while scrolling.
  const rowAtNow = useRef(rowAt);
  rowAtNow.current = rowAt;
  const keyOf = useCallback((index: number) => rowAtNow.current(index)?.id ?? `loading-${index}`, []);
  const body = useRef<HTMLTableSectionElement>(null);
  const scrollMargin = useOffsetFromPageTop(body);
  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count,
    estimateSize: () => rowHeight,
    overscan,
    scrollMargin,
    scrollPaddingStart: STICKY_HEADER_PX,
    getItemKey: keyOf,
    // A row without layout (jsdom, display: none) keeps its estimate instead of counting as 0 px, and
    // so does a one-line row a fraction of a pixel off it: every size that differs from the estimate
    // makes TanStack recompute the positions of all rows after it (seconds on 200,000 after a jump).
    measureElement: (element, entry, instance) => {
      const size = measureRow(element, entry, instance);
      return size === 0 || Math.abs(size - rowHeight) < ONE_LINE_TOLERANCE_PX ? rowHeight : size;
    },
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items.length > 0 ? items[0]!.start - scrollMargin : 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - scrollMargin) : 0;
  return { body, virtualizer, items, padTop, padBottom, measure: virtualizer.measureElement };
}

/**
 * Where the element starts, measured from the top of the page (by layout, so scrolling does not
 * change it). It moves when something above it changes height (more filters opened, a notice),
 * so it is read again after each render and whenever the page changes size.
 */
function useOffsetFromPageTop(element: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  const read = useCallback(() => {
    const node = element.current;
    if (!node) return;
    let next = node.offsetTop;
    for (let parent = node.offsetParent; parent instanceof HTMLElement; parent = parent.offsetParent) next += parent.offsetTop + parent.clientTop;
    setOffset((current) => (current === next ? current : next));
  }, [element]);
  useLayoutEffect(read);
  useLayoutEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [read]);
  return offset;
}

/**
 * Up, down, page up/down, Home and End move the focus between the rows' main links
 * (`data-row-index`), bringing the target row into the DOM first.
 */
export function useRowKeys(
  rowCount: number,
  virtualizer: ReturnType<typeof useVirtualRows>['virtualizer'],
  body: RefObject<HTMLTableSectionElement | null>,
) {
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rowCount - 1, index));
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const tryFocus = (attempt: number) => {
      const link = body.current?.querySelector<HTMLAnchorElement>(`[data-row-index="${target}"]`);
      if (link) link.focus();
      // Up to about a second: a row of a paged list appears once its page has loaded.
      else if (attempt < FOCUS_ATTEMPTS) window.requestAnimationFrame(() => tryFocus(attempt + 1));
    };
    tryFocus(0);
  };
  return (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const current = Number((event.target as HTMLElement).dataset.rowIndex ?? NaN);
    if (Number.isNaN(current)) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -rowCount, End: rowCount };
    const step = moves[event.key];
    if (step === undefined) return;
    event.preventDefault();
    focusRow(current + step);
  };
}

/** A spacer row for the rows not in the DOM, hidden from screen readers; nothing when there are none. */
export function SpacerRow({ height, columns, className }: { height: number; columns: number; className: string }) {
  return height > 0 ? (
    <tr className={className} aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  ) : null;
}
