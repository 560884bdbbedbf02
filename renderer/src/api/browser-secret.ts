/**
 * Browser mode's per-start secret. `npm run serve` prints `http://127.0.0.1:PORT/?secret=…`; the
 * page keeps the secret in sessionStorage, which is bound to this origin (port included) and this
 * tab, and drops it from the address bar so it is not bookmarked, shared or shown. No cookie: a
 * cookie for 127.0.0.1 would also go to every other local port.
 */
export const SECRET_HEADER = 'X-Leitbild-Secret';
const STORAGE_KEY = 'leitbild.secret';

export interface SecretPlace {
  readonly location: Pick<Location, 'href'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  readonly sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** Takes `?secret=` from the address (once) and returns the secret this tab holds, or null. */
export function takeBrowserSecret(place: SecretPlace): string | null {
  const url = new URL(place.location.href);
  const offered = url.searchParams.get('secret');
  if (offered) {
    // A newly printed address (restart) replaces what this tab held before.
    storeQuietly(place.sessionStorage, offered);
    url.searchParams.delete('secret');
    place.history.replaceState(place.history.state, '', url.pathname + url.search + url.hash);
    return offered;
  }
  return readQuietly(place.sessionStorage);
}

/** The secret for the page in `target` (the window); null outside a browser page. */
export function browserSecretOf(target: object): string | null {
  const page = target as Partial<Window>;
  if (!page.location || !page.history) return null;
  let sessionStorage: SecretPlace['sessionStorage'];
  try {
    sessionStorage = page.sessionStorage ?? noStorage;
  } catch {
    sessionStorage = noStorage; // storage blocked by the browser's privacy settings
  }
  return takeBrowserSecret({ location: page.location, history: page.history, sessionStorage });
}

const noStorage: SecretPlace['sessionStorage'] = { getItem: () => null, setItem: () => undefined };

function storeQuietly(storage: SecretPlace['sessionStorage'], secret: string): void {
  try {
    storage.setItem(STORAGE_KEY, secret);
  } catch {
    // Storage refused (privacy settings): the secret still works until the page is reloaded.
  }
}

function readQuietly(storage: SecretPlace['sessionStorage']): string | null {
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
