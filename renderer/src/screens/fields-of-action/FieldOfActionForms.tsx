import { useTranslation } from 'react-i18next';
import type { FieldOfActionDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm, type FormController } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors, TextField, FormSubmit } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { errorText, useMessage } from '../../i18n/messages';

type FieldOfActionValues = { name: string; shortCode: string; description: string };

const emptyValues: FieldOfActionValues = { name: '', shortCode: '', description: '' };

/** The three labelled fields, the same when creating and editing. */
function FieldOfActionFields({ form }: { form: FormController<FieldOfActionValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <FormErrors messages={form.formErrors} />
      <TextField form={form} name="name" label={t('fieldsOfAction.form.name')} hint={t('fieldsOfAction.form.nameHint')} required />
      <TextField
        form={form}
        name="shortCode"
        label={t('fieldsOfAction.form.shortCode')}
        hint={t('fieldsOfAction.form.shortCodeHint')}
        optional
        width="short"
        spellCheck={false}
      />
      <TextField
        form={form}
        name="description"
        label={t('fieldsOfAction.form.description')}
        hint={t('fieldsOfAction.form.descriptionHint')}
        optional
        multiline
        rows={3}
      />
    </>
  );
}

/** "Neues Handlungsfeld": on success a toast, the form cleared and the focus back in "Name". */
export function CreateFieldOfActionForm({ editionId, onCreated }: { editionId: number; onCreated: (field: FieldOfActionDto) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const form = useForm(emptyValues);

  const onSubmit = useGuardedSubmit(form, async (values) => {
    const result = await api.call('fieldsOfAction.create', { ...values, editionId });
    if (!result.ok) return result.error;
    toasts.success(t('fieldsOfAction.toasts.created', { name: result.data.name }));
    form.reset();
    form.focus('name');
    onCreated(result.data);
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
      <FieldOfActionFields form={form} />
      <FormSubmit submitting={form.submitting} label={t('fieldsOfAction.form.create')} />
    </form>
  );
}

/** "Bearbeiten" in a dialog: Enter saves, Escape cancels, focus returns to the row. */
export function EditFieldOfActionDialog({
  field,
  onClose,
  onSaved,
  onStale,
}: {
  field: FieldOfActionDto;
  onClose: () => void;
  onSaved: (field: FieldOfActionDto) => void;
  /** The field is gone (deleted elsewhere): the list needs a reload. */
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  const form = useForm<FieldOfActionValues>({ name: field.name, shortCode: field.shortCode, description: field.description });

  const onSubmit = useGuardedSubmit(form, async (values) => {
    const result = await api.call('fieldsOfAction.update', { id: field.id, ...values });
    if (!result.ok && result.error.code === 'not-found') {
      toasts.error(errorText(message, result.error, { name: field.name }));
      onClose();
      onStale();
      return;
    }
    if (!result.ok) return result.error;
    toasts.success(t('fieldsOfAction.toasts.updated', { name: result.data.name }));
    onSaved(result.data);
    onClose();
  });

  return (
    <Dialog title={t('fieldsOfAction.edit.title')} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FieldOfActionFields form={form} />
        <DialogActions onCancel={onClose} submitLabel={t('fieldsOfAction.edit.save')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}

