import { useTranslation } from 'react-i18next';
import type { CallError } from '../../../contract';
import { AlertIcon } from '../components/icons';
import { errorText, useMessage } from '../i18n/messages';

/** The main side could not be reached at start (no connection, missing browser-mode secret). */
export function BootFailureScreen({ error, onReload }: { error: CallError; onReload: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  // Browser mode without the secret: reloading cannot help, the printed address can.
  const forbidden = error.messageKey === 'errors.forbidden';
  return (
    <main className="standalone">
      <div className="problem" role="alert">
        <span className="problem__icon">
          <AlertIcon size={32} />
        </span>
        <div className="problem__body">
          <h1 className="problem__title">{t(forbidden ? 'system.forbidden.title' : 'system.unreachable.title')}</h1>
          <p className="problem__lead">{errorText(message, error)}</p>
          <p>{t(forbidden ? 'system.forbidden.hint' : 'system.unreachable.hint')}</p>
          {!forbidden && (
            <p>
              <button type="button" className="button button--primary" onClick={onReload}>
                {t('common.reload')}
              </button>
            </p>
          )}
        </div>
      </div>
    </main>
  );
}
