import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import { fileInside, mimeTypeOf, readRegularFile } from '../core/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'leitbild';
/** The renderer's origin. Node's URL reports `null` as origin for custom schemes, so compare parts. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Registered before `ready`: a standard, secure scheme so that `'self'`, fetch and storage work. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** True when `url` is a page of the app itself: `app://leitbild/…` with nothing else in the authority. */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.hostname.toLowerCase() === APP_HOST &&
      parsed.port === '' &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** Headers on every answer of the protocol, errors included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Maps a request URL to a file below `rootDir`, or null when it is not ours or could leave the
 * folder (`..`, encoded separators, backslashes, NUL, drive letters).
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (!isAppUrl(url.href)) return null;
  return fileInside(rootDir, url.pathname);
}

/**
 * The `app://leitbild/` handler: serves the built renderer from `rootDir` only. A path without a
 * file extension that does not exist falls back to `index.html` (client-side routes, reload);
 * missing assets and directories are 404.
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return plain(404, 'Not Found');
    let served = file;
    let body = await readRegularFile(file);
    if (body === 'missing' && path.extname(file) === '') {
      served = path.join(path.resolve(rootDir), 'index.html');
      body = await readRegularFile(served);
    }
    if (body === null || body === 'missing') return plain(404, 'Not Found');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': mimeTypeOf(served) },
    });
  };
}

/** Before `app.whenReady()`. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** After `ready`: serve the renderer files from `rootDir`. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
