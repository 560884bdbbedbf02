import { useEffect, useState, type ComponentType } from 'react';
import { ComingSoonScreen } from '../screens/coming-soon/ComingSoonScreen';
import { FieldsOfActionScreen } from '../screens/fields-of-action/FieldsOfActionScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { StartScreen } from '../screens/start/StartScreen';
import { href, paths } from './paths';

export { href, paths };

export type NavKey = 'start' | 'leitbild' | 'sessions' | 'contacts' | 'documents' | 'settings';

export interface Route {
  readonly path: string;
  readonly nav: NavKey;
  readonly Screen: ComponentType;
}

const Sessions = () => <ComingSoonScreen area="sessions" />;
const Contacts = () => <ComingSoonScreen area="contacts" />;
const Documents = () => <ComingSoonScreen area="documents" />;

export const routes: readonly Route[] = [
  { path: paths.start, nav: 'start', Screen: StartScreen },
  { path: paths.fieldsOfAction, nav: 'leitbild', Screen: FieldsOfActionScreen },
  { path: paths.sessions, nav: 'sessions', Screen: Sessions },
  { path: paths.contacts, nav: 'contacts', Screen: Contacts },
  { path: paths.documents, nav: 'documents', Screen: Documents },
  { path: paths.settings, nav: 'settings', Screen: SettingsScreen },
];

/** Section addresses that lead to their first screen. */
const aliases: Record<string, string> = { '/': paths.start, '/leitbild': paths.fieldsOfAction };

export const DEFAULT_PATH = paths.start;

export function resolvePath(path: string): Route | undefined {
  const clean = path.replace(/\/+$/, '') || '/';
  const target = aliases[clean] ?? clean;
  return routes.find((route) => route.path === target);
}

/** `#/start` → `/start`; other hashes (none, `#inhalt`) are not routes. */
const pathOfHash = (hash: string): string | null => (hash.startsWith('#/') ? decodeURI(hash.slice(1)) : null);

/** The current route; unknown addresses are replaced by the start screen. */
export function useHashRoute(): Route {
  const [path, setPath] = useState(() => pathOfHash(window.location.hash) ?? DEFAULT_PATH);
  const route = resolvePath(path) ?? (resolvePath(DEFAULT_PATH) as Route);

  useEffect(() => {
    const onChange = () => {
      const next = pathOfHash(window.location.hash);
      if (next !== null) setPath(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  // Keep the address bar honest (e.g. `#/leitbild` → `#/leitbild/handlungsfelder`).
  useEffect(() => {
    if (window.location.hash !== href(route.path)) window.history.replaceState(window.history.state, '', href(route.path));
  }, [route.path]);

  return route;
}
