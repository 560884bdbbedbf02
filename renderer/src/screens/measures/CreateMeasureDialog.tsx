import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldOfActionDto, MeasureDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { InputField, SelectField, TextAreaField } from './controls';
import { localError } from './measure-helpers';
import { SimilarHint } from './SimilarHint';

type Values = { fieldOfActionId: string; title: string; code: string; description: string };

/** "Neue Maßnahme": field, title, number (the suggested one as placeholder) and description. */
export function CreateMeasureDialog({
  editionId,
  fields,
  initialFieldId,
  onClose,
  onCreated,
}: {
  editionId: number;
  fields: readonly FieldOfActionDto[];
  initialFieldId?: number;
  onClose: () => void;
  onCreated: (measure: MeasureDto) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const firstFieldId = initialFieldId ?? (fields.length === 1 ? fields[0]!.id : undefined);
  const form = useForm<Values>({ fieldOfActionId: firstFieldId ? String(firstFieldId) : '', title: '', code: '', description: '' });
  const fieldId = Number(form.values.fieldOfActionId) || 0;
  const [suggested, setSuggested] = useState<{ fieldId: number; code: string } | null>(null);
  const suggestion = suggested && suggested.fieldId === fieldId ? suggested.code : '';

  useEffect(() => {
    if (!fieldId) return;
    let current = true;
    void api.call('measures.suggestCode', { editionId, fieldOfActionId: fieldId }).then((result) => {
      if (current && result.ok) setSuggested({ fieldId, code: result.data.code });
    });
    return () => {
      current = false;
    };
  }, [api, editionId, fieldId]);

  const onSubmit = form.onSubmit(async (values) => {
    if (!values.fieldOfActionId) return localError([{ field: 'fieldOfActionId', messageKey: 'measures.form.chooseField' }]);
    const result = await api.call('measures.create', {
      editionId,
      fieldOfActionId: Number(values.fieldOfActionId),
      title: values.title,
      code: values.code,
      description: values.description,
    });
    if (!result.ok) return result.error;
    toasts.success(t('measures.toasts.created', { code: result.data.code, title: result.data.title }));
    onCreated(result.data);
  });

  return (
    <Dialog title={t('measures.create.title')} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <SelectField
          form={form}
          name="fieldOfActionId"
          label={t('measures.form.field')}
          placeholder={t('measures.form.chooseFieldOption')}
          options={fields.map((field) => ({ value: String(field.id), label: field.name }))}
          width="full"
          required
        />
        <InputField
          form={form}
          name="title"
          label={t('measures.form.title')}
          hint={t('measures.form.titleHint')}
          required
          after={<SimilarHint editionId={editionId} title={form.values.title} />}
        />
        <InputField
          form={form}
          name="code"
          width="short"
          label={t('measures.form.code')}
          hint={suggestion ? t('measures.create.codeHint', { code: suggestion }) : t('measures.create.codeHintNoField')}
          placeholder={suggestion || undefined}
          optional
          spellCheck={false}
        />
        <TextAreaField form={form} name="description" label={t('measures.form.description')} optional rows={4} />
        <DialogActions onCancel={onClose} submitLabel={t('measures.create.submit')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}
