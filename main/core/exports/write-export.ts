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
    const file = handle;
    // Two fixed buffers: one on its way to the disk while the next is filled, so reading and
    // formatting go on during the disk's work and the source waits when the disk is slower.
    // Text is encoded straight into them: no buffer per piece, nothing that grows with the file.
    const buffers = [Buffer.allocUnsafe(FLUSH_BYTES), Buffer.allocUnsafe(FLUSH_BYTES)];
    let filling = 0;
    let used = 0;
    let writing: Promise<void> = Promise.resolve();
    const send = async (bytes: Uint8Array) => {
      await writing;
      writing = writeAll(file, bytes);
      // Awaited at the next send or at the end; marked as handled so a failure meanwhile is not an unhandled rejection.
      writing.catch(() => undefined);
    };
    const flush = async () => {
      if (used === 0) return;
      await send(buffers[filling]!.subarray(0, used));
      filling = 1 - filling;
      used = 0;
    };
    try {
      for await (const chunk of chunks) {
        if (options.signal?.aborted) throw new ExportCancelled();
        const size = typeof chunk === 'string' ? Buffer.byteLength(chunk, 'utf8') : chunk.byteLength;
        written += size;
        if (used + size > FLUSH_BYTES) await flush();
        if (size > FLUSH_BYTES) {
          // A piece larger than a buffer (a database page run) goes to the disk as it is.
          await send(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
          continue;
        }
        const target = buffers[filling]!;
        if (typeof chunk === 'string') used += target.write(chunk, used, 'utf8');
        else {
          target.set(chunk, used);
          used += size;
        }
      }
      if (options.signal?.aborted) throw new ExportCancelled();
      await flush();
    } finally {
      // The handle is closed below only after its last write has settled.
      await writing.catch(() => undefined);
    }
    await writing;
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

/** A write may take fewer bytes than given (a disk running full answers short first): the rest follows. */
async function writeAll(handle: fs.promises.FileHandle, buffer: Uint8Array): Promise<void> {
  for (let offset = 0; offset < buffer.length; ) offset += (await handle.write(buffer, offset)).bytesWritten;
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
