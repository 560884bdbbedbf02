import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureDto } from '../../../../contract';
import { useCall } from '../../api/use-call';
import { href, paths, toPath } from '../../app/paths';
import { useRoute } from '../../app/router';
import { useEditions } from '../../leitbild/edition-context';
import { LeitbildPage } from '../../leitbild/LeitbildPage';
import { StatusBadge } from '../../leitbild/StatusBadge';
import { formatDateShort, formatNumber } from '../../i18n/format';
import { allowedTargets } from './measure-helpers';
import { MeasureForm } from './MeasureForm';
import { MeasureHistory } from './MeasureHistory';
import { byNewest, ProgressNotes } from './ProgressNotes';
import { StatusChangeDialog } from './StatusChangeDialog';
import './measures.css';
import { BackLink } from '../../components/BackLink';
import { CallLoadState } from '../../components/LoadState';
import { useLiveReload } from '../../app/live-changes';

/** A measure's page shows these tables: its fields, tags, notes and history. */
const MEASURE_PAGE_TABLES = ['measure', 'measure_tag', 'progress_note', 'status_change', 'field_of_action'];

/** One measure: all its fields, its status with the history, progress notes and the predecessor. */
export function MeasureScreen() {
  const { params } = useRoute();
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  return <MeasureDetail key={id} id={id} />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <LeitbildPage title={t('measures.detail.notFoundTitle')}>
      <section className="card empty-state" role="alert">
        <p className="empty-state__title">{t('measures.detail.notFoundText')}</p>
        <p>{t('measures.detail.notFoundHint')}</p>
        <BackToMeasures />
      </section>
    </LeitbildPage>
  );
}

function BackToMeasures() {
  const { t } = useTranslation();
  return <BackLink to={paths.measures} label={t('measures.detail.backToList')} />;
}

function MeasureDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const measure = useCall('measures.get', { id });
  useLiveReload(measure.reload, MEASURE_PAGE_TABLES);
  const data = measure.data;

  if (!data) {
    if (measure.status === 'failed' && measure.error?.code === 'not-found') return <NotFound />;
    return (
      <LeitbildPage title={t('measures.detail.loadingTitle')}>
        <BackToMeasures />
        <CallLoadState call={measure} className={measure.status === 'failed' ? 'card' : undefined} />
      </LeitbildPage>
    );
  }

  return <MeasurePage measure={data} setMeasure={measure.setData} reload={measure.reload} />;
}

interface MeasurePageProps {
  readonly measure: MeasureDto;
  setMeasure(update: (previous: MeasureDto | undefined) => MeasureDto): void;
  reload(): void;
}

/** The heading with what people come to do – change the status, add a note – first after it in the tab order. */
function MeasurePage(props: MeasurePageProps) {
  const { t } = useTranslation();
  const { measure } = props;
  const [changing, setChanging] = useState(false);
  const notes = useRef<HTMLElement>(null);
  const canChange = allowedTargets([measure.status]).length > 0;
  // Focusing the note's text field also scrolls it into view.
  const writeNote = () => notes.current?.querySelector('textarea')?.focus();
  return (
    <LeitbildPage
      title={t('measures.detail.title', { code: measure.code, title: measure.title })}
      actions={
        <>
          {canChange ? (
            <button type="button" className="button button--primary" onClick={() => setChanging(true)}>
              {t('measures.detail.changeStatus')}
            </button>
          ) : null}
          <button type="button" className="button button--secondary" onClick={writeNote}>
            {t('measures.detail.addNote')}
          </button>
        </>
      }
    >
      <MeasureBody {...props} changing={changing} onChangeClosed={() => setChanging(false)} notes={notes} />
    </LeitbildPage>
  );
}

function MeasureBody({
  measure,
  setMeasure,
  reload,
  changing,
  onChangeClosed,
  notes,
}: MeasurePageProps & { changing: boolean; onChangeClosed: () => void; notes: RefObject<HTMLElement | null> }) {
  const { t, i18n } = useTranslation();
  const { editions, current, select } = useEditions();
  const fields = useCall('fieldsOfAction.list', { editionId: measure.editionId });
  const statusHeading = useRef<HTMLHeadingElement>(null);
  const targets = allowedTargets([measure.status]);

  // The edition picker follows the measure shown (e.g. after following a predecessor link).
  const synced = useRef(false);
  useEffect(() => {
    if (synced.current || !editions) return;
    synced.current = true;
    if (current?.id !== measure.editionId && editions.some((edition) => edition.id === measure.editionId)) select(measure.editionId);
  }, [editions, current, measure.editionId, select]);

  return (
    <>
      <BackToMeasures />
      <div className="measure-summary">
        <span className="measure-summary__item">
          <span className="measure-summary__label">{t('measures.detail.status')}:</span> <StatusBadge status={measure.status} />
        </span>
        <span className="measure-summary__item">
          <span className="measure-summary__label">{t('measures.form.field')}:</span> {measure.fieldOfActionName}
        </span>
        <span className="measure-summary__item">
          <span className="measure-summary__label">{t('measures.columns.priority')}:</span> {formatNumber(measure.priorityPoints)}
        </span>
        <span className="measure-summary__item">
          <span className="measure-summary__label">{t('measures.detail.updated')}:</span> {formatDateShort(measure.updatedAt)}
        </span>
      </div>

      <div className="measure-layout">
        <section className="card measure-form" aria-labelledby="measure-form-title">
          <h2 className="card__title" id="measure-form-title">
            {t('measures.detail.formTitle')}
          </h2>
          <MeasureForm
            key={measure.id}
            measure={measure}
            fields={fields.data ?? []}
            onSaved={(saved) => setMeasure(() => saved)}
          />
        </section>

        <div>
          <section className="card status-panel" aria-labelledby="measure-status-title">
            <h2 className="card__title" id="measure-status-title" ref={statusHeading} tabIndex={-1}>
              {t('measures.detail.status')}
            </h2>
            <div className="status-panel__current">
              <StatusBadge status={measure.status} />
            </div>
            {targets.length === 0 ? (
              <p className="status-panel__final">{t('measures.detail.finalStatus')}</p>
            ) : (
              <p className="status-panel__final">
                {t('measures.detail.nextStatuses', {
                  statuses: new Intl.ListFormat(i18n.resolvedLanguage, { type: 'disjunction' }).format(
                    targets.map((status) => t('measures.detail.quoted', { text: t(`status.measure.${status}`) })),
                  ),
                })}
              </p>
            )}
            {measure.predecessor ? (
              <p className="predecessor">
                {t('measures.detail.continuedFrom')}{' '}
                <a href={href(toPath(paths.measure, { id: measure.predecessor.id }))}>
                  {t('measures.detail.predecessor', { code: measure.predecessor.code, edition: measure.predecessor.editionTitle })}
                </a>
              </p>
            ) : null}
          </section>

          <section className="card" aria-labelledby="measure-history-title">
            <h2 className="card__title" id="measure-history-title">
              {t('measures.history.title')}
            </h2>
            <p className="card__subtitle">{t('measures.history.order')}</p>
            <MeasureHistory history={measure.history} />
          </section>

          <section className="card" aria-labelledby="measure-notes-title" ref={notes}>
            <h2 className="card__title" id="measure-notes-title">
              {t('measures.notes.title')}
            </h2>
            <ProgressNotes
              measureId={measure.id}
              notes={measure.notes}
              onAdded={(note) => setMeasure((previous) => ({ ...(previous ?? measure), notes: [note, ...(previous ?? measure).notes].sort(byNewest) }))}
            />
          </section>
        </div>
      </div>

      {changing ? (
        <StatusChangeDialog
          measures={[measure]}
          onClose={onChangeClosed}
          fallbackFocus={() => statusHeading.current}
          onChanged={(rows) => {
            const row = rows.find((each) => each.id === measure.id);
            if (row) setMeasure((previous) => ({ ...(previous ?? measure), ...row }));
            reload();
          }}
        />
      ) : null}
    </>
  );
}
