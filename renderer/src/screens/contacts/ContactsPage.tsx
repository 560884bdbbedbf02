import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { href, paths } from '../../app/paths';
import { useRoute } from '../../app/router';
import { Page } from '../../components/Page';
import '../../leitbild/leitbild.css';
import './contacts.css';

const SECTIONS = [
  { key: 'people', path: paths.contacts, also: ['/kontakte/personen', paths.contactNew] },
  { key: 'bodies', path: paths.bodies, also: [] },
  { key: 'organizations', path: paths.organizations, also: [] },
  { key: 'import', path: paths.contactsImport, also: [] },
] as const;

/** Every screen of "Kontakte": heading, breadcrumb and the area's sections as tabs. */
export function ContactsPage({ title, intro, actions, children }: { title: string; intro?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const { path } = useRoute();
  const isCurrent = (section: (typeof SECTIONS)[number]) =>
    path === section.path || (section.path !== paths.contacts && path.startsWith(`${section.path}/`)) || section.also.some((prefix) => path.startsWith(prefix));
  return (
    <Page title={title} breadcrumb={t('contacts.area')} intro={intro} actions={actions}>
      <div className="area-bar">
        <nav className="subnav" aria-label={t('contacts.subnav.label')}>
          <ul className="subnav__list">
            {SECTIONS.map((section) => (
              <li key={section.key}>
                <a className="subnav__link" href={href(section.path)} aria-current={isCurrent(section) ? 'page' : undefined}>
                  {t(`contacts.subnav.${section.key}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {children}
    </Page>
  );
}
