import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../services/domain-error';
import { writeFailure } from './write-failure';

/** Where a file is written before it gets its name: beside it (same folder, so the rename cannot cross disks), hidden. */
export const partialFileOf = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.teilweise`);

/** Written in pieces of about this size: few system calls, little memory. */
const FLUSH_BYTES = 256 * 1024;

export interface WriteExportOptions {
  /** Stops the export: nothing under the target's name, no partial file left. */
  readonly signal?: AbortSignal;
}

/**
 * Writes `chunks` to `target` so that the target is either the whole new file or untouched: into a
 * partial file beside it, flushed to disk (fsync), then renamed over the target. On any failure or
 * cancel the partial file goes; a full disk and the like become German messages (errors.save*).
 * Returns the bytes written.
 */
export async function writeExport(target: string, chunks: AsyncIterable<string | Uint8Array>, options: WriteExportOptions = {}): Promise<number> {
  const partial = partialFileOf(target);
  let handle: fs.promises.FileHandle | null = null;
  let written = 0;
  try {
    handle = await fs.promises.open(partial, 'wx', 0o600);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (pendingBytes === 0) return;
      const buffer = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      // A write may take fewer bytes than given (a disk running full answers short first): the rest follows.
      for (let offset = 0; offset < buffer.length; ) offset += (await handle!.write(buffer, offset)).bytesWritten;
    };
    for await (const chunk of chunks) {
      if (options.signal?.aborted) throw new ExportCancelled();
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      pending.push(bytes);
      pendingBytes += bytes.length;
      written += bytes.length;
      if (pendingBytes >= FLUSH_BYTES) await flush();
    }
    if (options.signal?.aborted) throw new ExportCancelled();
    await flush();
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.promises.rename(partial, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.promises.rm(partial, { force: true }).catch(() => undefined);
    if (error instanceof ExportCancelled) throw error;
    throw writeFailure(error);
  }
  await syncFolder(path.dirname(target));
  return written;
}

/** The rename itself reaches the disk only with the folder flushed (POSIX; Windows cannot open folders so). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.promises.open(folder, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

/** The export was stopped on purpose (the person cancelled, the download was broken off). */
export class ExportCancelled extends DomainError {
  constructor() {
    super('errors.exportCancelled');
  }
}
