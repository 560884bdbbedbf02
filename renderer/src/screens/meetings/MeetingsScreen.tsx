import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingName } from './meeting-names';
import type { CallInput, MeetingKind, MeetingRowDto, MeetingState } from '../../../../contract';
import { MEETING_KINDS } from '../../../../contract/meetings/kinds';
import { MEETING_STATES } from '../../../../contract/meetings/meetings-constants';
import { useApi } from '../../api/api-context';
import { href, paths, toPath } from '../../app/paths';
import { navigate } from '../../app/router';
import { FilterCard, FilterInput, FilterSelect } from '../../components/filters';
import { CallLoadState, LoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { formatNumber } from '../../i18n/format';
import { errorText, useMessage } from '../../i18n/messages';
import { useDebounced } from '../measures/measure-helpers';
import { BacklogMeetingDialog } from './BacklogMeetingDialog';
import { meetingWhen, nowLocal } from './meeting-format';
import { useMeetingPeople } from './meeting-people';
import { NewMeetingDialog } from './NewMeetingDialog';
import { MeetingStateBadge } from './MeetingStateBadge';
import { useLoadMore, type LoadMoreList } from './paging/use-load-more';
import './meetings.css';

/** Meetings per group shown at first and added by "Weitere Sitzungen laden". */
export const MEETINGS_PAGE = 25;

/** How long the search field waits for typing to pause. */
export const SEARCH_DELAY_MS = 250;

interface Filters {
  readonly bodyId: string;
  readonly kind: string;
  readonly state: string;
  readonly from: string;
  readonly to: string;
  readonly text: string;
}

const NO_FILTERS: Filters = { bodyId: '', kind: '', state: '', from: '', to: '', text: '' };

/** Sitzungen: upcoming first, then the past; filters above, and the ways to plan a new one. */
export function MeetingsScreen() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [dialog, setDialog] = useState<'new' | 'backlog' | null>(null);
  const text = useDebounced(filters.text, SEARCH_DELAY_MS);
  // Which meetings count as upcoming is decided once, when the screen opens.
  const [now] = useState(() => nowLocal());
  const filter = {
    bodyId: filters.bodyId ? Number(filters.bodyId) : undefined,
    kind: (filters.kind || undefined) as MeetingKind | undefined,
    state: (filters.state || undefined) as MeetingState | undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    text,
    now,
  };
  const upcoming = useMeetingGroup({ ...filter, when: 'upcoming' });
  const past = useMeetingGroup({ ...filter, when: 'past' });
  const active = Object.values(filters).some((value) => value.trim() !== '');
  const total = upcoming.total === undefined || past.total === undefined ? undefined : upcoming.total + past.total;
  const opened = (id: number) => navigate(toPath(paths.meeting, { id }));

  return (
    <Page
      title={t('meetings.title')}
      intro={<p>{t('meetings.intro')}</p>}
      actions={
        // Beside the heading, as "Neue Maßnahme" and "Neuer Kontakt" are on their lists.
        <>
          <button type="button" className="button button--primary" onClick={() => setDialog('new')}>
            {t('meetings.list.newMeeting')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setDialog('backlog')}>
            {t('meetings.list.fromBacklog')}
          </button>
        </>
      }
    >
      <div className="meetings-actions">
        <a className="link-arrow" href={href(paths.actionItems)}>
          {t('meetings.list.actionItemsLink')}
        </a>
      </div>
      <MeetingFilters filters={filters} active={active} onChange={(change) => setFilters((current) => ({ ...current, ...change }))} onReset={() => setFilters(NO_FILTERS)} />
      <p className="meetings-count" role="status">
        {total === undefined ? '' : t('meetings.list.count', { count: total, formatted: formatNumber(total) })}
      </p>
      {total === undefined ? (
        <CallLoadState call={upcoming.total === undefined ? upcoming : past} className="card" />
      ) : total === 0 ? (
        <div className="card empty-state">
          <p className="empty-state__title">{t(active ? 'meetings.list.filteredEmptyTitle' : 'meetings.list.emptyTitle')}</p>
          <p>{t(active ? 'meetings.list.filteredEmptyText' : 'meetings.list.emptyText')}</p>
        </div>
      ) : (
        <>
          <MeetingTable title={t('meetings.list.upcoming')} empty={t('meetings.list.noneUpcoming')} group={upcoming} />
          <MeetingTable title={t('meetings.list.past')} empty={t('meetings.list.nonePast')} group={past} />
        </>
      )}
      {dialog === 'new' ? <NewMeetingDialog onClose={() => setDialog(null)} onCreated={(meeting) => opened(meeting.id)} /> : null}
      {dialog === 'backlog' ? <BacklogMeetingDialog onClose={() => setDialog(null)} onCreated={(meeting) => opened(meeting.id)} /> : null}
    </Page>
  );
}

/** "Sitzung der Arbeitsgruppe · 8 TOPs"; the body only when the title does not name it already. */
function meetingLine(t: TFunction, row: MeetingRowDto): string {
  const body = row.bodyName && !meetingName(t, row).includes(row.bodyName) ? row.bodyName : '';
  return [t(`meetings.kind.${row.kind}`), body, t('meetings.list.itemCount', { count: row.agendaItemCount })].filter(Boolean).join(' · ');
}

type GroupFilter = Omit<CallInput<'meetings.list'>, 'offset' | 'limit'>;

/** One group of the list (upcoming or past), a page at a time; its total comes from the main side. */
function useMeetingGroup(filter: GroupFilter): LoadMoreList<MeetingRowDto> {
  const api = useApi();
  return useLoadMore<MeetingRowDto>(JSON.stringify(filter), (offset, limit) => api.call('meetings.list', { ...filter, offset, limit }), MEETINGS_PAGE);
}

function MeetingTable({ title, empty, group }: { title: string; empty: string; group: LoadMoreList<MeetingRowDto> }) {
  const { t } = useTranslation();
  const titleId = useId();
  const { rows } = group;
  const total = group.total ?? 0;
  return (
    <section className="card card--flush meetings-group" aria-labelledby={titleId}>
      <h2 className="card__title meetings-group__title" id={titleId}>
        {title} <span className="muted">({formatNumber(total)})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="card__body muted">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table meetings-table">
            <caption className="visually-hidden">{t('meetings.list.caption', { group: title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.list.columns.date')}</th>
                <th scope="col">{t('meetings.list.columns.title')}</th>
                <th scope="col">{t('meetings.list.columns.place')}</th>
                <th scope="col">{t('meetings.list.columns.state')}</th>
                <th scope="col" className="table__num">
                  {t('meetings.list.columns.openActionItems')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="meetings-table__when">{meetingWhen(t, row.startsAt, row.endsAt)}</td>
                  <th scope="row" className="table__name">
                    <a href={href(toPath(paths.meeting, { id: row.id }))}>{meetingName(t, row)}</a>
                    <span className="meetings-table__kind">{meetingLine(t, row)}</span>
                  </th>
                  <td>{row.place || t('common.emptyValue')}</td>
                  <td>
                    <MeetingStateBadge state={row.state} />
                  </td>
                  <td className="table__num">{formatNumber(row.openActionItemCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MoreMeetings group={group} />
    </section>
  );
}

/** "20 von 18.000 angezeigt" and the button for the next page, below the group's table; a failed page offers to try again. */
function MoreMeetings({ group }: { group: LoadMoreList<MeetingRowDto> }) {
  const { t } = useTranslation();
  const message = useMessage();
  const total = group.total ?? 0;
  if (group.status === 'failed' && group.rows.length > 0) {
    return <LoadState className="card__body" failed message={group.error ? errorText(message, group.error) : undefined} onRetry={group.loadMore} />;
  }
  if (group.rows.length >= total) return null;
  return (
    <div className="card__body meetings-more">
      <p className="muted">{t('meetings.list.shown', { shown: formatNumber(group.rows.length), total: formatNumber(total) })}</p>
      <button type="button" className="button button--secondary" disabled={group.loadingMore} onClick={group.loadMore}>
        {group.loadingMore ? t('common.loading') : t('meetings.list.loadMore')}
      </button>
    </div>
  );
}

interface MeetingFiltersProps {
  readonly filters: Filters;
  readonly active: boolean;
  onChange(change: Partial<Filters>): void;
  onReset(): void;
}

function MeetingFilters({ filters, active, onChange, onReset }: MeetingFiltersProps) {
  const { t } = useTranslation();
  const { bodies } = useMeetingPeople();
  return (
    <FilterCard title={t('meetings.filters.title')} active={active} resetLabel={t('meetings.filters.reset')} onReset={onReset} className="meetings-filters">
      <div className="filters__grid meetings-filters__grid">
        <FilterInput type="search" label={t('meetings.filters.text')} placeholder={t('meetings.filters.textPlaceholder')} value={filters.text} onChange={(text) => onChange({ text })} />
        <FilterSelect label={t('meetings.filters.body')} value={filters.bodyId} all={t('meetings.filters.allBodies')} onChange={(bodyId) => onChange({ bodyId })}>
          {bodies.map((body) => (
            <option key={body.id} value={String(body.id)}>
              {body.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t('meetings.filters.kind')} value={filters.kind} all={t('meetings.filters.allKinds')} onChange={(kind) => onChange({ kind })}>
          {MEETING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`meetings.kind.${kind}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t('meetings.filters.state')} value={filters.state} all={t('meetings.filters.allStates')} onChange={(state) => onChange({ state })}>
          {MEETING_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`meetings.state.${state}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterInput type="date" label={t('meetings.filters.from')} value={filters.from} onChange={(from) => onChange({ from })} />
        <FilterInput type="date" label={t('meetings.filters.to')} value={filters.to} onChange={(to) => onChange({ to })} />
      </div>
    </FilterCard>
  );
}
