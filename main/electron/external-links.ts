import type { Shell } from 'electron';
import type { Logger } from '../services/logger';

const MAX_URL_LENGTH = 2048;
/** Control characters and spaces: `new URL` would silently strip or encode some of them. */
function hasUnsafeCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

function parseVetted(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  if (hasUnsafeCharacter(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // "mailto:?bcc=…" (only header fields, RFC 6068) is how a body's mailing list opens the mail program.
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0 || parsed.search.length > 1 ? parsed : null;
  if (parsed.protocol === 'https:') {
    if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
    return parsed;
  }
  return null;
}

/**
 * True only for links a person expects to leave the app: `mailto:` and `https:` without
 * credentials. Everything else (javascript:, file:, http:, data:, app:, custom schemes) is refused.
 */
export function isVettedExternalUrl(url: unknown): url is string {
  return parseVetted(url) !== null;
}

export type OpenExternal = (url: string) => Promise<boolean>;

/** `Platform.openExternal` for Electron: hands vetted links to the OS, refuses the rest. */
export function createOpenExternal(shell: Pick<Shell, 'openExternal'>, logger: Logger): OpenExternal {
  return async (url) => {
    const vetted = parseVetted(url);
    if (!vetted) {
      logger.info('external link refused');
      return false;
    }
    try {
      await shell.openExternal(vetted.href);
      return true;
    } catch (error) {
      logger.error(`opening an external ${vetted.protocol} link failed`, error);
      return false;
    }
  };
}
