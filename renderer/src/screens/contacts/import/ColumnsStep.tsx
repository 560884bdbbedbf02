import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMappingProblemDto, ImportPreviewDto, ImportTarget } from '../../../../../contract';
import { IMPORT_TARGETS } from '../../../../../contract/contacts-constants';
import { FieldError } from '../../../components/fields';
import { useMessage } from '../../../i18n/messages';
import type { ImportSource } from './import-state';

const SEPARATORS = [',', ';', '\t'] as const;
const ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le'] as const;
const separatorKey = (separator: string) => (separator === ',' ? 'comma' : separator === ';' ? 'semicolon' : 'tab');

interface ColumnsStepProps {
  readonly preview: ImportPreviewDto;
  readonly source: ImportSource;
  readonly busy: boolean;
  readonly mappingError?: string;
  onChange(change: Partial<ImportSource>): void;
  onBack(): void;
  onNext(): void;
}

/**
 * Step 2: what was detected (format, separator, encoding; each can be changed), the column
 * mapping for files that are not Outlook's, and the first rows as they will be read.
 */
export function ColumnsStep({ preview, source, busy, mappingError, onChange, onBack, onNext }: ColumnsStepProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const id = useId();
  const [blocked, setBlocked] = useState(false);
  const mapping = source.mapping ?? preview.mapping;
  const setTarget = (header: string, target: ImportTarget) => onChange({ mapping: { ...mapping, [header]: target } });
  const columns = preview.headers.map((header, index) => ({ header, index, target: mapping[header] ?? 'ignore' }));
  // Outlook writes ~90 columns, most of them empty: the mapping and the rows show those with content.
  const filled = new Set(preview.filledHeaders);
  // A field fed by two columns is named at each of them (an empty column among them is shown too).
  const twiceAt = new Map<string, ImportMappingProblemDto>(preview.mappingProblems.flatMap((problem) => problem.headers.map((header) => [header, problem] as const)));
  const missingField = preview.mappingProblems.find((problem) => problem.headers.length === 0);
  const mappedColumns = columns.filter((column) => filled.has(column.header) || twiceAt.has(column.header));
  const shownColumns = mappedColumns.filter((column) => column.target !== 'ignore');
  const emptyCount = columns.length - mappedColumns.length;
  const notesCount = mappedColumns.filter((column) => column.target === 'note').length;
  const selectId = (index: number) => `${id}-target-${index}`;
  const quoted = (header: string) => t('contacts.importWizard.columns.quoted', { text: header });
  const twiceText = (header: string, problem: ImportMappingProblemDto) => {
    const others = problem.headers.filter((other) => other !== header);
    return t('contacts.importWizard.columns.mappedTwice', { count: others.length, target: t(`contacts.importWizard.targets.${mapping[header] ?? 'ignore'}`), others: others.map(quoted).join(', ') });
  };
  const next = () => {
    if (busy) return;
    if (preview.mappingProblems.length === 0) {
      onNext();
      return;
    }
    // Nothing is checked or imported under a mapping the import would refuse: the first column to change gets the focus.
    setBlocked(true);
    const first = mappedColumns.find((column) => twiceAt.has(column.header)) ?? mappedColumns[0];
    if (first) document.getElementById(selectId(first.index))?.focus();
  };
  // The core reads a file with a byte order mark in the encoding the mark names, whatever was chosen.
  const overridden = source.encoding !== undefined && source.encoding !== preview.encoding;
  return (
    <>
      <section className="card" aria-labelledby={`${id}-detect`}>
        <h2 className="card__title" id={`${id}-detect`}>
          {t('contacts.importWizard.columns.detectedTitle')}
        </h2>
        <p>
          {t('contacts.importWizard.columns.detected', {
            fileName: source.fileName,
            format: t(`contacts.importWizard.format.${preview.format}`),
          })}
        </p>
        {preview.fileType === 'xlsx' ? <p>{t('contacts.importWizard.columns.xlsxRead')}</p> : null}
        {/* A workbook has neither separator nor character set; a vCard file no separator. */}
        <div className="contact-form__row" hidden={preview.fileType === 'xlsx'}>
          {preview.format === 'vcard' ? null : (
            <div className="field">
              <label className="field__label" htmlFor={`${id}-separator`}>
                {t('contacts.importWizard.columns.separator')}
              </label>
              <select id={`${id}-separator`} className="field__control field__control--medium" value={preview.separator} disabled={busy} onChange={(event) => onChange({ separator: event.target.value as ImportSource['separator'] })}>
                {SEPARATORS.map((separator) => (
                  <option key={separator} value={separator}>
                    {t(`contacts.importWizard.separators.${separatorKey(separator)}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label className="field__label" htmlFor={`${id}-encoding`}>
              {t('contacts.importWizard.columns.encoding')}
            </label>
            <select
              id={`${id}-encoding`}
              className="field__control field__control--medium"
              value={preview.encoding}
              disabled={busy}
              aria-describedby={overridden ? `${id}-encoding-hint` : undefined}
              onChange={(event) => onChange({ encoding: event.target.value as ImportSource['encoding'] })}
            >
              {ENCODINGS.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {t(`contacts.importWizard.encodings.${encoding}`)}
                </option>
              ))}
            </select>
            {overridden ? (
              <p className="field__hint" id={`${id}-encoding-hint`} role="status">
                {t(`contacts.importWizard.columns.bomOverride.${preview.encoding}`, { chosen: t(`contacts.importWizard.encodings.${source.encoding}`) })}
              </p>
            ) : null}
          </div>
        </div>
      </section>

      <section className="card" aria-labelledby={`${id}-mapping`}>
        <h2 className="card__title" id={`${id}-mapping`}>
          {t('contacts.importWizard.columns.mappingTitle')}
        </h2>
        {preview.format === 'vcard' ? (
          <p>{t('contacts.importWizard.columns.vcardMapped')}</p>
        ) : (
          <>
            <p>{t(preview.format === 'outlook' && !source.mapping ? 'contacts.importWizard.columns.outlookMapped' : 'contacts.importWizard.columns.mappingText')}</p>
            <p className="muted">
              {[
                t('contacts.importWizard.columns.filledColumns', { count: mappedColumns.length }),
                notesCount > 0 ? t('contacts.importWizard.columns.filledNotes', { count: notesCount }) : '',
                emptyCount > 0 ? t('contacts.importWizard.columns.emptyHidden', { count: emptyCount }) : '',
              ]
                .filter(Boolean)
                .join(' ')}
            </p>
            {missingField ? (
              <p className="field__error" role="alert">
                {message(missingField.messageKey, missingField.params)}
              </p>
            ) : null}
            {mappingError ? (
              <p className="field__error" role="alert">
                {mappingError}
              </p>
            ) : null}
            <div className="table-wrap">
              <table className="table import-mapping">
                <caption className="visually-hidden">{t('contacts.importWizard.columns.mappingTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('contacts.importWizard.columns.header')}</th>
                    <th scope="col">{t('contacts.importWizard.columns.example')}</th>
                    <th scope="col">{t('contacts.importWizard.columns.target')}</th>
                  </tr>
                </thead>
                <tbody>
                  {mappedColumns.map((column) => {
                    const twice = twiceAt.get(column.header);
                    return (
                      <tr key={column.header}>
                        <th scope="row">{column.header}</th>
                        <td className="import-mapping__example">{preview.previewRows.find((row) => row[column.index]?.trim())?.[column.index] ?? ''}</td>
                        <td className={twice ? 'field field--invalid' : undefined}>
                          <select
                            id={selectId(column.index)}
                            className="field__control"
                            aria-label={t('contacts.importWizard.columns.targetFor', { header: column.header })}
                            aria-invalid={twice ? true : undefined}
                            aria-describedby={twice ? `${selectId(column.index)}-error` : undefined}
                            value={column.target}
                            disabled={busy}
                            onChange={(event) => setTarget(column.header, event.target.value as ImportTarget)}
                          >
                            {IMPORT_TARGETS.map((target) => (
                              <option key={target} value={target}>
                                {t(`contacts.importWizard.targets.${target}`)}
                              </option>
                            ))}
                          </select>
                          {twice ? <FieldError id={`${selectId(column.index)}-error`} text={twiceText(column.header, twice)} /> : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      {/* The scroll area below is the region named by this heading (one landmark, not two). */}
      <section className="card card--flush">
        <div className="card__header card__header--padded">
          <h2 className="card__title" id={`${id}-rows`}>
            {t('contacts.importWizard.columns.previewTitle', { count: preview.previewRows.length })}
          </h2>
        </div>
        {/* Scrolls on its own: focusable so keyboard users can scroll it too. */}
        <div className="table-wrap import-preview" tabIndex={0} role="region" aria-labelledby={`${id}-rows`}>
          <table className="table">
            <caption className="visually-hidden">{t('contacts.importWizard.columns.previewTitle', { count: preview.previewRows.length })}</caption>
            <thead>
              <tr>
                {/* The file's column, and the field it goes to: nine columns "in die Notizen" must stay apart. */}
                {shownColumns.map((column) => (
                  <th key={column.header} scope="col">
                    {column.header}
                    <span className="visually-hidden">: </span>
                    <span className="import-preview__target">{t(`contacts.importWizard.targets.${column.target}`)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.previewRows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {shownColumns.map((column) => (
                    <td key={column.header} className="import-preview__cell">
                      {row[column.index] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <div className="wizard-actions">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('contacts.importWizard.back')}
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={busy || preview.mappingProblems.length > 0 || undefined}
          aria-describedby={blocked && preview.mappingProblems.length > 0 ? `${id}-blocked` : undefined}
          onClick={next}
        >
          {t('contacts.importWizard.columns.next')}
        </button>
      </div>
      {blocked && preview.mappingProblems.length > 0 ? (
        <p className="field__error" id={`${id}-blocked`} role="alert">
          {t('contacts.importWizard.columns.fixMappingFirst')}
        </p>
      ) : null}
    </>
  );
}
