import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobDto } from '../../../../../contract';
import { href, paths } from '../../../app/paths';
import { formatNumber } from '../../../i18n/format';
import { useMessage } from '../../../i18n/messages';

/** Step 4: the import with a progress bar; cancel rolls everything back. */
export function RunStep({ job, startError, onCancel, onAgain, onBack }: { job: ImportJobDto | null; startError?: string; onCancel(): void; onAgain(): void; onBack(): void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const id = useId();
  const running = job === null ? !startError : job.state === 'running';
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('contacts.importWizard.run.title')}
      </h2>
      {running ? (
        <>
          <label className="field__label" htmlFor={`${id}-progress`}>
            {t('contacts.importWizard.run.progressLabel')}
          </label>
          <progress id={`${id}-progress`} className="import-progress" max={Math.max(job?.total ?? 1, 1)} value={job?.done ?? 0} />
          <p className="muted" role="status">
            {job ? t('contacts.importWizard.run.progress', { done: formatNumber(job.done), total: formatNumber(job.total) }) : t('contacts.importWizard.run.starting')}
          </p>
          <button type="button" className="button button--secondary" disabled={!job} onClick={onCancel}>
            {t('contacts.importWizard.run.cancel')}
          </button>
        </>
      ) : (
        <div role="status">
          {startError ? <p className="field__error">{startError}</p> : null}
          {job?.state === 'done' && job.result ? (
            <p className="import-result">
              {t('contacts.importWizard.run.done', {
                created: formatNumber(job.result.created),
                merged: formatNumber(job.result.merged),
                skipped: formatNumber(job.result.skipped),
              })}
              {job.result.organizations > 0 ? ` ${t('contacts.importWizard.run.organizations', { count: job.result.organizations })}` : null}
            </p>
          ) : null}
          {job?.state === 'cancelled' ? <p>{t('contacts.importWizard.run.cancelled')}</p> : null}
          {job?.state === 'failed' && job.error ? <p className="field__error">{message(job.error.messageKey, job.error.params)}</p> : null}
        </div>
      )}
      {!running ? (
        <div className="wizard-actions">
          {job?.state === 'done' ? (
            <a className="button button--primary" href={href(paths.contacts)}>
              {t('contacts.importWizard.run.toList')}
            </a>
          ) : (
            <button type="button" className="button button--secondary" onClick={onBack}>
              {t('contacts.importWizard.run.backToReview')}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={onAgain}>
            {t('contacts.importWizard.run.again')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
