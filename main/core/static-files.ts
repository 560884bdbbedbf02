import fs from 'node:fs/promises';
import path from 'node:path';

/** Serving the built renderer: one place for both transports (browser mode over HTTP, Electron over app://). */

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const mimeTypeOf = (file: string): string => MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * The file below `root` that a URL path (still percent-encoded) names, `index.html` for `/`; null when
 * it could leave the folder: `..` or `.` segments, encoded separators, backslashes, NUL, drive letters.
 */
export function fileInside(root: string, urlPath: string): string | null {
  // Encoded separators never occur in built asset names; refusing them closes a whole class of tricks.
  if (/%(2f|5c)/i.test(urlPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':'))) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, ...(segments.length > 0 ? segments : ['index.html']));
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

/** The file's bytes; 'missing' when nothing is there; null for a directory or an unreadable file. */
export async function readRegularFile(file: string): Promise<Buffer | 'missing' | null> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? await fs.readFile(file) : null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : null;
  }
}
