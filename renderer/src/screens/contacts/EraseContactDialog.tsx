import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { EraseRemainders } from './EraseRemainders';

/** "Person löschen": says what goes and what stays (an anonymous entry, so counts stay right). */
export function EraseContactDialog({ contact, onClose, onErased }: { contact: ContactDto; onClose(): void; onErased(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const form = useForm<Record<string, string>>({});
  const [replaceSurnames, setReplaceSurnames] = useState(false);
  const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  const onSubmit = form.onSubmit(async () => {
    const result = await api.call('contacts.erase', { id: contact.id, replaceSurnameMentions: replaceSurnames });
    if (!result.ok) return result.error;
    if (result.data.scrubbed) toasts.success(t('contacts.erase.done', { name }));
    else toasts.error(t('contacts.erase.doneScrubPending', { name }));
    onErased();
  });
  return (
    <Dialog
      title={t('contacts.erase.title', { name })}
      onClose={onClose}
      description={
        <>
          <p>{t('contacts.erase.whatGoes')}</p>
          <p>{t('contacts.erase.typedNames')}</p>
          <p>{t('contacts.erase.whatStays', { count: contact.memberships.length })}</p>
          <p>{t('contacts.erase.noUndo')}</p>
        </>
      }
    >
      <EraseRemainders contactId={contact.id} replaceSurnames={replaceSurnames} onReplaceSurnamesChange={setReplaceSurnames} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormErrors messages={form.formErrors} />
        <DialogActions onCancel={onClose} submitLabel={t('contacts.erase.submit')} busy={form.submitting} danger />
      </form>
    </Dialog>
  );
}
