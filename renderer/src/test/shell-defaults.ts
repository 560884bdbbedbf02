import type { SettingsDto, SystemStatus } from '../../../contract';
import { HAMBURG_SUPERVISORY_AUTHORITY, HARBURG_MOTION_CONVENTIONS } from '../../../contract/settings';

/**
 * What `renderScreen` passes as the shell's app data when a test does not say: a ready database
 * in browser mode and Harburg's settings. Tests on the real core pass `api.settings()` and
 * `api.status()` instead when the screen shows them.
 */
export const readyStatus: SystemStatus = {
  appVersion: '0.1.0',
  transport: 'browser',
  database: { state: 'ready', path: '/home/sachbearbeitung/Leitbild-Werkstatt/leitbild.sqlite', schemaVersion: 1 },
};

export const defaultSettings: SettingsDto = {
  language: 'de',
  districtName: 'Bezirksamt Harburg',
  officeName: '',
  officeAddress: '',
  officePhone: '',
  officeEmail: '',
  dataProtectionOfficer: '',
  supervisoryAuthority: HAMBURG_SUPERVISORY_AUTHORITY,
  userName: '',
  motionConventions: HARBURG_MOTION_CONVENTIONS,
};
