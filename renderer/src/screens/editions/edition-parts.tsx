import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError, EditionDto, EditionStatus, FieldError } from '../../../../contract';
import type { FormController } from '../../api/use-form';
import { paths, toPath } from '../../app/paths';
import { navigate } from '../../app/router';
import { useEditions } from '../../leitbild/edition-context';
import { FormFieldFrame, formControlProps, TextField, type FormFrameProps } from '../../components/fields';
import './editions.css';

/** The statuses of an edition, in the order of its life (the contract's EDITION_STATUSES). */
export const EDITION_STATUS_OPTIONS: readonly EditionStatus[] = ['draft', 'adopted', 'published'];

/** The years the contract accepts for a period. */
const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

/** After a new edition: the list knows it, the picker shows it, and its page opens. */
export function useOpenNewEdition(): (edition: EditionDto) => void {
  const { reload, select } = useEditions();
  return (edition) => {
    reload();
    select(edition.id);
    navigate(toPath(paths.edition, { id: edition.id }));
  };
}

/** "2022–2024" (years are never written with a thousands separator). */
export function usePeriod(): (from: number, to: number) => string {
  const { t } = useTranslation();
  return (from, to) => t('leitbild.period', { from, to });
}

/** An edition's status as a small label; the colour only repeats the text. */
export function EditionStatusBadge({ status }: { status: EditionStatus }) {
  const { t } = useTranslation();
  return <span className={`edition-status edition-status--${status}`}>{t(`status.edition.${status}`)}</span>;
}

/** A year as typed ("2025"), or null when it is not one. */
export const parseYear = (value: string): number | null => (/^\s*\d{4}\s*$/.test(value) ? Number(value) : null);

const yearError = (field: string, value: string): FieldError | null => {
  if (value.trim() === '') return { field, messageKey: 'validation.required' };
  const year = parseYear(value);
  return year === null || year < YEAR_MIN || year > YEAR_MAX ? { field, messageKey: 'editions.errors.year' } : null;
};

/**
 * Checks the period before it is sent: a missing or malformed year would otherwise come back as
 * "mindestens 1.990" or "Zahl erwartet", which reads oddly for a year.
 */
export function checkPeriod(values: { periodFrom: string; periodTo: string }): CallError | null {
  const fields = [yearError('periodFrom', values.periodFrom), yearError('periodTo', values.periodTo)].filter((item): item is FieldError => item !== null);
  return fields.length ? { code: 'invalid-input', messageKey: 'errors.invalidInput', fields } : null;
}

/** The main side's range errors for a year say the same in words that fit a year. */
export function withYearMessages(error: CallError): CallError {
  const isYear = (field: string) => field === 'periodFrom' || field === 'periodTo';
  return {
    ...error,
    fields: error.fields.map((item) =>
      isYear(item.field) && item.messageKey !== 'validation.periodOrder' && item.messageKey !== 'validation.required'
        ? { field: item.field, messageKey: 'editions.errors.year' }
        : item,
    ),
  };
}

/**
 * "Zeitraum" with "von" and "bis" side by side; errors appear at the year they concern.
 * `compact` (in a dialog): one line, "Zeitraum  von [2025]  bis [2027]", without the hint.
 */
export function PeriodFields<V extends Record<string, string> & { periodFrom: string; periodTo: string }>({
  form,
  compact = false,
}: {
  form: FormController<V>;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const hintId = `${form.ids.form}-period-hint`;
  return (
    <fieldset className={`period-fields${compact ? ' period-fields--compact' : ''}`} aria-describedby={compact ? undefined : hintId}>
      <legend className="period-fields__legend">{t('editions.fields.period')}</legend>
      {compact ? null : (
        <p className="field__hint period-fields__hint" id={hintId}>
          {t('editions.fields.periodHint')}
        </p>
      )}
      <div className="period-fields__row">
        <TextField form={form} name="periodFrom" label={t('editions.fields.periodFrom')} width="short" required autoComplete="off" />
        <TextField form={form} name="periodTo" label={t('editions.fields.periodTo')} width="short" required autoComplete="off" />
      </div>
    </fieldset>
  );
}

interface SelectFieldProps<V extends Record<string, string>> extends FormFrameProps<V> {
  readonly children: ReactNode;
}

/** A labelled `<select>` with the same frame as TextField (label, hint, error at the field). */
export function SelectField<V extends Record<string, string>>({ children, ...props }: SelectFieldProps<V>) {
  const { form, name } = props;
  return (
    <FormFieldFrame {...props}>
      <select {...formControlProps(props)} className="field__control field__control--medium" onChange={(event) => form.setValue(name, event.target.value)}>
        {children}
      </select>
    </FormFieldFrame>
  );
}

/** Entwurf / beschlossen / veröffentlicht. */
export function EditionStatusField<V extends Record<string, string> & { status: string }>({ form, hint }: { form: FormController<V>; hint?: string }) {
  const { t } = useTranslation();
  return (
    <SelectField form={form} name="status" label={t('editions.fields.status')} hint={hint}>
      {EDITION_STATUS_OPTIONS.map((status) => (
        <option key={status} value={status}>
          {t(`status.edition.${status}`)}
        </option>
      ))}
    </SelectField>
  );
}
