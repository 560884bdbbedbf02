import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useForm } from '../../api/use-form';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { useAppData } from '../../app/app-data';
import { TextField, FormErrors, FormSubmit } from '../../components/fields';
import { Page } from '../../components/Page';
import { useToasts } from '../../components/toasts';
import { applyLanguage, i18n, isLanguage } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/resources';
import { errorText, useMessage } from '../../i18n/messages';
import { BackupSection } from '../maintenance/BackupSection';
import { MotionConventionsSection } from './MotionConventionsSection';
import { PrivacyContactFields } from './PrivacyContactFields';

type OfficeValues = Pick<SettingsDto, 'districtName' | 'officeName' | 'officeAddress' | 'officePhone' | 'officeEmail' | 'dataProtectionOfficer' | 'supervisoryAuthority'>;

const officeValues = (settings: SettingsDto): OfficeValues => ({
  districtName: settings.districtName,
  officeName: settings.officeName,
  officeAddress: settings.officeAddress,
  officePhone: settings.officePhone,
  officeEmail: settings.officeEmail,
  dataProtectionOfficer: settings.dataProtectionOfficer,
  supervisoryAuthority: settings.supervisoryAuthority,
});

/** Sprache: switches at once and is stored with the data (`settings.update({ language })`). */
function LanguageSection() {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const message = useMessage();
  const { settings, setSettings } = useAppData();
  const [saving, setSaving] = useState(false);
  const id = useId();

  const change = async (value: string) => {
    if (!isLanguage(value) || value === settings.language || saving) return;
    setSaving(true);
    const result = await api.call('settings.update', { language: value });
    setSaving(false);
    if (!result.ok) {
      toasts.error(errorText(message, result.error));
      return;
    }
    await applyLanguage(result.data.language);
    setSettings(result.data);
    toasts.success(i18n.t('settings.language.changed'));
  };

  return (
    <section className="card">
      <h2 className="card__title" id={`${id}-title`}>
        {t('settings.language.title')}
      </h2>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-language`}>
          {t('settings.language.label')}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('settings.language.hint')}
        </p>
        <select
          id={`${id}-language`}
          className="field__control field__control--medium"
          value={settings.language}
          aria-describedby={`${id}-hint`}
          aria-busy={saving || undefined}
          onChange={(event) => void change(event.target.value)}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`settings.language.options.${language}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}

/** Ihr Name: who entered a status change or a note ("eingetragen von"); empty = the Windows user name. */
function ProfileSection() {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const { settings, setSettings } = useAppData();
  const form = useForm<Pick<SettingsDto, 'userName'>>({ userName: settings.userName });
  const id = useId();

  const onSubmit = useGuardedSubmit(form, async (values) => {
    const result = await api.call('settings.update', values);
    if (!result.ok) return result.error;
    setSettings(result.data);
    form.reset({ userName: result.data.userName });
    toasts.success(t('settings.profile.saved'));
  });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('settings.profile.title')}
      </h2>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <TextField form={form} name="userName" label={t('settings.profile.userName')} hint={t('settings.profile.userNameHint')} width="medium" autoComplete="name" />
        <FormSubmit submitting={form.submitting} label={t('settings.profile.save')} />
      </form>
    </section>
  );
}

/** Bezirk und Dienststelle: saved together with one button; errors at the field. */
function OfficeSection() {
  const { t } = useTranslation();
  const api = useApi();
  const toasts = useToasts();
  const { settings, setSettings } = useAppData();
  const form = useForm<OfficeValues>(officeValues(settings));
  const id = useId();

  const onSubmit = useGuardedSubmit(form, async (values) => {
    const result = await api.call('settings.update', values);
    if (!result.ok) return result.error;
    setSettings(result.data);
    form.reset(officeValues(result.data));
    toasts.success(t('settings.office.saved'));
  });

  return (
    <section className="card">
      <h2 className="card__title" id={`${id}-title`}>
        {t('settings.office.title')}
      </h2>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <FormErrors messages={form.formErrors} />
        <TextField form={form} name="districtName" label={t('settings.office.districtName')} hint={t('settings.office.districtNameHint')} width="medium" />
        <TextField form={form} name="officeName" label={t('settings.office.officeName')} hint={t('settings.office.officeNameHint')} />
        <TextField
          form={form}
          name="officeAddress"
          label={t('settings.office.officeAddress')}
          hint={t('settings.office.officeAddressHint')}
          multiline
          rows={3}
          width="medium"
        />
        <div className="field-row">
          <TextField form={form} name="officePhone" label={t('settings.office.officePhone')} type="tel" width="medium" />
          <TextField form={form} name="officeEmail" label={t('settings.office.officeEmail')} type="email" width="medium" spellCheck={false} />
        </div>
        <PrivacyContactFields form={form} />
        <FormSubmit submitting={form.submitting} label={t('settings.office.save')} />
      </form>
    </section>
  );
}

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <Page title={t('settings.title')} intro={<p>{t('settings.intro')}</p>}>
      <LanguageSection />
      <ProfileSection />
      <OfficeSection />
      <MotionConventionsSection />
      <BackupSection />
    </Page>
  );
}
