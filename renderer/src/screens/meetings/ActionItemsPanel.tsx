import { useTranslation } from 'react-i18next';
import { actionItemMeetingName } from './meeting-names';
import type { ActionItemDto, MeetingDto } from '../../../../contract';
import { formatDateShort } from '../../i18n/format';
import { ActionItemDue, DoneButton, useToggleDone } from './action-item-parts';
import { ActionItemForm } from './ActionItemForm';
import type { MeetingRunner } from './use-meeting-call';

interface ActionItemsPanelProps {
  readonly meeting: MeetingDto;
  readonly run: MeetingRunner;
  readonly readOnly: boolean;
  /** Marking done answers with the item only; the meeting is loaded again. */
  readonly onItemChanged: () => void;
}

/** The heading's id: "Springen zu" (Alt+3) moves the focus here. */
export const ACTION_ITEMS_HEADING_ID = 'meeting-action-items';

/** Aufgaben: those agreed here, the open ones carried over from earlier meetings, and a form for more. */
export function ActionItemsPanel({ meeting, run, readOnly, onItemChanged }: ActionItemsPanelProps) {
  const { t } = useTranslation();
  const titleId = ACTION_ITEMS_HEADING_ID;
  const toggle = useToggleDone(onItemChanged);
  return (
    <section className="card meeting-section" aria-labelledby={titleId}>
      <h2 className="card__title" id={titleId} tabIndex={-1}>
        {t('meetings.actionItems.title')}
      </h2>
      <h3 className="meeting-section__subtitle">{t('meetings.actionItems.ofThisMeeting')}</h3>
      {/* Approved minutes lock the action items except whether they are done. */}
      <ActionItemList items={meeting.actionItems} empty={t('meetings.actionItems.none')} onToggle={toggle} />
      <h3 className="meeting-section__subtitle">{t('meetings.actionItems.carried')}</h3>
      <ActionItemList items={meeting.carriedActionItems} empty={t('meetings.actionItems.noneCarried')} onToggle={toggle} showMeeting />
      {readOnly ? null : (
        <>
          <h3 className="meeting-section__subtitle">{t('meetings.actionItems.addTitle')}</h3>
          <ActionItemForm meeting={meeting} run={run} />
        </>
      )}
    </section>
  );
}

function ActionItemList({ items, empty, onToggle, showMeeting }: { items: readonly ActionItemDto[]; empty: string; onToggle?: (item: ActionItemDto) => void; showMeeting?: boolean }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="action-list">
      {items.map((item) => (
        <li key={item.id} className={`action-list__item${item.doneOn ? ' action-list__item--done' : ''}`}>
          <span className="action-list__title">{item.title}</span>
          <span className="action-list__meta">
            <span className="action-list__who">{item.assigneeName || t('common.emptyValue')}</span>
            <ActionItemDue item={item} withBy />
            {showMeeting ? <span className="action-list__from">{`${actionItemMeetingName(t, item)}, ${formatDateShort(item.meetingDate.slice(0, 10))}`}</span> : null}
          </span>
          {onToggle ? <DoneButton item={item} onToggle={onToggle} /> : null}
        </li>
      ))}
    </ul>
  );
}
