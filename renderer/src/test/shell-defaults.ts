import type { SettingsDto, SystemStatus } from '../../../contract';
import { DEFAULT_SETTINGS } from '../../../contract/settings';

/**
 * What `renderScreen` passes as the shell's app data when a test does not say: a ready database
 * in browser mode and the core's default settings (`DEFAULT_SETTINGS`) with Harburg's name. Tests
 * on the real core pass `api.settings()` and `api.status()` instead when the screen shows them.
 */
export const readyStatus: SystemStatus = {
  appVersion: '0.1.0',
  transport: 'browser',
  dataFolder: '/home/sachbearbeitung/Leitbild-Werkstatt',
  logFile: '/home/sachbearbeitung/Leitbild-Werkstatt/logs/leitbild-werkstatt.log',
  database: { state: 'ready', path: '/home/sachbearbeitung/Leitbild-Werkstatt/leitbild.sqlite', schemaVersion: 1 },
};

export const defaultSettings: SettingsDto = { ...DEFAULT_SETTINGS, districtName: 'Bezirksamt Harburg' };
