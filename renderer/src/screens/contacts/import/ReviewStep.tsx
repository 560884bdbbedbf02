import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportDecision, ImportPreviewDto, ImportRowReportDto } from '../../../../../contract';
import { IMPORT_DECISIONS } from '../../../../../contract/contacts-constants';
import { formatNumber } from '../../../i18n/format';
import { useMessage } from '../../../i18n/messages';
import { badRowsOf, badRowsSkipped, decideAllDuplicates, plannedCounts, REVIEW_ROWS_SHOWN, skipBadRows } from './import-state';

interface ReviewStepProps {
  readonly preview: ImportPreviewDto;
  readonly decisions: Record<string, ImportDecision>;
  onDecisions(decisions: Record<string, ImportDecision>): void;
  onBack(): void;
  onImport(): void;
  /** Offers the bad rows as a CSV to fix and import again. */
  onSaveRejects(): Promise<void>;
}

/**
 * Step 3: the dry run. Bad rows with their row number and reason; they go in only by choice (left
 * out, and saved as a CSV to fix). Notices (an Exchange address passed over); duplicates with a
 * decision each.
 */
export function ReviewStep({ preview, decisions, onDecisions, onBack, onImport, onSaveRejects }: ReviewStepProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const id = useId();
  const [choiceMissing, setChoiceMissing] = useState(false);
  const [savingRejects, setSavingRejects] = useState(false);
  const skipChoice = useRef<HTMLInputElement>(null);
  const bad = badRowsOf(preview);
  const noticed = preview.rows.filter((row) => row.notices.length > 0);
  const skipped = badRowsSkipped(preview, decisions);
  // "Zeile 12" as Excel shows it; the line in the file too when a multi-line cell moved it.
  const rowLabel = (row: { record: number; line: number }) =>
    row.record === row.line ? t('contacts.importWizard.review.rowN', { record: row.record }) : t('contacts.importWizard.review.rowAtLine', { record: row.record, line: row.line });
  const startImport = () => {
    if (bad.length > 0 && !skipped) {
      setChoiceMissing(true);
      skipChoice.current?.focus();
      return;
    }
    onImport();
  };
  const saveRejects = async () => {
    setSavingRejects(true);
    try {
      await onSaveRejects();
    } finally {
      setSavingRejects(false);
    }
  };
  const duplicates = preview.rows.filter((row) => row.errors.length === 0 && row.duplicateReason);
  const planned = plannedCounts(preview, decisions);
  const decide = (line: number, decision: ImportDecision) => onDecisions({ ...decisions, [String(line)]: decision });
  const duplicateOf = (row: ImportRowReportDto) =>
    row.duplicateOfRecord !== null ? t('contacts.importWizard.review.duplicateOfLine', { line: row.duplicateOfRecord }) : t('contacts.importWizard.review.duplicateOfContact');

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
                    <th scope="row">{rowLabel(row)}</th>
                    <td>{row.name || t('common.emptyValue')}</td>
                    <td>{row.errors.map((error) => message(error.messageKey)).join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {bad.length > REVIEW_ROWS_SHOWN ? <p className="muted">{t('contacts.importWizard.review.more', { count: bad.length - REVIEW_ROWS_SHOWN })}</p> : null}
          <div className="import-skip">
            <label className="import-skip__label">
              <input
                ref={skipChoice}
                type="checkbox"
                checked={skipped}
                aria-invalid={choiceMissing && !skipped ? true : undefined}
                aria-describedby={choiceMissing && !skipped ? `${id}-choice-error` : undefined}
                onChange={(event) => onDecisions(skipBadRows(preview, decisions, event.target.checked))}
              />
              <span>{t('contacts.importWizard.review.skipBad', { count: bad.length })}</span>
            </label>
            {choiceMissing && !skipped ? (
              <p className="field__error" id={`${id}-choice-error`} role="alert">
                {t('contacts.importWizard.review.skipBadMissing')}
              </p>
            ) : null}
          </div>
          <div className="button-row">
            <button type="button" className="button button--secondary" disabled={savingRejects} aria-busy={savingRejects || undefined} onClick={() => void saveRejects()}>
              {t('contacts.importWizard.review.saveRejects')}
            </button>
          </div>
        </section>
      ) : null}

      {noticed.length > 0 ? (
        <section className="card" aria-labelledby={`${id}-notices`}>
          <h2 className="card__title" id={`${id}-notices`}>
            {t('contacts.importWizard.review.noticesTitle', { count: noticed.length })}
          </h2>
          <ul>
            {noticed.slice(0, REVIEW_ROWS_SHOWN).map((row) => (
              <li key={row.line}>
                {t('contacts.importWizard.review.notice', {
                  row: rowLabel(row),
                  name: row.name || t('common.emptyValue'),
                  notices: row.notices.map((notice) => message(notice.messageKey, notice.params)).join(' '),
                })}
              </li>
            ))}
          </ul>
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
                      line: row.record,
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
        {/* A sentence of its own: run on after "übersprungen: 0" it read as one. */}
        {planned.organizations > 0 ? <p>{t('contacts.importWizard.review.planOrganizations', { count: planned.organizations })}</p> : null}
      </section>

      <div className="wizard-actions">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('contacts.importWizard.back')}
        </button>
        <button type="button" className="button button--primary" disabled={planned.created + planned.merged + planned.organizations === 0} onClick={startImport}>
          {t('contacts.importWizard.review.start')}
        </button>
      </div>
    </>
  );
}
