import { useTranslation } from 'react-i18next';
import type { StatusChangeDto } from '../../../../contract';
import { formatDateLong, formatDateShort } from '../../i18n/format';
import { StatusBadge } from '../../leitbild/StatusBadge';

/**
 * The status history as a timeline, oldest entry first: it reads like the story of the measure,
 * from the planning workshop to the district assembly's decision. Entries are never changed.
 */
export function MeasureHistory({ history }: { history: readonly StatusChangeDto[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p className="muted">{t('measures.history.empty')}</p>;
  return (
    <ol className="timeline">
      {history.map((entry) => (
        <li key={entry.id} className="timeline__entry">
          <span className="timeline__date">{formatDateLong(entry.changedOn)}</span>
          <p className="timeline__change">
            {entry.fromStatus === null ? (
              <>
                <span>{t('measures.history.created')}</span> <StatusBadge status={entry.toStatus} />
              </>
            ) : (
              <>
                <span className="visually-hidden">{t('measures.history.from')} </span>
                <StatusBadge status={entry.fromStatus} />{' '}
                <span className="timeline__arrow" aria-hidden="true">
                  →
                </span>{' '}
                <span className="visually-hidden">{t('measures.history.to')} </span>
                <StatusBadge status={entry.toStatus} />
              </>
            )}
          </p>
          {entry.reason ? <p className="timeline__text">{entry.reason}</p> : null}
          {entry.drucksache ? <p className="timeline__text">{t('measures.history.drucksache', { drucksache: entry.drucksache })}</p> : null}
          <p className="timeline__meta">
            {entry.enteredBy
              ? t('measures.history.enteredBy', { name: entry.enteredBy, date: formatDateShort(entry.createdAt) })
              : t('measures.history.enteredOn', { date: formatDateShort(entry.createdAt) })}
          </p>
        </li>
      ))}
    </ol>
  );
}
