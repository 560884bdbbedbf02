import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionItemMeetingName } from './meeting-names';
import { useCall } from '../../api/use-call';
import { href, paths, toPath } from '../../app/paths';
import { BackLink } from '../../components/BackLink';
import { CallLoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { formatDateShort } from '../../i18n/format';
import { ActionItemDue, DoneButton, useToggleDone } from './action-item-parts';
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
  const list = useCall('actionItems.list', { bodyId: bodyId ? Number(bodyId) : undefined, state, today: todayLocal() });
  const toggle = useToggleDone(() => list.reload());
  const items = list.data ?? [];

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
        {list.data ? t('meetings.actionItems.count', { count: items.length }) : ''}
      </p>
      {!list.data ? (
        <CallLoadState call={list} className="card" />
      ) : items.length === 0 ? (
        <p className="card muted">{t('meetings.actionItems.empty')}</p>
      ) : (
        <div className="card card--flush table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('meetings.actionItems.overviewTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.actionItems.what')}</th>
                <th scope="col">{t('meetings.actionItems.who')}</th>
                <th scope="col">{t('meetings.actionItems.due')}</th>
                <th scope="col">{t('meetings.actionItems.from')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('meetings.actionItems.state')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} className={item.overdue && !item.doneOn ? 'action-row--overdue' : undefined}>
                  <th scope="row" className="table__name">
                    {item.title}
                  </th>
                  <td>{item.assigneeName || t('common.emptyValue')}</td>
                  <td>
                    <ActionItemDue item={item} />
                  </td>
                  <td>
                    <a href={href(toPath(paths.meeting, { id: item.meetingId }))}>{actionItemMeetingName(t, item)}</a>
                    <span className="meetings-table__kind">
                      {/* The body only when the meeting's title does not already name it. */}
                      {[actionItemMeetingName(t, item).includes(item.bodyName) ? '' : item.bodyName, formatDateShort(item.meetingDate.slice(0, 10))].filter(Boolean).join(', ')}
                    </span>
                  </td>
                  <td>
                    <DoneButton item={item} onToggle={(each) => void toggle(each)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
