import { useEffect, useId, useRef, useState } from 'react';
import type { FraktionChairDto } from '../../../../contract/documents';
import type { MotionConventionsDto } from '../../../../contract/settings';
import { useTranslation } from 'react-i18next';
import { motionHeading } from '../../../../documents/antrag/motion-wording';
import { TrashIcon } from '../../components/icons';
import { Field } from '../../components/fields';

export interface FraktionRow {
  /** Stable across edits, for React and for the errors of the row. */
  readonly key: number;
  readonly name: string;
  readonly chair: string;
}

/** The names the Bezirksversammlung writes ("SPD", "GRÜNE"), without empty rows. */
export const namedFraktionen = (rows: readonly FraktionRow[]) => rows.filter((row) => row.name.trim() !== '');

interface FraktionenEditorProps {
  readonly rows: readonly FraktionRow[];
  readonly onChange: (rows: FraktionRow[]) => void;
  readonly errorFor: (field: string) => string | undefined;
  /** Registers a control under its error field (`fraktion.<key>`, `chair.<key>`) for the focus. */
  readonly register: (field: string) => (element: HTMLElement | null) => void;
  /** Fraktionen kept under Kontakte → Gremien, with their chair on the Antrag's date, offered while typing. */
  readonly suggestions?: readonly FraktionChairDto[];
  /** The district's wording for the heading shown live. */
  readonly conventions?: MotionConventionsDto;
}

const chairOf = (suggestions: readonly FraktionChairDto[], name: string) =>
  suggestions.find((entry) => entry.fraktion.localeCompare(name.trim(), 'de', { sensitivity: 'accent' }) === 0)?.chair ?? '';

/**
 * A known Fraktion brings its chair along, unless the user typed another name for the signature:
 * the chair is replaced only while it is empty or still the one filled in for the previous name.
 */
export function withSuggestedChair(row: FraktionRow, name: string, suggestions: readonly FraktionChairDto[]): FraktionRow {
  const previous = chairOf(suggestions, row.name);
  const next = chairOf(suggestions, name);
  const untouched = row.chair.trim() === '' || row.chair === previous;
  return { ...row, name, chair: untouched && next ? next : untouched && previous ? '' : row.chair };
}

/** Another date, other chairs: a chair filled in from the old suggestions follows; a typed one stays. */
export function withChairsOn(rows: readonly FraktionRow[], before: readonly FraktionChairDto[], after: readonly FraktionChairDto[]): FraktionRow[] {
  return rows.map((row) => {
    const untouched = row.chair.trim() === '' || row.chair === chairOf(before, row.name);
    return untouched && row.name.trim() ? { ...row, chair: chairOf(after, row.name) } : row;
  });
}

/**
 * Who moves the Antrag: one Fraktion or several (then a joint motion), each with
 * the name of its chair for the signature. The heading the document will carry is shown live.
 */
export function FraktionenEditor({ rows, onChange, errorFor, register, suggestions = [], conventions }: FraktionenEditorProps) {
  const { t } = useTranslation();
  const listId = useId();
  const nextKey = useRef(Math.max(0, ...rows.map((row) => row.key)) + 1);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const nameInputs = useRef(new Map<number, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusKey === null) return;
    const target = nameInputs.current.get(focusKey) ?? addButton.current;
    target?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const update = (key: number, change: Partial<FraktionRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    const key = nextKey.current++;
    onChange([...rows, { key, name: '', chair: '' }]);
    setFocusKey(key);
  };
  const remove = (key: number) => {
    const index = rows.findIndex((row) => row.key === key);
    const rest = rows.filter((row) => row.key !== key);
    onChange(rest);
    // The focus goes to the row that took its place, or the one before, never to the page.
    setFocusKey((rest[index] ?? rest[index - 1])?.key ?? -1);
  };

  const heading = motionHeading(
    namedFraktionen(rows).map((row) => row.name),
    conventions,
  );

  return (
    <fieldset className="fraktionen">
      <legend className="antrag-card__title">{t('documents.antrag.fraktionen.title')}</legend>
      <p className="field__hint">{t('documents.antrag.fraktionen.hint')}</p>
      {suggestions.length > 0 ? (
        <datalist id={listId}>
          {suggestions.map((entry) => (
            <option key={entry.fraktion} value={entry.fraktion}>
              {entry.chair}
            </option>
          ))}
        </datalist>
      ) : null}
      <ol className="fraktionen__list">
        {rows.map((row, index) => {
          const number = index + 1;
          const nameRef = register(`fraktion.${row.key}`);
          return (
            <li key={row.key} className="fraktionen__row">
              <Field label={t('documents.antrag.fraktionen.name', { number })} error={errorFor(`fraktion.${row.key}`)} className="fraktionen__name" required={index === 0}>
                {(control) => (
                  <input
                    {...control}
                    ref={(element) => {
                      if (element) nameInputs.current.set(row.key, element);
                      else nameInputs.current.delete(row.key);
                      nameRef(element);
                    }}
                    className="field__control field__control--full"
                    value={row.name}
                    maxLength={60}
                    autoComplete="off"
                    spellCheck={false}
                    placeholder={index === 0 ? t('documents.antrag.fraktionen.namePlaceholder') : undefined}
                    list={suggestions.length > 0 ? listId : undefined}
                    onChange={(event) => update(row.key, withSuggestedChair(row, event.target.value, suggestions))}
                  />
                )}
              </Field>
              <Field label={t('documents.antrag.fraktionen.chair', { number })} error={errorFor(`chair.${row.key}`)} className="fraktionen__chair" required>
                {(control) => (
                  <input
                    {...control}
                    ref={register(`chair.${row.key}`)}
                    className="field__control field__control--full"
                    value={row.chair}
                    maxLength={120}
                    autoComplete="off"
                    onChange={(event) => update(row.key, { chair: event.target.value })}
                  />
                )}
              </Field>
              {rows.length > 1 ? (
                <button
                  type="button"
                  className="button button--small button--danger-quiet fraktionen__remove"
                  aria-label={t('documents.antrag.fraktionen.removeLabel', { number })}
                  onClick={() => remove(row.key)}
                >
                  <TrashIcon size={16} />
                  <span aria-hidden="true">{t('documents.antrag.fraktionen.remove')}</span>
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p>
        <button type="button" ref={addButton} className="button button--small button--secondary" onClick={add} disabled={rows.length >= 10}>
          {t('documents.antrag.fraktionen.add')}
        </button>
      </p>
      <div className="fraktionen__heading">
        <span className="fraktionen__heading-label">{t('documents.antrag.fraktionen.heading')}</span>
        <strong className="fraktionen__heading-text">{heading}</strong>
      </div>
    </fieldset>
  );
}
