import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaMeasureDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { StatusBadge } from '../../leitbild/StatusBadge';

/** How long the search waits for typing to pause. */
const SEARCH_DELAY_MS = 250;

/** Linked measures with "entfernen", and a search (measures.search) to link more. */
export function MeasurePicker({ value, onChange }: { value: readonly AgendaMeasureDto[]; onChange: (measures: AgendaMeasureDto[]) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<AgendaMeasureDto[] | null>(null);

  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setHits(null);
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      void api.call('measures.search', { text: query, limit: 20 }).then((result) => {
        if (current) setHits(result.ok ? result.data.map(({ id: measureId, code, title, status }) => ({ id: measureId, code, title, status })) : []);
      });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [api, text]);

  const linked = new Set(value.map((measure) => measure.id));
  return (
    <fieldset className="measure-picker">
      <legend className="field__label">{t('meetings.agenda.measures')}</legend>
      {value.length === 0 ? (
        <p className="field__hint">{t('meetings.agenda.measuresNone')}</p>
      ) : (
        <ul className="measure-picker__linked">
          {value.map((measure) => (
            <li key={measure.id}>
              <span className="code-tag">{measure.code}</span> {measure.title} <StatusBadge status={measure.status} />
              <button type="button" className="button button--quiet button--small" onClick={() => onChange(value.filter((each) => each.id !== measure.id))}>
                {t('meetings.agenda.measureUnlink', { code: measure.code })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-search`}>
          {t('meetings.agenda.measureSearch')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('meetings.agenda.measureSearchHint')}
        </p>
        <input id={`${id}-search`} aria-describedby={`${id}-hint`} className="field__control field__control--medium" type="search" autoComplete="off" value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      {hits === null ? null : hits.length === 0 ? (
        <p className="muted" role="status">
          {t('meetings.agenda.measureNoResults')}
        </p>
      ) : (
        <ul className="measure-picker__hits" aria-label={t('meetings.agenda.measureResults')}>
          {hits
            .filter((hit) => !linked.has(hit.id))
            .map((hit) => (
              <li key={hit.id}>
                <button type="button" className="button button--secondary button--small" onClick={() => onChange([...value, hit])}>
                  {t('meetings.agenda.measureLink', { code: hit.code })}
                </button>{' '}
                {hit.title} <StatusBadge status={hit.status} />
              </li>
            ))}
        </ul>
      )}
    </fieldset>
  );
}
