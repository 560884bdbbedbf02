import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { CallResult } from '../../contract';
import { inputBytesLimit } from '../../contract/input-limits';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import type { Dispatch } from '../core/dispatch';
import { fileInside, mimeTypeOf, readRegularFile } from '../core/static-files';
import type { BrowserTransfers } from '../core/exports/browser-transfers';
import { receiveUpload, serveDownload } from './file-transfers';
import { createSecret, secretsMatch } from './session-secret';

const LOOPBACK = '127.0.0.1';

export interface BrowserServerOptions {
  readonly dispatch: Dispatch;
  /** The built renderer (index.html and assets). */
  readonly staticDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly secret?: string;
  /** One-time download and upload tokens (made with the same secret: see main/core/transfer-tokens.ts). */
  readonly transfers?: BrowserTransfers;
  /** Where uploads wait for their import (the data folder's temp). */
  readonly dataDir?: string;
}

export interface BrowserServer {
  /** The address to open, secret included. */
  readonly url: string;
  readonly port: number;
  readonly secret: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

const FORBIDDEN_PAGE = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Zugriff verweigert</title>
<h1>Zugriff verweigert</h1><p>Bitte öffnen Sie die vollständige Adresse, die beim Start der Leitbild-Werkstatt angezeigt wurde (mit <code>?secret=…</code>).</p></html>`;

function send(response: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: http.OutgoingHttpHeaders = {}) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  response.end(body);
}

const sendJson = (response: http.ServerResponse, status: number, value: unknown) =>
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');

const failureJson = (code: 'invalid-input' | 'unavailable' | 'unknown-call', messageKey: string): CallResult<never> => ({
  ok: false,
  error: { code, messageKey, fields: [] },
});

function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  if (Number(request.headers['content-length'] ?? 0) > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is drained and dropped, so the client still gets its answer.
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Decodes the call name of `/api/<name>`; a malformed escape ("%ZZ") is no call at all. */
function callNameOf(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/**
 * Browser mode: serves the built renderer and the very same dispatch as the Electron IPC,
 * on 127.0.0.1 only. Every call needs the per-start secret in the `X-Leitbild-Secret` header;
 * foreign Host and Origin headers are refused so other web pages cannot reach the data.
 *
 * No cookie on purpose: cookies are not bound to a port, so a cookie for 127.0.0.1 went along
 * to every other local server the browser talked to. The renderer instead takes `?secret=` from
 * the opened address into sessionStorage (bound to the origin, port included) and sends the
 * header itself. Nothing is sent automatically, so cross-site requests (CSRF) carry no secret.
 * The static files (index.html, bundles) hold no data and are served without the secret: the
 * page has to load to read the secret from its address, and a reload no longer has it there.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const secret = options.secret ?? createSecret();
  const staticRoot = path.resolve(options.staticDir);
  let port = options.port;
  const allowedHosts = () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  /** No Origin (same-origin GET, fetch from Node) or this server's own. */
  const sameOrigin = (request: http.IncomingMessage) => {
    const origin = request.headers.origin;
    return origin === undefined || allowedHosts().has(origin.replace(/^http:\/\//, ''));
  };

  const server = http.createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, failureJson('unavailable', 'errors.internal'));
      else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (!allowedHosts().has(request.headers.host ?? '')) return send(response, 403, FORBIDDEN_PAGE, 'text/html; charset=utf-8');
    const url = new URL(request.url ?? '/', `http://${LOOPBACK}:${port}`);

    if (url.pathname.startsWith('/api/')) {
      const presented = request.headers['x-leitbild-secret'];
      if (!secretsMatch(secret, typeof presented === 'string' ? presented : undefined)) {
        return sendJson(response, 403, failureJson('unavailable', 'errors.forbidden'));
      }
      return handleCall(request, response, url.pathname.slice('/api/'.length));
    }
    if (url.pathname === '/upload') {
      const presented = request.headers['x-leitbild-secret'];
      if (!secretsMatch(secret, typeof presented === 'string' ? presented : undefined) || !sameOrigin(request)) {
        return sendJson(response, 403, failureJson('unavailable', 'errors.forbidden'));
      }
      if (request.method !== 'POST') return send(response, 405, '', 'text/plain', { Allow: 'POST' });
      return receiveUpload(options.transfers, options.dataDir, request, response, send);
    }
    if (url.pathname.startsWith('/download/')) {
      if (request.method !== 'GET') return send(response, 405, '', 'text/plain', { Allow: 'GET' });
      return serveDownload(options.transfers, url.pathname.slice('/download/'.length), response, send, SECURITY_HEADERS);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, '', 'text/plain', { Allow: 'GET, HEAD' });
    return serveStatic(url.pathname, response);
  }

  async function handleCall(request: http.IncomingMessage, response: http.ServerResponse, encodedName: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, '', 'text/plain', { Allow: 'POST' });
    const name = callNameOf(encodedName);
    if (name === undefined) return sendJson(response, 400, failureJson('unknown-call', 'errors.unknownCall'));
    if (!sameOrigin(request)) return sendJson(response, 403, failureJson('unavailable', 'errors.forbidden'));
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, failureJson('invalid-input', 'errors.invalidInput'));
    }
    const body = await readBody(request, inputBytesLimit(name));
    if (body === 'too-large') {
      response.setHeader('Connection', 'close');
      return sendJson(response, 413, failureJson('invalid-input', 'errors.tooLarge'));
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(response, 400, failureJson('invalid-input', 'errors.invalidInput'));
    }
    sendJson(response, 200, await options.dispatch(name, input));
  }

  async function serveStatic(urlPath: string, response: http.ServerResponse): Promise<void> {
    const file = fileInside(staticRoot, urlPath);
    if (!file) return send(response, 404, 'Nicht gefunden', 'text/plain; charset=utf-8');
    const content = await readRegularFile(file);
    if (Buffer.isBuffer(content)) return send(response, 200, content, mimeTypeOf(file), { 'Cache-Control': 'no-cache' });
    // Screens are addressed with #hash routes; any other unknown path is simply missing.
    return send(response, 404, 'Nicht gefunden', 'text/plain; charset=utf-8');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/?secret=${secret}`,
    port,
    secret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
