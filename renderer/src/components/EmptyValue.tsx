import { useTranslation } from 'react-i18next';

/** A dash in a table cell that has no value; screen readers hear "keine Angabe" instead. */
export function EmptyValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true" className="muted">
        {t('common.emptyValue')}
      </span>
      <span className="visually-hidden">{t('common.emptyValueLabel')}</span>
    </>
  );
}
