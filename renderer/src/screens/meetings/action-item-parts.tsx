import { useTranslation } from 'react-i18next';
import type { ActionItemDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useToasts } from '../../components/toasts';
import { formatDateShort } from '../../i18n/format';
import { errorText, useMessage } from '../../i18n/messages';
import { todayLocal } from './meeting-format';

/**
 * "bis 30.11.2026 – überfällig": overdue is said in words, the colour only repeats it. Under a
 * "Bis wann" column header the date stands alone.
 */
export function ActionItemDue({ item, withBy = false }: { item: ActionItemDto; withBy?: boolean }) {
  const { t } = useTranslation();
  if (item.doneOn) return <span className="action-due action-due--done">{t('meetings.actionItems.doneOn', { date: formatDateShort(item.doneOn) })}</span>;
  const due = item.dueOn ? formatDateShort(item.dueOn) : null;
  return (
    <span className={item.overdue ? 'action-due action-due--overdue' : 'action-due'}>
      {due === null ? t('meetings.actionItems.noDue') : withBy ? t('meetings.actionItems.dueBy', { date: due }) : due}
      {item.overdue ? <strong className="action-due__flag"> – {t('meetings.actionItems.overdue')}</strong> : null}
    </span>
  );
}

/** "Erledigt" / "Wieder öffnen": actionItems.update with the other fields as they are. */
export function useToggleDone(onChanged: (item: ActionItemDto) => void) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  return async (item: ActionItemDto) => {
    const doneOn = item.doneOn ? null : todayLocal();
    const result = await api.call('actionItems.update', {
      id: item.id,
      title: item.title,
      assigneeContactId: item.assigneeContactId,
      assigneeName: item.assigneeName,
      dueOn: item.dueOn,
      doneOn,
    });
    if (!result.ok) {
      toasts.error(errorText(message, result.error));
      return;
    }
    toasts.success(t(doneOn ? 'meetings.actionItems.markedDone' : 'meetings.actionItems.reopened', { title: item.title }));
    onChanged(result.data);
  };
}

export function DoneButton({ item, onToggle }: { item: ActionItemDto; onToggle: (item: ActionItemDto) => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-label={t(item.doneOn ? 'meetings.actionItems.reopenLabel' : 'meetings.actionItems.markDoneLabel', { title: item.title })}
      onClick={() => onToggle(item)}
    >
      {t(item.doneOn ? 'meetings.actionItems.reopen' : 'meetings.actionItems.markDone')}
    </button>
  );
}
