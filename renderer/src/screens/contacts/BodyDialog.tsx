import { useTranslation } from 'react-i18next';
import type { BodyDto, BodyKind } from '../../../../contract';
import { suggestBodyGenitive } from '../../../../contract/body-genitive';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormErrors } from '../../components/fields';
import { useToasts } from '../../components/toasts';
import { InputField, SelectField } from '../measures/controls';
import { localError } from '../measures/measure-helpers';
import { bodyKindOptions } from './labels';

type Values = { name: string; kind: string; shortName: string; nameGenitive: string };

/** New body (Gremium) or a body's name, kind and short name. */
export function BodyDialog({ body, onClose, onSaved }: { body?: BodyDto; onClose(): void; onSaved(body: BodyDto): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const form = useForm<Values>({ name: body?.name ?? '', kind: body?.kind ?? '', shortName: body?.shortName ?? '', nameGenitive: body?.nameGenitive ?? '' });
  // Offered, never filled in silently: German genitives are irregular, the user confirms.
  const suggestion = suggestBodyGenitive(form.values.name);
  const onSubmit = useGuardedSubmit(form, async (values) => {
    if (!values.kind) return localError([{ field: 'kind', messageKey: 'contacts.bodies.chooseKind' }]);
    const fields = { name: values.name, kind: values.kind as BodyKind, shortName: values.shortName, nameGenitive: values.nameGenitive };
    const result = body ? await api.call('bodies.update', { id: body.id, ...fields }) : await api.call('bodies.create', fields);
    if (!result.ok) return result.error;
    toasts.success(t(body ? 'contacts.bodies.saved' : 'contacts.bodies.created', { name: result.data.name }));
    onSaved(result.data);
  });
  return (
    <Dialog title={body ? t('contacts.bodies.editTitle') : t('contacts.bodies.createTitle')} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <InputField form={form} name="name" label={t('contacts.bodies.name')} required />
        <SelectField form={form} name="kind" label={t('contacts.bodies.kind')} placeholder={t('contacts.bodies.chooseKindOption')} options={bodyKindOptions(t)} width="full" required />
        <InputField form={form} name="shortName" label={t('contacts.bodies.shortName')} hint={t('contacts.bodies.shortNameHint')} width="short" optional />
        <InputField
          form={form}
          name="nameGenitive"
          label={t('contacts.bodies.nameGenitive')}
          hint={t('contacts.bodies.nameGenitiveHint')}
          optional
          after={
            suggestion && suggestion !== form.values.nameGenitive.trim() ? (
              <button type="button" className="button button--quiet button--small" onClick={() => form.setValue('nameGenitive', suggestion)}>
                {t('contacts.bodies.nameGenitiveSuggestion', { suggestion })}
              </button>
            ) : null
          }
        />
        {form.values.nameGenitive.trim() === '' ? (
          <p className="field__hint" role="note">
            {t('contacts.bodies.nameGenitiveMissing')}
          </p>
        ) : null}
        <DialogActions onCancel={onClose} submitLabel={body ? t('common.save') : t('contacts.bodies.createSubmit')} busy={form.submitting} />
      </form>
    </Dialog>
  );
}
