import type { BackupOverviewDto, CallError, CallInput, SettingsDto } from '../../../../contract';
import type { MotionConventionsDto } from '../../../../contract/settings';
import { BACKUP_SETTINGS_FIELDS, backupSettingsInput, backupSettingsValues, type BackupSettingsValues } from '../maintenance/BackupSettingsForm';
import { MOTION_FIELDS, type MotionValues } from './MotionConventionsSection';

/** Bezirk & Geschäftsstelle. */
export const OFFICE_FIELDS = ['districtName', 'officeName', 'officeAddress', 'officePhone', 'officeEmail'] as const;
/** Dokumente: who is named in the DSGVO Auskunft (the motion wording is the other half). */
export const PRIVACY_FIELDS = ['dataProtectionOfficer', 'supervisoryAuthority'] as const;
/** Persönlich: kept per user and PC, not in the shared data. */
export const PERSONAL_FIELDS = ['userName', 'language'] as const;

type SharedField = (typeof OFFICE_FIELDS)[number] | (typeof PRIVACY_FIELDS)[number] | (typeof PERSONAL_FIELDS)[number];

/** Every value of the one settings form, as the fields hold them (strings). */
export type SettingsValues = { [K in SharedField]: string } & MotionValues & BackupSettingsValues;

const SETTINGS_FIELDS = [...OFFICE_FIELDS, ...PRIVACY_FIELDS, ...PERSONAL_FIELDS] as const;

/** Without backups (the shared server, where IT keeps them) the backup fields stay empty and are never sent. */
export function settingsValues(settings: SettingsDto, backups: BackupOverviewDto | null): SettingsValues {
  const plain = Object.fromEntries(SETTINGS_FIELDS.map((name) => [name, settings[name]])) as { [K in SharedField]: string };
  const backupValues = backups ? backupSettingsValues(backups) : { folder: '', keepDaily: '', keepWeekly: '', keepManualMonths: '' };
  return { ...plain, ...settings.motionConventions, ...backupValues };
}

const changed = <K extends keyof SettingsValues>(names: readonly K[], values: SettingsValues, stored: SettingsValues) => names.filter((name) => values[name] !== stored[name]);

/**
 * What one "Speichern" sends: only the groups that changed (an unchanged backup folder on a slow
 * network drive is not checked again), the motion wording as one block. A number that is not whole
 * is refused here, at its field.
 */
export function saveInputOf(values: SettingsValues, stored: SettingsValues): CallInput<'settings.save'> | CallError {
  const settings: Record<string, unknown> = Object.fromEntries(changed(SETTINGS_FIELDS, values, stored).map((name) => [name, values[name]]));
  if (changed(MOTION_FIELDS, values, stored).length > 0) {
    settings.motionConventions = Object.fromEntries(MOTION_FIELDS.map((name) => [name, values[name]])) as unknown as MotionConventionsDto;
  }
  if (changed(BACKUP_SETTINGS_FIELDS, values, stored).length === 0) return { settings: settings as CallInput<'settings.save'>['settings'] };
  const backups = backupSettingsInput(values);
  if ('code' in backups) return backups;
  return { settings: settings as CallInput<'settings.save'>['settings'], backups };
}

/** The service answers at `settings.<name>`, `settings.motionConventions.<name>` and `backups.<name>`; the form's fields are the bare names. */
export const atFormFields = (error: CallError): CallError => ({
  ...error,
  fields: error.fields.map((item) => ({ ...item, field: item.field.replace(/^(settings\.motionConventions|settings|backups)\./, '') })),
});
