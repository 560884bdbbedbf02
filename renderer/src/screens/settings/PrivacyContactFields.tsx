import { useTranslation } from 'react-i18next';
import type { SettingsDto } from '../../../../contract';
import type { FormController } from '../../api/use-form';
import { TextField } from '../../components/fields';

type PrivacyValues = Pick<SettingsDto, 'dataProtectionOfficer' | 'supervisoryAuthority'>;

/** An empty field is said at the field: the DSGVO Auskunft cannot be complete without it. */
function Missing({ value }: { value: string }) {
  const { t } = useTranslation();
  if (value.trim() !== '') return null;
  return (
    <p className="notice" role="note">
      {t('settings.office.privacyMissing')}
    </p>
  );
}

/** Data-protection officer and supervisory authority, part of the office block (Art. 15 DSGVO Auskunft). */
export function PrivacyContactFields<V extends PrivacyValues & Record<string, string>>({ form }: { form: FormController<V> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        form={form}
        name="dataProtectionOfficer"
        label={t('settings.office.dataProtectionOfficer')}
        hint={t('settings.office.dataProtectionOfficerHint')}
        multiline
        rows={3}
        width="medium"
        after={<Missing value={form.values.dataProtectionOfficer} />}
      />
      <TextField
        form={form}
        name="supervisoryAuthority"
        label={t('settings.office.supervisoryAuthority')}
        hint={t('settings.office.supervisoryAuthorityHint')}
        multiline
        rows={3}
        width="medium"
        after={<Missing value={form.values.supervisoryAuthority} />}
      />
    </>
  );
}
