import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupOverviewDto } from '../../../../contract';
import { useApi } from '../../api/api-context';
import { useCall } from '../../api/use-call';
import { useForm, type FormController } from '../../api/use-form';
import { useAppData } from '../../app/app-data';
import { useGuardedSubmit } from '../../app/unsaved-changes';
import { FormErrors, TextField } from '../../components/fields';
import { CallLoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { applyLanguage } from '../../i18n/i18n';
import { BackupSettingsFields } from '../maintenance/BackupSettingsForm';
import { BackupTools } from '../maintenance/BackupSection';
import { LanguageField } from './LanguageField';
import { MotionConventionsFields } from './MotionConventionsSection';
import { PrivacyContactFields } from './PrivacyContactFields';
import { atFormFields, saveInputOf, settingsValues, type SettingsValues } from './settings-values';
import './settings.css';

type SectionName = 'office' | 'documents' | 'backup' | 'personal';
const SECTIONS: readonly SectionName[] = ['office', 'documents', 'backup', 'personal'];

/** One group of the form: a card with its heading (a target of the jump links) and whom it applies to. */
function SettingsSection({ name, headingRef, children }: { name: SectionName; headingRef: RefObject<HTMLHeadingElement | null>; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card settings-section" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t(`settings.sections.${name}`)}
      </h2>
      <p className="settings-section__scope">{t(name === 'personal' ? 'settings.scope.personal' : 'settings.scope.shared')}</p>
      {children}
    </section>
  );
}

/** "Springen zu": the four groups are long; buttons, since the address (#/…) is the app's route. */
function JumpLinks({ targets }: { targets: Record<SectionName, RefObject<HTMLHeadingElement | null>> }) {
  const { t } = useTranslation();
  const go = (name: SectionName) => {
    const heading = targets[name].current;
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <nav className="settings-jump" aria-label={t('settings.jump.label')}>
      <span className="settings-jump__label" aria-hidden="true">
        {t('settings.jump.label')}:
      </span>
      <ul className="settings-jump__list">
        {SECTIONS.map((name) => (
          <li key={name}>
            <button type="button" className="settings-jump__link" onClick={() => go(name)}>
              {t(`settings.sections.${name}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The save bar's line: what is saved, under way or waiting (announced politely). */
function SaveState({ form, saved }: { form: FormController<SettingsValues>; saved: boolean }) {
  const { t } = useTranslation();
  const text = form.submitting ? t('settings.state.saving') : form.dirty ? t('settings.state.dirty') : saved ? t('settings.state.saved') : '';
  return (
    <p className={`settings-save-bar__state${saved && !form.dirty && !form.submitting ? ' settings-save-bar__state--saved' : ''}`} role="status">
      {text}
    </p>
  );
}

/**
 * The whole screen is one form with one "Speichern" (`settings.save`: shared, personal and backup
 * settings all or nothing). Leaving with changes asks (useGuardedSubmit); Ctrl+S saves.
 */
function SettingsForm({ overview, onBackupsSaved }: { overview: BackupOverviewDto | null; onBackupsSaved: (overview: BackupOverviewDto) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { settings, setSettings } = useAppData();
  const initial = settingsValues(settings, overview);
  const form = useForm<SettingsValues>(initial);
  // What the main side holds now: a save sends only the groups that differ from it.
  const stored = useRef(initial);
  const [saved, setSaved] = useState(false);
  const headings = { office: useRef<HTMLHeadingElement>(null), documents: useRef<HTMLHeadingElement>(null), backup: useRef<HTMLHeadingElement>(null), personal: useRef<HTMLHeadingElement>(null) };
  const id = useId();

  const onSubmit = useGuardedSubmit(form, async (values) => {
    setSaved(false);
    const input = saveInputOf(values, stored.current);
    if ('code' in input) return input;
    const result = await api.call('settings.save', input);
    if (!result.ok) return atFormFields(result.error);
    const next = settingsValues(result.data.settings, result.data.backups ?? overview);
    stored.current = next;
    await applyLanguage(result.data.settings.language);
    setSettings(result.data.settings);
    if (result.data.backups) onBackupsSaved(result.data.backups);
    form.reset(next);
    setSaved(true);
  });

  return (
    <>
      <JumpLinks targets={headings} />
      <form className="form settings-form" onSubmit={onSubmit} noValidate aria-busy={form.submitting || undefined}>
        <SettingsSection name="office" headingRef={headings.office}>
          <TextField form={form} name="districtName" label={t('settings.office.districtName')} hint={t('settings.office.districtNameHint')} width="medium" />
          <TextField form={form} name="officeName" label={t('settings.office.officeName')} hint={t('settings.office.officeNameHint')} />
          <TextField form={form} name="officeAddress" label={t('settings.office.officeAddress')} hint={t('settings.office.officeAddressHint')} multiline rows={3} width="medium" />
          <div className="field-row">
            <TextField form={form} name="officePhone" label={t('settings.office.officePhone')} type="tel" width="medium" />
            <TextField form={form} name="officeEmail" label={t('settings.office.officeEmail')} type="email" width="medium" spellCheck={false} />
          </div>
        </SettingsSection>
        <SettingsSection name="documents" headingRef={headings.documents}>
          <div className="settings-group">
            <h3 className="settings-group__title">{t('settings.privacy.title')}</h3>
            <PrivacyContactFields form={form} />
          </div>
          <MotionConventionsFields form={form} headingId={`${id}-motion`} />
        </SettingsSection>
        <SettingsSection name="backup" headingRef={headings.backup}>
          {overview ? (
            <>
              <BackupSettingsFields form={form} defaultFolder={overview.defaultFolder} />
              <p className="field__hint">{t('settings.backupToolsHint')}</p>
            </>
          ) : (
            <p>{t('settings.sharedBackup')}</p>
          )}
        </SettingsSection>
        <SettingsSection name="personal" headingRef={headings.personal}>
          {settings.loginName ? (
            // On the shared server the login names every change; a name typed here would not be used.
            <p className="settings-login-name">
              <strong>{t('settings.personal.loginName', { name: settings.loginName })}</strong> {t('settings.personal.loginNameHint')}
            </p>
          ) : (
            <TextField
              form={form}
              name="userName"
              label={t('settings.personal.userName')}
              hint={t('settings.personal.userNameHint', { defaultName: settings.defaultUserName || '–' })}
              width="medium"
              autoComplete="name"
            />
          )}
          <LanguageField form={form} />
        </SettingsSection>
        <div className="save-bar settings-save-bar">
          <FormErrors messages={form.formErrors} />
          <div className="settings-save-bar__row">
            <button type="submit" className="button button--primary" aria-disabled={form.submitting || undefined}>
              {t('settings.save')}
            </button>
            <SaveState form={form} saved={saved} />
          </div>
        </div>
      </form>
    </>
  );
}

export function SettingsScreen() {
  const { settings } = useAppData();
  return settings.loginName ? <SharedSettingsScreen /> : <LocalSettingsScreen />;
}

/** On the shared server IT keeps the backups (`cli backup --database`): no backup fields, no backup tools. */
function SharedSettingsScreen() {
  const { t } = useTranslation();
  return (
    <Page title={t('settings.title')} intro={<p>{t('settings.intro')}</p>}>
      <SettingsForm overview={null} onBackupsSaved={() => undefined} />
    </Page>
  );
}

function LocalSettingsScreen() {
  const { t } = useTranslation();
  const overview = useCall('backups.overview', {});
  return (
    <Page title={t('settings.title')} intro={<p>{t('settings.intro')}</p>}>
      {overview.data ? <SettingsForm overview={overview.data} onBackupsSaved={overview.setData} /> : <CallLoadState call={overview} className="card" />}
      <BackupTools overview={overview} title={t('settings.backupTools.title')} />
    </Page>
  );
}
