import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/fields';

/** The most entries one list takes. */
const MAX_ENTRIES = 10;

/** What an entry's text control spreads onto itself: its row key (for the focus) and its error. */
export interface EntryControlProps {
  readonly 'data-row': string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

interface EntryListProps<T> {
  readonly legend: string;
  /** `emails`, `phones`: an entry's error and `data-row` are `<list>.<index>`. */
  readonly list: string;
  readonly entries: readonly T[];
  setEntries(update: (current: T[]) => T[]): void;
  readonly errorFor: (key: string) => string | undefined;
  readonly removeLabel: (n: number) => string;
  readonly addLabel: string;
  /** What "Hinzufügen" appends. */
  readonly blank: T;
  /** The controls of one entry. */
  readonly children: (entry: T, change: (entry: T) => void, control: EntryControlProps, n: number) => ReactNode;
}

/** A person's e-mail addresses or phone numbers: one line each, "Entfernen" while there are two, "Hinzufügen" up to ten. */
export function EntryList<T>({ legend, list, entries, setEntries, errorFor, removeLabel, addLabel, blank, children }: EntryListProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="contact-form__list">
      <legend className="field__label">{legend}</legend>
      {entries.map((entry, index) => {
        const error = errorFor(`${list}.${index}`);
        const errorId = `${id}-${index}-error`;
        const change = (next: T) => setEntries((current) => current.map((each, at) => (at === index ? next : each)));
        const control = { 'data-row': `${list}.${index}`, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined } as const;
        return (
          <div key={index} className={`contact-form__entry${error ? ' field--invalid' : ''}`}>
            <div className="contact-form__entry-line">
              {children(entry, change, control, index + 1)}
              {entries.length > 1 ? (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  aria-label={removeLabel(index + 1)}
                  onClick={() => setEntries((current) => current.filter((_, at) => at !== index))}
                >
                  {t('contacts.form.remove')}
                </button>
              ) : null}
            </div>
            {error ? <FieldError id={errorId} text={error} /> : null}
          </div>
        );
      })}
      {entries.length < MAX_ENTRIES ? (
        <button type="button" className="button button--secondary button--small" onClick={() => setEntries((current) => [...current, blank])}>
          {addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}
