import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureRowDto, MeasureSortKey } from '../../../../contract';
import { href, paths, toPath } from '../../app/paths';
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows';
import { formatNumber } from '../../i18n/format';
import { StatusBadge } from '../../leitbild/StatusBadge';

/** Every row has the same height (titles are clamped to two lines): fast and steady scrolling. */
export const ROW_HEIGHT = 56;
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

interface MeasuresTableProps {
  readonly rows: readonly MeasureRowDto[];
  readonly caption: string;
  readonly sort: Sort;
  onSort(key: MeasureSortKey): void;
  readonly selected: ReadonlySet<number>;
  onToggle(id: number, selected: boolean): void;
  onToggleAll(selected: boolean): void;
}

/**
 * The measures as a real table, virtualised: only the rows in view (plus a few) are in the DOM,
 * spacer rows keep the scroll height, and aria-rowcount / aria-rowindex tell screen readers
 * how many rows there are and where each one sits.
 */
export function MeasuresTable({ rows, caption, sort, onSort, selected, onToggle, onToggleAll }: MeasuresTableProps) {
  const { t } = useTranslation();
  const selectAll = useRef<HTMLInputElement>(null);
  const { scroller, items, padTop, padBottom } = useVirtualRows(rows, ROW_HEIGHT, OVERSCAN);

  const selectedCount = rows.reduce((count, row) => (selected.has(row.id) ? count + 1 : count), 0);
  const allSelected = rows.length > 0 && selectedCount === rows.length;
  const someSelected = selectedCount > 0 && !allSelected;
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = someSelected;
  }, [someSelected]);

  return (
    <div className="virtual-table-scroll mt-scroll" ref={scroller}>
      <table className="virtual-table mt" aria-rowcount={rows.length + 1}>
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
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="mt__select">
              <input
                ref={selectAll}
                type="checkbox"
                className="mt__checkbox"
                checked={allSelected}
                disabled={rows.length === 0}
                aria-label={t('measures.table.selectAll', { count: rows.length })}
                title={t('measures.table.selectAll', { count: rows.length })}
                onChange={(event) => onToggleAll(event.target.checked)}
              />
            </th>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={column.className}
                  aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" className="mt__sort" onClick={() => onSort(column.key)}>
                    <span>{t(`measures.columns.${column.label}`)}</span>
                    <SortMark state={active ? sort.direction : 'none'} />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={padTop} columns={7} className="mt__spacer" />
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return <Row key={row.id} row={row} rowIndex={item.index + 2} selected={selected.has(row.id)} onToggle={onToggle} />;
          })}
          <SpacerRow height={padBottom} columns={7} className="mt__spacer" />
        </tbody>
      </table>
    </div>
  );
}

function SortMark({ state }: { state: 'asc' | 'desc' | 'none' }) {
  return (
    <svg className={`mt__sort-mark mt__sort-mark--${state}`} width="12" height="14" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
      <path className="mt__sort-up" d="M6 1 10.5 6h-9z" />
      <path className="mt__sort-down" d="M6 13 1.5 8h9z" />
    </svg>
  );
}

const Row = memo(function Row({
  row,
  rowIndex,
  selected,
  onToggle,
}: {
  row: MeasureRowDto;
  rowIndex: number;
  selected: boolean;
  onToggle: (id: number, selected: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <tr aria-rowindex={rowIndex} className={selected ? 'mt__row mt__row--selected' : 'mt__row'}>
      <td className="mt__select">
        <input
          type="checkbox"
          className="mt__checkbox"
          checked={selected}
          aria-label={t('measures.table.select', { code: row.code, title: row.title })}
          onChange={(event) => onToggle(row.id, event.target.checked)}
        />
      </td>
      <td className="mt__code">
        <span className="code-tag">{row.code}</span>
      </td>
      <th scope="row" className="mt__title">
        <a className="mt__link" href={href(toPath(paths.measure, { id: row.id }))} title={row.title}>
          {row.title}
        </a>
      </th>
      <td className="mt__field">
        <span className="mt__clamp">{row.fieldOfActionName}</span>
      </td>
      <td className="mt__status">
        <StatusBadge status={row.status} />
      </td>
      <td className="mt__lead">
        {row.lead ? (
          <span className="mt__clamp" title={row.lead}>
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
      <td className="mt__points">{formatNumber(row.priorityPoints)}</td>
    </tr>
  );
});
