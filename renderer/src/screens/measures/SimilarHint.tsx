import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { InfoIcon } from '../../components/icons';
import { useDebounced } from './measure-helpers';

type Similar = { readonly id: number; readonly code: string; readonly title: string };

/** How long typing must pause before the titles are compared. */
export const SIMILAR_DELAY_MS = 300;
const MIN_LENGTH = 4;

/**
 * The duplicate hint under a title field: measures of the edition with a similar title. Only a
 * hint – saving is never blocked. The live region is always there so additions are announced.
 */
export function SimilarHint({ editionId, title, excludeId, id }: { editionId: number; title: string; excludeId?: number; id?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const query = useDebounced(title.trim(), SIMILAR_DELAY_MS);
  const [found, setFound] = useState<{ query: string; items: readonly Similar[] } | null>(null);

  useEffect(() => {
    if (query.length < MIN_LENGTH) return;
    let current = true;
    void api.call('measures.similar', { editionId, title: query, ...(excludeId ? { excludeId } : {}) }).then((result) => {
      if (current) setFound({ query, items: result.ok ? result.data : [] });
    });
    return () => {
      current = false;
    };
  }, [api, editionId, excludeId, query]);

  // While the same title is still being typed the last answer stays (no flicker); a cleared or
  // new title shows nothing until its own answer arrives.
  const now = title.trim().toLocaleLowerCase('de');
  const asked = found?.query.toLocaleLowerCase('de') ?? '';
  const items = found && now.length >= MIN_LENGTH && (now.startsWith(asked) || asked.startsWith(now)) ? found.items : [];
  return (
    <div className="similar-hint" id={id} aria-live="polite">
      {items.length > 0 ? (
        <p className="similar-hint__text">
          <InfoIcon size={18} />
          <span>
            <strong>{t('measures.similar.label')}</strong>{' '}
            {items.map((item, index) => (
              <span key={item.id} className="similar-hint__item">
                {index > 0 ? t('measures.similar.separator') : null}
                <span className="code-tag">{item.code}</span> {item.title}
              </span>
            ))}
          </span>
        </p>
      ) : null}
    </div>
  );
}
