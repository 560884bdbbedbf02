import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { useDebounced } from '../measures/measure-helpers';

const RESULTS = 20;

interface ContactPickerProps {
  readonly value: string;
  onChange(contactId: string, name: string): void;
  readonly error?: string;
  readonly errorId: string;
  /** A person not to offer (the one the dialog is about). */
  readonly exclude?: number;
}

/** Finds a person by name, organisation or e-mail (diacritics do not matter) and picks one. */
export function ContactPicker({ value, onChange, error, errorId, exclude }: ContactPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const query = useDebounced(text, 200);
  const results = useCall('contacts.list', { text: query, limit: RESULTS });
  const rows = query.trim() ? (results.data?.rows ?? []).filter((row) => row.id !== exclude) : [];
  return (
    <div className={`field contact-picker${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={`${id}-search`}>
        {t('contacts.picker.search')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('contacts.picker.hint')}
      </p>
      <input
        id={`${id}-search`}
        className="field__control field__control--full"
        type="search"
        autoComplete="off"
        value={text}
        aria-describedby={[`${id}-hint`, error ? errorId : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <fieldset className="contact-picker__results">
        <legend className="visually-hidden">{t('contacts.picker.results')}</legend>
        <p className="muted" role="status">
          {query.trim() ? t('contacts.picker.count', { count: results.data?.total ?? 0 }) : ''}
        </p>
        {rows.map((row) => (
          <label key={row.id} className="contact-picker__option">
            <input type="radio" name={`${id}-contact`} value={row.id} checked={value === String(row.id)} onChange={() => onChange(String(row.id), row.displayName)} />
            <span>
              {row.displayName}
              {row.organizations.length ? <span className="muted"> – {row.organizations.join(', ')}</span> : null}
            </span>
          </label>
        ))}
      </fieldset>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
