import { useTranslation } from 'react-i18next';
import { href, paths } from '../../app/paths';
import { useRoute } from '../../app/router';
import { BackLink } from '../../components/BackLink';
import { Page } from '../../components/Page';
import { guideOfSlug, readGuide, type Guide } from './guides';
import { areaOfPath } from './help-map';
import { GuideList } from './HelpScreen';
import './help.css';

/** "Zurück zu „Sitzungen“" when the guide was opened from a screen (F1 or its help button). */
function BackToScreen({ from }: { from: string | null }) {
  const { t } = useTranslation();
  const area = from ? areaOfPath(from) : null;
  if (!from || !area) return <BackLink to={paths.help} label={t('help.backToGuides')} />;
  return <BackLink to={from} label={t('help.back', { area: t(`nav.${area}`) })} />;
}

function GuideSections({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  return (
    <div className="guide">
      {guide.sections.map((section, index) => (
        <section key={section.key} className="card guide__section" aria-labelledby={`guide-${section.key}`}>
          <h2 className="guide__title" id={`guide-${section.key}`}>
            <span className="guide__number" aria-hidden="true">
              {index + 1}
            </span>
            {section.title}
          </h2>
          <ol className="steps guide__steps">
            {section.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          {section.tip ? (
            <p className="guide__tip">
              <strong>{t('help.tip')}</strong> {section.tip}
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}

/** One task guide: numbered steps that name the buttons as the screens show them. */
export function GuideScreen() {
  const { t } = useTranslation();
  const { params, query } = useRoute();
  const id = guideOfSlug(params.guide);
  const from = query.get('von');

  if (!id) {
    return (
      <Page title={t('help.notFoundTitle')} breadcrumb={t('help.title')} intro={<p>{t('help.notFoundText')}</p>}>
        <GuideList />
      </Page>
    );
  }
  const guide = readGuide(t, id);
  return (
    <Page title={guide.title} breadcrumb={t('help.title')} intro={<p>{guide.summary}</p>}>
      <BackToScreen from={from} />
      <GuideSections guide={guide} />
      <p className="guide__more">
        <a href={href(paths.help)}>{t('help.allGuides')}</a>
      </p>
    </Page>
  );
}
