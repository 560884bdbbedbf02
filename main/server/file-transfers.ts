import { once } from 'node:events';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { CallResult } from '../../contract';
import { makeScratchDir, removeScratchDir } from '../core/data-temp';
import type { BrowserTransfers } from '../core/exports/browser-transfers';
import { writeFailure } from '../core/exports/write-failure';

/** `attachment` with the name twice: plain ASCII for old clients, UTF-8 (RFC 5987/6266) for the umlauts. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

type Send = (response: http.ServerResponse, status: number, body: string, type: string, extra?: http.OutgoingHttpHeaders) => void;

const REFUSED_DOWNLOAD = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Download nicht möglich</title>
<h1>Download nicht möglich</h1><p>Diese Download-Adresse gilt nur einmal und nur kurz. Bitte starten Sie den Export in der Leitbild-Werkstatt erneut.</p></html>`;

/**
 * `GET /download/<token>`: streams the export the token stands for, once. The token (not the secret
 * header, which a download link cannot carry) is the proof: one-time, a minute, bound to this
 * start's secret (main/core/transfer-tokens.ts). A failure mid-stream breaks the connection, so the
 * browser marks the download failed instead of keeping a file that looks complete.
 */
export async function serveDownload(
  transfers: BrowserTransfers | undefined,
  token: string,
  response: http.ServerResponse,
  send: Send,
  securityHeaders: http.OutgoingHttpHeaders,
): Promise<void> {
  const file = transfers?.downloads.take(token);
  if (!file) return send(response, 403, REFUSED_DOWNLOAD, 'text/html; charset=utf-8');
  const chunks = file.chunks();
  let closed = false;
  response.once('close', () => {
    closed = true;
  });
  let first: IteratorResult<string | Uint8Array>;
  try {
    first = await chunks.next();
  } catch {
    return send(response, 500, 'Der Export ist fehlgeschlagen.', 'text/plain; charset=utf-8');
  }
  const text = file.mimeType.startsWith('text/');
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': `${file.mimeType}${text ? '; charset=utf-8' : ''}`,
    'Content-Disposition': contentDisposition(file.fileName),
    'Cache-Control': 'no-store',
  });
  try {
    for (let step = first; !step.done; step = await chunks.next()) {
      if (closed) break;
      if (!response.write(step.value)) await Promise.race([once(response, 'drain'), once(response, 'close')]);
    }
    if (closed) {
      // Broken off by the browser (cancelled): the generator's cleanup runs (scratch snapshot removed).
      await chunks.return(undefined);
      return;
    }
    response.end();
  } catch {
    await chunks.return(undefined).catch(() => undefined);
    response.destroy();
  }
}

const answer = (response: http.ServerResponse, send: Send, status: number, result: CallResult<unknown>) =>
  send(response, status, JSON.stringify(result), 'application/json; charset=utf-8');

/** The file's name from `X-File-Name` (URL-encoded, so umlauts pass a header); only its last part counts. */
function uploadName(header: string | string[] | undefined): string {
  try {
    const name = path.basename(decodeURIComponent(typeof header === 'string' ? header : '').replaceAll('\\', '/')).trim();
    return name.slice(0, 255) || 'Datenbank.sqlite';
  } catch {
    return 'Datenbank.sqlite';
  }
}

/**
 * `POST /upload` (secret checked by the caller): a database file to import, streamed to the data
 * folder's temp (size limited by the disk only, never held in memory), answered with a token for
 * `backups.importChosen`. A full disk removes the partial file and says so in German.
 */
export async function receiveUpload(transfers: BrowserTransfers | undefined, dataDir: string | undefined, request: http.IncomingMessage, response: http.ServerResponse, send: Send): Promise<void> {
  if (!transfers || !dataDir) return answer(response, send, 404, { ok: false, error: { code: 'unknown-call', messageKey: 'errors.unknownCall', fields: [] } });
  const dir = makeScratchDir(dataDir);
  const file = path.join(dir, 'upload.sqlite');
  try {
    await pipeline(request, fs.createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    removeScratchDir(dir);
    const refusal = writeFailure(error);
    response.setHeader('Connection', 'close');
    return answer(response, send, 507, { ok: false, error: { code: 'rejected', messageKey: refusal.messageKey, fields: [] } });
  }
  const fileName = uploadName(request.headers['x-file-name']);
  const size = fs.statSync(file).size;
  const token = transfers.uploads.issue({ path: file, fileName, size, temporary: true });
  return answer(response, send, 200, { ok: true, data: { token, fileName, size } });
}
