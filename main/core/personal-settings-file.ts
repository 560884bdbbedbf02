import path from 'node:path';
import { PERSONAL_SETTINGS_FILE_NAME } from '../services/settings/personal-settings-store';
import type { Platform } from './platform';

/** The folder beside the data that holds browser mode's personal settings, one file per user. */
export const PERSONAL_SETTINGS_FOLDER = 'Benutzer';

/** A login name as a file name: "DOMAIN\\a.becker" → "DOMAIN_a.becker". */
const asFileName = (user: string) => user.replace(/[^\p{L}\p{N}._-]/gu, '_').replace(/^\.+/, '_').slice(0, 80) || 'unbekannt';

/**
 * Where this person's name and language are kept. Electron passes its userData folder (per Windows
 * profile, so per user and PC); browser mode may pass `--user-dir`. Otherwise the file sits beside
 * the data, named after the operating-system login: several colleagues may open the same data
 * folder one after the other (the folder lock allows one at a time), and each keeps their own
 * settings there, not in the shared database.
 */
export function personalSettingsFile(dataDir: string, platform: Pick<Platform, 'personalSettingsDir' | 'osUserName'>): string {
  if (platform.personalSettingsDir) return path.join(platform.personalSettingsDir, PERSONAL_SETTINGS_FILE_NAME);
  return path.join(dataDir, PERSONAL_SETTINGS_FOLDER, `${asFileName(platform.osUserName)}.json`);
}
