import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../services/logger';

export const LOG_FILE_NAME = 'leitbild-werkstatt.log';

/** Every mode (desktop, browser, CLI) logs to `<dataDir>/logs`; Hilfe → Über names the file. */
export const logFileIn = (dataDir: string): string => path.join(dataDir, 'logs', LOG_FILE_NAME);
const MAX_BYTES = 1024 * 1024;
const KEEP_FILES = 5;

/** An error with its causes (a wrapped failure keeps the original as `cause`), at most a few deep. */
function withCauses(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return String(error);
  const own = error.stack ?? error.message;
  return error.cause === undefined || depth >= 3 ? own : `${own}\nCaused by: ${withCauses(error.cause, depth + 1)}`;
}

/**
 * A log file in `<dataDir>/logs`, rotated at 1 MB, five files kept. Callers log technical facts
 * only (ids, counts, file names); no names, e-mail addresses or texts of the users.
 * Writes are synchronous: the last line before a crash must reach the disk.
 */
export function createFileLogger(logDir: string, alsoTo?: Logger): Logger & { readonly file: string } {
  try {
    fs.mkdirSync(logDir, { recursive: true });
  } catch {
    // A write-protected or full data folder: the app must still start and say so; lines are dropped.
  }
  const file = path.join(logDir, LOG_FILE_NAME);

  const rotateIfFull = () => {
    const size = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    if (size < MAX_BYTES) return;
    for (let index = KEEP_FILES - 1; index >= 1; index--) {
      const from = index === 1 ? file : `${file}.${index - 1}`;
      if (fs.existsSync(from)) fs.renameSync(from, `${file}.${index}`);
    }
  };

  const write = (level: 'INFO' | 'ERROR', message: string, error?: unknown) => {
    try {
      rotateIfFull();
      const detail = error === undefined ? '' : `\n${withCauses(error)}`;
      fs.appendFileSync(file, `${new Date().toISOString()} ${level} ${message}${detail}\n`);
    } catch {
      // Logging must never take the app down (full disk, read-only folder).
    }
  };

  return {
    file,
    info: (message) => {
      write('INFO', message);
      alsoTo?.info(message);
    },
    error: (message, error) => {
      write('ERROR', message, error);
      alsoTo?.error(message, error);
    },
  };
}
