import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionSummaryDto } from '../../../../contract';
import { href, paths } from '../../app/paths';
import { BackLink } from '../../components/BackLink';
import { Page } from '../../components/Page';
import { useEditions } from '../../leitbild/edition-context';
import { EditionPicker } from '../../leitbild/EditionPicker';
import '../../leitbild/leitbild.css';
import './documents.css';

interface DocumentsPageProps {
  readonly title: string;
  readonly intro?: ReactNode;
  /** The screens below the overview link back to it. */
  readonly sub?: boolean;
  /** Rendered with the current edition; without an edition a prompt to create one. */
  readonly children: (edition: EditionSummaryDto) => ReactNode;
}

/** Every screen of "Dokumente": heading, the edition the documents are built from, the content. */
export function DocumentsPage({ title, intro, sub = false, children }: DocumentsPageProps) {
  const { t } = useTranslation();
  const { current, loading } = useEditions();

  return (
    <Page title={title} breadcrumb={sub ? t('documents.title') : undefined} intro={intro}>
      <div className="area-bar documents-bar">
        <EditionPicker />
      </div>
      {sub ? <BackLink to={paths.documents} label={t('documents.backToOverview')} /> : null}
      {loading ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : current ? (
        children(current)
      ) : (
        <section className="card empty-state">
          <h2 className="card__title">{t('documents.noEdition.title')}</h2>
          <p>{t('documents.noEdition.text')}</p>
          <p>
            <a className="button button--primary" href={href(paths.editions)}>
              {t('documents.noEdition.action')}
            </a>
          </p>
        </section>
      )}
    </Page>
  );
}

