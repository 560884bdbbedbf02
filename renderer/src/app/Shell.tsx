import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AppMark, CalendarIcon, CompassIcon, DocumentIcon, GearIcon, HelpIcon, HomeIcon, MenuIcon, PeopleIcon } from '../components/icons';
import { useHelpKey } from '../screens/help/use-help-key';
import { useAppData } from './app-data';
import { preloadScreens } from './lazy-screens';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { StartupStatus } from './StartupStatus';
import { href, paths } from './paths';
import { RouteProvider, type NavKey } from './router';
import { useHashRoute } from './routes';
import { UnsavedChangesProvider, useLeaveGuard } from './unsaved-changes';

interface NavItem {
  readonly key: NavKey;
  readonly path: string;
  readonly Icon: ComponentType<{ size?: number }>;
}

const navItems: readonly NavItem[] = [
  { key: 'start', path: paths.start, Icon: HomeIcon },
  { key: 'leitbild', path: paths.measures, Icon: CompassIcon },
  { key: 'sessions', path: paths.sessions, Icon: CalendarIcon },
  { key: 'contacts', path: paths.contacts, Icon: PeopleIcon },
  { key: 'documents', path: paths.documents, Icon: DocumentIcon },
  { key: 'settings', path: paths.settings, Icon: GearIcon },
  { key: 'help', path: paths.help, Icon: HelpIcon },
];

/** The app frame: skip link, navigation on the left, one screen in `main`. */
export function Shell({ onReload }: { onReload?: () => void }) {
  const { t } = useTranslation();
  const { settings, status } = useAppData();
  const guard = useLeaveGuard();
  const resolved = useHashRoute(guard.allowHashChange);
  const { route } = resolved;
  const main = useRef<HTMLElement>(null);
  const firstScreen = useRef(true);
  // Narrow windows and 200 % zoom: the entries fold away behind "Menü" (CSS decides when).
  const [menuOpen, setMenuOpen] = useState(false);
  const menuToggle = useRef<HTMLButtonElement>(null);
  // F1 opens the guide for this screen; live mode (full window) keeps F1 for its own shortcuts.
  useHelpKey(resolved.path, !route.fullWindow);

  // After a change of screen, the focus goes to its heading (screen readers announce it).
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    const area = main.current;
    const heading = area?.querySelector<HTMLElement>('h1');
    if (heading || !area) {
      (heading ?? area)?.focus();
      return;
    }
    // The screen's chunk is still loading: focus its heading as soon as it is there.
    area.focus();
    const observer = new MutationObserver(() => {
      const late = area.querySelector<HTMLElement>('h1');
      if (!late) return;
      observer.disconnect();
      if (document.activeElement === area) late.focus();
    });
    observer.observe(area, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [resolved.path]);

  // The other screens load in the background once the first one is shown.
  useEffect(() => {
    const timer = window.setTimeout(preloadScreens, 0);
    return () => window.clearTimeout(timer);
  }, []);

  const { Screen } = route;
  return (
    <div className={route.fullWindow ? 'app app--full-window' : 'app'}>
      <a
        className="skip-link"
        href="#inhalt"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('common.skipLink')}
      </a>
      {route.fullWindow ? null : (
        <div className="sidebar">
          <nav
            className={menuOpen ? 'nav nav--open' : 'nav'}
            aria-label={t('nav.label')}
            onKeyDown={(event) => {
              // Esc folds the open menu and returns to its button, as in a menu of any program.
              if (event.key !== 'Escape' || !menuOpen) return;
              setMenuOpen(false);
              menuToggle.current?.focus();
            }}
          >
            <div className="brand">
              <AppMark />
              <span className="brand__text">
                <span className="brand__name">{t('common.appName')}</span>
                <span className="brand__tagline">{settings.districtName || t('common.appTagline')}</span>
              </span>
            </div>
            <button ref={menuToggle} type="button" className="nav__toggle" aria-expanded={menuOpen} aria-controls="nav-list" onClick={() => setMenuOpen((open) => !open)}>
              <MenuIcon />
              {t('nav.menu')}
            </button>
            <ul className="nav__list" id="nav-list">
              {navItems.map(({ key, path, Icon }) => (
                <li key={key}>
                  <a className="nav__link" href={href(path)} aria-current={route.nav === key ? 'page' : undefined} onClick={() => setMenuOpen(false)}>
                    <Icon />
                    <span className="nav__label" data-label={t(`nav.${key}`)}>
                      {t(`nav.${key}`)}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      )}
      <main className="main" id="inhalt" ref={main} tabIndex={-1}>
        <div className="main__inner">
          {status.database.state === 'read-only' ? <ReadOnlyBanner onReload={onReload} /> : null}
          {/* Keyed by screen: a crash on one screen does not stick to the next. */}
          <ErrorBoundary key={resolved.path} onReload={onReload}>
            <RouteProvider value={resolved}>
              <UnsavedChangesProvider value={guard.registry}>
                <Screen />
              </UnsavedChangesProvider>
            </RouteProvider>
          </ErrorBoundary>
        </div>
      </main>
      <StartupStatus />
      {guard.dialog}
    </div>
  );
}
