import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionDto, EditionSummaryDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { href, paths, toPath } from '../../app/paths';
import { FormErrors, TextField, FormSubmit } from '../../components/fields';
import { LayersIcon } from '../../components/icons';
import { useToasts } from '../../components/toasts';
import { formatDateShort, formatNumber } from '../../i18n/format';
import { useEditions } from '../../leitbild/edition-context';
import { LeitbildPage } from '../../leitbild/LeitbildPage';
import { checkPeriod, EditionStatusBadge, EditionStatusField, PeriodFields, useOpenNewEdition, usePeriod, withYearMessages } from './edition-parts';
import { FromPreviousDialog } from './FromPreviousDialog';
import { EmptyValue } from '../../components/EmptyValue';
import { LoadState } from '../../components/LoadState';


function Adoption({ edition }: { edition: EditionSummaryDto }) {
  const { t } = useTranslation();
  if (!edition.adoptedOn && !edition.drucksache) return <EmptyValue />;
  return (
    <span className="edition-adoption">
      {edition.adoptedOn ? <span>{t('editions.list.adoptedOn', { date: formatDateShort(edition.adoptedOn) })}</span> : null}
      {edition.drucksache ? <span className="muted">{t('editions.list.drucksache', { number: edition.drucksache })}</span> : null}
    </span>
  );
}

function EditionsTable({ editions, currentId }: { editions: readonly EditionSummaryDto[]; currentId: number | undefined }) {
  const { t } = useTranslation();
  const period = usePeriod();
  return (
    <div className="table-wrap">
      <table className="table editions-table">
        <caption className="visually-hidden">{t('editions.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('editions.list.columns.edition')}</th>
            <th scope="col">{t('editions.list.columns.period')}</th>
            <th scope="col">{t('editions.list.columns.status')}</th>
            <th scope="col">{t('editions.list.columns.adoption')}</th>
            <th scope="col" className="table__count">
              {t('editions.list.columns.fields')}
            </th>
            <th scope="col" className="table__count">
              {t('editions.list.columns.measures')}
            </th>
          </tr>
        </thead>
        <tbody>
          {editions.map((edition) => (
            <tr key={edition.id}>
              <th scope="row" className="editions-table__title">
                <span className="editions-table__name">
                  <a href={href(toPath(paths.edition, { id: edition.id }))}>{edition.title}</a>
                  {edition.id === currentId ? <span className="current-tag">{t('editions.list.current')}</span> : null}
                </span>
                {edition.subtitle ? <span className="editions-table__subtitle">{edition.subtitle}</span> : null}
              </th>
              <td className="nowrap">{period(edition.periodFrom, edition.periodTo)}</td>
              <td>
                <EditionStatusBadge status={edition.status} />
              </td>
              <td>
                <Adoption edition={edition} />
              </td>
              <td className="table__count">{formatNumber(edition.fieldCount)}</td>
              <td className="table__count">{formatNumber(edition.measureCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type CreateValues = { title: string; subtitle: string; periodFrom: string; periodTo: string; status: string };

/** "Neue Ausgabe anlegen": on success a toast, the picker switches to it and its page opens. */
function CreateEditionForm() {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const openNew = useOpenNewEdition();
  const form = useForm<CreateValues>({ title: '', subtitle: '', periodFrom: '', periodTo: '', status: 'draft' });

  const onSubmit = form.onSubmit(async (values) => {
    const invalid = checkPeriod(values);
    if (invalid) return invalid;
    const result = await api.call('editions.create', {
      title: values.title,
      subtitle: values.subtitle,
      periodFrom: Number(values.periodFrom),
      periodTo: Number(values.periodTo),
      status: values.status as EditionDto['status'],
    });
    if (!result.ok) return withYearMessages(result.error);
    toasts.success(t('editions.toasts.created', { title: result.data.title }));
    openNew(result.data);
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
      <FormErrors messages={form.formErrors} />
      <TextField form={form} name="title" label={t('editions.fields.title')} hint={t('editions.fields.titleHint')} required />
      <TextField form={form} name="subtitle" label={t('editions.fields.subtitle')} optional />
      <PeriodFields form={form} />
      <EditionStatusField form={form} />
      <FormSubmit submitting={form.submitting} label={t('editions.create.submit')} />
    </form>
  );
}

/** Ausgaben: all editions of the Leitbild, "Neue Ausgabe aus der letzten" and a create form. */
export function EditionsScreen() {
  const { t } = useTranslation();
  return (
    <LeitbildPage title={t('editions.title')} intro={<p>{t('editions.intro')}</p>}>
      <EditionsContent />
    </LeitbildPage>
  );
}

function EditionsContent() {
  const { t } = useTranslation();
  const { editions, current, loading, reload } = useEditions();
  const [fromPrevious, setFromPrevious] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const period = usePeriod();
  const newest = editions?.[0];

  return (
    <>
      <section className="card card--flush" aria-labelledby="editions-list-title">
        <div className="card__header card__header--split">
          <h2 className="card__title" id="editions-list-title">
            {editions ? t('editions.list.heading', { count: editions.length }) : t('editions.title')}
          </h2>
          {newest ? (
            <button type="button" className="button button--primary" ref={openButton} onClick={() => setFromPrevious(true)}>
              <LayersIcon size={18} />
              {t('editions.fromPrevious.open')}
            </button>
          ) : null}
        </div>
        {newest ? (
          <p className="card__note">
            {t('editions.fromPrevious.openHint', { title: newest.title, period: period(newest.periodFrom, newest.periodTo) })}
          </p>
        ) : null}
        {!editions ? (
          <LoadState failed={!loading} onRetry={reload} className="card__body" />
        ) : editions.length === 0 ? (
          <div className="card__body empty-state">
            <p className="empty-state__title">{t('editions.list.empty.title')}</p>
            <p>{t('editions.list.empty.text')}</p>
          </div>
        ) : (
          <EditionsTable editions={editions} currentId={current?.id} />
        )}
      </section>

      <section className="card" aria-labelledby="editions-create-title">
        <h2 className="card__title" id="editions-create-title">
          {t('editions.create.title')}
        </h2>
        <p className="card__lead">{t('editions.create.intro')}</p>
        <CreateEditionForm />
      </section>

      {fromPrevious && newest ? (
        <FromPreviousDialog previous={newest} onClose={() => setFromPrevious(false)} fallbackFocus={() => openButton.current} />
      ) : null}
    </>
  );
}
