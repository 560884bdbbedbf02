import { createContext, useContext, type ComponentType } from 'react';
import { href } from './paths';

/**
 * The router the screens use (useRoute, navigate) and its types. The route table (`./routes`) imports
 * every screen, so screens never import it: that would be a cycle.
 */

export type NavKey = 'start' | 'leitbild' | 'sessions' | 'contacts' | 'documents' | 'settings' | 'help';

export interface Route {
  /** A pattern; `:name` segments become params. */
  readonly path: string;
  readonly nav: NavKey;
  readonly Screen: ComponentType;
  /** Without the navigation (live minutes): the whole window for one task. */
  readonly fullWindow?: boolean;
}

export interface ResolvedRoute {
  readonly route: Route;
  /** The concrete path, e.g. `/leitbild/massnahmen/7` (without query). */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
}

function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = have[index]!;
    if (part.startsWith(':')) {
      if (actual === '') return null;
      params[part.slice(1)] = decodeURIComponent(actual);
    } else if (part !== actual) return null;
  }
  return params;
}

/** The first of `routes` whose pattern matches `path` (already without query and trailing slash). */
export function matchRoute(routes: readonly Route[], path: string, rawQuery: string): ResolvedRoute | undefined {
  for (const route of routes) {
    const params = matchPattern(route.path, path);
    if (params) return { route, path, params, query: new URLSearchParams(rawQuery) };
  }
  return undefined;
}

const RouteContext = createContext<ResolvedRoute | null>(null);
export const RouteProvider = RouteContext.Provider;

/** The params and query of the current screen's address. */
export function useRoute(): ResolvedRoute {
  const route = useContext(RouteContext);
  if (!route) throw new Error('useRoute() needs the Shell');
  return route;
}

/** The current route, or null outside the Shell (a screen rendered on its own in a test). */
export function useOptionalRoute(): ResolvedRoute | null {
  return useContext(RouteContext);
}

/** Goes to an app path (`/leitbild/massnahmen/7`). */
export function navigate(path: string): void {
  window.location.hash = href(path);
}
