import { ExportChoiceButton, type ContactFileKind } from './ExportChoiceButton';
import { useTranslation } from 'react-i18next';
import { CONSENT_FILTERS, CONTACT_LIST_PAGE, ORGANIZATION_LIST_MAX } from '../../../../contract/contacts-constants';
import { useMemo, useState } from 'react';
import { useCall } from '../../api/use-call';
import { href, paths } from '../../app/paths';
import { useRoute } from '../../app/router';
import { FilterBar, FilterInput, FilterSelect, MoreFiltersButton, MoreFiltersPanel, useMoreFilters, type MoreFilters } from '../../components/filters';
import { ListHeader } from '../../components/ListHeader';
import { CallLoadState } from '../../components/LoadState';
import { usePagedRows } from '../../components/paged-list/use-paged-rows';
import { useDebounced } from '../measures/measure-helpers';
import { ContactsPage } from './ContactsPage';
import { ContactsTable } from './ContactsTable';
import { useOfferExport } from './use-offer-export';
import { useLiveReload } from '../../app/live-changes';

/** How long the search waits for typing to pause. */
export const CONTACT_SEARCH_DELAY_MS = 250;
/** Rows per page the table fetches as it scrolls. */
export const CONTACT_PAGE_SIZE = CONTACT_LIST_PAGE;

type Consent = (typeof CONSENT_FILTERS)[number];

interface Filters {
  readonly text: string;
  readonly category: string;
  readonly bodyId: string;
  readonly organizationId: string;
  readonly consent: Consent;
}

const NO_FILTERS: Filters = { text: '', category: '', bodyId: '', organizationId: '', consent: 'any' };

const idParam = (value: string | null) => (value && /^\d{1,9}$/.test(value) ? value : '');

/**
 * Kontakte: a list that starts with rows – search (without diacritics) and category in one bar,
 * the other filters behind "Weitere Filter", the virtualised list on the page's scroll, its exports.
 */
export function ContactsScreen() {
  const { t } = useTranslation();
  const offerExport = useOfferExport();
  const { query } = useRoute();
  // Links from the organisations and bodies open the list already filtered (`?organisation=3`).
  const [filters, setFilters] = useState<Filters>(() => ({ ...NO_FILTERS, organizationId: idParam(query.get('organisation')), bodyId: idParam(query.get('gremium')) }));
  const text = useDebounced(filters.text, CONTACT_SEARCH_DELAY_MS);
  const categories = useCall('contacts.categories', {});
  const bodies = useCall('bodies.list', {});
  const organizations = useCall('organizations.list', { limit: ORGANIZATION_LIST_MAX });
  const filter = useMemo(
    () => ({
      text,
      category: filters.category,
      bodyId: filters.bodyId ? Number(filters.bodyId) : undefined,
      organizationId: filters.organizationId ? Number(filters.organizationId) : undefined,
      consent: filters.consent,
    }),
    [text, filters.category, filters.bodyId, filters.organizationId, filters.consent],
  );
  const list = usePagedRows('contacts.list', filter, CONTACT_PAGE_SIZE);
  useLiveReload(list.reload, ['contact', 'organization', 'contact_organization', 'membership', 'body']);
  const total = list.total ?? 0;
  const active = filters.text.trim() !== '' || filters.category !== '' || filters.bodyId !== '' || filters.organizationId !== '' || filters.consent !== 'any';
  const update = (change: Partial<Filters>) => setFilters((current) => ({ ...current, ...change }));
  // Gremium, Organisation and Einwilligung wait behind "Weitere Filter"; the button counts those set.
  const moreActive = (filters.bodyId !== '' ? 1 : 0) + (filters.organizationId !== '' ? 1 : 0) + (filters.consent !== 'any' ? 1 : 0);
  const more = useMoreFilters(moreActive > 0);
  const lists = { categories: categories.data ?? [], bodies: bodies.data ?? [], organizations: organizations.data?.rows ?? [] };

  // Every contact the filter matches, however many (not just the rows loaded): streamed to a file.
  const exportAs = async (kind: ContactFileKind) => {
    if (total === 0) return;
    await offerExport({ kind, filter });
  };

  return (
    <ContactsPage
      title={t('contacts.title')}
      actions={
        // "Neu …" first, as on every list; the exports take the list as filtered.
        <>
          <a className="button button--primary" href={href(paths.contactNew)}>
            {t('contacts.create.open')}
          </a>
          <ExportChoiceButton
            label={t('contacts.export.open')}
            title={t('contacts.export.title')}
            choices={['contactsXlsx', 'contactsCsv', 'contactsVcard', 'contactsVcardZip']}
            disabled={total === 0}
            onExport={exportAs}
          />
        </>
      }
    >
      <section className="card card--flush list-card contacts-list" aria-labelledby="contacts-list-title">
        <ListHeader
          titleId="contacts-list-title"
          title={t('contacts.table.title')}
          count={list.total === undefined ? '' : t('contacts.count', { count: total })}
        >
          <FilterBar label={t('contacts.filters.title')}>
            <MainFilters filters={filters} {...lists} onChange={update} />
            <MoreFiltersButton more={more} label={t('contacts.filters.more')} activeCount={moreActive} />
            {active ? (
              <button type="button" className="button button--quiet button--small" onClick={() => setFilters(NO_FILTERS)}>
                {t('contacts.filters.reset')}
              </button>
            ) : null}
          </FilterBar>
        </ListHeader>
        <MoreContactFilters more={more} filters={filters} {...lists} onChange={update} />
        {list.total === undefined ? (
          <CallLoadState call={{ status: list.status, error: list.error, reload: list.reload }} className="card__body" />
        ) : total === 0 ? (
          <div className="card__body empty-state">
            <p className="empty-state__title">{active ? t('contacts.empty.filteredTitle') : t('contacts.empty.title')}</p>
            {active ? (
              <button type="button" className="button button--secondary" onClick={() => setFilters(NO_FILTERS)}>
                {t('contacts.filters.reset')}
              </button>
            ) : (
              <p>
                <a href={href(paths.contactsImport)}>{t('contacts.empty.importLink')}</a>
              </p>
            )}
          </div>
        ) : (
          <ContactsTable total={total} rowAt={list.rowAt} onWindow={list.show} caption={t('contacts.table.caption')} />
        )}
      </section>
    </ContactsPage>
  );
}

interface FilterControlsProps {
  readonly filters: Filters;
  readonly categories: readonly string[];
  readonly bodies: readonly { id: number; name: string }[];
  readonly organizations: readonly { id: number; name: string }[];
  onChange(change: Partial<Filters>): void;
}

/** Always in view: the search and the category. */
function MainFilters({ filters, categories, onChange }: FilterControlsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FilterInput
        type="search"
        label={t('contacts.filters.text')}
        placeholder={t('contacts.filters.textPlaceholder')}
        value={filters.text}
        className="filter-bar__search"
        onChange={(text) => onChange({ text })}
      />
      <FilterSelect label={t('contacts.filters.category')} value={filters.category} all={t('contacts.filters.allCategories')} className="filter-bar__select" onChange={(category) => onChange({ category })}>
        {categories.map((category) => (
          <option key={category} value={category}>
            {category}
          </option>
        ))}
      </FilterSelect>
    </>
  );
}

/** Behind "Weitere Filter": Gremium, Organisation, Einwilligung. */
function MoreContactFilters({ more, filters, bodies, organizations, onChange }: FilterControlsProps & { more: MoreFilters }) {
  const { t } = useTranslation();
  return (
    <MoreFiltersPanel more={more} label={t('contacts.filters.more')}>
      <FilterSelect label={t('contacts.filters.body')} value={filters.bodyId} all={t('contacts.filters.allBodies')} onChange={(bodyId) => onChange({ bodyId })}>
        {bodies.map((body) => (
          <option key={body.id} value={String(body.id)}>
            {body.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label={t('contacts.filters.organization')} value={filters.organizationId} all={t('contacts.filters.allOrganizations')} onChange={(organizationId) => onChange({ organizationId })}>
        {organizations.map((org) => (
          <option key={org.id} value={String(org.id)}>
            {org.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label={t('contacts.filters.consent')} value={filters.consent === 'any' ? '' : filters.consent} all={t('contacts.filters.anyConsent')} onChange={(consent) => onChange({ consent: (consent || 'any') as Consent })}>
        {CONSENT_FILTERS.filter((consent) => consent !== 'any').map((consent) => (
          <option key={consent} value={consent}>
            {t(`contacts.consentFilter.${consent}`)}
          </option>
        ))}
      </FilterSelect>
    </MoreFiltersPanel>
  );
}
