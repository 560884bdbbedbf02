import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../../components/icons';

/** What a control needs to be labelled, described and marked invalid. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-required': true | undefined;
}

interface FieldProps {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly optional?: boolean;
  readonly required?: boolean;
  readonly className?: string;
  readonly children: (control: ControlProps) => ReactNode;
}

/**
 * One field with the markup of `components/fields.tsx` (label, hint, control, error under it),
 * for values kept in a screen's own state rather than in `useForm`.
 */
export function Field({ label, hint, error, optional, required, className, children }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
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
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined, 'aria-required': required ? true : undefined })}
      {error ? <FieldError id={errorId} text={error} /> : null}
    </div>
  );
}

export function FieldError({ id, text }: { id?: string; text: string }) {
  return (
    <p className="field__error" id={id}>
      <AlertIcon size={18} />
      <span>{text}</span>
    </p>
  );
}
