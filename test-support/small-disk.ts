import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { required } from './required';

/** Mounting a tmpfs needs root; CI runs as root, a developer's machine usually not. */
export const canMount = process.getuid?.() === 0;
export const NOT_ROOT_REASON = 'needs root to mount a small tmpfs (CI runs as root)';
/** `describe.skipIf(rootForTmpfs.skip)(…, () => { beforeAll(rootForTmpfs.check); … })`: skipped when not root, a failure on CI. */
export const rootForTmpfs = required(canMount, 'not root: mounting a small tmpfs for the disk tests needs root (CI runs as root)');

const mounted: string[] = [];

/** A real, tiny filesystem (tmpfs) under the OS temp dir: a disk that can really run full. */
export function mountSmallDisk(sizeMb = 3): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lbw-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

/** Makes the mounted filesystem read-only (chmod does not stop root; a read-only mount does). */
export function remount(dir: string, mode: 'ro' | 'rw'): void {
  execFileSync('mount', ['-o', `remount,${mode}`, dir]);
}

/** Writes a filler file until the disk answers ENOSPC. */
export function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const chunk = Buffer.alloc(64 * 1024, 1);
  const fd = fs.openSync(filler, 'w');
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    // The last partial block: fill it byte-wise in smaller pieces.
    for (const size of [4096, 512, 1]) {
      try {
        for (;;) fs.writeSync(fd, chunk.subarray(0, size));
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code !== 'ENOSPC') throw inner;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

/** Unmounts everything this file mounted; lazily when something still holds it open. Call from afterEach. */
export function unmountSmallDisks(): void {
  for (const dir of mounted.splice(0)) {
    try {
      execFileSync('umount', [dir]);
    } catch {
      execFileSync('umount', ['-l', dir]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
