import { useTranslation } from 'react-i18next';
import { href, paths } from '../../app/paths';
import { InfoIcon } from '../../components/icons';
import { Page } from '../../components/Page';

export type ComingSoonArea = 'sessions' | 'contacts' | 'documents';

/** An honest placeholder for areas of later versions: what they will hold, no invented data. */
export function ComingSoonScreen({ area }: { area: ComingSoonArea }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`comingSoon.${area}.title`)}>
      <section className="card coming-soon">
        <p className="coming-soon__notice">
          <InfoIcon />
          <span>{t('comingSoon.notice')}</span>
        </p>
        <p>{t('comingSoon.willHold')}</p>
        <ul className="bullets">
          <li>{t(`comingSoon.${area}.item1`)}</li>
          <li>{t(`comingSoon.${area}.item2`)}</li>
          <li>{t(`comingSoon.${area}.item3`)}</li>
        </ul>
        <p className="muted">
          {t('comingSoon.meanwhile')} <a href={href(paths.fieldsOfAction)}>{t('comingSoon.meanwhileLink')}</a>
        </p>
      </section>
    </Page>
  );
}
