import { useId, useState, type ReactNode } from 'react';
import { DateInput } from './date-inputs';
import { Field } from './fields';
import './filters.css';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

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
      {(control) =>
        type === 'date' ? (
          // A filter narrows the list only by a whole day (or none); half-typed text waits.
          <DateInput {...control} value={value} onChange={(typed) => (typed === '' || ISO_DAY.test(typed) ? onChange(typed) : undefined)} />
        ) : (
          <input
            {...control}
            className="field__control"
            type={type}
            value={value}
            placeholder={placeholder}
            autoComplete={type === 'search' ? 'off' : undefined}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
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
  /** Classes besides `field`. */
  readonly className?: string;
}

/** A select that narrows the list to one choice, or not at all. */
export function FilterSelect({ label, value, all, onChange, children, className }: FilterSelectProps) {
  return (
    <Field label={label} className={className}>
      {(control) => (
        <select {...control} className="field__control" value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{all}</option>
          {children}
        </select>
      )}
    </Field>
  );
}

interface FilterBarProps {
  /** Names the search landmark ("Maßnahmen suchen und filtern"). */
  readonly label: string;
  /** The search and the one or two filters used most, always in view. */
  readonly children: ReactNode;
}

/**
 * The filters of a list in one compact row inside the list's header: search, the most used
 * filter, then "Weitere Filter" for the rest (`MoreFiltersButton`, `MoreFiltersPanel`).
 */
export function FilterBar({ label, children }: FilterBarProps) {
  return (
    <div className="filter-bar" role="search" aria-label={label}>
      {children}
    </div>
  );
}

export interface MoreFilters {
  readonly open: boolean;
  readonly panelId: string;
  toggle(): void;
}

/** Whether "Weitere Filter" is open. It starts open when one of its filters is already set, so the list explains itself. */
export function useMoreFilters(startOpen: boolean): MoreFilters {
  const [open, setOpen] = useState(startOpen);
  const panelId = useId();
  return { open, panelId, toggle: () => setOpen((current) => !current) };
}

/** The disclosure button "Weitere Filter (2)": how many of the hidden filters are set. */
export function MoreFiltersButton({ more, label, activeCount }: { more: MoreFilters; label: string; activeCount: number }) {
  return (
    <button
      type="button"
      className={`button button--secondary button--small filter-more__toggle${activeCount > 0 ? ' filter-more__toggle--active' : ''}`}
      aria-expanded={more.open}
      aria-controls={more.panelId}
      onClick={more.toggle}
    >
      <svg className="filter-more__chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <path d="M2.5 4.25 6 7.75l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {activeCount > 0 ? `${label} (${activeCount})` : label}
    </button>
  );
}

/** The filters behind "Weitere Filter", under the list's header while open. */
export function MoreFiltersPanel({ more, label, children }: { more: MoreFilters; label: string; children: ReactNode }) {
  return (
    <div className="filter-more" id={more.panelId} role="group" aria-label={label} hidden={!more.open}>
      {children}
    </div>
  );
}
