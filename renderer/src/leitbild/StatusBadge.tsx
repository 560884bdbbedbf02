import { useTranslation } from 'react-i18next';
import type { MeasureStatus } from '../../../contract';

/** A measure's status as a small coloured label; the colour only repeats what the text says. */
export function StatusBadge({ status }: { status: MeasureStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-badge--${status}`}>{t(`status.measure.${status}`)}</span>;
}
