import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarryOverCandidateDto, EditionSummaryDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { useForm } from '../../api/use-form';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors, TextField } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { formatNumber } from '../../i18n/format';
import { StatusBadge } from '../../leitbild/StatusBadge';
import { checkPeriod, PeriodFields, useOpenNewEdition, usePeriod, withYearMessages } from './edition-parts';
import { CallLoadState } from '../../components/LoadState';

type FromPreviousValues = { title: string; subtitle: string; periodFrom: string; periodTo: string };

interface FieldGroup {
  readonly name: string;
  readonly measures: readonly CarryOverCandidateDto[];
}

/** The candidates come ordered by field and code; consecutive runs of one field form a group. */
export function groupByField(candidates: readonly CarryOverCandidateDto[]): FieldGroup[] {
  const groups: { name: string; measures: CarryOverCandidateDto[] }[] = [];
  for (const candidate of candidates) {
    const last = groups[groups.length - 1];
    if (last && last.name === candidate.fieldOfActionName) last.measures.push(candidate);
    else groups.push({ name: candidate.fieldOfActionName, measures: [candidate] });
  }
  return groups;
}

/** The next period: three years straight after the previous one. */
const nextPeriod = (previous: EditionSummaryDto) => ({ periodFrom: String(previous.periodTo + 1), periodTo: String(previous.periodTo + 3) });

function MeasureChoice({
  candidates,
  selected,
  onChange,
}: {
  candidates: readonly CarryOverCandidateDto[];
  selected: ReadonlySet<number>;
  onChange: (next: ReadonlySet<number>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const toggle = (measureId: number, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(measureId);
    else next.delete(measureId);
    onChange(next);
  };

  return (
    <>
      <div className="carry-over__toolbar">
        <div className="carry-over__buttons">
          <button type="button" className="button button--small button--secondary" onClick={() => onChange(new Set(candidates.map((item) => item.id)))}>
            {t('editions.fromPrevious.selectAll')}
          </button>
          <button type="button" className="button button--small button--secondary" onClick={() => onChange(new Set())}>
            {t('editions.fromPrevious.selectNone')}
          </button>
        </div>
        <p className="carry-over__count" role="status">
          {t('editions.fromPrevious.count', { count: selected.size, selected: formatNumber(selected.size), total: formatNumber(candidates.length) })}
        </p>
      </div>
      <div className="carry-over__list">
        {groupByField(candidates).map((group, groupIndex) => {
          const chosen = group.measures.filter((measure) => selected.has(measure.id)).length;
          return (
            <fieldset key={`${groupIndex}-${group.name}`} className="carry-over__group">
              <legend className="carry-over__legend">
                {group.name}{' '}
                <span className="carry-over__group-count">
                  {t('editions.fromPrevious.groupCount', { selected: formatNumber(chosen), total: formatNumber(group.measures.length) })}
                </span>
              </legend>
              <ul className="carry-over__measures">
                {group.measures.map((measure) => (
                  <li key={measure.id}>
                    <label className="carry-over__measure" htmlFor={`${id}-${measure.id}`}>
                      <input
                        type="checkbox"
                        id={`${id}-${measure.id}`}
                        className="carry-over__checkbox"
                        checked={selected.has(measure.id)}
                        onChange={(event) => toggle(measure.id, event.target.checked)}
                      />
                      <span className="carry-over__code">{measure.code}</span>{' '}
                      <span className="carry-over__title">{measure.title}</span>{' '}
                      <StatusBadge status={measure.status} />
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
    </>
  );
}

/**
 * "Neue Ausgabe aus der letzten": title and period of the new edition, and which measures go along
 * (those in implementation or continued are ticked already).
 */
export function FromPreviousDialog({ previous, onClose, fallbackFocus }: { previous: EditionSummaryDto; onClose: () => void; fallbackFocus?: () => HTMLElement | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const period = usePeriod();
  const openNew = useOpenNewEdition();
  const headingId = useId();
  const candidates = useCall('editions.carryOverCandidates', { previousId: previous.id });
  const [chosen, setChosen] = useState<ReadonlySet<number> | null>(null);
  const form = useForm<FromPreviousValues>({ title: previous.title, subtitle: '', ...nextPeriod(previous) });

  const list = candidates.data;
  const selected: ReadonlySet<number> = chosen ?? new Set((list ?? []).filter((item) => item.selectedByDefault).map((item) => item.id));
  const ready = list !== undefined && candidates.status === 'ready';

  const onSubmit = form.onSubmit(async (values) => {
    if (!ready) return;
    const invalid = checkPeriod(values);
    if (invalid) return invalid;
    const carryOverMeasureIds = list.filter((item) => selected.has(item.id)).map((item) => item.id);
    const result = await api.call('editions.createFromPrevious', {
      previousId: previous.id,
      title: values.title,
      subtitle: values.subtitle,
      periodFrom: Number(values.periodFrom),
      periodTo: Number(values.periodTo),
      carryOverMeasureIds,
    });
    if (!result.ok) {
      // Measures that vanished meanwhile: show the current list, keep what is still there.
      if (result.error.messageKey === 'editions.errors.carryOverUnknown') candidates.reload();
      return withYearMessages(result.error);
    }
    toasts.success(t('editions.toasts.createdFromPrevious', { title: result.data.title, count: carryOverMeasureIds.length, measures: formatNumber(carryOverMeasureIds.length) }));
    onClose();
    openNew(result.data);
  });

  return (
    <Dialog
      title={t('editions.fromPrevious.title')}
      description={<p>{t('editions.fromPrevious.explanation', { title: previous.title, period: period(previous.periodFrom, previous.periodTo) })}</p>}
      onClose={onClose}
      fallbackFocus={fallbackFocus}
    >
      <form className="form carry-over-form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <div className="field-row carry-over-form__names">
          <TextField form={form} name="title" label={t('editions.fields.title')} required />
          <TextField form={form} name="subtitle" label={t('editions.fields.subtitle')} optional />
        </div>
        <PeriodFields form={form} compact />

        <section className="carry-over" aria-labelledby={headingId}>
          <h3 className="carry-over__heading" id={headingId}>
            {t('editions.fromPrevious.measures')}
          </h3>
          {list === undefined ? (
            <CallLoadState call={candidates} />
          ) : list.length === 0 ? (
            <p className="muted">{t('editions.fromPrevious.none')}</p>
          ) : (
            <>
              <p className="field__hint">{t('editions.fromPrevious.measuresHint')}</p>
              <MeasureChoice candidates={list} selected={selected} onChange={setChosen} />
            </>
          )}
        </section>

        <DialogActions onCancel={onClose} submitLabel={t('editions.fromPrevious.submit')} busy={form.submitting || !ready} />
      </form>
    </Dialog>
  );
}
