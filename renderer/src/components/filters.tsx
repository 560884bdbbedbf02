import { useId, type ReactNode } from 'react';
import { Field } from './fields';
import './filters.css';

interface FilterCardProps {
  readonly title: string;
  /** Whether any filter is set: only then is there something to reset. */
  readonly active: boolean;
  readonly resetLabel: string;
  onReset(): void;
  /** Classes besides `card filters`. */
  readonly className?: string;
  readonly children: ReactNode;
}

/** The card of filters above a list: its heading, "Filter zurücksetzen" while one is set, the controls. */
export function FilterCard({ title, active, resetLabel, onReset, className, children }: FilterCardProps) {
  const titleId = useId();
  return (
    <section className={`card filters${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <div className="filters__head">
        <h2 className="filters__title" id={titleId}>
          {title}
        </h2>
        {active ? (
          <button type="button" className="button button--quiet button--small" onClick={onReset}>
            {resetLabel}
          </button>
        ) : null}
      </div>
      {children}
    </section>
  );
}

interface FilterInputProps {
  readonly label: string;
  readonly type: 'search' | 'date';
  readonly value: string;
  onChange(value: string): void;
  readonly placeholder?: string;
  /** A line under the label, read out with the control. */
  readonly hint?: string;
  /** Classes besides `field`. */
  readonly className?: string;
}

/** A search text or a date that narrows the list as it changes. */
export function FilterInput({ label, type, value, onChange, placeholder, hint, className }: FilterInputProps) {
  return (
    <Field label={label} hint={hint} className={className}>
      {(control) => (
        <input
          {...control}
          className="field__control"
          type={type}
          value={value}
          placeholder={placeholder}
          autoComplete={type === 'search' ? 'off' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

interface FilterSelectProps {
  readonly label: string;
  readonly value: string;
  /** The first choice, value '', which does not filter ("Alle Gremien"). */
  readonly all: string;
  onChange(value: string): void;
  /** The `<option>`s after `all`. */
  readonly children: ReactNode;
}

/** A select that narrows the list to one choice, or not at all. */
export function FilterSelect({ label, value, all, onChange, children }: FilterSelectProps) {
  return (
    <Field label={label}>
      {(control) => (
        <select {...control} className="field__control" value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{all}</option>
          {children}
        </select>
      )}
    </Field>
  );
}
