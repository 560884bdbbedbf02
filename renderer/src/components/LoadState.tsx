import { useTranslation } from 'react-i18next';
import type { CallState } from '../api/use-call';
import { errorText, useMessage } from '../i18n/messages';

interface LoadStateProps {
  readonly failed: boolean;
  /** The translated reason; "Laden fehlgeschlagen" when none is known. */
  readonly message?: string;
  readonly onRetry: () => void;
  /** Extra classes for the frame it stands in (`card`, `card__body`). */
  readonly className?: string;
}

/** What a screen shows before its data is there: "Wird geladen …", or the problem with "Erneut versuchen". */
export function LoadState({ failed, message, onRetry, className }: LoadStateProps) {
  const { t } = useTranslation();
  const classes = (own: string) => (className ? `${className} ${own}` : own);
  if (!failed) {
    return (
      <p className={classes('muted')} role="status">
        {t('common.loading')}
      </p>
    );
  }
  return (
    <div className={classes('inline-problem')} role="alert">
      <p>{message ?? t('common.loadFailed')}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

/** `LoadState` for one `useCall`. */
export function CallLoadState({ call, className }: { call: Pick<CallState<unknown>, 'status' | 'error' | 'reload'>; className?: string }) {
  const message = useMessage();
  return (
    <LoadState
      className={className}
      failed={call.status === 'failed'}
      message={call.error ? errorText(message, call.error) : undefined}
      onRetry={call.reload}
    />
  );
}
