import { useTranslation } from 'react-i18next';
import { agendaItemTitle } from '../meeting-names';
import type { AgendaItemDto } from '../../../../../contract';
import { agendaNodes } from '../agenda-tree';

/** The agenda beside the notes; the current item is marked (aria-current), any item is one click away. */
export function LiveAgenda({ items, currentId, onChoose }: { items: readonly AgendaItemDto[]; currentId: number; onChoose: (item: AgendaItemDto) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="live__agenda" aria-label={t('meetings.live.agenda')}>
      <h2 className="live__agenda-title">{t('meetings.live.agenda')}</h2>
      <ol className="live__agenda-list">
        {agendaNodes(items).map(({ item, level }) => {
          const isCurrent = item.id === currentId;
          return (
            <li key={item.id} className={`live__agenda-item live__agenda-item--level-${Math.min(level, 2)}`}>
              <button type="button" className={`live__agenda-button${isCurrent ? ' live__agenda-button--current' : ''}`} aria-current={isCurrent ? 'step' : undefined} onClick={() => onChoose(item)}>
                <span className="live__agenda-number">{item.number}</span>
                <span>{agendaItemTitle(t, item)}</span>
                {item.decision ? <span className="visually-hidden">{` – ${t('meetings.agenda.decision')}: ${t(`meetings.result.${item.decision.result}`)}`}</span> : null}
                {isCurrent ? <span className="visually-hidden">{` (${t('meetings.live.current')})`}</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
