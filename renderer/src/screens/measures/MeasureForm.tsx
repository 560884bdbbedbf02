import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError, FieldError, FieldOfActionDto, MeasureDto, MeasureOrigin } from '../../../../contract';
import { MEASURE_ORIGINS } from '../../../../contract/measures-constants';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { FormErrors, FormSubmit } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { InputField, SelectField, TextAreaField } from './controls';
import { ConflictDialog, type ConflictChoice } from '../../components/ConflictDialog';
import { localError, parseTags, parseWholeNumber } from './measure-helpers';
import { conflictFields, mergedValues, valuesOf, type Values } from './measure-form-values';

/** Every field of a measure in one form, grouped like the printed measure sheet. */
export function MeasureForm({ measure, fields, onSaved }: { measure: MeasureDto; fields: readonly FieldOfActionDto[]; onSaved: (measure: MeasureDto) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const form = useForm<Values>(valuesOf(measure));
  // The stored version the typed changes build on; a save names it, so it never undoes a newer one.
  const [loaded, setLoaded] = useState(measure);
  const [conflict, setConflict] = useState<{ mine: Values; theirs: MeasureDto } | null>(null);
  const [saveChosen, setSaveChosen] = useState(false);

  // A colleague's save arriving on this open page (live refresh) fills the form while nothing is
  // typed; typed changes stay, and saving them goes through the conflict dialog.
  useEffect(() => {
    if (measure.version <= loaded.version || form.isDirty() || form.submitting) return;
    setLoaded(measure);
    form.reset(valuesOf(measure));
  }, [measure, loaded.version, form]);
  // The measure's own field stays choosable even before the list of fields has loaded.
  const fieldOptions = fields.some((field) => field.id === measure.fieldOfActionId)
    ? fields.map((field) => ({ value: String(field.id), label: field.name }))
    : [{ value: String(measure.fieldOfActionId), label: measure.fieldOfActionName }, ...fields.map((field) => ({ value: String(field.id), label: field.name }))];

  const onSubmit = useGuardedSubmit(form, async (values) => {
    const priorityPoints = parseWholeNumber(values.priorityPoints, 0);
    const periodFrom = parseWholeNumber(values.periodFrom, null);
    const periodTo = parseWholeNumber(values.periodTo, null);
    const problems: FieldError[] = [];
    if (priorityPoints === undefined) problems.push({ field: 'priorityPoints', messageKey: 'validation.expected.int' });
    if (periodFrom === undefined) problems.push({ field: 'periodFrom', messageKey: 'measures.form.yearInvalid' });
    if (periodTo === undefined) problems.push({ field: 'periodTo', messageKey: 'measures.form.yearInvalid' });
    if (problems.length > 0 || priorityPoints === undefined || periodFrom === undefined || periodTo === undefined) return localError(problems);

    const result = await api.call('measures.update', {
      id: measure.id,
      version: loaded.version,
      code: values.code,
      title: values.title,
      fieldOfActionId: Number(values.fieldOfActionId),
      description: values.description,
      goal: values.goal,
      origin: values.origin as MeasureOrigin,
      originNote: values.originNote,
      priorityPoints,
      lead: values.lead,
      partners: values.partners,
      targetGroup: values.targetGroup,
      cost: values.cost,
      funding: values.funding,
      periodFrom,
      periodTo,
      tags: parseTags(values.tags),
    });
    if (!result.ok) {
      if (result.error.code === 'conflict') return showConflict(values, result.error);
      return result.error;
    }
    setLoaded(result.data);
    form.reset(valuesOf(result.data));
    toasts.success(t('measures.toasts.updated', { code: result.data.code }));
    onSaved(result.data);
  });

  /** Someone saved in between: both versions side by side; the form keeps what was typed. */
  const showConflict = async (mine: Values, error: CallError): Promise<CallError | void> => {
    const current = await api.call('measures.get', { id: measure.id });
    if (!current.ok) return error;
    if (conflictFields(valuesOf(loaded), mine, current.data, fields, t).length === 0) {
      // The colleague saved exactly what was typed here: nothing to choose, nothing lost.
      setLoaded(current.data);
      form.reset(valuesOf(current.data));
      onSaved(current.data);
      return;
    }
    setConflict({ mine, theirs: current.data });
    return error;
  };

  const resolve = (choices: Readonly<Record<string, ConflictChoice>>) => {
    if (!conflict) return;
    const merged = mergedValues(conflict.mine, conflict.theirs, choices);
    const stored = valuesOf(conflict.theirs);
    setLoaded(conflict.theirs);
    onSaved(conflict.theirs);
    form.reset(stored);
    const changes = (Object.keys(merged) as Array<keyof Values>).filter((name) => merged[name] !== stored[name]);
    for (const name of changes) form.setValue(name, merged[name]);
    setConflict(null);
    // Saved from the next render, when the form holds the chosen values.
    if (changes.length > 0) setSaveChosen(true);
  };

  useEffect(() => {
    if (!saveChosen) return;
    setSaveChosen(false);
    onSubmit({ preventDefault: () => undefined } as FormEvent<HTMLFormElement>);
  }, [saveChosen, onSubmit]);

  return (
    <>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <fieldset className="measure-form__group">
          <legend>{t('measures.form.groups.basics')}</legend>
          <div className="field-row">
            <InputField form={form} name="code" width="full" className="field--narrow" label={t('measures.form.code')} spellCheck={false} />
            <SelectField form={form} name="fieldOfActionId" width="full" label={t('measures.form.field')} options={fieldOptions} required />
          </div>
          <InputField form={form} name="title" label={t('measures.form.title')} required />
          <TextAreaField form={form} name="description" label={t('measures.form.description')} optional rows={5} />
          <TextAreaField form={form} name="goal" label={t('measures.form.goal')} hint={t('measures.form.goalHint')} optional rows={3} />
        </fieldset>

        <fieldset className="measure-form__group">
          <legend>{t('measures.form.groups.origin')}</legend>
          <div className="field-row">
            <SelectField
              form={form}
              name="origin"
              width="full"
              label={t('measures.form.origin')}
              options={MEASURE_ORIGINS.map((origin) => ({ value: origin, label: t(`measures.origins.${origin}`) }))}
            />
            <InputField form={form} name="originNote" label={t('measures.form.originNote')} placeholder={t('measures.form.originNotePlaceholder')} optional />
          </div>
          <InputField
            form={form}
            name="priorityPoints"
            width="tiny"
            inputMode="numeric"
            label={t('measures.form.priorityPoints')}
            hint={t('measures.form.priorityPointsHint')}
            optional
          />
        </fieldset>

        <fieldset className="measure-form__group">
          <legend>{t('measures.form.groups.implementation')}</legend>
          <InputField form={form} name="lead" label={t('measures.form.lead')} hint={t('measures.form.leadHint')} optional />
          <TextAreaField form={form} name="partners" label={t('measures.form.partners')} optional rows={2} />
          <InputField form={form} name="targetGroup" label={t('measures.form.targetGroup')} optional />
          <div className="field-row">
            <InputField form={form} name="cost" label={t('measures.form.cost')} hint={t('measures.form.costHint')} optional />
            <InputField form={form} name="funding" label={t('measures.form.funding')} hint={t('measures.form.fundingHint')} optional />
          </div>
          <div className="field-row">
            <InputField form={form} name="periodFrom" width="short" inputMode="numeric" label={t('measures.form.periodFrom')} hint={t('measures.form.yearHint')} optional />
            <InputField form={form} name="periodTo" width="short" inputMode="numeric" label={t('measures.form.periodTo')} hint={t('measures.form.yearHint')} optional />
          </div>
          <InputField form={form} name="tags" label={t('measures.form.tags')} hint={t('measures.form.tagsHint')} optional />
        </fieldset>

        <FormSubmit submitting={form.submitting} label={t('measures.form.save')} className="save-bar" />
      </form>
      {conflict ? (
        <ConflictDialog
          changedBy={conflict.theirs.updatedBy}
          changedAt={conflict.theirs.updatedAt}
          fields={conflictFields(valuesOf(loaded), conflict.mine, conflict.theirs, fields, t)}
          onCancel={() => setConflict(null)}
          onResolve={resolve}
        />
      ) : null}
    </>
  );
}
