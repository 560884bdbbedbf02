import { useTranslation } from 'react-i18next';
import type { CallResult } from '../../../../contract';
import { useForm } from '../../api/use-form';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';

interface RemoveEntryDialogProps {
  readonly title: string;
  /** What goes and what stays, in a sentence. */
  readonly text: string;
  readonly remove: () => Promise<CallResult<unknown>>;
  /** The toast after it is done. */
  readonly done: string;
  onClose(): void;
  onRemoved(): void;
}

/** "Wirklich löschen?" for an organisation or a body; a refusal (e.g. a body with members) stays in the dialog. */
export function RemoveEntryDialog({ title, text, remove, done, onClose, onRemoved }: RemoveEntryDialogProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const form = useForm<Record<string, string>>({});
  const onSubmit = form.onSubmit(async () => {
    const result = await remove();
    if (!result.ok) return result.error;
    toasts.success(done);
    onRemoved();
  });
  return (
    <Dialog title={title} description={text} onClose={onClose} size="small">
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormErrors messages={form.formErrors} />
        <DialogActions onCancel={onClose} submitLabel={t('contacts.remove.submit')} busy={form.submitting} danger />
      </form>
    </Dialog>
  );
}
