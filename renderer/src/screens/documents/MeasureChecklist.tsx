import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureRowDto } from '../../../../contract';
import type { DocumentFieldDto } from '../../../../contract/documents';
import { formatNumber } from '../../i18n/format';
import { StatusBadge } from '../../leitbild/StatusBadge';
import { FieldError } from '../../components/fields';

const collator = new Intl.Collator('de', { numeric: true, sensitivity: 'base' });

export interface MeasureGroup {
  readonly id: number;
  readonly name: string;
  readonly rows: readonly MeasureRowDto[];
}

/** The edition's measures under their fields, in the order of the fields and then of the numbers – the order of the petitum. */
export function groupByField(fields: readonly DocumentFieldDto[], rows: readonly MeasureRowDto[]): MeasureGroup[] {
  const ordered = [...fields].sort((a, b) => a.position - b.position);
  const groups = new Map<number, { id: number; name: string; rows: MeasureRowDto[] }>(ordered.map((field) => [field.id, { id: field.id, name: field.name, rows: [] }]));
  for (const row of rows) {
    const group = groups.get(row.fieldOfActionId) ?? { id: row.fieldOfActionId, name: row.fieldOfActionName, rows: [] };
    group.rows.push(row);
    groups.set(row.fieldOfActionId, group);
  }
  return [...groups.values()]
    .filter((group) => group.rows.length > 0)
    .map((group) => ({ ...group, rows: group.rows.sort((a, b) => collator.compare(a.code, b.code) || a.id - b.id) }));
}

const matches = (row: MeasureRowDto, filter: string) => {
  const words = filter.toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  const text = `${row.code} ${row.title}`.toLocaleLowerCase('de');
  return words.every((word) => text.includes(word));
};

interface MeasureChecklistProps {
  readonly groups: readonly MeasureGroup[];
  /** Ticked when the composer opened: the recommended measures. */
  readonly defaults: ReadonlySet<number>;
  readonly selected: ReadonlySet<number>;
  readonly onChange: (next: ReadonlySet<number>) => void;
  readonly error?: string;
  /** Measures the main side refused, with the reason. */
  readonly refused: ReadonlyMap<number, string>;
  /** The first control, for moving the focus to the error. */
  readonly firstControl: Ref<HTMLElement>;
}

/**
 * The measures of the petitum: the recommended ones ticked, grouped by field with number,
 * title and status. Any other measure of the edition can be added from the full list.
 */
export function MeasureChecklist({ groups, defaults, selected, onChange, error, refused, firstControl }: MeasureChecklistProps) {
  const { t } = useTranslation();
  const id = useId();
  const all = groups.flatMap((group) => group.rows);
  const [showAll, setShowAll] = useState(() => defaults.size === 0);
  const [filter, setFilter] = useState('');
  /** Measures ticked from the full list stay in the short list even when unticked again, so a slip can be undone in place. */
  const [added, setAdded] = useState<ReadonlySet<number>>(() => new Set());
  const listed = (row: MeasureRowDto) => defaults.has(row.id) || selected.has(row.id) || added.has(row.id);
  const shown = (row: MeasureRowDto) => (showAll ? !filter.trim() || matches(row, filter) : listed(row));
  const visible = groups.map((group) => ({ ...group, rows: group.rows.filter(shown) })).filter((group) => group.rows.length > 0);
  const others = all.filter((row) => !listed(row)).length;
  const errorId = `${id}-error`;
  const refusedId = `${id}-refused`;

  const toggle = (measureId: number, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(measureId);
    else next.delete(measureId);
    if (checked && !defaults.has(measureId)) setAdded((previous) => new Set(previous).add(measureId));
    onChange(next);
  };

  const firstId = visible[0]?.rows[0]?.id;

  return (
    <fieldset className={['antrag-measures', error || refused.size ? 'antrag-measures--invalid' : ''].filter(Boolean).join(' ')} aria-describedby={error ? errorId : undefined}>
      <legend className="antrag-card__title">{t('documents.antrag.measures.title')}</legend>
      <p className="field__hint">{t('documents.antrag.measures.hint')}</p>
      <div className="antrag-measures__toolbar">
        <p className="antrag-measures__count" role="status">
          {t('documents.antrag.measures.count', { count: all.length, selected: formatNumber(selected.size), total: formatNumber(all.length) })}
        </p>
        <div className="antrag-measures__buttons">
          <button type="button" className="button button--small button--secondary" onClick={() => onChange(new Set(defaults))} disabled={defaults.size === 0}>
            {t('documents.antrag.measures.selectRecommended')}
          </button>
          <button type="button" className="button button--small button--secondary" onClick={() => onChange(new Set())}>
            {t('documents.antrag.measures.selectNone')}
          </button>
        </div>
      </div>
      {error ? <FieldError id={errorId} text={error} /> : null}
      {refused.size > 0 ? (
        <div className="antrag-measures__refused" id={refusedId} role="alert">
          <ul className="bullets">
            {all
              .filter((row) => refused.has(row.id))
              .map((row) => (
                <li key={row.id}>
                  <strong>
                    {row.code} {row.title}:
                  </strong>{' '}
                  {refused.get(row.id)}
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      {defaults.size === 0 ? <p className="muted">{t('documents.antrag.measures.noneRecommended')}</p> : null}

      {showAll ? (
        <div className="antrag-measures__filter field">
          <label className="field__label" htmlFor={`${id}-filter`}>
            {t('documents.antrag.measures.filter')}
          </label>
          <input
            id={`${id}-filter`}
            className="field__control field__control--medium"
            type="search"
            value={filter}
            autoComplete="off"
            placeholder={t('documents.antrag.measures.filterPlaceholder')}
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
      ) : null}

      <div className="antrag-measures__list" id={`${id}-list`}>
        {visible.length === 0 ? <p className="muted">{showAll ? t('documents.antrag.measures.noMatch') : t('documents.antrag.measures.noneShown')}</p> : null}
        {visible.map((group) => {
          const total = groups.find((candidate) => candidate.id === group.id)?.rows ?? [];
          const chosen = total.filter((row) => selected.has(row.id)).length;
          return (
            <fieldset key={group.id} className="antrag-measures__group">
              <legend className="antrag-measures__legend">
                {group.name}{' '}
                <span className="antrag-measures__group-count">
                  {t('documents.antrag.measures.groupCount', { selected: formatNumber(chosen), total: formatNumber(total.length) })}
                </span>
              </legend>
              <ul className="antrag-measures__items">
                {group.rows.map((row) => {
                  const isFirst = row.id === firstId;
                  return (
                    <li key={row.id}>
                      <label className={['antrag-measure', refused.has(row.id) ? 'antrag-measure--refused' : ''].filter(Boolean).join(' ')} htmlFor={`${id}-${row.id}`}>
                        <input
                          type="checkbox"
                          id={`${id}-${row.id}`}
                          ref={isFirst ? (firstControl as Ref<HTMLInputElement>) : undefined}
                          className="antrag-measure__checkbox"
                          checked={selected.has(row.id)}
                          aria-invalid={refused.has(row.id) || undefined}
                          aria-describedby={refused.has(row.id) ? refusedId : undefined}
                          onChange={(event) => toggle(row.id, event.target.checked)}
                        />
                        <span className="antrag-measure__code">{row.code}</span>{' '}
                        <span className="antrag-measure__title">{row.title}</span> <StatusBadge status={row.status} />
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          );
        })}
      </div>

      {all.length > 0 && (showAll || others > 0) ? (
        <p className="antrag-measures__more">
          <button
            type="button"
            className="button button--small button--secondary"
            aria-expanded={showAll}
            aria-controls={`${id}-list`}
            ref={visible.length === 0 ? (firstControl as Ref<HTMLButtonElement>) : undefined}
            onClick={() => {
              setShowAll((value) => !value);
              setFilter('');
            }}
          >
            {showAll ? t('documents.antrag.measures.showFewer') : t('documents.antrag.measures.showAll', { count: others, others: formatNumber(others) })}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
