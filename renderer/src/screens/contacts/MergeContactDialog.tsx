import { useTranslation } from 'react-i18next';
import type { ContactDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { localError } from '../measures/measure-helpers';
import { ContactPicker } from './ContactPicker';

interface MergeContactDialogProps {
  /** The entry that stays (the page it was opened on). */
  readonly contact: ContactDto;
  readonly name: string;
  onClose(): void;
  onMerged(contact: ContactDto): void;
}

/** "Doppelten Eintrag zusammenführen": pick the other entry of the same person; this one stays. */
export function MergeContactDialog({ contact, name, onClose, onMerged }: MergeContactDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const form = useForm({ mergeId: '', mergeName: '' });
  const onSubmit = form.onSubmit(async (values) => {
    if (!values.mergeId) return localError([{ field: 'mergeId', messageKey: 'contacts.merge.choose' }]);
    const result = await api.call('contacts.merge', { keepId: contact.id, mergeId: Number(values.mergeId) });
    if (!result.ok) return result.error;
    toasts.success(t('contacts.merge.done', { other: values.mergeName, name }));
    onMerged(result.data);
  });
  return (
    <Dialog title={t('contacts.merge.title', { name })} description={t('contacts.merge.text', { name })} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <ContactPicker
          value={form.values.mergeId}
          exclude={contact.id}
          onChange={(mergeId, mergeName) => {
            form.setValue('mergeId', mergeId);
            form.setValue('mergeName', mergeName);
          }}
          error={form.errorFor('mergeId')}
          errorId={form.ids.error('mergeId')}
        />
        <DialogActions onCancel={onClose} submitLabel={t('contacts.merge.submit')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}
