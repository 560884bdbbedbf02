import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/paths';
import { BackLink } from '../../components/BackLink';
import { CallLoadState } from '../../components/LoadState';
import { usePagedRows } from '../../components/paged-list/use-paged-rows';
import { Page } from '../../components/Page';
import { formatNumber } from '../../i18n/format';
import { useToggleDone } from './action-item-parts';
import { ACTION_ITEMS_PAGE, ActionItemsTable } from './ActionItemsTable';
import { todayLocal } from './meeting-format';
import { useMeetingPeople } from './meeting-people';
import './meetings.css';

const STATES = ['open', 'overdue', 'done', 'all'] as const;
type StateFilter = (typeof STATES)[number];

/** Aufgaben aus allen Sitzungen: open ones first, by body and state; overdue said in words. */
export function ActionItemsScreen() {
  const { t } = useTranslation();
  const id = useId();
  const { bodies } = useMeetingPeople();
  const [bodyId, setBodyId] = useState('');
  const [state, setState] = useState<StateFilter>('open');
  const today = todayLocal();
  const filter = { bodyId: bodyId ? Number(bodyId) : undefined, state, today };
  const list = usePagedRows('actionItems.list', filter, ACTION_ITEMS_PAGE);
  const toggle = useToggleDone(() => list.reload());

  return (
    <Page title={t('meetings.actionItems.overviewTitle')} breadcrumb={t('meetings.page.breadcrumb')} intro={<p>{t('meetings.actionItems.overviewIntro')}</p>}>
      <BackLink to={paths.sessions} label={t('meetings.page.backToList')} />
      <section className="card filters" aria-labelledby={`${id}-filters`}>
        <h2 className="filters__title" id={`${id}-filters`}>
          {t('meetings.filters.title')}
        </h2>
        <div className="filters__grid action-filters">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-body`}>
              {t('meetings.actionItems.filterBody')}
            </label>
            <select id={`${id}-body`} className="field__control" value={bodyId} onChange={(event) => setBodyId(event.target.value)}>
              <option value="">{t('meetings.filters.allBodies')}</option>
              {bodies.map((body) => (
                <option key={body.id} value={String(body.id)}>
                  {body.name}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="action-filters__state">
            <legend className="field__label">{t('meetings.actionItems.filterState')}</legend>
            <div className="segmented">
              {STATES.map((each) => (
                <label key={each} className={`segmented__option${state === each ? ' segmented__option--checked' : ''}`}>
                  <input type="radio" name={`${id}-state`} value={each} checked={state === each} onChange={() => setState(each)} />
                  <span>{t(`meetings.actionItems.states.${each}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      </section>
      <p className="meetings-count" role="status">
        {list.total === undefined ? '' : t('meetings.actionItems.count', { count: list.total, formatted: formatNumber(list.total) })}
      </p>
      {list.total === undefined ? (
        <CallLoadState call={list} className="card" />
      ) : list.total === 0 ? (
        <p className="card muted">{t('meetings.actionItems.empty')}</p>
      ) : (
        <ActionItemsTable list={list} onToggle={(item) => void toggle(item)} />
      )}
    </Page>
  );
}
