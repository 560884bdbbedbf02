import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallError } from '../../../../contract';
import { HARBURG_MOTION_CONVENTIONS, type MotionConventionsDto } from '../../../../contract/settings';
import { motionHeading } from '../../../../documents/antrag/motion-wording';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { useAppData } from '../../app/app-data';
import { FormErrors, TextField, FormSubmit } from '../../components/fields';
import { useToasts } from '../../components/toasts';

type Values = { [K in keyof MotionConventionsDto]: string };

const FIELDS: ReadonlyArray<keyof MotionConventionsDto> = [
  'singleHeading',
  'jointHeading',
  'jointItem',
  'singleKind',
  'jointKind',
  'subjectPrefix',
  'petitumLabel',
  'petitumOpening',
  'actingBody',
  'signatureHeading',
];

/** The service answers at `motionConventions.<key>`; the form's fields are the bare keys. */
const atFields = (error: CallError): CallError => ({ ...error, fields: error.fields.map((item) => ({ ...item, field: item.field.replace(/^motionConventions\./, '') })) });

/**
 * Anträge: how this district's Bezirksversammlung words a motion (Harburg's by default), in one
 * block, so another district (Altona: "Interfraktioneller Antrag der Fraktionen …") can use its own.
 */
export function MotionConventionsSection() {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const { settings, setSettings } = useAppData();
  const form = useForm<Values>({ ...settings.motionConventions });
  const id = useId();

  const onSubmit = useGuardedSubmit(form, async (values) => {
    const result = await api.call('settings.update', { motionConventions: values });
    if (!result.ok) return atFields(result.error);
    setSettings(result.data);
    form.reset({ ...result.data.motionConventions });
    toasts.success(t('settings.motion.saved'));
  });

  // A blank field means Harburg's wording (the service falls back the same way).
  const example = Object.fromEntries(FIELDS.map((name) => [name, form.values[name].trim() || HARBURG_MOTION_CONVENTIONS[name]])) as unknown as MotionConventionsDto;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('settings.motion.title')}
      </h2>
      <p>{t('settings.motion.intro')}</p>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        {FIELDS.map((name) => (
          <TextField key={name} form={form} name={name} label={t(`settings.motion.${name}`)} hint={t('settings.motion.default', { value: HARBURG_MOTION_CONVENTIONS[name] })} width="medium" />
        ))}
        <p className="field__hint">
          {t('settings.motion.example')} <strong>{motionHeading(['SPD'], example)}</strong> · <strong>{motionHeading(['SPD', 'GRÜNE', 'CDU'], example)}</strong>
        </p>
        <FormSubmit submitting={form.submitting} label={t('settings.motion.save')} />
      </form>
    </section>
  );
}
