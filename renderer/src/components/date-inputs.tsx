import { useId, useState, type ChangeEvent, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../contract';
import { isLanguage } from '../i18n/i18n';
import { formatDateText, parseDateText, parseTimeText } from './date-text';
import { FieldError } from './field-error';
import './date-inputs.css';

/*
 * Date, time and file fields in the app's language. Chromium's `<input type="date">` and
 * `type="file"` speak the browser's language ("tt.mm.jjjj" in an English app, "Choose File" in a
 * German one) and ignore `lang`; these are plain text fields and a button instead. Values in and
 * out stay ISO (yyyy-mm-dd, HH:MM), so forms and the contract are unchanged.
 */

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange' | 'type' | 'ref'>;

export interface TypedValueInputProps extends NativeProps {
  /** ISO (yyyy-mm-dd or HH:MM), '' for none, or the text typed when it is no valid date/time. */
  readonly value: string;
  /** Gets the ISO value, '' for an empty field, or the typed text when it is invalid. */
  onChange(value: string): void;
  readonly ref?: Ref<HTMLInputElement>;
}

interface Shown {
  /** The `value` last given from outside. */
  readonly value: string;
  readonly language: Language;
  readonly text: string;
  /** What the last keystroke handed out: coming back as `value`, it must not reformat the text being typed. */
  readonly emitted?: string;
}

interface TypedValueKind {
  readonly parse: (text: string) => string | null;
  readonly format: (value: string, language: Language) => string;
  readonly hintKey: 'inputs.date.hint' | 'inputs.time.hint';
  readonly invalidKey: 'inputs.date.invalid' | 'inputs.time.invalid';
  readonly className: string;
}

/** A text field that shows a value in the app language's format and hands out its ISO form. */
function TypedValueInput({ kind, value, onChange, ref, className, onBlur, ...native }: TypedValueInputProps & { readonly kind: TypedValueKind }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'de';
  const id = useId();
  const [shown, setShown] = useState<Shown>(() => ({ value, language, text: kind.format(value, language) }));
  const [left, setLeft] = useState(false);
  // A value set from outside (reset, loaded, other language) replaces what is shown.
  if (shown.language !== language || (shown.value !== value && shown.emitted !== value)) setShown({ value, language, text: kind.format(value, language) });
  else if (shown.value !== value) setShown({ ...shown, value });

  const invalid = left && kind.parse(shown.text) === null;
  // The form's own error for this field (e.g. from the contract) is shown by the form; ours would repeat it.
  const ownError = invalid && !native['aria-invalid'];
  const hintId = `${id}-format`;
  const errorId = `${id}-error`;
  const describedBy = [native['aria-describedby'], hintId, ownError ? errorId : null].filter(Boolean).join(' ');

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    const parsed = kind.parse(text);
    const next = parsed ?? text;
    setShown({ ...shown, text, emitted: next });
    onChange(next);
  };

  return (
    <span className="typed-input">
      <input
        {...native}
        ref={ref}
        type="text"
        autoComplete="off"
        spellCheck={false}
        className={[className ?? 'field__control', kind.className].join(' ')}
        value={shown.text}
        aria-invalid={native['aria-invalid'] || invalid || undefined}
        aria-describedby={describedBy}
        onChange={change}
        onBlur={(event) => {
          setLeft(true);
          const parsed = kind.parse(shown.text);
          if (parsed) setShown({ ...shown, text: kind.format(parsed, language) });
          onBlur?.(event);
        }}
      />
      <span className="typed-input__format" id={hintId}>
        {t(kind.hintKey)}
      </span>
      {ownError ? <FieldError id={errorId} text={t(kind.invalidKey)} /> : null}
    </span>
  );
}

const DATE: TypedValueKind = {
  parse: parseDateText,
  format: formatDateText,
  hintKey: 'inputs.date.hint',
  invalidKey: 'inputs.date.invalid',
  className: 'typed-input__control--date',
};

const TIME: TypedValueKind = {
  parse: parseTimeText,
  format: (value) => value,
  hintKey: 'inputs.time.hint',
  invalidKey: 'inputs.time.invalid',
  className: 'typed-input__control--time',
};

/** A calendar day: "26.11.2026" (de) or "26/11/2026" (en) on screen, "2026-11-26" in `value`. */
export function DateInput(props: TypedValueInputProps) {
  return <TypedValueInput {...props} kind={DATE} />;
}

/** A time of day, 24 h "18:00" in both languages ("1800", "18.00" and "18" are accepted too). */
export function TimeInput(props: TypedValueInputProps) {
  return <TypedValueInput {...props} kind={TIME} />;
}

type FileInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'defaultValue' | 'className' | 'id'> & { readonly id: string };

/**
 * A file chooser with a button in the app's language ("Datei auswählen …") and the chosen file's
 * name. The native control stays the focusable, labelled element (screen readers, `setInputFiles`);
 * it is only hidden from sight.
 */
export function FileInput({ id, onChange, ...native }: FileInputProps) {
  const { t } = useTranslation();
  const [fileName, setFileName] = useState('');
  const nameId = `${id}-chosen`;
  return (
    <span className="file-input">
      <input
        {...native}
        id={id}
        type="file"
        className="visually-hidden file-input__native"
        aria-describedby={[native['aria-describedby'], nameId].filter(Boolean).join(' ')}
        onChange={(event) => {
          setFileName(event.target.files?.[0]?.name ?? '');
          onChange?.(event);
        }}
      />
      <label htmlFor={id} className="button button--secondary file-input__button">
        {t('inputs.file.choose')}
      </label>
      <span className="file-input__name" id={nameId}>
        {fileName || t('inputs.file.none')}
      </span>
    </span>
  );
}
