import fs from 'node:fs';
import path from 'node:path';

/** A file written beside its target and not yet in place: `commit` renames it over, `discard` drops it. */
export interface StagedFile {
  commit(): void;
  discard(): void;
}

/**
 * Writes `content` to a temp file beside `file` and flushes it to disk (fsync), so that the rename
 * in `commit` swaps a complete file in: a crash or full disk leaves the old file or the new one,
 * never half of one. The folder is created when missing.
 */
export function stageFile(file: string, content: string): StagedFile {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeFileSync(fd, content, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  return {
    commit: () => {
      fs.renameSync(temp, file);
      syncFolder(path.dirname(file));
    },
    discard: () => fs.rmSync(temp, { force: true }),
  };
}

/** `stageFile` and `commit` in one step. */
export function writeFileAtomic(file: string, content: string): void {
  const staged = stageFile(file, content);
  try {
    staged.commit();
  } catch (error) {
    staged.discard();
    throw error;
  }
}

/** Makes the rename itself durable on POSIX; Windows cannot open a folder for fsync (and needs not). */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on a folder; the file itself is already on disk.
  }
}
