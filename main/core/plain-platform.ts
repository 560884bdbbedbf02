import type { Platform } from './handlers';
import { osFullName, osUserName } from './os-user';

/**
 * The platform without a desktop shell: browser mode (the page opens links itself), the CLI, scripts,
 * benches and tests. Electron has its own (main/electron).
 */
export const plainPlatform: Platform = {
  transport: 'browser',
  osUserName: osUserName(),
  osFullName,
  openExternal: async () => false,
};
