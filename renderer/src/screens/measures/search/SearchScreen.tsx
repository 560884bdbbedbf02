import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError, EditionSummaryDto, SearchHitDto } from '../../../../../contract';
import { useApi } from '../../../api/api-context';
import { href, paths, toPath, withQuery } from '../../../app/paths';
import { useRoute } from '../../../app/router';
import { useEditions } from '../../../leitbild/edition-context';
import { LeitbildPage } from '../../../leitbild/LeitbildPage';
import { StatusBadge } from '../../../leitbild/StatusBadge';
import { formatNumber } from '../../../i18n/format';
import { errorText, useMessage } from '../../../i18n/messages';
import { Highlighted, withoutMarkers } from './Highlighted';
import './search.css';

/** How long typing must pause before the search runs (Enter searches at once). */
export const SEARCH_DELAY_MS = 300;
export const SEARCH_LIMIT = 50;

type Outcome =
  | { readonly query: string; readonly everywhere: boolean; readonly hits: readonly SearchHitDto[] }
  | { readonly query: string; readonly everywhere: boolean; readonly error: CallError };

/** Full-text search over the measures; the query lives in the address (`#/leitbild/suche?q=…`). */
export function SearchScreen() {
  const { t } = useTranslation();
  return (
    <LeitbildPage title={t('search.title')} needsEdition>
      {(edition) => <SearchContent edition={edition} />}
    </LeitbildPage>
  );
}

function SearchContent({ edition }: { edition: EditionSummaryDto }) {
  const { t } = useTranslation();
  const api = useApi();
  const message = useMessage();
  const { editions } = useEditions();
  const { query: address } = useRoute();
  const inputId = useId();
  const hintId = useId();

  const addressText = address.get('q') ?? '';
  const [text, setText] = useState(addressText);
  const [query, setQuery] = useState(addressText.trim());
  const [everywhere, setEverywhere] = useState(address.get('alle') === '1');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  // A new address from outside (the "Suche" tab, a link) starts that search.
  const seenAddress = useRef(addressText);
  useEffect(() => {
    if (addressText === seenAddress.current) return;
    seenAddress.current = addressText;
    setText(addressText);
    setQuery(addressText.trim());
  }, [addressText]);

  // Typing searches once it pauses.
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  // The address follows the search without adding a history entry per keystroke, so a reload keeps it.
  useEffect(() => {
    const target = href(withQuery(paths.search, { ...(query ? { q: query } : {}), ...(everywhere ? { alle: '1' } : {}) }));
    if (window.location.hash !== target) window.history.replaceState(window.history.state, '', target);
  }, [query, everywhere]);

  useEffect(() => {
    if (!query) return;
    let current = true;
    void api.call('measures.search', { text: query, limit: SEARCH_LIMIT, ...(everywhere ? {} : { editionId: edition.id }) }).then((result) => {
      if (!current) return;
      setOutcome(result.ok ? { query, everywhere, hits: result.data } : { query, everywhere, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [api, query, everywhere, edition.id]);

  const shown = query && outcome && outcome.query === query && outcome.everywhere === everywhere ? outcome : null;
  const editionName = (id: number) => {
    const found = editions?.find((each) => each.id === id);
    return found ? t('leitbild.editionPicker.option', { title: found.title, from: found.periodFrom, to: found.periodTo }) : '';
  };

  return (
    <>
      <section className="card search-box">
        <form
          role="search"
          aria-label={t('search.formLabel')}
          onSubmit={(event) => {
            event.preventDefault();
            setQuery(text.trim());
          }}
        >
          <div className="field search-box__field">
            <label className="field__label" htmlFor={inputId}>
              {t('search.label')}
            </label>
            <p className="field__hint" id={hintId}>
              {t('search.hint')}
            </p>
            <div className="search-box__row">
              <input
                id={inputId}
                className="field__control search-box__input"
                type="search"
                value={text}
                autoComplete="off"
                aria-describedby={hintId}
                onChange={(event) => setText(event.target.value)}
              />
              <button type="submit" className="button button--primary">
                {t('search.submit')}
              </button>
            </div>
          </div>
          <label className="search-box__scope">
            <input type="checkbox" checked={everywhere} onChange={(event) => setEverywhere(event.target.checked)} />
            <span>{t('search.everywhere')}</span>
          </label>
          <p className="search-box__scope-hint">
            {everywhere
              ? t('search.scopeAll')
              : t('search.scopeEdition', { edition: t('leitbild.editionPicker.option', { title: edition.title, from: edition.periodFrom, to: edition.periodTo }) })}
          </p>
        </form>
      </section>

      <section className="search-results" aria-labelledby="search-results-title">
        <h2 className="visually-hidden" id="search-results-title">
          {t('search.resultsTitle')}
        </h2>
        <p className="search-results__count" role="status">
          {!shown ? '' : 'error' in shown ? '' : shown.hits.length === 0 ? t('search.none', { query }) : t('search.count', { count: shown.hits.length, query })}
        </p>
        {shown && 'error' in shown ? (
          <div className="card inline-problem" role="alert">
            <p>{errorText(message, shown.error)}</p>
          </div>
        ) : null}
        {shown && 'hits' in shown && shown.hits.length === 0 ? (
          <div className="card empty-state">
            <p>{t('search.noneHint')}</p>
            {!everywhere ? (
              <button type="button" className="button button--secondary" onClick={() => setEverywhere(true)}>
                {t('search.tryEverywhere')}
              </button>
            ) : null}
          </div>
        ) : null}
        {shown && 'hits' in shown && shown.hits.length > 0 ? (
          <>
            <ol className="search-hits">
              {shown.hits.map((hit) => {
                const snippet = withoutMarkers(hit.snippet) === withoutMarkers(hit.titleHighlighted) ? '' : hit.snippet;
                return (
                  <li key={hit.id} className="search-hit">
                    <div className="search-hit__head">
                      <span className="code-tag">{hit.code}</span>
                      <a className="search-hit__title" href={href(toPath(paths.measure, { id: hit.id }))}>
                        <Highlighted text={hit.titleHighlighted} />
                      </a>
                      <StatusBadge status={hit.status} />
                    </div>
                    {snippet ? (
                      <p className="search-hit__snippet">
                        <Highlighted text={snippet} />
                      </p>
                    ) : null}
                    {everywhere && editionName(hit.editionId) ? (
                      <p className="search-hit__edition">{t('search.inEdition', { edition: editionName(hit.editionId) })}</p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
            {shown.hits.length >= SEARCH_LIMIT ? <p className="muted search-results__more">{t('search.limited', { limit: formatNumber(SEARCH_LIMIT) })}</p> : null}
          </>
        ) : null}
      </section>
    </>
  );
}
