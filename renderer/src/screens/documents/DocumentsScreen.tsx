import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/date-inputs';
import type { EditionSummaryDto } from '../../../../contract';
import { ADOPTED_STATUSES } from '../../../../documents/labels';
import { motionHeading } from '../../../../documents/antrag/motion-wording';
import { href, paths, withQuery } from '../../app/paths';
import { useCall } from '../../api/use-call';
import { useAppData } from '../../app/app-data';
import { formatDateShort, formatNumber } from '../../i18n/format';
import { errorText, useMessage } from '../../i18n/messages';
import { todayIso } from '../measures/measure-helpers';
import { LoadState } from '../../components/LoadState';
import { DocumentsPage } from './DocumentsPage';
import { Field } from '../../components/fields';
import { LogoCard } from './LogoCard';
import { EmptyValue } from '../../components/EmptyValue';

/** "Dokumente": the three kinds of document for the current edition, the recorded motions, letterhead and logo. */
export function DocumentsScreen() {
  const { t } = useTranslation();
  return (
    <DocumentsPage title={t('documents.title')} intro={<p>{t('documents.intro')}</p>}>
      {(edition) => (
        <>
          <DocumentKinds key={`kinds-${edition.id}`} edition={edition} />
          <Motions key={`motions-${edition.id}`} edition={edition} />
          <LogoCard />
        </>
      )}
    </DocumentsPage>
  );
}

function DocumentKinds({ edition }: { edition: EditionSummaryDto }) {
  const { t } = useTranslation();
  const headingId = useId();
  const list = useCall('measures.list', { editionId: edition.id, limit: 1 }); // only the counts
  const [asOf, setAsOf] = useState(todayIso);
  const counts = list.data?.statusCounts;
  const recommended = counts ? (counts.recommended ?? 0) : null;
  const adopted = counts ? ADOPTED_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0) : null;
  const total = list.data?.total ?? null;
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(asOf);

  return (
    <section className="section documents-kinds" aria-labelledby={headingId}>
      <h2 className="visually-hidden" id={headingId}>
        {t('documents.overview.kindsTitle')}
      </h2>
      <div className="card-grid documents-kinds__grid">
        <article className="card document-kind">
          <h3 className="card__title">{t('documents.kinds.antrag')}</h3>
          <p className="document-kind__text">{t('documents.overview.antrag.text')}</p>
          {recommended !== null ? (
            <p className="document-kind__meta">
              {recommended === 0 ? t('documents.overview.antrag.none') : t('documents.overview.antrag.count', { count: recommended, number: formatNumber(recommended) })}
            </p>
          ) : null}
          {/* The three kinds are equal choices: one button style for "… erstellen". */}
          <p className="document-kind__action">
            <a className="button button--primary" href={href(paths.documentsAntrag)}>
              {t('documents.overview.antrag.action')}
            </a>
          </p>
        </article>

        <article className="card document-kind">
          <h3 className="card__title">{t('documents.kinds.edition')}</h3>
          <p className="document-kind__text">{t('documents.overview.edition.text')}</p>
          {adopted !== null ? (
            <p className="document-kind__meta">
              {t('documents.overview.edition.count', { count: adopted, number: formatNumber(adopted) })}
            </p>
          ) : null}
          <p className="document-kind__action">
            <a className="button button--primary" href={href(paths.documentsEdition)}>
              {t('documents.overview.edition.action')}
            </a>
          </p>
        </article>

        <article className="card document-kind">
          <h3 className="card__title">{t('documents.kinds.report')}</h3>
          <p className="document-kind__text">{t('documents.overview.report.text')}</p>
          {total !== null ? <p className="document-kind__meta">{t('documents.overview.report.count', { count: total, number: formatNumber(total) })}</p> : null}
          <Field label={t('documents.report.asOf')} className="document-kind__date">
            {(control) => <DateInput {...control} className="field__control field__control--short" value={asOf} onChange={setAsOf} />}
          </Field>
          <p className="document-kind__action">
            <a className="button button--primary" href={href(validDate ? withQuery(paths.documentsReport, { stand: asOf }) : paths.documentsReport)}>
              {t('documents.overview.report.action')}
            </a>
          </p>
        </article>
      </div>
    </section>
  );
}


function Motions({ edition }: { edition: EditionSummaryDto }) {
  const { t } = useTranslation();
  const message = useMessage();
  const headingId = useId();
  const motions = useCall('documents.listMotions', { editionId: edition.id });
  const { motionConventions } = useAppData().settings;
  const list = motions.data;

  return (
    <section className="card card--flush section documents-motions" aria-labelledby={headingId}>
      <div className="card__header">
        <h2 className="card__title" id={headingId}>
          {t('documents.motions.title')}
        </h2>
      </div>
      {list === undefined ? (
        <div className="card__body">
          <LoadState failed={motions.status === 'failed'} message={motions.error ? errorText(message, motions.error) : undefined} onRetry={motions.reload} />
        </div>
      ) : list.length === 0 ? (
        <p className="card__body muted">{t('documents.motions.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('documents.motions.date')}</th>
                <th scope="col">{t('documents.motions.motion')}</th>
                <th scope="col">{t('documents.motions.fraktionen')}</th>
                <th scope="col" className="table__count">
                  {t('documents.motions.measures')}
                </th>
                <th scope="col">{t('documents.motions.drucksache')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((motion) => (
                <tr key={motion.id}>
                  <td className="nowrap">{formatDateShort(motion.submittedOn)}</td>
                  <th scope="row" className="documents-motions__subject">
                    <span className="documents-motions__heading">{motionHeading(motion.fraktionen, motionConventions)}</span>
                    <span className="documents-motions__betreff">{motion.subject}</span>
                  </th>
                  <td>{motion.fraktionen.join(', ')}</td>
                  <td className="table__count">{formatNumber(motion.measureIds.length)}</td>
                  <td className="nowrap">{motion.drucksache || <EmptyValue />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
