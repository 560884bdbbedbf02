import type { ParsedInput, SaveFileResultDto, SystemStatus } from '../../contract';

/** What differs between the Electron app and browser mode. */
export interface Platform {
  readonly transport: SystemStatus['transport'];
  /** The operating system's user name: "who entered it" when the settings name no one. */
  readonly osUserName: string;
  openExternal(url: string): Promise<boolean>;
  /** The desktop's save dialog (main/electron/save-file.ts); without it the page downloads the file. */
  saveFile?(input: ParsedInput<'system.saveFile'>): Promise<SaveFileResultDto>;
}
