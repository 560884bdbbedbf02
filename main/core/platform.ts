import type { ParsedInput, SaveFileResultDto, SystemStatus } from '../../contract';

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
}
