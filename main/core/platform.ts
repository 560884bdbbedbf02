import type { ParsedInput, SaveFileKind, SaveFileResultDto, SystemStatus } from '../../contract';
import type { BrowserTransfers } from './exports/browser-transfers';

/** What differs between the Electron app and browser mode. */
export interface Platform {
  readonly transport: SystemStatus['transport'];
  /** The operating system's user name: "who entered it" when the settings name no one. */
  readonly osUserName: string;
  /** The account's full name ('' when unknown), asked once; without it the login name is used. */
  readonly osFullName?: () => Promise<string>;
  /**
   * The folder of this person's own settings (name, language): Electron's userData, or browser mode's
   * `--user-dir`. Unset: beside the data, one file per operating-system user (personal-settings-file.ts).
   */
  readonly personalSettingsDir?: string;
  openExternal(url: string): Promise<boolean>;
  /** The desktop's save dialog (main/electron/save-file.ts); without it the page downloads the file. */
  saveFile?(input: ParsedInput<'system.saveFile'>): Promise<SaveFileResultDto>;
  /**
   * The desktop's save dialog for a streamed export (kind's filter, last folder per kind); calls
   * `write(path)` with the chosen path and remembers the folder once it is written.
   */
  saveExport?(request: SaveExportRequest): Promise<{ readonly saved: true; readonly path: string } | { readonly saved: false }>;
  /** The desktop's open dialog for a database file to import: its path, or null when cancelled. */
  chooseDatabaseFile?(): Promise<string | null>;
  /** Browser mode: one-time download and upload tokens, shared with the server (main/server/browser-server.ts). */
  readonly transfers?: BrowserTransfers;
}

export interface SaveExportRequest {
  readonly kind: SaveFileKind;
  /** Suggested in the dialog. */
  readonly fileName: string;
  write(target: string): Promise<void>;
}
