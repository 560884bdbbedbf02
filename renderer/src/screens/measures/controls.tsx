import type { InputHTMLAttributes, KeyboardEvent, ReactNode, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormController } from '../../api/use-form';
import { AlertIcon } from '../../components/icons';

/**
 * Form fields for the measure screens, with the same markup and classes as
 * `components/fields.tsx` (label, hint, control, error), plus selects and free input attributes.
 */
interface FrameProps<V extends Record<string, string>> {
  readonly form: FormController<V>;
  readonly name: keyof V & string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly optional?: boolean;
  readonly required?: boolean;
  readonly className?: string;
  /** More ids that describe the control (e.g. a live hint under it). */
  readonly describedBy?: string;
  /** Shown under the control, before the error (e.g. the duplicate hint). */
  readonly after?: ReactNode;
}

function Frame<V extends Record<string, string>>({ form, name, label, hint, optional, className, children, after }: FrameProps<V> & { children: ReactNode }) {
  const { t } = useTranslation();
  const error = form.errorFor(name);
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={form.ids.field(name)}>
        {label}
        {optional ? <span className="field__optional"> ({t('common.optional')})</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={form.ids.hint(name)}>
          {hint}
        </p>
      ) : null}
      {children}
      {after}
      {error ? (
        <p className="field__error" id={form.ids.error(name)}>
          <AlertIcon size={18} />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}

function common<V extends Record<string, string>>({ form, name, hint, required, describedBy }: FrameProps<V>) {
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

type Width = 'tiny' | 'short' | 'medium' | 'full';

interface InputFieldProps<V extends Record<string, string>> extends FrameProps<V> {
  readonly width?: Width;
  readonly type?: 'text' | 'date' | 'search';
  readonly inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  readonly placeholder?: string;
  readonly spellCheck?: boolean;
  readonly onChange?: (value: string) => void;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export function InputField<V extends Record<string, string>>(props: InputFieldProps<V>) {
  const { form, name, width = 'full', type = 'text', inputMode, placeholder, spellCheck, onChange, onKeyDown } = props;
  return (
    <Frame {...props}>
      <input
        {...common(props)}
        className={`field__control field__control--${width}`}
        type={type}
        inputMode={inputMode}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={spellCheck}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          form.setValue(name, event.target.value);
          onChange?.(event.target.value);
        }}
      />
    </Frame>
  );
}

interface TextAreaFieldProps<V extends Record<string, string>> extends FrameProps<V> {
  readonly rows?: number;
  readonly onKeyDown?: TextareaHTMLAttributes<HTMLTextAreaElement>['onKeyDown'];
}

export function TextAreaField<V extends Record<string, string>>(props: TextAreaFieldProps<V>) {
  const { form, name, rows = 3, onKeyDown } = props;
  return (
    <Frame {...props}>
      <textarea
        {...common(props)}
        className="field__control field__control--full"
        rows={rows}
        onKeyDown={onKeyDown}
        onChange={(event) => form.setValue(name, event.target.value)}
      />
    </Frame>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps<V extends Record<string, string>> extends FrameProps<V> {
  readonly options: readonly Option[];
  /** A first, empty choice ("Bitte wählen"). */
  readonly placeholder?: string;
  readonly width?: Width;
  readonly onChange?: (value: string) => void;
}

export function SelectField<V extends Record<string, string>>(props: SelectFieldProps<V>) {
  const { form, name, options, placeholder, width = 'medium', onChange } = props;
  return (
    <Frame {...props}>
      <select
        {...common(props)}
        className={`field__control field__control--${width}`}
        onChange={(event) => {
          form.setValue(name, event.target.value);
          onChange?.(event.target.value);
        }}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
