import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { StartScreen } from '../screens/dashboard/StartScreen';
import {
  AboutScreen,
  ActionItemsScreen,
  AntragScreen,
  BodiesScreen,
  BodyScreen,
  ContactScreen,
  ContactsImportScreen,
  ContactsScreen,
  DocumentsScreen,
  EditionDocumentScreen,
  EditionScreen,
  EditionsScreen,
  FieldsOfActionScreen,
  GuideScreen,
  HelpScreen,
  IntakeScreen,
  LiveMeetingScreen,
  MeasureScreen,
  MeasuresScreen,
  MeetingScreen,
  MeetingsScreen,
  OrganizationsScreen,
  ReportScreen,
  SearchScreen,
  SettingsScreen,
} from './lazy-screens';
import { href, paths } from './paths';
import { matchRoute, type ResolvedRoute, type Route } from './router';

/** The route table: every screen by address. Screens use `./router` (useRoute, navigate), never this file. */
export const routes: readonly Route[] = [
  { path: paths.start, nav: 'start', Screen: StartScreen },
  { path: paths.editions, nav: 'leitbild', Screen: EditionsScreen },
  { path: paths.edition, nav: 'leitbild', Screen: EditionScreen },
  { path: paths.fieldsOfAction, nav: 'leitbild', Screen: FieldsOfActionScreen },
  { path: paths.measures, nav: 'leitbild', Screen: MeasuresScreen },
  { path: paths.measure, nav: 'leitbild', Screen: MeasureScreen },
  { path: paths.intake, nav: 'leitbild', Screen: IntakeScreen },
  { path: paths.search, nav: 'leitbild', Screen: SearchScreen },
  { path: paths.sessions, nav: 'sessions', Screen: MeetingsScreen },
  { path: paths.actionItems, nav: 'sessions', Screen: ActionItemsScreen },
  { path: paths.meeting, nav: 'sessions', Screen: MeetingScreen },
  { path: paths.meetingLive, nav: 'sessions', Screen: LiveMeetingScreen, fullWindow: true },
  { path: paths.contacts, nav: 'contacts', Screen: ContactsScreen },
  { path: paths.contactNew, nav: 'contacts', Screen: ContactScreen },
  { path: paths.contact, nav: 'contacts', Screen: ContactScreen },
  { path: paths.bodies, nav: 'contacts', Screen: BodiesScreen },
  { path: paths.body, nav: 'contacts', Screen: BodyScreen },
  { path: paths.organizations, nav: 'contacts', Screen: OrganizationsScreen },
  { path: paths.contactsImport, nav: 'contacts', Screen: ContactsImportScreen },
  { path: paths.documents, nav: 'documents', Screen: DocumentsScreen },
  { path: paths.documentsAntrag, nav: 'documents', Screen: AntragScreen },
  { path: paths.documentsEdition, nav: 'documents', Screen: EditionDocumentScreen },
  { path: paths.documentsReport, nav: 'documents', Screen: ReportScreen },
  { path: paths.settings, nav: 'settings', Screen: SettingsScreen },
  { path: paths.help, nav: 'help', Screen: HelpScreen },
  { path: paths.helpAbout, nav: 'help', Screen: AboutScreen },
  { path: paths.helpGuide, nav: 'help', Screen: GuideScreen },
];

/** Section addresses that lead to their first screen. */
const aliases: Record<string, string> = { '/': paths.start, '/leitbild': paths.measures };

export const DEFAULT_PATH = paths.start;

export function resolvePath(fullPath: string): ResolvedRoute | undefined {
  const [rawPath = '', rawQuery = ''] = fullPath.split('?');
  const clean = rawPath.replace(/\/+$/, '') || '/';
  const path = aliases[clean] ?? clean;
  return matchRoute(routes, path, rawQuery);
}

/** `#/start` → `/start`; other hashes (none, `#inhalt`) are not routes. */
const pathOfHash = (hash: string): string | null => (hash.startsWith('#/') ? decodeURI(hash.slice(1)) : null);

/**
 * The current route; unknown addresses are replaced by the start screen. `allowChange` is asked
 * before the screen follows a new address (unsaved changes); refused, the address goes back.
 */
export function useHashRoute(allowChange?: (hash: string) => boolean): ResolvedRoute {
  const [path, setPath] = useState(() => pathOfHash(window.location.hash) ?? DEFAULT_PATH);
  const resolved = resolvePath(path) ?? (resolvePath(DEFAULT_PATH) as ResolvedRoute);
  const allow = useRef(allowChange);
  useLayoutEffect(() => {
    allow.current = allowChange;
  });
  const shown = useRef(window.location.hash);

  useEffect(() => {
    const onChange = () => {
      const hash = window.location.hash;
      const next = pathOfHash(hash);
      if (next === null) return;
      if (allow.current && !allow.current(hash)) {
        window.history.replaceState(window.history.state, '', shown.current);
        return;
      }
      shown.current = hash;
      setPath(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  // Keep the address bar honest (e.g. `#/leitbild` → `#/leitbild/massnahmen`); a layout effect, so
  // the address is right in the same commit as the screen (a passive effect may run after it is seen).
  const canonical = href(resolved.path + (resolved.query.size ? `?${resolved.query}` : ''));
  useLayoutEffect(() => {
    if (window.location.hash !== canonical) window.history.replaceState(window.history.state, '', canonical);
    shown.current = window.location.hash;
  }, [canonical]);

  return resolved;
}
