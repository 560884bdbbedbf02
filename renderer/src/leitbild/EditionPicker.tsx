import { useTranslation } from 'react-i18next';
import { useEditions } from './edition-context';

/** "Leitbild-Ausgabe: [Zusammenleben in Vielfalt 2022–2024 ▾]" — shown once there is an edition. */
export function EditionPicker() {
  const { t } = useTranslation();
  const { editions, current, select } = useEditions();
  if (!editions || editions.length === 0 || !current) return null;
  return (
    <label className="edition-picker">
      <span className="edition-picker__label">{t('leitbild.editionPicker.label')}</span>
      <select className="field__control edition-picker__select" value={current.id} onChange={(event) => select(Number(event.target.value))}>
        {editions.map((edition) => (
          <option key={edition.id} value={edition.id}>
            {t('leitbild.editionPicker.option', { title: edition.title, from: edition.periodFrom, to: edition.periodTo })}
          </option>
        ))}
      </select>
    </label>
  );
}
