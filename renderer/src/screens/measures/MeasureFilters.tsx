import { useTranslation } from 'react-i18next';
import type { MeasureStatus } from '../../../../contract';
import { MEASURE_STATUSES } from '../../../../contract/lifecycle';
import { FilterInput, FilterSelect, MoreFiltersPanel, type MoreFilters } from '../../components/filters';
import { formatNumber } from '../../i18n/format';
import type { Sort } from './MeasuresTable';

/** What narrows the measures list (kept for the browser session, see MeasuresScreen). */
export interface Filters {
  readonly fieldId: string;
  readonly statuses: readonly MeasureStatus[];
  readonly lead: string;
  readonly tag: string;
  readonly text: string;
  readonly sort: Sort;
}

interface FilterControlsProps {
  readonly filters: Filters;
  readonly fields: readonly { id: number; name: string }[];
  readonly leads: readonly string[];
  readonly tags: readonly string[];
  readonly statusCounts: Readonly<Partial<Record<MeasureStatus, number>>>;
  onChange(change: Partial<Filters>): void;
}

/** Always in view: the search and the field of action. */
export function MainFilters({ filters, fields, onChange }: FilterControlsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FilterInput
        type="search"
        label={t('measures.filters.text')}
        placeholder={t('measures.filters.textPlaceholder')}
        value={filters.text}
        className="filter-bar__search"
        onChange={(text) => onChange({ text })}
      />
      <FilterSelect label={t('measures.filters.field')} value={filters.fieldId} all={t('measures.filters.allFields')} className="filter-bar__select" onChange={(fieldId) => onChange({ fieldId })}>
        {fields.map((field) => (
          <option key={field.id} value={String(field.id)}>
            {field.name}
          </option>
        ))}
      </FilterSelect>
    </>
  );
}

/** Behind "Weitere Filter": Federführung, Schlagwort and the statuses with their counts. */
export function MoreMeasureFilters({ more, filters, leads, tags, statusCounts, onChange, onToggleStatus }: FilterControlsProps & { more: MoreFilters; onToggleStatus(status: MeasureStatus, on: boolean): void }) {
  const { t } = useTranslation();
  // A stored choice that is no longer offered (a lead renamed) still shows, so it can be undone.
  const leadOptions = filters.lead && !leads.includes(filters.lead) ? [filters.lead, ...leads] : leads;
  const tagOptions = filters.tag && !tags.includes(filters.tag) ? [filters.tag, ...tags] : tags;
  return (
    <MoreFiltersPanel more={more} label={t('measures.filters.more')}>
      <FilterSelect label={t('measures.filters.lead')} value={filters.lead} all={t('measures.filters.allLeads')} onChange={(lead) => onChange({ lead })}>
        {leadOptions.map((lead) => (
          <option key={lead} value={lead}>
            {lead}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label={t('measures.filters.tag')} value={filters.tag} all={t('measures.filters.allTags')} onChange={(tag) => onChange({ tag })}>
        {tagOptions.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </FilterSelect>
      <fieldset className="status-filter">
        <legend className="field__label">{t('measures.filters.status')}</legend>
        <p className="field__hint status-filter__hint">{t('measures.filters.statusHint')}</p>
        <div className="status-filter__options">
          {MEASURE_STATUSES.map((status) => {
            const count = statusCounts[status] ?? 0;
            const checked = filters.statuses.includes(status);
            return (
              <label key={status} className={`status-filter__option${checked ? ' status-filter__option--checked' : ''}${count === 0 ? ' status-filter__option--empty' : ''}`}>
                <input type="checkbox" checked={checked} onChange={(event) => onToggleStatus(status, event.target.checked)} />
                <span>{t(`status.measure.${status}`)}</span>{' '}
                <span className="status-filter__count">{t('measures.filters.statusCount', { n: formatNumber(count) })}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
    </MoreFiltersPanel>
  );
}
