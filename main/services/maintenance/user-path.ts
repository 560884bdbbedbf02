import fs from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../domain-error';

/** Why a typed folder cannot be used; each has a message key `backups.errors.<key>`. */
export type FolderProblem = 'folderSystem' | 'folderNotAFolder' | 'folderNotFound' | 'folderNotWritable' | 'folderTimeout';

export type FolderCheck = { readonly ok: true; readonly folder: string } | { readonly ok: false; readonly problem: FolderProblem };

export interface FolderCheckOptions {
  /** A network drive that does not answer must not hold the request (or the CLI) for long. */
  readonly timeoutMs?: number;
  /** Tests only: check Windows rules on any machine. */
  readonly platform?: NodeJS.Platform;
}

const DEFAULT_TIMEOUT_MS = 3000;
const UNIX_SYSTEM_ROOTS = ['/proc', '/sys', '/dev'];
/** Windows device names, also with an extension ("NUL.txt" is the NUL device too). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|clock\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** The text for each problem (German first; the CLI prints it, the app shows it at the field). */
export const FOLDER_MESSAGE_KEYS: Readonly<Record<FolderProblem, string>> = {
  folderSystem: 'backups.errors.folderSystem',
  folderNotAFolder: 'backups.errors.folderNotAFolder',
  folderNotFound: 'backups.errors.folderNotFound',
  folderNotWritable: 'backups.errors.folderNotWritable',
  folderTimeout: 'backups.errors.folderTimeout',
};

/** Like `checkUserFolder`, but a refusal is a DomainError at `field`; returns the absolute folder. */
export async function ensureUserFolder(folder: string, field = 'folder', options: FolderCheckOptions = {}): Promise<string> {
  const checked = await checkUserFolder(folder, options);
  if (!checked.ok) throw new DomainError(FOLDER_MESSAGE_KEYS[checked.problem], { field, params: { folder } });
  return checked.folder;
}

class FolderRefused extends Error {
  constructor(readonly problem: FolderProblem) {
    super(problem);
  }
}

/**
 * Checks a folder a person typed (backup folder, `cli backup --to`), creates it and writes a probe
 * file. Everything is async and bounded: Node's recursive mkdir loops forever on /proc, and a dead
 * network share may never answer, so the folder is created level by level and the whole check
 * gives up after `timeoutMs` (the request answers; a hung OS call is left to finish on its own).
 */
export async function checkUserFolder(folder: string, options: FolderCheckOptions = {}): Promise<FolderCheck> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FolderRefused('folderTimeout')), timeoutMs);
  });
  try {
    return { ok: true, folder: await Promise.race([prepare(folder, options.platform ?? process.platform, signal), timeout]) };
  } catch (error) {
    if (error instanceof FolderRefused) return { ok: false, problem: error.problem };
    if (signal.aborted) return { ok: false, problem: 'folderTimeout' };
    return { ok: false, problem: problemOf(error) };
  } finally {
    clearTimeout(timer);
  }
}

async function prepare(typed: string, platform: NodeJS.Platform, signal: AbortSignal): Promise<string> {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  if (isSystemPath(typed, platform)) throw new FolderRefused('folderSystem');
  const folder = paths.resolve(typed);
  if (isSystemPath(folder, platform)) throw new FolderRefused('folderSystem');
  // Walk up to the nearest existing folder; what is missing below it is created one level at a time.
  const missing: string[] = [];
  let existing = folder;
  for (;;) {
    const stat = await fs.stat(existing).catch((error: unknown) => {
      if (codeOf(error) === 'ENOENT') return null;
      throw error;
    });
    if (stat) {
      if (!stat.isDirectory()) throw new FolderRefused('folderNotAFolder');
      break;
    }
    const parent = paths.dirname(existing);
    if (parent === existing) throw new FolderRefused('folderNotFound');
    missing.unshift(existing);
    existing = parent;
  }
  // A link into /proc or /dev is refused like the path itself.
  if (isSystemPath(await fs.realpath(existing), platform)) throw new FolderRefused('folderSystem');
  for (const level of missing) {
    signal.throwIfAborted();
    await fs.mkdir(level).catch(async (error: unknown) => {
      if (codeOf(error) !== 'EEXIST' || !(await fs.stat(level)).isDirectory()) throw error;
    });
  }
  const probe = paths.join(folder, `.schreibtest-${process.pid}-${Date.now()}`);
  await fs.writeFile(probe, '', { flag: 'wx', signal });
  await fs.rm(probe, { force: true });
  return folder;
}

/** /proc, /sys, /dev and below; on Windows device paths (\\.\, \\?\GLOBALROOT) and device names. */
export function isSystemPath(folder: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32') {
    if (/^[\\/]{2}[.?][\\/]/.test(folder) && !/^[\\/]{2}\?[\\/]([a-z]:|unc[\\/])/i.test(folder)) return true;
    return folder.split(/[\\/]/).some((part) => WINDOWS_DEVICE.test(part.replace(/[ .]+$/, '')) || WINDOWS_DEVICE.test(part));
  }
  const normal = path.posix.normalize(folder);
  return UNIX_SYSTEM_ROOTS.some((root) => normal === root || normal.startsWith(`${root}/`));
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function problemOf(error: unknown): FolderProblem {
  switch (codeOf(error)) {
    case 'ENOENT':
      return 'folderNotFound';
    case 'ENOTDIR':
    case 'EISDIR':
      return 'folderNotAFolder';
    case 'ABORT_ERR':
    case 'ETIMEDOUT':
      return 'folderTimeout';
    default:
      return 'folderNotWritable';
  }
}
