import { useTranslation } from 'react-i18next';
import type { MeetingState } from '../../../../contract';

/** The meeting's state as a label; the colour only repeats the text. */
export function MeetingStateBadge({ state }: { state: MeetingState }) {
  const { t } = useTranslation();
  return <span className={`meeting-state meeting-state--${state}`}>{t(`meetings.state.${state}`)}</span>;
}
