import { useTranslation } from 'react-i18next';
import { href, paths } from '../../app/paths';
import { CompassIcon } from '../../components/icons';

/** No edition yet: what an edition is, and the way to the first one. */
export function NoEditionCard() {
  const { t } = useTranslation();
  return (
    <section className="card start-welcome" aria-labelledby="start-no-edition-title">
      <h2 className="card__title" id="start-no-edition-title">
        <CompassIcon />
        {t('start.noEdition.title')}
      </h2>
      <p>{t('start.noEdition.text')}</p>
      <ol className="steps start-welcome__steps">
        <li>{t('start.noEdition.stepEdition')}</li>
        <li>{t('start.noEdition.stepFields')}</li>
        <li>{t('start.noEdition.stepMeasures')}</li>
      </ol>
      <p className="start-welcome__action">
        <a className="button button--primary" href={href(paths.editions)}>
          {t('start.noEdition.action')}
        </a>
      </p>
    </section>
  );
}
