import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_FILTERS } from '../../../../contract/contacts';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { href, paths } from '../../app/paths';
import { useRoute } from '../../app/router';
import { FilterCard, FilterInput, FilterSelect } from '../../components/filters';
import { ListHeader } from '../../components/ListHeader';
import { CallLoadState } from '../../components/LoadState';
import { formatNumber } from '../../i18n/format';
import { useDebounced } from '../measures/measure-helpers';
import { ContactsPage } from './ContactsPage';
import { ContactsTable } from './ContactsTable';
import { useOfferExport } from './use-offer-export';

/** How long the search waits for typing to pause. */
export const CONTACT_SEARCH_DELAY_MS = 250;
/** The list loads this many rows at most; the total says how many matched. */
export const CONTACT_LIST_LIMIT = 25_000;

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

/** Kontakte: search (without diacritics), filters, the virtualised list and its exports. */
export function ContactsScreen() {
  const { t } = useTranslation();
  const api = useApi();
  const offerExport = useOfferExport();
  const { query } = useRoute();
  // Links from the organisations and bodies open the list already filtered (`?organisation=3`).
  const [filters, setFilters] = useState<Filters>(() => ({ ...NO_FILTERS, organizationId: idParam(query.get('organisation')), bodyId: idParam(query.get('gremium')) }));
  const text = useDebounced(filters.text, CONTACT_SEARCH_DELAY_MS);
  const categories = useCall('contacts.categories', {});
  const bodies = useCall('bodies.list', {});
  const organizations = useCall('organizations.list', {});
  const list = useCall('contacts.list', {
    text,
    category: filters.category,
    bodyId: filters.bodyId ? Number(filters.bodyId) : undefined,
    organizationId: filters.organizationId ? Number(filters.organizationId) : undefined,
    consent: filters.consent,
    limit: CONTACT_LIST_LIMIT,
  });
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const active = filters.text.trim() !== '' || filters.category !== '' || filters.bodyId !== '' || filters.organizationId !== '' || filters.consent !== 'any';
  const update = (change: Partial<Filters>) => setFilters((current) => ({ ...current, ...change }));

  const exportAs = async (kind: 'csv' | 'vcard') => {
    const ids = rows.map((row) => row.id);
    if (ids.length === 0) return;
    offerExport(kind === 'csv' ? await api.call('contacts.exportCsv', { ids: active ? ids : undefined }) : await api.call('contacts.exportVcard', { ids }));
  };

  return (
    <ContactsPage title={t('contacts.title')} intro={<p>{t('contacts.intro')}</p>}>
      <FiltersCard
        filters={filters}
        active={active}
        categories={categories.data ?? []}
        bodies={bodies.data ?? []}
        organizations={organizations.data ?? []}
        onChange={update}
        onReset={() => setFilters(NO_FILTERS)}
      />
      <section className="card card--flush contacts-list" aria-labelledby="contacts-list-title">
        <ListHeader
          titleId="contacts-list-title"
          title={t('contacts.table.title')}
          count={!list.data ? '' : rows.length < total ? t('contacts.countLimited', { shown: formatNumber(rows.length), count: total }) : t('contacts.count', { count: total })}
        >
          <div className="contacts-list__actions">
            <button type="button" className="button button--secondary button--small" disabled={rows.length === 0} onClick={() => void exportAs('csv')}>
              {t('contacts.export.csv')}
            </button>
            <button type="button" className="button button--secondary button--small" disabled={rows.length === 0} onClick={() => void exportAs('vcard')}>
              {t('contacts.export.vcard')}
            </button>
            <a className="button button--primary" href={href(paths.contactNew)}>
              {t('contacts.create.open')}
            </a>
          </div>
        </ListHeader>
        {!list.data ? (
          <CallLoadState call={list} className="card__body" />
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
          <ContactsTable rows={rows} caption={t('contacts.table.caption')} />
        )}
      </section>
    </ContactsPage>
  );
}

interface FiltersCardProps {
  readonly filters: Filters;
  readonly active: boolean;
  readonly categories: readonly string[];
  readonly bodies: readonly { id: number; name: string }[];
  readonly organizations: readonly { id: number; name: string }[];
  onChange(change: Partial<Filters>): void;
  onReset(): void;
}

function FiltersCard({ filters, active, categories, bodies, organizations, onChange, onReset }: FiltersCardProps) {
  const { t } = useTranslation();
  return (
    <FilterCard title={t('contacts.filters.title')} active={active} resetLabel={t('contacts.filters.reset')} onReset={onReset} className="cfilters">
      <div className="contacts-filters">
        <FilterInput
          type="search"
          label={t('contacts.filters.text')}
          hint={t('contacts.filters.textHint')}
          value={filters.text}
          className="contacts-filters__search"
          onChange={(text) => onChange({ text })}
        />
        <FilterSelect label={t('contacts.filters.category')} value={filters.category} all={t('contacts.filters.allCategories')} onChange={(category) => onChange({ category })}>
          {categories.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </FilterSelect>
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
      </div>
    </FilterCard>
  );
}
