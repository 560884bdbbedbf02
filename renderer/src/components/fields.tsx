import { useId, type HTMLInputTypeAttribute, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormController } from '../api/use-form';
import { DateInput } from './date-inputs';
import { FieldError } from './field-error';
import { AlertIcon } from './icons';

interface FieldFrameProps {
  readonly id: string;
  readonly label: string;
  readonly optional?: boolean;
  readonly hint?: ReactNode;
  readonly hintId: string;
  readonly error?: string;
  readonly errorId: string;
  readonly className?: string;
  /** Shown under the control, before the error (e.g. a duplicate hint). */
  readonly after?: ReactNode;
  readonly children: ReactNode;
}

/** Label above, hint under the label, control, error under the control (GOV.UK-style). */
function FieldFrame({ id, label, optional, hint, hintId, error, errorId, className, after, children }: FieldFrameProps) {
  const { t } = useTranslation();
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> ({t('common.optional')})</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children}
      {after}
      {error ? <FieldError id={errorId} text={error} /> : null}
    </div>
  );
}

/** What a field bound to a `useForm` value is told besides its control. */
export interface FormFrameProps<V extends Record<string, string>> {
  readonly form: FormController<V>;
  readonly name: keyof V & string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly optional?: boolean;
  readonly required?: boolean;
  readonly className?: string;
  /** More ids that describe the control (e.g. a live hint under it). */
  readonly describedBy?: string;
  /** Shown under the control, before the error. */
  readonly after?: ReactNode;
}

/** `FieldFrame` for a `useForm` value: the ids and the error come from the form. */
export function FormFieldFrame<V extends Record<string, string>>({ form, name, label, hint, optional, className, after, children }: FormFrameProps<V> & { children: ReactNode }) {
  return (
    <FieldFrame
      id={form.ids.field(name)}
      label={label}
      optional={optional}
      hint={hint}
      hintId={form.ids.hint(name)}
      error={form.errorFor(name)}
      errorId={form.ids.error(name)}
      className={className}
      after={after}
    >
      {children}
    </FieldFrame>
  );
}

/** The value, focus ref, id and ARIA attributes a control bound to a `useForm` value spreads onto itself. */
export function formControlProps<V extends Record<string, string>>({ form, name, hint, required, describedBy }: FormFrameProps<V>) {
  const error = form.errorFor(name);
  const ids = [hint ? form.ids.hint(name) : null, describedBy ?? null, error ? form.ids.error(name) : null].filter(Boolean).join(' ');
  return {
    id: form.ids.field(name),
    name,
    value: form.values[name],
    ref: form.refFor(name),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': ids || undefined,
    'aria-required': required ? true : undefined,
  } as const;
}

// On its own so the date and time fields can show it without importing this file (which uses them).
export { FieldError };

/** What a control needs to be labelled, described and marked invalid. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-required': true | undefined;
}

/**
 * The same field markup for values a screen keeps in its own state rather than in `useForm`:
 * the control is rendered by the caller with the ids and ARIA attributes passed in.
 */
export function Field({
  label,
  hint,
  error,
  optional,
  required,
  className,
  children,
}: {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly optional?: boolean;
  readonly required?: boolean;
  readonly className?: string;
  readonly children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} hintId={hintId} error={error} errorId={errorId} className={className}>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined, 'aria-required': required ? true : undefined })}
    </FieldFrame>
  );
}

interface TextFieldProps<V extends Record<string, string>> extends FormFrameProps<V> {
  readonly type?: HTMLInputTypeAttribute;
  readonly autoComplete?: string;
  readonly multiline?: boolean;
  readonly rows?: number;
  readonly width?: 'short' | 'medium' | 'full';
  readonly spellCheck?: boolean;
}

export function TextField<V extends Record<string, string>>(props: TextFieldProps<V>) {
  const { form, name, type = 'text', autoComplete = 'off', multiline, rows = 3, width = 'full', spellCheck } = props;
  const common = formControlProps(props);
  const controlClass = `field__control field__control--${width}`;
  return (
    <FormFieldFrame {...props}>
      {multiline ? (
        <textarea
          {...common}
          className={controlClass}
          rows={rows}
          spellCheck={spellCheck}
          onChange={(event) => form.setValue(name, event.target.value)}
        />
      ) : type === 'date' ? (
        <DateInput {...common} value={common.value ?? ''} className={controlClass} onChange={(value) => form.setValue(name, value)} />
      ) : (
        <input
          {...common}
          className={controlClass}
          type={type}
          autoComplete={autoComplete}
          spellCheck={spellCheck}
          onChange={(event) => form.setValue(name, event.target.value)}
        />
      )}
    </FormFieldFrame>
  );
}

/** The foot of a form with one submit button: aria-disabled while it is sent (it stays focusable). */
export function FormSubmit({ submitting, label, secondary = false, className }: { submitting: boolean; label: string; secondary?: boolean; className?: string }) {
  return (
    <div className={className ? `form__actions ${className}` : 'form__actions'}>
      <button type="submit" className={`button ${secondary ? 'button--secondary' : 'button--primary'}`} aria-disabled={submitting || undefined}>
        {label}
      </button>
    </div>
  );
}

/** Messages of a failed call that belong to no field. */
export function FormErrors({ messages }: { messages: readonly string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <div className="form-errors" role="alert">
      <AlertIcon />
      <div>
        {messages.length === 1 ? (
          <p>{messages[0]}</p>
        ) : (
          <>
            <p>{t('common.formErrorsTitle')}</p>
            <ul>
              {messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
