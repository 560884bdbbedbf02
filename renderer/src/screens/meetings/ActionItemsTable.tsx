import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItemDto } from '../../../../contract';
import { href, paths, toPath } from '../../app/paths';
import { SpacerRow, useRowKeys, useVirtualRows } from '../../components/virtual-rows';
import { formatDateShort } from '../../i18n/format';
import { ActionItemDue, DoneButton } from './action-item-parts';
import { actionItemMeetingName } from './meeting-names';
import type { PagedRows } from '../../components/paged-list/use-paged-rows';

/** Rows asked for at once; a screen of rows plus the overscan fits in one or two pages. */
export const ACTION_ITEMS_PAGE = 100;
const ROW_HEIGHT = 64;
const OVERSCAN = 8;
const COLUMN_COUNT = 5;

/**
 * All tasks of the selection in one table that scrolls with the page; only the rows in view are
 * in the DOM, and only their pages are loaded. Rows still on their way show "Wird geladen …".
 */
export function ActionItemsTable({ list, onToggle }: { list: PagedRows<'actionItems.list'>; onToggle: (item: ActionItemDto) => void }) {
  const { t } = useTranslation();
  const total = list.total ?? 0;
  // The virtualiser gets the count and looks rows up: no list as long as the total per page arrival.
  const { rowAt, show } = list;
  const { body, virtualizer, items, padTop, padBottom, measure } = useVirtualRows(total, rowAt, ROW_HEIGHT, OVERSCAN);
  const onKeyDown = useRowKeys(total, virtualizer, body);
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => show(first, last), [show, first, last]);

  return (
    <div className="card card--flush table-wrap">
      <table className="table action-table" aria-rowcount={total + 1}>
        <caption className="visually-hidden">{t('meetings.actionItems.overviewTitle')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('meetings.actionItems.what')}</th>
            <th scope="col">{t('meetings.actionItems.who')}</th>
            <th scope="col">{t('meetings.actionItems.due')}</th>
            <th scope="col">{t('meetings.actionItems.from')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('meetings.actionItems.state')}</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={onKeyDown}>
          <SpacerRow height={padTop} columns={COLUMN_COUNT} className="action-table__spacer" />
          {items.map(({ index }) => {
            const item = rowAt(index);
            return item ? (
              <ActionItemRow key={item.id} item={item} index={index} measure={measure} onToggle={onToggle} />
            ) : (
              <tr key={`loading-${index}`} ref={measure} data-index={index} aria-rowindex={index + 2} aria-busy="true">
                <td colSpan={COLUMN_COUNT} className="muted">
                  {t('meetings.actionItems.loadingRow')}
                </td>
              </tr>
            );
          })}
          <SpacerRow height={padBottom} columns={COLUMN_COUNT} className="action-table__spacer" />
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  readonly item: ActionItemDto;
  readonly index: number;
  readonly measure: (element: HTMLTableRowElement | null) => void;
  onToggle(item: ActionItemDto): void;
}

function ActionItemRow({ item, index, measure, onToggle }: RowProps) {
  const { t } = useTranslation();
  const meeting = actionItemMeetingName(t, item);
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={item.overdue && !item.doneOn ? 'action-row--overdue' : undefined}>
      <th scope="row" className="table__name">
        {item.title}
      </th>
      <td>{item.assigneeName || t('common.emptyValue')}</td>
      <td>
        <ActionItemDue item={item} />
      </td>
      <td>
        <a href={href(toPath(paths.meeting, { id: item.meetingId }))} data-row-index={index}>
          {meeting}
        </a>
        <span className="meetings-table__kind">
          {/* The body only when the meeting's title does not already name it. */}
          {[meeting.includes(item.bodyName) ? '' : item.bodyName, formatDateShort(item.meetingDate.slice(0, 10))].filter(Boolean).join(', ')}
        </span>
      </td>
      <td>
        <DoneButton item={item} onToggle={onToggle} />
      </td>
    </tr>
  );
}
