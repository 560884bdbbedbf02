import { memo, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureRowDto, MeasureSortKey } from '../../../../contract';
import { href, paths, toPath } from '../../app/paths';
import { SpacerRow, useRowKeys, useVirtualRows } from '../../components/virtual-rows';
import { formatNumber } from '../../i18n/format';
import { StatusBadge } from '../../leitbild/StatusBadge';

/** A row is one line high; the focused row grows to show its full text (see measures.css). */
export const ROW_HEIGHT = 36;
const OVERSCAN = 8;

export interface Sort {
  readonly key: MeasureSortKey;
  readonly direction: 'asc' | 'desc';
}

const COLUMNS: ReadonlyArray<{ key: MeasureSortKey; label: string; className: string }> = [
  { key: 'code', label: 'code', className: 'mt__code' },
  { key: 'title', label: 'title', className: 'mt__title' },
  { key: 'field', label: 'field', className: 'mt__field' },
  { key: 'status', label: 'status', className: 'mt__status' },
  { key: 'lead', label: 'lead', className: 'mt__lead' },
  { key: 'priority', label: 'priority', className: 'mt__points' },
];

/** The chosen measures: which ids, and how many (all of a filter may be chosen without their pages loaded). */
export interface Selection {
  has(id: number): boolean;
  readonly size: number;
}

interface MeasuresTableProps {
  /** How many measures match the filter. */
  readonly total: number;
  /** The measure at a place in the list; `undefined` where its page is still loading. */
  rowAt(index: number): MeasureRowDto | undefined;
  /** The rows in view changed (first and last index): their pages are fetched. */
  onShow(first: number, last: number): void;
  readonly caption: string;
  readonly sort: Sort;
  onSort(key: MeasureSortKey): void;
  readonly selected: Selection;
  onToggle(row: MeasureRowDto, selected: boolean): void;
  onToggleAll(selected: boolean): void;
}

/**
 * The measures as a real table, virtualised on the page's scroll: only the rows in view (plus a
 * few) are in the DOM, spacer rows keep the page's height, and aria-rowcount / aria-rowindex tell
 * screen readers how many rows there are and where each one sits. Like Outlook's list, a row is one
 * line; the row with the focus shows every cell in full, and the arrow keys move between titles.
 * In a narrow window the rows become stacked cards with the full text (measures.css). The explicit
 * roles keep the table a table for screen readers when the cards change its CSS display.
 */
export function MeasuresTable({ total, rowAt, onShow, caption, sort, onSort, selected, onToggle, onToggleAll }: MeasuresTableProps) {
  const { t } = useTranslation();
  const selectAll = useRef<HTMLInputElement>(null);
  const { body, virtualizer, items, padTop, padBottom, measure } = useVirtualRows(total, rowAt, ROW_HEIGHT, OVERSCAN);
  const onKeyDown = useRowKeys(total, virtualizer, body);
  const sortKeys = useSortKeys(sort.key);

  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => onShow(first, last), [onShow, first, last]);
  const loading = items.some((item) => rowAt(item.index) === undefined);

  // The selection is cleared whenever the filter changes, so it counts rows of this filter only.
  const allSelected = total > 0 && selected.size >= total;
  const someSelected = selected.size > 0 && !allSelected;
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = someSelected;
  }, [someSelected]);

  return (
    <div className="mt-frame">
      <span id={sortKeys.hintId} hidden>
        {t('measures.table.sortKeys')}
      </span>
      <table className="virtual-table mt" role="table" aria-rowcount={total + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col className="mt__col-select" />
          <col className="mt__col-code" />
          <col />
          <col className="mt__col-field" />
          <col className="mt__col-status" />
          <col className="mt__col-lead" />
          <col className="mt__col-points" />
        </colgroup>
        <thead role="rowgroup">
          <tr role="row" aria-rowindex={1}>
            <th scope="col" role="columnheader" className="mt__select">
              <input
                ref={selectAll}
                type="checkbox"
                className="mt__checkbox"
                checked={allSelected}
                disabled={total === 0}
                aria-label={t('measures.table.selectAll', { count: total })}
                title={t('measures.table.selectAll', { count: total })}
                onChange={(event) => onToggleAll(event.target.checked)}
              />
            </th>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  role="columnheader"
                  className={column.className}
                  aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button
                    type="button"
                    className="mt__sort"
                    tabIndex={column.key === sortKeys.focusKey ? 0 : -1}
                    aria-describedby={sortKeys.hintId}
                    onKeyDown={sortKeys.onKeyDown}
                    onFocus={() => sortKeys.setFocusKey(column.key)}
                    onClick={() => onSort(column.key)}
                  >
                    <span>{t(`measures.columns.${column.label}`)}</span>
                    <SortMark state={active ? sort.direction : 'none'} />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody role="rowgroup" ref={body} onKeyDown={onKeyDown} aria-busy={loading || undefined}>
          <SpacerRow height={padTop} columns={7} className="mt__spacer" />
          {items.map((item) => {
            const row = rowAt(item.index);
            if (!row) return <LoadingRow key={`loading-${item.index}`} index={item.index} measure={measure} />;
            return <Row key={row.id} row={row} index={item.index} measure={measure} selected={selected.has(row.id)} onToggle={onToggle} />;
          })}
          <SpacerRow height={padBottom} columns={7} className="mt__spacer" />
        </tbody>
      </table>
    </div>
  );
}

/**
 * The sort buttons are one stop for Tab (the sorted column's, or the one last used) and the left
 * and right arrow keys move between them, so the way from the filters to the first measure stays short.
 */
function useSortKeys(sortKey: MeasureSortKey) {
  const [focusKey, setFocusKey] = useState<MeasureSortKey>(sortKey);
  const hintId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const current = COLUMNS.findIndex((column) => column.key === focusKey);
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: COLUMNS.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = COLUMNS[Math.max(0, Math.min(COLUMNS.length - 1, target))]!;
    setFocusKey(next.key);
    const buttons = event.currentTarget.closest('tr')?.querySelectorAll<HTMLButtonElement>('.mt__sort');
    buttons?.[COLUMNS.indexOf(next)]?.focus();
  };
  return { focusKey, setFocusKey, hintId, onKeyDown };
}

function SortMark({ state }: { state: 'asc' | 'desc' | 'none' }) {
  return (
    <svg className={`mt__sort-mark mt__sort-mark--${state}`} width="12" height="14" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
      <path className="mt__sort-up" d="M6 1 10.5 6h-9z" />
      <path className="mt__sort-down" d="M6 13 1.5 8h9z" />
    </svg>
  );
}

/** A row whose page is on its way: grey bars where the text will be, announced as loading. */
function LoadingRow({ index, measure }: { index: number; measure: (element: HTMLTableRowElement | null) => void }) {
  const { t } = useTranslation();
  return (
    <tr ref={measure} data-index={index} role="row" aria-rowindex={index + 2} aria-busy="true" className="mt__row mt__row--loading">
      <td role="cell" className="mt__select" />
      <td role="cell" className="mt__code">
        <span className="mt__skeleton" aria-hidden="true" />
      </td>
      <th scope="row" role="rowheader" className="mt__title">
        <span className="visually-hidden">{t('measures.table.loadingRow')}</span>
        <span className="mt__skeleton mt__skeleton--wide" aria-hidden="true" />
      </th>
      <td role="cell" className="mt__field">
        <span className="mt__skeleton" aria-hidden="true" />
      </td>
      <td role="cell" className="mt__status">
        <span className="mt__skeleton" aria-hidden="true" />
      </td>
      <td role="cell" className="mt__lead">
        <span className="mt__skeleton" aria-hidden="true" />
      </td>
      <td role="cell" className="mt__points" />
    </tr>
  );
}

const Row = memo(function Row({
  row,
  index,
  measure,
  selected,
  onToggle,
}: {
  row: MeasureRowDto;
  index: number;
  measure: (element: HTMLTableRowElement | null) => void;
  selected: boolean;
  onToggle: (row: MeasureRowDto, selected: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <tr ref={measure} data-index={index} role="row" aria-rowindex={index + 2} className={selected ? 'mt__row mt__row--selected' : 'mt__row'}>
      <td role="cell" className="mt__select">
        <input
          type="checkbox"
          className="mt__checkbox"
          checked={selected}
          aria-label={t('measures.table.select', { code: row.code, title: row.title })}
          onChange={(event) => onToggle(row, event.target.checked)}
        />
      </td>
      <td role="cell" className="mt__code">
        <span className="code-tag">{row.code}</span>
      </td>
      <th scope="row" role="rowheader" className="mt__title">
        <a className="mt__link mt__text" href={href(toPath(paths.measure, { id: row.id }))} title={row.title} data-row-index={index}>
          {row.title}
        </a>
      </th>
      <td role="cell" className="mt__field" data-label={t('measures.columns.field')}>
        <span className="mt__text" title={row.fieldOfActionName}>
          {row.fieldOfActionName}
        </span>
      </td>
      <td role="cell" className="mt__status">
        <StatusBadge status={row.status} />
      </td>
      <td role="cell" className="mt__lead" data-label={t('measures.columns.lead')}>
        {row.lead ? (
          <span className="mt__text" title={row.lead}>
            {row.lead}
          </span>
        ) : (
          <>
            <span aria-hidden="true" className="muted">
              {t('common.emptyValue')}
            </span>
            <span className="visually-hidden">{t('common.emptyValueLabel')}</span>
          </>
        )}
      </td>
      <td role="cell" className="mt__points" data-label={t('measures.columns.priority')}>
        {formatNumber(row.priorityPoints)}
      </td>
    </tr>
  );
});
