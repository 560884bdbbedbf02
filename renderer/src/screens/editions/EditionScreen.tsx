import { useTranslation } from 'react-i18next';
import type { EditionDto } from '../../../../contract';
import { useCall } from '../../api/use-call';
import { href, paths, toPath } from '../../app/paths';
import { useRoute } from '../../app/router';
import { formatNumber } from '../../i18n/format';
import { useEditions } from '../../leitbild/edition-context';
import { LeitbildPage } from '../../leitbild/LeitbildPage';
import { EditionForm } from './EditionForm';
import { EditionStatusBadge, usePeriod } from './edition-parts';
import { BackLink } from '../../components/BackLink';
import { CallLoadState } from '../../components/LoadState';

const parseId = (value: string | undefined): number | null => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : null);

/** Ausgabe: edit one edition (texts, period, status, Leitlinien). */
export function EditionScreen() {
  const { params } = useRoute();
  const id = parseId(params.id);
  return id === null ? <EditionNotFound /> : <EditionLoader key={id} id={id} />;
}

function EditionNotFound() {
  const { t } = useTranslation();
  return (
    <LeitbildPage title={t('editions.detail.notFound.title')}>
      <section className="card empty-state" role="alert">
        <p className="empty-state__title">{t('editions.detail.notFound.text')}</p>
        <BackLink to={paths.editions} label={t('editions.detail.backToList')} />
      </section>
    </LeitbildPage>
  );
}

function EditionLoader({ id }: { id: number }) {
  const { t } = useTranslation();
  const period = usePeriod();
  const edition = useCall('editions.get', { id });

  if (edition.status === 'failed' && edition.error?.code === 'not-found') return <EditionNotFound />;
  const data = edition.data;
  const title = data ? t('editions.detail.title', { title: data.title, period: period(data.periodFrom, data.periodTo) }) : t('editions.detail.loadingTitle');

  return (
    <LeitbildPage title={title}>
      <BackLink to={paths.editions} label={t('editions.detail.backToList')} />
      {!data ? (
        <CallLoadState call={edition} className={edition.status === 'failed' ? 'card' : undefined} />
      ) : (
        <>
          <EditionFacts edition={data} />
          <EditionForm key={data.id} edition={data} onSaved={(saved) => edition.setData(saved)} />
        </>
      )}
    </LeitbildPage>
  );
}

/** Status, counts, and the editions before and after this one. */
function EditionFacts({ edition }: { edition: EditionDto }) {
  const { t } = useTranslation();
  const period = usePeriod();
  const { editions, current, select } = useEditions();
  const predecessor = edition.predecessorId === null ? undefined : editions?.find((item) => item.id === edition.predecessorId);
  const successors = editions?.filter((item) => item.predecessorId === edition.id) ?? [];
  const editionLink = (id: number) => href(toPath(paths.edition, { id }));
  // Fields and measures belong to the edition chosen in the picker: choose this one on the way.
  const chooseThis = () => {
    if (current?.id !== edition.id) select(edition.id);
  };

  return (
    <section className="card edition-facts" aria-label={t('editions.detail.factsLabel')}>
      <dl className="edition-facts__list">
        <div className="edition-facts__item">
          <dt>{t('editions.fields.status')}</dt>
          <dd>
            <EditionStatusBadge status={edition.status} />
          </dd>
        </div>
        <div className="edition-facts__item">
          <dt>{t('editions.list.columns.fields')}</dt>
          <dd className="edition-facts__count">{formatNumber(edition.fieldCount)}</dd>
        </div>
        <div className="edition-facts__item">
          <dt>{t('editions.list.columns.measures')}</dt>
          <dd className="edition-facts__count">{formatNumber(edition.measureCount)}</dd>
        </div>
        {edition.predecessorId !== null ? (
          <div className="edition-facts__item">
            <dt>{t('editions.detail.predecessor')}</dt>
            <dd>
              <a href={editionLink(edition.predecessorId)}>
                {predecessor ? t('editions.detail.editionLink', { title: predecessor.title, period: period(predecessor.periodFrom, predecessor.periodTo) }) : t('editions.detail.predecessorUnknown')}
              </a>
            </dd>
          </div>
        ) : null}
        {successors.length > 0 ? (
          <div className="edition-facts__item">
            <dt>{t('editions.detail.successor', { count: successors.length })}</dt>
            <dd>
              {successors.map((successor, index) => (
                <span key={successor.id}>
                  {index > 0 ? ', ' : null}
                  <a href={editionLink(successor.id)}>{t('editions.detail.editionLink', { title: successor.title, period: period(successor.periodFrom, successor.periodTo) })}</a>
                </span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      <ul className="link-row">
        <li>
          <a className="link-arrow" href={href(paths.fieldsOfAction)} onClick={chooseThis}>
            {t('editions.detail.openFields')}
          </a>
        </li>
        <li>
          <a className="link-arrow" href={href(paths.measures)} onClick={chooseThis}>
            {t('editions.detail.openMeasures')}
          </a>
        </li>
      </ul>
    </section>
  );
}
