import { useTranslation } from 'react-i18next';
import { AppMark } from '../components/icons';

/**
 * What the window shows before the core has opened the data file: the app frame (name in the
 * sidebar) and "Datenbank wird geprüft …", in the same places as the app, so nothing jumps.
 */
export function StartingFrame() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <div className="sidebar">
        <div className="nav">
          <div className="brand">
            <AppMark />
            <span className="brand__text">
              <span className="brand__name">{t('common.appName')}</span>
              <span className="brand__tagline">{t('common.appTagline')}</span>
            </span>
          </div>
        </div>
      </div>
      <main className="main" id="inhalt">
        <div className="main__inner">
          <p className="starting" role="status">
            {t('system.checkingDatabase')}
          </p>
        </div>
      </main>
    </div>
  );
}
