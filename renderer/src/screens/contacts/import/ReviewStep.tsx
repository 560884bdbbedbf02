import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDecision, ImportPreviewDto, ImportRowReportDto } from '../../../../../contract';
import { IMPORT_DECISIONS } from '../../../../../contract/contacts-constants';
import { formatNumber } from '../../../i18n/format';
import { useMessage } from '../../../i18n/messages';
import { decideAllDuplicates, plannedCounts, REVIEW_ROWS_SHOWN } from './import-state';

interface ReviewStepProps {
  readonly preview: ImportPreviewDto;
  readonly decisions: Record<string, ImportDecision>;
  onDecisions(decisions: Record<string, ImportDecision>): void;
  onBack(): void;
  onImport(): void;
}

/** Step 3: the dry run. Bad rows with their line and reason (they are skipped), duplicates with a decision each. */
export function ReviewStep({ preview, decisions, onDecisions, onBack, onImport }: ReviewStepProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const id = useId();
  const bad = preview.rows.filter((row) => row.errors.length > 0);
  const duplicates = preview.rows.filter((row) => row.errors.length === 0 && row.duplicateReason);
  const planned = plannedCounts(preview, decisions);
  const decide = (line: number, decision: ImportDecision) => onDecisions({ ...decisions, [String(line)]: decision });
  const duplicateOf = (row: ImportRowReportDto) =>
    row.duplicateOfLine !== null ? t('contacts.importWizard.review.duplicateOfLine', { line: row.duplicateOfLine }) : t('contacts.importWizard.review.duplicateOfContact');

  return (
    <>
      <section className="card" aria-labelledby={`${id}-summary`}>
        <h2 className="card__title" id={`${id}-summary`}>
          {t('contacts.importWizard.review.title')}
        </h2>
        <ul className="import-summary">
          <li>{t('contacts.importWizard.review.rows', { count: preview.rows.length })}</li>
          <li>{t('contacts.importWizard.review.valid', { count: preview.validCount })}</li>
          <li>{t('contacts.importWizard.review.errors', { count: preview.errorCount })}</li>
          <li>{t('contacts.importWizard.review.duplicates', { count: preview.duplicateCount })}</li>
        </ul>
      </section>

      {bad.length > 0 ? (
        <section className="card" aria-labelledby={`${id}-bad`}>
          <h2 className="card__title" id={`${id}-bad`}>
            {t('contacts.importWizard.review.badTitle', { count: bad.length })}
          </h2>
          <p>{t('contacts.importWizard.review.badText')}</p>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('contacts.importWizard.review.badTitle', { count: bad.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('contacts.importWizard.review.line')}</th>
                  <th scope="col">{t('contacts.importWizard.review.name')}</th>
                  <th scope="col">{t('contacts.importWizard.review.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {bad.slice(0, REVIEW_ROWS_SHOWN).map((row) => (
                  <tr key={row.line}>
                    <th scope="row">{t('contacts.importWizard.review.lineN', { line: row.line })}</th>
                    <td>{row.name || t('common.emptyValue')}</td>
                    <td>{row.errors.map((error) => message(error.messageKey)).join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {bad.length > REVIEW_ROWS_SHOWN ? <p className="muted">{t('contacts.importWizard.review.more', { count: bad.length - REVIEW_ROWS_SHOWN })}</p> : null}
        </section>
      ) : null}

      {duplicates.length > 0 ? (
        <section className="card" aria-labelledby={`${id}-dup`}>
          <h2 className="card__title" id={`${id}-dup`}>
            {t('contacts.importWizard.review.duplicatesTitle', { count: duplicates.length })}
          </h2>
          <p>{t('contacts.importWizard.review.duplicatesText')}</p>
          <div className="button-row" role="group" aria-label={t('contacts.importWizard.review.forAll')}>
            <span className="button-row__label" aria-hidden="true">
              {t('contacts.importWizard.review.forAll')}:
            </span>
            {IMPORT_DECISIONS.map((decision) => (
              <button key={decision} type="button" className="button button--secondary button--small" onClick={() => onDecisions(decideAllDuplicates(preview, decisions, decision))}>
                {t(`contacts.importWizard.review.all.${decision}`)}
              </button>
            ))}
          </div>
          <ul className="duplicate-list">
            {duplicates.slice(0, REVIEW_ROWS_SHOWN).map((row) => (
              <li key={row.line}>
                <fieldset className="duplicate">
                  <legend className="duplicate__legend">
                    {t('contacts.importWizard.review.duplicateLegend', {
                      line: row.line,
                      name: row.name,
                      reason: t(`contacts.importWizard.review.reason.${row.duplicateReason}`),
                      of: duplicateOf(row),
                    })}
                  </legend>
                  <div className="duplicate__options">
                    {IMPORT_DECISIONS.map((decision) => (
                      <label key={decision} className="duplicate__option">
                        <input
                          type="radio"
                          name={`${id}-line-${row.line}`}
                          value={decision}
                          checked={(decisions[String(row.line)] ?? 'skip') === decision}
                          onChange={() => decide(row.line, decision)}
                        />
                        <span>{t(`contacts.importWizard.review.decision.${decision}`)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              </li>
            ))}
          </ul>
          {duplicates.length > REVIEW_ROWS_SHOWN ? <p className="muted">{t('contacts.importWizard.review.moreDuplicates', { count: duplicates.length - REVIEW_ROWS_SHOWN })}</p> : null}
        </section>
      ) : null}

      <section className="card" aria-labelledby={`${id}-plan`}>
        <h2 className="card__title" id={`${id}-plan`}>
          {t('contacts.importWizard.review.planTitle')}
        </h2>
        <p>
          {t('contacts.importWizard.review.plan', {
            created: formatNumber(planned.created),
            merged: formatNumber(planned.merged),
            skipped: formatNumber(planned.skipped),
          })}
        </p>
      </section>

      <div className="wizard-actions">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('contacts.importWizard.back')}
        </button>
        <button type="button" className="button button--primary" disabled={planned.created + planned.merged === 0} onClick={onImport}>
          {t('contacts.importWizard.review.start')}
        </button>
      </div>
    </>
  );
}
