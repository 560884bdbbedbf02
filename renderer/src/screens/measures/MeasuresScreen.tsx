import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionSummaryDto, MeasureSortKey, MeasureStatus } from '../../../../contract';
import { MEASURE_STATUSES } from '../../../../contract/lifecycle';
import { MEASURE_PAGE_SIZE, MEASURE_SORT_KEYS, MEASURE_STATUS_CHANGE_MAX } from '../../../../contract/measures-constants';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { usePagedRows } from '../../components/paged-list/use-paged-rows';
import { useToasts } from '../../components/toasts';
import { errorText, useMessage } from '../../i18n/messages';
import { href, paths, toPath } from '../../app/paths';
import { navigate } from '../../app/router';
import { useEditions } from '../../leitbild/edition-context';
import { LeitbildPage } from '../../leitbild/LeitbildPage';
import { formatNumber } from '../../i18n/format';
import { CreateMeasureDialog } from './CreateMeasureDialog';
import { isRecord, readStored, useDebounced, writeStored } from './measure-helpers';
import { MainFilters, MoreMeasureFilters, type Filters } from './MeasureFilters';
import { MeasuresTable, type Sort } from './MeasuresTable';
import { StatusChangeDialog, type StatusSubject } from './StatusChangeDialog';
import './measures.css';
import { FilterBar, MoreFiltersButton, useMoreFilters } from '../../components/filters';
import { ListHeader } from '../../components/ListHeader';
import { CallLoadState } from '../../components/LoadState';
import { useLiveReload } from '../../app/live-changes';

/** What the measures list shows comes from these tables (the counts follow them). */
const MEASURE_LIST_TABLES = ['measure', 'measure_tag', 'field_of_action', 'edition'];

/** How long the search field waits for typing to pause before it filters. */
export const SEARCH_DELAY_MS = 250;

const NO_FILTERS: Filters = { fieldId: '', statuses: [], lead: '', tag: '', text: '', sort: { key: 'code', direction: 'asc' } };

/** Numbers read best from the top down: the first click on "Punkte" shows the most points first. */
const FIRST_DIRECTION: Partial<Record<MeasureSortKey, Sort['direction']>> = { priority: 'desc', updated: 'desc' };

/** The status dialog names the chosen measures in number order ("AB-2" before "AB-10"). */
const byCode = new Intl.Collator('de', { numeric: true });

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
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  const editionId = edition.id;

  // The filters last for the browser session, so "Zurück zur Liste" finds them as they were.
  const [filters, setFilters] = useState<Filters>(() => readStored('session', storageKey(editionId), isFilters) ?? NO_FILTERS);
  useEffect(() => writeStored('session', storageKey(editionId), filters), [editionId, filters]);
  const text = useDebounced(filters.text, SEARCH_DELAY_MS);

  // The edition's total (for "37 von 40") changes when measures are added elsewhere.
  useEffect(() => reloadEditions(), [reloadEditions]);

  const fields = useCall('fieldsOfAction.list', { editionId });
  const facets = useCall('measures.facets', { editionId });
  const filter = useMemo(
    () => ({
      editionId,
      fieldOfActionIds: filters.fieldId ? [Number(filters.fieldId)] : [],
      statuses: [...filters.statuses],
      lead: filters.lead,
      tag: filters.tag,
      text,
    }),
    [editionId, filters.fieldId, filters.statuses, filters.lead, filters.tag, text],
  );
  const sorted = useMemo(() => ({ ...filter, sortKey: filters.sort.key, sortDirection: filters.sort.direction }), [filter, filters.sort]);
  // The table fetches the pages it shows; counts come with every page.
  const list = usePagedRows('measures.list', sorted, MEASURE_PAGE_SIZE);
  // A colleague's change on the shared server shows without a reload (the rows stay until the new ones are there).
  useLiveReload(list.reload, MEASURE_LIST_TABLES);

  // Chosen measures with what a status change needs; a new filter starts a new choice.
  const [selected, setSelected] = useState<ReadonlyMap<number, StatusSubject>>(() => new Map());
  const [selectAllRefused, setSelectAllRefused] = useState<number | null>(null);
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    setSelected(new Map());
    setSelectAllRefused(null);
  }, [filterKey]);
  // A measure ticked while the list still showed its rows from before a change (they stay until the
  // new ones arrive) keeps the status it has now, not the one shown then: the status dialog offers
  // what is allowed from there.
  const { loadedRows } = list;
  useEffect(() => {
    setSelected((current) => {
      if (current.size === 0) return current;
      let next: Map<number, StatusSubject> | null = null;
      for (const row of loadedRows()) {
        const chosen = current.get(row.id);
        if (chosen && chosen.status !== row.status) (next ??= new Map(current)).set(row.id, { ...chosen, status: row.status });
      }
      return next ?? current;
    });
  }, [loadedRows]);
  const [changingStatus, setChangingStatus] = useState(false);
  const selectedRows = useMemo(() => [...selected.values()].sort((a, b) => byCode.compare(a.code, b.code)), [selected]);

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

  const onToggle = useCallback((row: StatusSubject, on: boolean) => {
    setSelected((current) => {
      const next = new Map(current);
      if (on) next.set(row.id, { id: row.id, code: row.code, title: row.title, status: row.status });
      else next.delete(row.id);
      return next;
    });
  }, []);
  // "Alle gefilterten auswählen" takes the whole filter, not only the pages loaded.
  const onToggleAll = async (on: boolean) => {
    setSelectAllRefused(null);
    if (!on) return setSelected(new Map());
    const result = await api.call('measures.listIds', sorted);
    if (!result.ok) return toasts.error(errorText(message, result.error));
    if (result.data.rows.length < result.data.total) return setSelectAllRefused(result.data.total);
    setSelected(new Map(result.data.rows.map((row) => [row.id, row])));
  };

  const statusCounts = list.latest?.statusCounts ?? {};
  const shown = list.total ?? 0;
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
          count={list.total === undefined ? '' : filtersActive ? t('measures.countFiltered', { count: all, shown: formatNumber(shown) }) : t('measures.count', { count: shown })}
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
            refusedAll={selectAllRefused}
            onChangeStatus={() => {
              if (selectedRows.length > 0) setChangingStatus(true);
            }}
            onClear={() => {
              setSelected(new Map());
              setSelectAllRefused(null);
            }}
          />
        </ListHeader>
        <MoreMeasureFilters more={more} {...filterProps} onToggleStatus={toggleStatus} />
        {list.total === undefined ? (
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
            total={shown}
            rowAt={list.rowAt}
            onShow={list.show}
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
            setSelected(new Map());
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

function SelectionBar({ count, refusedAll, onChangeStatus, onClear }: { count: number; refusedAll: number | null; onChangeStatus: () => void; onClear: () => void }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="selection-bar list-header__end" role="group" aria-label={t('measures.selection.label')}>
      {/* More than one change may take: said where the choice was made, with the way out. */}
      <p className={refusedAll === null ? 'visually-hidden' : 'selection-bar__text selection-bar__refusal'} role="alert">
        {refusedAll === null ? '' : t('measures.selection.tooManyForAll', { count: refusedAll, max: MEASURE_STATUS_CHANGE_MAX })}
      </p>
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
