import { useTranslation } from 'react-i18next';
import { clockTime } from '../meeting-format';
import type { SaveState } from './use-notes-autosave';

/** "Wird gespeichert …" / "Gespeichert um 18:42:05", announced politely; a failure offers a retry. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="live__save">
      <p className={`live__save-text live__save-text--${state.kind}`} role="status" aria-live="polite">
        {state.kind === 'saving'
          ? t('meetings.live.saving')
          : state.kind === 'saved'
            ? t('meetings.live.savedAt', { time: clockTime(state.at) })
            : state.kind === 'failed'
              ? t('meetings.live.saveFailed')
              : ''}
      </p>
      {state.kind === 'failed' ? (
        <button type="button" className="button button--secondary button--small" onClick={onRetry}>
          {t('meetings.live.saveRetry')}
        </button>
      ) : null}
    </div>
  );
}
