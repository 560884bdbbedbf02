import { useTranslation } from 'react-i18next';
import type { BackupOverviewDto, CallError, CallInput, FieldError } from '../../../../contract';
import type { FormController } from '../../api/use-form';
import { TextField } from '../../components/fields';

export type BackupSettingsValues = { folder: string; keepDaily: string; keepWeekly: string; keepManualMonths: string };
export const BACKUP_SETTINGS_FIELDS: ReadonlyArray<keyof BackupSettingsValues> = ['folder', 'keepDaily', 'keepWeekly', 'keepManualMonths'];

/** The default folder shows as an empty field: "leer = Standardordner". */
export const backupSettingsValues = (overview: BackupOverviewDto): BackupSettingsValues => ({
  folder: overview.folder === overview.defaultFolder ? '' : overview.folder,
  keepDaily: String(overview.keepDaily),
  keepWeekly: String(overview.keepWeekly),
  keepManualMonths: String(overview.keepManualMonths),
});

const WHOLE_NUMBER = /^\s*\d{1,3}\s*$/;

/**
 * The backup part of a save (`backups.configure`'s input), or the refusal of what is no whole
 * number; the ranges (1–60, 0–52, 0–120) are checked by the main side, with its messages.
 */
export function backupSettingsInput(values: BackupSettingsValues): CallInput<'backups.configure'> | CallError {
  const notWhole: FieldError[] = (['keepDaily', 'keepWeekly', 'keepManualMonths'] as const)
    .filter((name) => !WHOLE_NUMBER.test(values[name]))
    .map((name) => ({ field: name, messageKey: 'validation.expected.int' }));
  if (notWhole.length > 0) return { code: 'invalid-input', messageKey: 'errors.invalidInput', fields: notWhole };
  return { folder: values.folder, keepDaily: Number(values.keepDaily), keepWeekly: Number(values.keepWeekly), keepManualMonths: Number(values.keepManualMonths) };
}

/** Sicherungsordner und Aufbewahrung: fields of the settings screen's one form (saved with its "Speichern"). */
export function BackupSettingsFields<V extends BackupSettingsValues & Record<string, string>>({ form, defaultFolder }: { form: FormController<V>; defaultFolder: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="backup-card__text">{t('backups.settings.text')}</p>
      <TextField form={form} name="folder" label={t('backups.settings.folder')} hint={t('backups.settings.folderHint', { defaultFolder })} spellCheck={false} />
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
    </>
  );
}
