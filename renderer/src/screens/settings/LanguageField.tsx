import { useTranslation } from 'react-i18next';
import type { FormController } from '../../api/use-form';
import { FormFieldFrame, formControlProps } from '../../components/fields';
import { LANGUAGES } from '../../i18n/resources';

/** Sprache der Oberfläche: part of the personal settings, switched when the form is saved. */
export function LanguageField<V extends { language: string } & Record<string, string>>({ form }: { form: FormController<V> }) {
  const { t } = useTranslation();
  const frame = { form, name: 'language' as const, label: t('settings.personal.language'), hint: t('settings.personal.languageHint') };
  return (
    <FormFieldFrame {...frame}>
      <select {...formControlProps(frame)} className="field__control field__control--medium" onChange={(event) => form.setValue('language', event.target.value)}>
        {LANGUAGES.map((language) => (
          // Each language named in itself, so a person finds theirs whatever the interface shows now.
          <option key={language} value={language} lang={language}>
            {t(`settings.language.options.${language}`, { lng: language })}
          </option>
        ))}
      </select>
    </FormFieldFrame>
  );
}
