import type { Platform } from '../core/handlers';
import { osUserName } from '../core/os-user';

/** In browser mode the page opens links itself; the server has no desktop to hand them to. */
export const browserPlatform: Platform = {
  transport: 'browser',
  osUserName: osUserName(),
  openExternal: async () => false,
};

