import { useTranslation } from 'react-i18next';
import type { DecisionDto } from '../../../../contract';

/** A saved decision in one glance: result, vote, Drucksache and the measures it moved. */
export function DecisionSummary({ decision }: { decision: DecisionDto }) {
  const { t } = useTranslation();
  return (
    <div className="decision-summary">
      <p>
        <strong>{t(`meetings.result.${decision.result}`)}</strong>
        {decision.voteText ? ` – ${decision.voteText}` : ''}
        {decision.drucksache ? ` (Drs. ${decision.drucksache})` : ''}
        {decision.voteMismatchConfirmed ? <span className="meeting-tag">{t('meetings.decision.mismatchConfirmed')}</span> : null}
      </p>
      {decision.wording ? <p className="decision-summary__wording">{decision.wording}</p> : null}
      {decision.effects.length > 0 ? (
        <ul className="decision-summary__effects" aria-label={t('meetings.decision.effectsDone')}>
          {decision.effects.map((effect) => (
            <li key={effect.measureId}>
              {t('meetings.decision.effectLine', { code: effect.code, from: t(`status.measure.${effect.fromStatus}`), to: t(`status.measure.${effect.toStatus}`) })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
