import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupOverviewDto, CallError, FieldError } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { FormErrors, TextField, FormSubmit } from '../../components/fields';
import { useToasts } from '../../components/toasts';

type BackupSettingsValues = { folder: string; keepDaily: string; keepWeekly: string; keepManualMonths: string };

/** The default folder shows as an empty field: "leer = Standardordner". */
const valuesOf = (overview: BackupOverviewDto): BackupSettingsValues => ({
  folder: overview.folder === overview.defaultFolder ? '' : overview.folder,
  keepDaily: String(overview.keepDaily),
  keepWeekly: String(overview.keepWeekly),
  keepManualMonths: String(overview.keepManualMonths),
});

const WHOLE_NUMBER = /^\s*\d{1,3}\s*$/;

/** Sicherungsordner und Aufbewahrung → `backups.configure`; refusals at the field. */
export function BackupSettingsForm({ overview, onSaved }: { overview: BackupOverviewDto; onSaved: (overview: BackupOverviewDto) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const form = useForm<BackupSettingsValues>(valuesOf(overview));
  const id = useId();

  const onSubmit = useGuardedSubmit(form, async (values) => {
    // Whole numbers are checked here; the ranges (1–60, 0–52, 0–120) by the main side, with its messages.
    const notWhole: FieldError[] = (['keepDaily', 'keepWeekly', 'keepManualMonths'] as const)
      .filter((name) => !WHOLE_NUMBER.test(values[name]))
      .map((name) => ({ field: name, messageKey: 'validation.expected.int' }));
    if (notWhole.length > 0) return { code: 'invalid-input', messageKey: 'errors.invalidInput', fields: notWhole } satisfies CallError;
    const result = await api.call('backups.configure', {
      folder: values.folder,
      keepDaily: Number(values.keepDaily),
      keepWeekly: Number(values.keepWeekly),
      keepManualMonths: Number(values.keepManualMonths),
    });
    if (!result.ok) return result.error;
    form.reset(valuesOf(result.data));
    onSaved(result.data);
    toasts.success(t('backups.settings.saved'));
  });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 className="card__title" id={`${id}-title`}>
        {t('backups.settings.title')}
      </h3>
      <p className="backup-card__text">{t('backups.settings.text')}</p>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <TextField
          form={form}
          name="folder"
          label={t('backups.settings.folder')}
          hint={t('backups.settings.folderHint', { defaultFolder: overview.defaultFolder })}
          spellCheck={false}
        />
        <div className="field-row backup-settings__numbers">
          <TextField form={form} name="keepDaily" label={t('backups.settings.keepDaily')} hint={t('backups.settings.keepDailyHint')} type="number" width="short" />
          <TextField form={form} name="keepWeekly" label={t('backups.settings.keepWeekly')} hint={t('backups.settings.keepWeeklyHint')} type="number" width="short" />
          <TextField
            form={form}
            name="keepManualMonths"
            label={t('backups.settings.keepManualMonths')}
            hint={t('backups.settings.keepManualMonthsHint')}
            type="number"
            width="short"
          />
        </div>
        <FormSubmit submitting={form.submitting} label={form.submitting ? t('common.saving') : t('backups.settings.save')} />
      </form>
    </section>
  );
}
