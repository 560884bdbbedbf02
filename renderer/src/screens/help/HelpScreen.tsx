import { useTranslation } from 'react-i18next';
import { href, paths, toPath } from '../../app/paths';
import { Page } from '../../components/Page';
import { GUIDE_IDS, GUIDE_SLUGS } from './guides';
import './help.css';

/** Hilfe: every task guide with one line on what it is for, and the way to the technical facts. */
export function HelpScreen() {
  const { t } = useTranslation();
  return (
    <Page title={t('help.title')} intro={<p>{t('help.intro')}</p>}>
      <GuideList />
      <section className="card help-about-card" aria-labelledby="help-about-title">
        <h2 className="card__title" id="help-about-title">
          {t('help.aboutTitle')}
        </h2>
        <p>{t('help.aboutText')}</p>
        <p className="help-about-card__link">
          <a href={href(paths.helpAbout)}>{t('help.about.title')}</a>
        </p>
      </section>
    </Page>
  );
}

/** The guides as a list of links; also under a guide that was not found. */
export function GuideList() {
  const { t } = useTranslation();
  return (
    <section className="help-guides" aria-labelledby="help-guides-title">
      <h2 className="section__title" id="help-guides-title">
        {t('help.guidesTitle')}
      </h2>
      <ul className="help-guides__list">
        {GUIDE_IDS.map((id) => (
          <li key={id} className="help-guides__item">
            <a className="help-guides__link" href={href(toPath(paths.helpGuide, { guide: GUIDE_SLUGS[id] }))}>
              {t(`help.guides.${id}.title`)}
            </a>
            <p className="help-guides__summary">{t(`help.guides.${id}.summary`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
