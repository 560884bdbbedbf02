import type { ReactNode } from 'react';
import './leitbild.css';
import { useTranslation } from 'react-i18next';
import { Page } from '../components/Page';
import { href, paths } from '../app/paths';
import { useRoute } from '../app/router';
import { useEditions } from './edition-context';
import { EditionPicker } from './EditionPicker';
import type { EditionSummaryDto } from '../../../contract';

const SECTIONS = [
  { key: 'measures', path: paths.measures },
  { key: 'intake', path: paths.intake },
  { key: 'fieldsOfAction', path: paths.fieldsOfAction },
  { key: 'editions', path: paths.editions },
  { key: 'search', path: paths.search },
] as const;

interface LeitbildPageProps {
  readonly title: string;
  readonly intro?: ReactNode;
  /** Beside the heading (see `Page`). */
  readonly actions?: ReactNode;
  /** Screens that show data of one edition render nothing but a prompt while there is none. */
  readonly needsEdition?: boolean;
  /** Rendered with the current edition (only when `needsEdition`). */
  readonly children: ReactNode | ((edition: EditionSummaryDto) => ReactNode);
}

/** Every screen of "Leitbild & Maßnahmen": heading, the area's sections, and the edition picker. */
export function LeitbildPage({ title, intro, actions, needsEdition = false, children }: LeitbildPageProps) {
  const { t } = useTranslation();
  const { path } = useRoute();
  const { current, loading } = useEditions();

  let body: ReactNode;
  if (needsEdition && loading) body = null;
  else if (needsEdition && !current) body = <NoEdition />;
  else body = typeof children === 'function' ? (current ? children(current) : null) : children;

  return (
    <Page title={title} breadcrumb={t('leitbild.area')} intro={intro} actions={actions}>
      <div className="area-bar">
        <nav className="subnav" aria-label={t('leitbild.subnav.label')}>
          <ul className="subnav__list">
            {SECTIONS.map(({ key, path: sectionPath }) => (
              <li key={key}>
                <a
                  className="subnav__link"
                  href={href(sectionPath)}
                  aria-current={path === sectionPath || path.startsWith(`${sectionPath}/`) ? 'page' : undefined}
                >
                  {t(`leitbild.subnav.${key}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <EditionPicker />
      </div>
      {body}
    </Page>
  );
}

function NoEdition() {
  const { t } = useTranslation();
  return (
    <section className="card empty-state">
      <h2 className="card__title">{t('leitbild.noEdition.title')}</h2>
      <p>{t('leitbild.noEdition.text')}</p>
      <p>
        <a className="button button--primary" href={href(paths.editions)}>
          {t('leitbild.noEdition.action')}
        </a>
      </p>
    </section>
  );
}
