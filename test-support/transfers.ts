import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CallResult } from '../contract';
import type { AppCore } from '../main/core/app-core';
import { makeScratchDir } from '../main/core/data-temp';
import { createBrowserTransfers, type BrowserTransfers } from '../main/core/exports/browser-transfers';
import { plainPlatform } from '../main/core/plain-platform';
import { callOn, mustCall, startTestCore } from './core';
import { tempDir } from './temp-dir';

export type ExportRequest = Parameters<typeof mustCall<'exports.save'>>[2];

/** The real core as browser mode runs it: exports become one-time downloads, imports arrive as uploads. */
export async function startTransferCore(dataDir = tempDir()): Promise<{ core: AppCore & { dataDir: string }; transfers: BrowserTransfers }> {
  const transfers = createBrowserTransfers(randomBytes(32).toString('base64url'));
  const core = await startTestCore(dataDir, { ...plainPlatform, transfers });
  return { core, transfers };
}

/** `exports.save`, then the download the page would fetch, collected whole (the bytes `GET /download/<token>` streams). */
export async function downloadExport(core: AppCore, transfers: BrowserTransfers, request: ExportRequest): Promise<{ fileName: string; bytes: Buffer }> {
  const result = await mustCall(core, 'exports.save', request);
  if (result.state !== 'download') throw new Error(`exports.save answered ${result.state}, not a download`);
  const file = transfers.downloads.take(result.url.replace(/^\/download\//, ''));
  if (!file) throw new Error('the download token was not issued');
  const parts: Buffer[] = [];
  for await (const chunk of file.chunks()) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return { fileName: result.fileName, bytes: Buffer.concat(parts) };
}

export const downloadText = async (core: AppCore, transfers: BrowserTransfers, request: ExportRequest): Promise<string> =>
  (await downloadExport(core, transfers, request)).bytes.toString('utf8');

/** What `POST /upload` does with a database file (a scratch copy in the data folder's temp), then `backups.importChosen`. */
export async function importUploaded(core: AppCore & { dataDir: string }, transfers: BrowserTransfers, fileName: string, bytes: Buffer): Promise<CallResult<{ readonly restored: true }>> {
  const file = path.join(makeScratchDir(core.dataDir), 'upload.sqlite');
  fs.writeFileSync(file, bytes);
  const token = transfers.uploads.issue({ path: file, fileName, size: bytes.length, temporary: true });
  return callOn(core, 'backups.importChosen', { token, fileName });
}
