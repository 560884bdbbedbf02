import fs from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from './data-folder-lock';

/**
 * Scratch copies of the data (database export/import) live in the data folder's own `.temp`,
 * never in the system temp folder: a crash or kill mid-import would otherwise leave full copies
 * of personal data in a shared place for good. Each scratch folder carries its owner's process id,
 * so the next start removes what a dead process left and never what a running one (the app while
 * the CLI starts) still uses.
 */
export const DATA_TEMP_DIR_NAME = '.temp';

export const dataTempDir = (dataDir: string): string => path.join(dataDir, DATA_TEMP_DIR_NAME);

const OWNER = /^(\d+)-/;

/** A fresh, private scratch folder in `<dataDir>/.temp`; the caller removes it when done. */
export function makeScratchDir(dataDir: string): string {
  const root = dataTempDir(dataDir);
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  return fs.mkdtempSync(path.join(root, `${process.pid}-`));
}

/** Removes a scratch folder, and `.temp` itself once empty (the data folder stays as the person knows it). */
export function removeScratchDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  try {
    fs.rmdirSync(path.dirname(dir));
  } catch {
    // Not empty: another export or import is running.
  }
}

/** Removes what dead processes left in `<dataDir>/.temp`; returns the names removed (for the log). */
export function cleanDataTemp(dataDir: string, isRunning: (pid: number) => boolean = isProcessAlive): string[] {
  const root = dataTempDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const owner = OWNER.exec(name);
    if (owner && (Number(owner[1]) === process.pid || isRunning(Number(owner[1])))) continue;
    try {
      fs.rmSync(path.join(root, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // A file still locked (Windows) goes at a later start.
    }
  }
  return removed;
}
