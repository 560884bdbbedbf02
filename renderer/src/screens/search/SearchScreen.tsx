import { useTranslation } from 'react-i18next';
import { LeitbildPage } from '../../leitbild/LeitbildPage';

/** Placeholder while this screen is being built; replaced in the same change. */
export function SearchScreen() {
  const { t } = useTranslation();
  return <LeitbildPage title={t('leitbild.subnav.search')}>{null}</LeitbildPage>;
}
