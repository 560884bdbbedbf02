import { z } from 'zod';
import { noInput } from './common';
import { defineCall } from './define-call';

/**
 * Why the database file was not opened. The file is left untouched in every case.
 * 'foreign-schema': ours by its header, but holding tables, triggers or views our migrations did not write.
 */
export type DatabaseRefusal =
  | 'corrupt' | 'newer-version' | 'foreign-file' | 'unreadable' | 'in-use'
  // The disk, not the data: write-protected folder or file, a full disk, a failing drive.
  | 'not-writable' | 'disk-full' | 'io-error'
  | 'foreign-schema';

/** Who holds the data folder's write lock (reason 'in-use'): another person, PC or program. */
export interface DataFolderHolder {
  readonly user: string;
  readonly host: string;
  /** ISO time the holder started. */
  readonly since: string;
  /** 'desktop', 'browser' or 'cli'. */
  readonly mode: string;
  /** The lock file IT may remove once sure nobody works there any more. */
  readonly lockFile: string;
  /** Another PC's lock that has not been refreshed for over an hour: probably left by a crash there. */
  readonly abandoned: boolean;
}

export type DatabaseStatus =
  | { readonly state: 'ready'; readonly path: string; readonly schemaVersion: number }
  /**
   * The file failed its integrity check but can still be read: the app shows the data, refuses
   * every change, and offers to restore the newest good backup.
   */
  | { readonly state: 'read-only'; readonly path: string; readonly schemaVersion: number; readonly detail: string }
  | { readonly state: 'refused'; readonly path: string; readonly reason: DatabaseRefusal; readonly detail: string; readonly holder?: DataFolderHolder };

export interface SystemStatus {
  readonly appVersion: string;
  readonly transport: 'electron' | 'browser';
  /** The folder with the data file, backups and logs (Hilfe → Über, for the IT support). */
  readonly dataFolder: string;
  /** The current log file (Hilfe → Über). */
  readonly logFile: string;
  readonly database: DatabaseStatus;
}

/**
 * The work after start that runs beside the first screen (`system.startupTasks`, polled by the
 * status bar). The file opens with header, version and schema checked; the full check reads every
 * page afterwards, and changes wait for it.
 */
export interface StartupTasksDto {
  readonly check: {
    /**
     * 'running': changes wait; 'passed': changes are saved; 'damaged': the file is now read-only
     * (system.status says so too); 'not-needed': checked in full while opening (or not opened).
     */
    readonly state: 'running' | 'passed' | 'damaged' | 'not-needed';
    /** 0–100, how much of the file is checked. */
    readonly percent: number;
  };
  readonly backup: {
    /** The daily backup: it waits for the check, then runs; 'skipped' when the file is not ready (or it is off). */
    readonly state: 'waiting' | 'running' | 'created' | 'not-due' | 'failed' | 'skipped';
    /** 'failed': why (a backups.errors.* key), for the status bar. */
    readonly messageKey?: string;
    readonly params?: Readonly<Record<string, string | number>>;
  };
}

/**
 * What others changed, for refreshing open lists and pages (`system.changes`). On the shared
 * server (`live`) the call waits up to 25 s for a change after `after`; on a single PC there are no
 * others, and it answers at once with `live: false`.
 */
export interface ChangesDto {
  readonly live: boolean;
  /** Counts changes since the app started; the next call names it as `after`. */
  readonly generation: number;
  /** The tables changed after `after` ('*': not known which, reload everything). */
  readonly tables: readonly string[];
}

/** Only links a person expects to leave the app: e-mail and secure web pages. */
export const externalUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => /^(mailto:|https:\/\/)/i.test(value), { message: 'validation.externalUrl' });

export const systemCalls = {
  'system.status': defineCall<SystemStatus>()(noInput),
  'system.startupTasks': defineCall<StartupTasksDto>()(noInput),
  /** Waits for a colleague's change on the shared server (long poll); `after` omitted: the current generation at once. */
  'system.changes': defineCall<ChangesDto>()(z.strictObject({ after: z.number().int().min(0).optional() })),
  'system.openExternal': defineCall<{ readonly opened: boolean }>()(z.strictObject({ url: externalUrlSchema })),
} as const;
