import type { Platform } from './handlers';
import { osUserName } from './os-user';

/** In browser mode the page opens links itself; the server has no desktop to hand them to. */
export const plainPlatform: Platform = {
  transport: 'browser',
  osUserName: osUserName(),
  openExternal: async () => false,
};

