import type { ChangeEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormController } from '../../api/use-form';
import { FieldError } from '../../components/fields';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** What a control inside `FormField` spreads onto itself: value, change, ids, ARIA, focus ref. */
export interface FormControlProps {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly ref: (element: Control | null) => void;
  readonly onChange: (event: ChangeEvent<Control>) => void;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-required': true | undefined;
}

interface FormFieldProps<V extends Record<string, string>> {
  readonly form: FormController<V>;
  readonly name: keyof V & string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly optional?: boolean;
  readonly required?: boolean;
  readonly className?: string;
  readonly children: (control: FormControlProps) => ReactNode;
}

/**
 * One labelled field bound to a `useForm` value, with the app's field markup; the caller renders
 * the control (date, time, select, an input with a contact list) and spreads the props onto it.
 */
export function FormField<V extends Record<string, string>>({ form, name, label, hint, optional, required, className, children }: FormFieldProps<V>) {
  const { t } = useTranslation();
  const error = form.errorFor(name);
  const describedBy = [hint ? form.ids.hint(name) : null, error ? form.ids.error(name) : null].filter(Boolean).join(' ');
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
      {children({
        id: form.ids.field(name),
        name,
        value: form.values[name] ?? '',
        ref: form.refFor(name),
        onChange: (event) => form.setValue(name, event.target.value),
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
        'aria-required': required ? true : undefined,
      })}
      {error ? <FieldError id={form.ids.error(name)} text={error} /> : null}
    </div>
  );
}
