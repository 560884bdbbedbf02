import { useTranslation } from 'react-i18next';
import type { EditionSummaryDto } from '../../../../contract';
import { href, paths, toPath } from '../../app/paths';
import { formatDateShort, formatNumber } from '../../i18n/format';
import { EditionStatusBadge, usePeriod } from '../editions/edition-parts';

/** Which edition the figures are about, with its counts and the ways into it. */
export function EditionOverview({ edition }: { edition: EditionSummaryDto }) {
  const { t } = useTranslation();
  const period = usePeriod();
  return (
    <section className="card edition-overview" aria-labelledby="start-edition-title">
      <div className="edition-overview__main">
        <p className="edition-overview__label">{t('start.edition.label')}</p>
        <h2 className="edition-overview__title" id="start-edition-title">
          {t('start.edition.title', { title: edition.title, period: period(edition.periodFrom, edition.periodTo) })}
        </h2>
        <p className="edition-overview__status">
          <EditionStatusBadge status={edition.status} />
          {edition.adoptedOn ? <span className="muted">{t('start.edition.adoptedOn', { date: formatDateShort(edition.adoptedOn) })}</span> : null}
        </p>
      </div>
      <dl className="edition-overview__stats">
        <div className="edition-overview__stat">
          <dt>{t('start.edition.fields', { count: edition.fieldCount })}</dt>
          <dd>{formatNumber(edition.fieldCount)}</dd>
        </div>
        <div className="edition-overview__stat">
          <dt>{t('start.edition.measures', { count: edition.measureCount })}</dt>
          <dd>{formatNumber(edition.measureCount)}</dd>
        </div>
      </dl>
      <ul className="link-row edition-overview__links">
        <li>
          <a className="link-arrow" href={href(paths.measures)}>
            {t('start.edition.openMeasures')}
          </a>
        </li>
        <li>
          <a className="link-arrow" href={href(paths.fieldsOfAction)}>
            {t('start.edition.openFields')}
          </a>
        </li>
        <li>
          <a className="link-arrow" href={href(toPath(paths.edition, { id: edition.id }))}>
            {t('start.edition.openEdition')}
          </a>
        </li>
      </ul>
    </section>
  );
}
