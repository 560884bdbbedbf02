import { useTranslation } from 'react-i18next';
import type { BodyDto, MembershipDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { InputField, SelectField } from '../measures/controls';
import { localError } from '../measures/measure-helpers';
import { ContactPicker } from './ContactPicker';
import { roleOptions } from './labels';

type Values = { contactId: string; bodyId: string; role: string; from: string; to: string };

interface MembershipDialogProps {
  /** The person, when the dialog opens on a contact's page. */
  readonly contact?: { readonly id: number; readonly name: string };
  /** The body, when it opens on a body's page. */
  readonly body?: { readonly id: number; readonly name: string };
  /** Editing: role and dates of this membership. */
  readonly membership?: MembershipDto;
  readonly bodies?: readonly BodyDto[];
  onClose(): void;
  onSaved(membership: MembershipDto): void;
}

/** Add a membership (person or body chosen here) or change role and dates of one. */
export function MembershipDialog({ contact, body, membership, bodies = [], onClose, onSaved }: MembershipDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const form = useForm<Values>({
    contactId: String(membership?.contactId ?? contact?.id ?? ''),
    bodyId: String(membership?.bodyId ?? body?.id ?? ''),
    role: membership?.role ?? 'member',
    from: membership?.from ?? '',
    to: membership?.to ?? '',
  });
  const editing = membership !== undefined;
  const who = membership?.contactName ?? contact?.name;
  const where = membership?.bodyName ?? body?.name;

  const onSubmit = form.onSubmit(async (values) => {
    const missing = [
      ...(values.contactId ? [] : [{ field: 'contactId', messageKey: 'contacts.memberships.chooseContact' }]),
      ...(values.bodyId ? [] : [{ field: 'bodyId', messageKey: 'contacts.memberships.chooseBody' }]),
    ];
    if (missing.length) return localError(missing);
    const terms = { role: values.role as MembershipDto['role'], from: values.from || null, to: values.to || null };
    const result = editing
      ? await api.call('memberships.update', { id: membership.id, ...terms })
      : await api.call('memberships.create', { contactId: Number(values.contactId), bodyId: Number(values.bodyId), ...terms });
    if (!result.ok) return result.error;
    toasts.success(t(editing ? 'contacts.memberships.updated' : 'contacts.memberships.added', { name: result.data.contactName, body: result.data.bodyName }));
    onSaved(result.data);
  });

  return (
    <Dialog
      title={editing ? t('contacts.memberships.editTitle') : t('contacts.memberships.addTitle')}
      description={who && where ? t('contacts.memberships.describe', { name: who, body: where }) : undefined}
      onClose={onClose}
    >
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        {!editing && !contact ? (
          <ContactPicker value={form.values.contactId} onChange={(contactId) => form.setValue('contactId', contactId)} error={form.errorFor('contactId')} errorId={form.ids.error('contactId')} />
        ) : null}
        {!editing && !body ? (
          <SelectField
            form={form}
            name="bodyId"
            label={t('contacts.memberships.body')}
            placeholder={t('contacts.memberships.chooseBodyOption')}
            options={bodies.map((each) => ({ value: String(each.id), label: each.name }))}
            width="full"
            required
          />
        ) : null}
        <SelectField form={form} name="role" label={t('contacts.memberships.role')} options={roleOptions(t)} width="full" required />
        <div className="contact-form__row">
          <InputField form={form} name="from" type="date" width="short" label={t('contacts.memberships.from')} optional />
          <InputField form={form} name="to" type="date" width="short" label={t('contacts.memberships.to')} hint={t('contacts.memberships.toHint')} optional />
        </div>
        <DialogActions onCancel={onClose} submitLabel={editing ? t('common.save') : t('contacts.memberships.addSubmit')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}

/** Ends a membership on a day (default today). */
export function EndMembershipDialog({ membership, today, onClose, onSaved }: { membership: MembershipDto; today: string; onClose(): void; onSaved(membership: MembershipDto): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const form = useForm<{ to: string }>({ to: today });
  const onSubmit = form.onSubmit(async (values) => {
    if (!values.to) return localError([{ field: 'to', messageKey: 'validation.required' }]);
    const result = await api.call('memberships.end', { id: membership.id, to: values.to });
    if (!result.ok) return result.error;
    toasts.success(t('contacts.memberships.ended', { name: result.data.contactName, body: result.data.bodyName }));
    onSaved(result.data);
  });
  return (
    <Dialog title={t('contacts.memberships.endTitle')} description={t('contacts.memberships.describe', { name: membership.contactName, body: membership.bodyName })} onClose={onClose} size="small">
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <InputField form={form} name="to" type="date" width="short" label={t('contacts.memberships.endOn')} required />
        <DialogActions onCancel={onClose} submitLabel={t('contacts.memberships.endSubmit')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}

/** Removes a membership entered by mistake, after asking. */
export function RemoveMembershipDialog({ membership, onClose, onRemoved }: { membership: MembershipDto; onClose(): void; onRemoved(id: number): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const form = useForm<Record<string, string>>({});
  const onSubmit = form.onSubmit(async () => {
    const result = await api.call('memberships.delete', { id: membership.id });
    if (!result.ok) return result.error;
    toasts.success(t('contacts.memberships.removed', { name: membership.contactName, body: membership.bodyName }));
    onRemoved(membership.id);
  });
  return (
    <Dialog title={t('contacts.memberships.removeTitle')} description={t('contacts.memberships.removeText', { name: membership.contactName, body: membership.bodyName })} onClose={onClose} size="small">
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormErrors messages={form.formErrors} />
        <DialogActions onCancel={onClose} submitLabel={t('contacts.memberships.removeSubmit')} busy={form.submitting} danger />
      </form>
    </Dialog>
  );
}
