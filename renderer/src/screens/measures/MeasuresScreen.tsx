import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionSummaryDto, MeasureSortKey, MeasureStatus } from '../../../../contract';
import { MEASURE_STATUSES } from '../../../../contract/lifecycle';
import { MEASURE_SORT_KEYS } from '../../../../contract/measures-constants';
import { useCall } from '../../api/use-call';
import { href, paths, toPath } from '../../app/paths';
import { navigate } from '../../app/router';
import { useEditions } from '../../leitbild/edition-context';
import { LeitbildPage } from '../../leitbild/LeitbildPage';
import { formatNumber } from '../../i18n/format';
import { CreateMeasureDialog } from './CreateMeasureDialog';
import { isRecord, readStored, useDebounced, writeStored } from './measure-helpers';
import { MainFilters, MoreMeasureFilters, type Filters } from './MeasureFilters';
import { MeasuresTable, type Sort } from './MeasuresTable';
import { StatusChangeDialog } from './StatusChangeDialog';
import './measures.css';
import { FilterBar, MoreFiltersButton, useMoreFilters } from '../../components/filters';
import { ListHeader } from '../../components/ListHeader';
import { CallLoadState } from '../../components/LoadState';

/** How long the search field waits for typing to pause before it filters. */
export const SEARCH_DELAY_MS = 250;

const NO_FILTERS: Filters = { fieldId: '', statuses: [], lead: '', tag: '', text: '', sort: { key: 'code', direction: 'asc' } };

/** Numbers read best from the top down: the first click on "Punkte" shows the most points first. */
const FIRST_DIRECTION: Partial<Record<MeasureSortKey, Sort['direction']>> = { priority: 'desc', updated: 'desc' };

const storageKey = (editionId: number) => `leitbild-werkstatt.measures.filters.${editionId}`;

const isFilters = (value: unknown): value is Filters =>
  isRecord(value) &&
  typeof value.fieldId === 'string' &&
  Array.isArray(value.statuses) &&
  value.statuses.every((status) => MEASURE_STATUSES.includes(status as MeasureStatus)) &&
  typeof value.lead === 'string' &&
  typeof value.tag === 'string' &&
  typeof value.text === 'string' &&
  isRecord(value.sort) &&
  MEASURE_SORT_KEYS.includes(value.sort.key as MeasureSortKey) &&
  (value.sort.direction === 'asc' || value.sort.direction === 'desc');

/**
 * Maßnahmen of the current edition: a list that starts with rows – one compact bar of filters
 * (more behind "Weitere Filter"), a virtualised table on the page's own scroll, selection and bulk
 * status change. "Neue Maßnahme" sits beside the heading, as "Neu …" does on every list.
 */
export function MeasuresScreen() {
  const { t } = useTranslation();
  const { current } = useEditions();
  const [creating, setCreating] = useState(false);
  return (
    <LeitbildPage
      title={t('measures.title')}
      actions={
        current ? (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('measures.create.open')}
          </button>
        ) : null
      }
      needsEdition
    >
      {(edition) => <MeasuresContent key={edition.id} edition={edition} creating={creating} onCreateClosed={() => setCreating(false)} />}
    </LeitbildPage>
  );
}

function MeasuresContent({ edition, creating, onCreateClosed }: { edition: EditionSummaryDto; creating: boolean; onCreateClosed: () => void }) {
  const { t } = useTranslation();
  const { reload: reloadEditions } = useEditions();
  const editionId = edition.id;

  // The filters last for the browser session, so "Zurück zur Liste" finds them as they were.
  const [filters, setFilters] = useState<Filters>(() => readStored('session', storageKey(editionId), isFilters) ?? NO_FILTERS);
  useEffect(() => writeStored('session', storageKey(editionId), filters), [editionId, filters]);
  const text = useDebounced(filters.text, SEARCH_DELAY_MS);

  // The edition's total (for "37 von 40") changes when measures are added elsewhere.
  useEffect(() => reloadEditions(), [reloadEditions]);

  const fields = useCall('fieldsOfAction.list', { editionId });
  const facets = useCall('measures.facets', { editionId });
  const list = useCall('measures.list', {
    editionId,
    fieldOfActionIds: filters.fieldId ? [Number(filters.fieldId)] : [],
    statuses: [...filters.statuses],
    lead: filters.lead,
    tag: filters.tag,
    text,
    sortKey: filters.sort.key,
    sortDirection: filters.sort.direction,
  });
  const rows = list.data?.rows;

  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const [changingStatus, setChangingStatus] = useState(false);
  const selectedRows = useMemo(() => (rows ?? []).filter((row) => selected.has(row.id)), [rows, selected]);

  const update = (change: Partial<Filters>) => setFilters((current) => ({ ...current, ...change }));
  const toggleStatus = (status: MeasureStatus, on: boolean) =>
    setFilters((current) => ({
      ...current,
      statuses: on ? MEASURE_STATUSES.filter((each) => each === status || current.statuses.includes(each)) : current.statuses.filter((each) => each !== status),
    }));
  const sortBy = (key: MeasureSortKey) =>
    setFilters((current) => ({
      ...current,
      sort: current.sort.key === key ? { key, direction: current.sort.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: FIRST_DIRECTION[key] ?? 'asc' },
    }));
  const filtersActive = filters.fieldId !== '' || filters.statuses.length > 0 || filters.lead !== '' || filters.tag !== '' || filters.text.trim() !== '';
  // Federführung, Schlagwort and Status wait behind "Weitere Filter"; the button counts those set.
  const moreActive = (filters.lead !== '' ? 1 : 0) + (filters.tag !== '' ? 1 : 0) + (filters.statuses.length > 0 ? 1 : 0);
  const more = useMoreFilters(moreActive > 0);

  const onToggle = useCallback((id: number, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const onToggleAll = (on: boolean) => setSelected(on ? new Set((rows ?? []).map((row) => row.id)) : new Set());

  const statusCounts = list.data?.statusCounts ?? {};
  const shown = list.data?.total ?? 0;
  const onlyStatusFilter = filters.fieldId === '' && filters.lead === '' && filters.tag === '' && text.trim() === '';
  const all = onlyStatusFilter ? Object.values(statusCounts).reduce((sum, count) => sum + (count ?? 0), 0) : Math.max(edition.measureCount, shown);

  const sortLabel = t(`measures.columns.${sortColumnLabel(filters.sort.key)}`);
  const caption = t('measures.table.caption', {
    edition: t('leitbild.editionPicker.option', { title: edition.title, from: edition.periodFrom, to: edition.periodTo }),
    column: sortLabel,
    direction: t(`measures.table.${filters.sort.direction}`),
  });

  const resetFilters = () => setFilters((current) => ({ ...NO_FILTERS, sort: current.sort }));
  const filterProps = { filters, fields: fields.data ?? [], leads: facets.data?.leads ?? [], tags: facets.data?.tags ?? [], statusCounts, onChange: update };

  return (
    <>
      <section className="card card--flush list-card measures-list" aria-labelledby="measures-list-title">
        <ListHeader
          titleId="measures-list-title"
          title={t('measures.table.title')}
          count={!list.data ? '' : filtersActive ? t('measures.countFiltered', { count: all, shown: formatNumber(shown) }) : t('measures.count', { count: shown })}
        >
          <FilterBar label={t('measures.filters.title')}>
            <MainFilters {...filterProps} />
            <MoreFiltersButton more={more} label={t('measures.filters.more')} activeCount={moreActive} />
            {filtersActive ? (
              <button type="button" className="button button--quiet button--small" onClick={resetFilters}>
                {t('measures.filters.reset')}
              </button>
            ) : null}
          </FilterBar>
          <SelectionBar
            count={selectedRows.length}
            onChangeStatus={() => {
              if (selectedRows.length > 0) setChangingStatus(true);
            }}
            onClear={() => setSelected(new Set())}
          />
        </ListHeader>
        <MoreMeasureFilters more={more} {...filterProps} onToggleStatus={toggleStatus} />
        {!list.data ? (
          <CallLoadState call={list} className="card__body" />
        ) : shown === 0 ? (
          filtersActive ? (
            <div className="card__body empty-state">
              <p className="empty-state__title">{t('measures.empty.filteredTitle')}</p>
              <p>{t('measures.empty.filteredText')}</p>
              <button type="button" className="button button--secondary" onClick={resetFilters}>
                {t('measures.filters.reset')}
              </button>
            </div>
          ) : (
            <div className="card__body empty-state">
              <p className="empty-state__title">{t('measures.empty.title')}</p>
              <p>{t('measures.empty.text')}</p>
              <p>
                <a href={href(paths.intake)}>{t('measures.empty.intakeLink')}</a>
              </p>
            </div>
          )
        ) : (
          <MeasuresTable
            rows={rows ?? []}
            caption={caption}
            sort={filters.sort}
            onSort={sortBy}
            selected={selected}
            onToggle={onToggle}
            onToggleAll={onToggleAll}
          />
        )}
      </section>

      {changingStatus ? (
        <StatusChangeDialog
          measures={selectedRows}
          onClose={() => setChangingStatus(false)}
          onChanged={() => {
            setSelected(new Set());
            list.reload();
          }}
        />
      ) : null}
      {creating && fields.data ? (
        <CreateMeasureDialog
          editionId={editionId}
          fields={fields.data}
          initialFieldId={filters.fieldId ? Number(filters.fieldId) : undefined}
          onClose={onCreateClosed}
          onCreated={(measure) => {
            onCreateClosed();
            reloadEditions();
            navigate(toPath(paths.measure, { id: measure.id }));
          }}
        />
      ) : null}
    </>
  );
}

const sortColumnLabel = (key: MeasureSortKey): string => (key === 'updated' ? 'updated' : key);

function SelectionBar({ count, onChangeStatus, onClear }: { count: number; onChangeStatus: () => void; onClear: () => void }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="selection-bar list-header__end" role="group" aria-label={t('measures.selection.label')}>
      {/* Until rows are chosen, only screen readers hear "none chosen – how to"; the row stays short. */}
      <p className={count > 0 ? 'selection-bar__text' : 'visually-hidden'} id={hintId}>
        {count > 0 ? t('measures.selection.count', { count }) : `${t('measures.selection.none')} ${t('measures.selection.howTo')}`}
      </p>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-disabled={count === 0 || undefined}
        aria-describedby={count === 0 ? hintId : undefined}
        onClick={onChangeStatus}
      >
        {t('measures.selection.changeStatus')}
      </button>
      {count > 0 ? (
        <button type="button" className="button button--quiet button--small" onClick={onClear}>
          {t('measures.selection.clear')}
        </button>
      ) : null}
    </div>
  );
}
