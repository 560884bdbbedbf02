/**
 * The one Content-Security-Policy for the renderer, sent by the Electron protocol handler and
 * by browser mode alike: only the app's own files, no remote origins, no eval, no inline script.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** Browsers ignore (and warn about) frame-ancestors in a <meta> tag; the header carries it. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');
