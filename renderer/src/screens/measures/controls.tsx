import type { InputHTMLAttributes, KeyboardEvent, TextareaHTMLAttributes } from 'react';
import { DateInput } from '../../components/date-inputs';
import { FormFieldFrame, formControlProps, type FormFrameProps } from '../../components/fields';

/*
 * Form fields for the measure screens on the shared field frame of `components/fields.tsx`
 * (label, hint, control, error), plus selects and free input attributes.
 */

type Width = 'tiny' | 'short' | 'medium' | 'full';

interface InputFieldProps<V extends Record<string, string>> extends FormFrameProps<V> {
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
  if (type === 'date') {
    return (
      <FormFieldFrame {...props}>
        <DateInput
          {...formControlProps(props)}
          value={form.values[name] ?? ''}
          className={`field__control field__control--${width}`}
          onKeyDown={onKeyDown}
          onChange={(value) => {
            form.setValue(name, value);
            onChange?.(value);
          }}
        />
      </FormFieldFrame>
    );
  }
  return (
    <FormFieldFrame {...props}>
      <input
        {...formControlProps(props)}
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
    </FormFieldFrame>
  );
}

interface TextAreaFieldProps<V extends Record<string, string>> extends FormFrameProps<V> {
  readonly rows?: number;
  readonly onKeyDown?: TextareaHTMLAttributes<HTMLTextAreaElement>['onKeyDown'];
}

export function TextAreaField<V extends Record<string, string>>(props: TextAreaFieldProps<V>) {
  const { form, name, rows = 3, onKeyDown } = props;
  return (
    <FormFieldFrame {...props}>
      <textarea
        {...formControlProps(props)}
        className="field__control field__control--full"
        rows={rows}
        onKeyDown={onKeyDown}
        onChange={(event) => form.setValue(name, event.target.value)}
      />
    </FormFieldFrame>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps<V extends Record<string, string>> extends FormFrameProps<V> {
  readonly options: readonly Option[];
  /** A first, empty choice ("Bitte wählen"). */
  readonly placeholder?: string;
  readonly width?: Width;
  readonly onChange?: (value: string) => void;
}

export function SelectField<V extends Record<string, string>>(props: SelectFieldProps<V>) {
  const { form, name, options, placeholder, width = 'medium', onChange } = props;
  return (
    <FormFieldFrame {...props}>
      <select
        {...formControlProps(props)}
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
    </FormFieldFrame>
  );
}
