import { useTranslation } from 'react-i18next';
import { useAppData } from '../../app/app-data';
import { href, paths } from '../../app/paths';
import { LoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { useEditions } from '../../leitbild/edition-context';
import { ResumeMeetingBanner } from '../meetings/ResumeMeetingBanner';
import { Dashboard } from './Dashboard';
import { EditionOverview } from './EditionOverview';
import { NoEditionCard } from './NoEditionCard';
import './dashboard.css';

/** Start: welcome, the current edition at a glance (measures by field and status, what stalls, what changed). */
export function StartScreen() {
  const { t } = useTranslation();
  const { settings } = useAppData();
  const { current, loading, editions, reload } = useEditions();
  const district = settings.districtName.trim();

  let content;
  if (loading) {
    content = (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    );
  } else if (current) {
    content = (
      <>
        <EditionOverview edition={current} />
        <Dashboard key={current.id} editionId={current.id} />
      </>
    );
  } else if (editions) {
    content = <NoEditionCard />;
  } else {
    content = <LoadState failed onRetry={reload} className="card" />;
  }

  return (
    <Page
      title={t('start.heading')}
      windowTitle={t('start.title')}
      breadcrumb={district || undefined}
      intro={
        <>
          <p>{t('start.intro')}</p>
          {district ? null : (
            <p className="notice">
              {t('start.districtMissing')} <a href={href(paths.settings)}>{t('start.districtMissingLink')}</a>
            </p>
          )}
        </>
      }
    >
      <ResumeMeetingBanner />
      {content}
    </Page>
  );
}
