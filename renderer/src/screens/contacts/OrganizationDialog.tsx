import { useTranslation } from 'react-i18next';
import type { OrganizationDto, OrganizationKind } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { InputField, SelectField } from '../measures/controls';
import { organizationKindOptions } from './labels';

type Values = { name: string; kind: string; street: string; postalCode: string; city: string; email: string; phone: string; website: string };

/** New organisation or its name, kind, address and how to reach it. */
export function OrganizationDialog({ organization, onClose, onSaved }: { organization?: OrganizationDto; onClose(): void; onSaved(organization: OrganizationDto): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const form = useForm<Values>({
    name: organization?.name ?? '',
    kind: organization?.kind ?? 'other',
    street: organization?.street ?? '',
    postalCode: organization?.postalCode ?? '',
    city: organization?.city ?? '',
    email: organization?.email ?? '',
    phone: organization?.phone ?? '',
    website: organization?.website ?? '',
  });
  const onSubmit = useGuardedSubmit(form, async (values) => {
    const fields = { ...values, kind: values.kind as OrganizationKind };
    const result = organization ? await api.call('organizations.update', { id: organization.id, ...fields }) : await api.call('organizations.create', fields);
    if (!result.ok) return result.error;
    toasts.success(t(organization ? 'contacts.organizations.saved' : 'contacts.organizations.created', { name: result.data.name }));
    onSaved(result.data);
  });
  return (
    <Dialog title={organization ? t('contacts.organizations.editTitle') : t('contacts.organizations.createTitle')} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <InputField form={form} name="name" label={t('contacts.organizations.name')} required />
        <SelectField form={form} name="kind" label={t('contacts.organizations.kind')} options={organizationKindOptions(t)} width="full" required />
        <InputField form={form} name="street" label={t('contacts.form.street')} optional />
        <div className="contact-form__row">
          <InputField form={form} name="postalCode" label={t('contacts.form.postalCode')} width="short" optional />
          <InputField form={form} name="city" label={t('contacts.form.city')} optional />
        </div>
        <div className="contact-form__row">
          <InputField form={form} name="email" label={t('contacts.organizations.email')} optional />
          <InputField form={form} name="phone" label={t('contacts.organizations.phone')} optional />
        </div>
        <InputField form={form} name="website" label={t('contacts.organizations.website')} optional />
        <DialogActions onCancel={onClose} submitLabel={organization ? t('common.save') : t('contacts.organizations.createSubmit')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}
